//! The board's and the All-entries view's commands. Every workshop change goes through
//! `App::apply` (undoable, saved, refused when read-only).

use super::action::CaptureAction;
use super::all_entries;
use super::board::{self, Shown, column_entries, columns, current_group, place, selected_entry};
use super::details;
use super::modal;
use super::state::{Editor, Modal, PickKind, Picker, Prompt, PromptKind, View};
use crate::model::{Change, Entry, Id, RecordRef};
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::kit::text::{fit as clip, preview};
use crate::tui::screen::Screen;
use crate::tui::update::Effect;

/// Lines a page key moves.
const PAGE: isize = 10;

/// The Capture screen's share of `update`: `None` lets the app's generic handling go on
/// (quit, help, palette, undo, screens).
pub fn update(app: &mut App, action: Action) -> Option<Vec<Effect>> {
    if app.screen != Screen::Capture {
        return None;
    }
    app.session.as_ref()?;
    if app.capture.modal.is_some() {
        return modal::update(app, action);
    }
    if let Some(done) = note_taker_limits(app, action) {
        return Some(done);
    }
    match action {
        Action::Capture(command) => command_action(app, command),
        Action::Up => step(app, -1),
        Action::Down => step(app, 1),
        Action::PageUp => step(app, -PAGE),
        Action::PageDown => step(app, PAGE),
        Action::First => step(app, isize::MIN / 2),
        Action::Last => step(app, isize::MAX / 2),
        Action::Add => add(app),
        Action::Edit | Action::Open => edit(app),
        Action::Delete => delete(app),
        Action::Filter => details::open_filter(app),
        Action::Back if app.capture.view == View::AllEntries => {
            app.capture.view = View::Board;
        }
        _ => return None,
    }
    Some(Vec::new())
}

/// Note-taker mode keeps the laptop on this group's board, the All-entries view and Review.
fn note_taker_limits(app: &mut App, action: Action) -> Option<Vec<Effect>> {
    let group = app.session.as_ref()?.group?;
    match action {
        Action::NextScreen | Action::PreviousScreen => toggle_view(app),
        Action::GoTo(Screen::Capture) => app.capture.view = View::Board,
        // Review of this group is the note-taker's too; the rest is refused by role.
        Action::GoTo(Screen::Review) => return None,
        Action::GoTo(_) => {
            let name = app
                .session
                .as_ref()
                .and_then(|s| s.workshop().group(group))
                .map(|g| g.name.clone())
                .unwrap_or_default();
            app.info(format!(
                "note-taker mode for {}: this board and all entries (v) only",
                preview(&name)
            ));
        }
        _ => return None,
    }
    Some(Vec::new())
}

fn toggle_view(app: &mut App) {
    app.capture.view = match app.capture.view {
        View::Board => View::AllEntries,
        View::AllEntries => View::Board,
    };
}

fn refuse_if_read_only(app: &mut App) -> bool {
    if let Some(reason) = app.read_only_reason() {
        let text = format!("read-only ({reason}): nothing was changed");
        app.warn(text);
        return true;
    }
    false
}

fn command_action(app: &mut App, command: CaptureAction) {
    if Action::Capture(command).changes_workshop() && refuse_if_read_only(app) {
        return;
    }
    match command {
        CaptureAction::ColumnLeft => column(app, -1),
        CaptureAction::ColumnRight => column(app, 1),
        CaptureAction::PreviousGroup => switch_group(app, -1),
        CaptureAction::NextGroup => switch_group(app, 1),
        CaptureAction::ChangeKind => change_kind(app),
        CaptureAction::MoveToGroup => open_picker(app, |entry| PickKind::Group { entry }),
        CaptureAction::VoteUp => vote(app, 1),
        CaptureAction::VoteDown => vote(app, -1),
        CaptureAction::Tally => open_prompt(app, true),
        CaptureAction::Tags => open_prompt(app, false),
        CaptureAction::Attribute => open_picker(app, |entry| PickKind::Person { entry }),
        CaptureAction::Link => open_picker(app, |entry| PickKind::Link { entry }),
        CaptureAction::Mark => mark(app),
        CaptureAction::Merge => merge(app),
        CaptureAction::Details => details::open_details(app),
        CaptureAction::AllEntries => toggle_view(app),
        CaptureAction::ClearFilters => {
            app.capture.all.filter = Default::default();
            app.capture.all.list = Default::default();
            app.info("filters cleared");
        }
        // Editor and draft-offer keys mean nothing on the board.
        CaptureAction::NewLine
        | CaptureAction::CycleKind
        | CaptureAction::EditorUndo
        | CaptureAction::EditorRedo
        | CaptureAction::RestoreDraft
        | CaptureAction::DiscardDraft => {}
    }
}

/// The selected entry, or a message saying there is none.
fn selected_or_say(app: &mut App) -> Option<Entry> {
    let entry = selected_entry(app).and_then(|id| {
        app.session
            .as_ref()
            .and_then(|s| s.workshop().entry(id).cloned())
    });
    if entry.is_none() {
        app.info("no entry is selected: a adds one");
    }
    entry
}

fn step(app: &mut App, delta: isize) {
    let Some(session) = app.session.as_ref() else {
        return;
    };
    let workshop = session.workshop();
    match app.capture.view {
        View::AllEntries => {
            let len = all_entries::rows(workshop, &app.capture.all.filter).len();
            app.capture.all.list.step(delta, len);
        }
        View::Board => {
            let Some(group) = current_group(app) else {
                return;
            };
            let here = place(workshop, group, &app.capture);
            let entries = column_entries(workshop, group.id, here.kind);
            let last = entries.len().saturating_sub(1);
            let row = here.row.saturating_add_signed(delta).min(last);
            let selected = entries.get(row).map(|e| e.id);
            app.capture.row = row;
            app.capture.selected = selected;
            app.capture.column = Some(here.kind);
        }
    }
}

fn column(app: &mut App, delta: isize) {
    if app.capture.view != View::Board {
        return;
    }
    let Some(session) = app.session.as_ref() else {
        return;
    };
    let workshop = session.workshop();
    let Some(group) = current_group(app) else {
        return;
    };
    let here = place(workshop, group, &app.capture);
    let kinds = columns(workshop, group);
    let last = kinds.len().saturating_sub(1);
    let index = here.column.saturating_add_signed(delta).min(last);
    let Some(kind) = kinds.get(index).copied() else {
        return;
    };
    let entries = column_entries(workshop, group.id, kind);
    let row = here.row.min(entries.len().saturating_sub(1));
    let selected = entries.get(row).map(|e| e.id);
    app.capture.column = Some(kind);
    app.capture.row = row;
    app.capture.selected = selected;
}

fn switch_group(app: &mut App, delta: isize) {
    let Some(session) = app.session.as_ref() else {
        return;
    };
    if let Some(id) = session.group {
        let name = session
            .workshop()
            .group(id)
            .map(|g| g.name.clone())
            .unwrap_or_default();
        app.info(format!(
            "note-taker mode: this laptop captures for {} only",
            preview(&name)
        ));
        return;
    }
    let groups: Vec<Id> = session.workshop().groups().iter().map(|g| g.id).collect();
    if groups.is_empty() {
        app.info("this workshop has no groups yet: create them on Groups (5)");
        return;
    }
    let current = current_group(app).map(|g| g.id);
    let len = groups.len() as isize;
    let next = match current.and_then(|id| groups.iter().position(|g| *g == id)) {
        Some(i) => (i as isize + delta).rem_euclid(len) as usize,
        None => 0,
    };
    app.capture.group = groups.get(next).copied();
    app.capture.column = None;
    app.capture.selected = None;
    app.capture.row = 0;
    app.capture.marked.clear();
    app.capture.view = View::Board;
}

/// `a`: a new entry in the board's group, kind from the group's purpose.
fn add(app: &mut App) {
    if app.capture.drafts.kept.is_some() {
        offer_kept_draft(app);
        return;
    }
    let Some(session) = app.session.as_ref() else {
        return;
    };
    let workshop = session.workshop();
    match board::shown_group(workshop, session.group, app.capture.group) {
        Shown::Group(group) => {
            let kind = board::default_kind(group.purpose);
            let editor = Editor::new(None, Some(group.id), kind, "");
            app.capture.modal = Some(Modal::Editor(editor));
        }
        Shown::Deleted { name, .. } => {
            let text = format!(
                "the group {} was deleted: nothing can be added to it (Ctrl-Z may bring it back)",
                preview(&name)
            );
            app.warn(text);
        }
        Shown::NoGroups => {
            let editor = Editor::new(None, None, crate::model::EntryKind::Note, "");
            app.capture.modal = Some(Modal::Editor(editor));
            app.info("no groups yet: this entry belongs to no group (plenary)");
        }
    }
}

fn offer_kept_draft(app: &mut App) {
    app.capture.modal = Some(Modal::DraftOffer);
    app.info("finish or discard the kept draft first");
}

/// `e` / Enter: edit the selected entry's text and kind in place.
fn edit(app: &mut App) {
    if refuse_if_read_only(app) {
        return;
    }
    if app.capture.drafts.kept.is_some() {
        offer_kept_draft(app);
        return;
    }
    let Some(entry) = selected_or_say(app) else {
        return;
    };
    let editor = Editor::new(Some(entry.id), entry.group, entry.kind, &entry.text);
    app.capture.modal = Some(Modal::Editor(editor));
}

fn delete(app: &mut App) {
    let Some(entry) = selected_or_say(app) else {
        return;
    };
    match app.apply(Change::Delete(RecordRef::Entry(entry.id))) {
        Ok(()) => {
            app.capture.marked.remove(&entry.id);
            app.capture.selected = None;
            app.info(format!(
                "deleted “{}” — Ctrl-Z brings it back",
                clip(&preview(&entry.text), 40)
            ));
        }
        Err(error) => app.error(error),
    }
}

/// Put back an edited copy of an entry; say what happened.
pub fn put(app: &mut App, entry: Entry, done: impl Into<String>) -> Result<(), String> {
    match app.apply(Change::put_entry(entry)) {
        Ok(()) => {
            app.info(done);
            Ok(())
        }
        Err(error) => {
            app.error(format!("not changed: {error}"));
            Err(error)
        }
    }
}

fn change_kind(app: &mut App) {
    let Some(mut entry) = selected_or_say(app) else {
        return;
    };
    entry.kind = entry.kind.next();
    let (id, kind) = (entry.id, entry.kind);
    if put(
        app,
        entry,
        format!("now {}", crate::tui::kit::text::with_article(kind.label())),
    )
    .is_ok()
    {
        // The selection follows the entry into its new column.
        app.capture.column = Some(kind);
        app.capture.selected = Some(id);
    }
}

fn vote(app: &mut App, delta: i32) {
    let Some(mut entry) = selected_or_say(app) else {
        return;
    };
    entry.votes = entry.votes.saturating_add(delta);
    let votes = entry.votes;
    let _ = put(app, entry, format!("votes: {votes:+}"));
}

fn open_prompt(app: &mut App, tally: bool) {
    let Some(entry) = selected_or_say(app) else {
        return;
    };
    let prompt = if tally {
        Prompt::new(
            PromptKind::Tally { entry: entry.id },
            &entry.votes.to_string(),
        )
    } else {
        let mut text = entry.tags.join(", ");
        if !text.is_empty() {
            text.push_str(", ");
        }
        Prompt::new(PromptKind::Tags { entry: entry.id }, &text)
    };
    app.capture.modal = Some(Modal::Prompt(prompt));
}

fn open_picker(app: &mut App, kind: impl FnOnce(Id) -> PickKind) {
    let Some(entry) = selected_or_say(app) else {
        return;
    };
    app.capture.modal = Some(Modal::Pick(Picker::new(kind(entry.id))));
}

fn mark(app: &mut App) {
    let Some(entry) = selected_or_say(app) else {
        return;
    };
    if !app.capture.marked.remove(&entry.id) {
        app.capture.marked.insert(entry.id);
    }
    let count = app.capture.marked.len();
    app.info(match count {
        0 => "no entries marked".to_string(),
        n => format!("{n} marked: select the entry to keep and press M to merge them into it"),
    });
}

fn merge(app: &mut App) {
    let Some(keep) = selected_or_say(app) else {
        return;
    };
    let Some(session) = app.session.as_ref() else {
        return;
    };
    let workshop = session.workshop();
    let others: Vec<Id> = app
        .capture
        .marked
        .iter()
        .copied()
        .filter(|id| *id != keep.id && workshop.entry(*id).is_some_and(|e| !e.deleted))
        .collect();
    if others.is_empty() {
        app.info("mark the duplicates with m first, then select the one to keep and press M");
        return;
    }
    let Some(change) = workshop.merge_entries(keep.id, &others) else {
        app.error("these entries cannot be merged: one of them is gone");
        return;
    };
    match app.apply(change) {
        Ok(()) => {
            app.capture.marked.clear();
            app.capture.selected = Some(keep.id);
            app.info(format!(
                "merged {} into “{}”: texts kept, votes added — Ctrl-Z undoes",
                others.len(),
                clip(&preview(&keep.text), 30)
            ));
        }
        Err(error) => app.error(format!("not merged: {error}")),
    }
}
