//! Keys while something is open over the board: the editor, a prompt, a pick list, a form,
//! the draft offer.

use super::action::CaptureAction;
use super::details;
use super::drafts;
use super::field_form::FormPurpose;
use super::pickers::{self, PickItem};
use super::state::{
    Editor, Modal, PickKind, Picker, Prompt, PromptKind, View, normalise_breaks, one_line_input,
};
use super::update::put;
use crate::model::{Attribution, Entry, EntryKind, Id};
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::kit::text::{fit as clip, preview};
use crate::tui::update::Effect;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui_textarea::CursorMove;

pub fn update(app: &mut App, action: Action) -> Option<Vec<Effect>> {
    let modal = app.capture.modal.take()?;
    let back = match modal {
        Modal::Editor(editor) => editor_action(app, editor, action),
        Modal::Prompt(prompt) => prompt_action(app, prompt, action),
        Modal::Pick(picker) => picker_action(app, picker, action),
        Modal::Form(form) => details::form_action(app, form, action),
        Modal::DraftOffer => return draft_offer_action(app, action),
    };
    // A handler that did not close or replace the modal hands it back.
    if app.capture.modal.is_none() {
        app.capture.modal = back;
    }
    Some(Vec::new())
}

fn draft_offer_action(app: &mut App, action: Action) -> Option<Vec<Effect>> {
    match action {
        Action::Capture(CaptureAction::RestoreDraft) | Action::Confirm | Action::Open => {
            let fallback = super::board::current_group(app).map(|g| g.id);
            match app.capture.drafts.kept.take() {
                Some(draft) => {
                    let editor = drafts::editor_for(app, &draft, fallback);
                    app.capture.modal = Some(Modal::Editor(editor));
                    app.capture.view = View::Board;
                    app.info("draft restored: Enter saves it");
                }
                None => app.info("there is no draft"),
            }
        }
        Action::Capture(CaptureAction::DiscardDraft) | Action::Delete => {
            drafts::forget(app);
            app.info("draft discarded");
        }
        Action::Back => app.info("the draft is kept: a or e offers it again"),
        // Quitting, help, undo and the rest go on as usual (the draft stays on disk).
        _ => {
            app.capture.modal = Some(Modal::DraftOffer);
            return None;
        }
    }
    Some(Vec::new())
}

fn editor_action(app: &mut App, mut editor: Editor, action: Action) -> Option<Modal> {
    match action {
        Action::Confirm | Action::SaveNow => return save_editor(app, editor),
        Action::Back => {
            if editor.changed() && !editor.text().trim().is_empty() {
                drafts::keep(app, &editor);
                app.info("closed: the text is kept as a draft (a or e offers it back)");
            } else {
                drafts::forget(app);
                app.info("closed");
            }
            return None;
        }
        Action::Capture(CaptureAction::NewLine) => {
            editor.area.insert_newline();
            editor.touch();
        }
        Action::Capture(CaptureAction::CycleKind) | Action::NextField => {
            editor.kind = editor.kind.next();
        }
        Action::PreviousField => {
            let i = EntryKind::ALL
                .iter()
                .position(|k| *k == editor.kind)
                .unwrap_or(0);
            editor.kind = EntryKind::ALL[(i + EntryKind::ALL.len() - 1) % EntryKind::ALL.len()];
        }
        Action::Up => editor.area.move_cursor(CursorMove::Up),
        Action::Down => editor.area.move_cursor(CursorMove::Down),
        Action::Erase if editor.area.delete_char() => editor.touch(),
        Action::Capture(CaptureAction::EditorUndo) if editor.area.undo() => editor.touch(),
        Action::Capture(CaptureAction::EditorRedo) if editor.area.redo() => editor.touch(),
        _ => {}
    }
    Some(Modal::Editor(editor))
}

/// Enter in the editor: put the entry (new or edited). On refusal the editor stays open
/// with the reason, and the text stays in the draft.
fn save_editor(app: &mut App, mut editor: Editor) -> Option<Modal> {
    let text = editor.text();
    if text.trim().is_empty() {
        editor.error = Some("type the entry first (Esc closes)".to_string());
        return Some(Modal::Editor(editor));
    }
    let workshop = app.session.as_ref().map(|s| s.workshop())?;
    let existing = editor
        .target
        .and_then(|id| workshop.entry(id))
        .filter(|e| !e.deleted)
        .cloned();
    let group = editor.group.and_then(|id| workshop.group(id));
    if existing.is_none()
        && let Some(group) = group
        && group.deleted
    {
        editor.error = Some(format!(
            "the group {} was deleted while you typed; Esc keeps your text as a draft",
            preview(&group.name)
        ));
        return Some(Modal::Editor(editor));
    }
    let was_edit = existing.is_some();
    let mut entry = match existing {
        Some(entry) => entry,
        None => {
            let mut entry = Entry::new(editor.kind, String::new(), editor.group);
            entry.agenda_item = group.and_then(|g| g.agenda_item);
            entry
        }
    };
    entry.text = text;
    entry.kind = editor.kind;
    let (id, kind) = (entry.id, entry.kind);
    let done = if was_edit {
        "saved".to_string()
    } else if editor.target.is_some() {
        "the entry had been deleted meanwhile: saved as a new one".to_string()
    } else {
        format!(
            "added {}",
            crate::tui::kit::text::with_article(kind.label())
        )
    };
    match put(app, entry, done) {
        Ok(()) => {
            drafts::forget(app);
            app.capture.column = Some(kind);
            app.capture.selected = Some(id);
            None
        }
        Err(error) => {
            editor.error = Some(error);
            Some(Modal::Editor(editor))
        }
    }
}

fn prompt_action(app: &mut App, mut prompt: Prompt, action: Action) -> Option<Modal> {
    match action {
        Action::Back => return None,
        Action::Erase => {
            prompt.input.delete_char();
            prompt.error = None;
        }
        Action::NextField | Action::Capture(CaptureAction::CycleKind) => {
            if matches!(prompt.kind, PromptKind::Tags { .. }) {
                complete_tag(app, &mut prompt);
            }
        }
        Action::Confirm | Action::SaveNow => return submit_prompt(app, prompt),
        _ => {}
    }
    Some(Modal::Prompt(prompt))
}

/// The tags that start like the last, unfinished tag typed.
pub fn tag_suggestions(app: &App, typed: &str) -> Vec<String> {
    let partial = typed.rsplit(',').next().unwrap_or("").trim();
    let Some(session) = app.session.as_ref() else {
        return Vec::new();
    };
    let folded = crate::model::search::fold(partial);
    session
        .workshop()
        .tags()
        .into_iter()
        .filter(|t| crate::model::search::fold(t).starts_with(&folded) && t.as_str() != partial)
        .take(8)
        .collect()
}

fn complete_tag(app: &App, prompt: &mut Prompt) {
    let typed = prompt.text();
    let Some(first) = tag_suggestions(app, &typed).into_iter().next() else {
        return;
    };
    let head = match typed.rfind(',') {
        Some(i) => format!("{}, ", typed[..i].trim_end()),
        None => String::new(),
    };
    prompt.input = super::state::text_area(&format!("{head}{first}, "), false);
}

/// Tags as typed: split at commas, trimmed, without empties and repeats, in order.
pub fn parse_tags(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for tag in text.split(',').map(str::trim).filter(|t| !t.is_empty()) {
        if !out.iter().any(|t| t == tag) {
            out.push(tag.to_string());
        }
    }
    out
}

/// A tally typed as on the flipchart: "12", "+3", "-2", or in Arabic-Indic digits.
pub fn parse_tally(text: &str) -> Option<i32> {
    crate::model::search::fold(text)
        .replace(' ', "")
        .trim_start_matches('+')
        .parse()
        .ok()
}

fn entry_copy(app: &App, id: Id) -> Option<Entry> {
    app.session
        .as_ref()
        .and_then(|s| s.workshop().entry(id))
        .filter(|e| !e.deleted)
        .cloned()
}

/// A change to an entry's copy, returning what to say about it.
type EntryEdit = Box<dyn FnOnce(&mut Entry) -> String>;

fn submit_prompt(app: &mut App, mut prompt: Prompt) -> Option<Modal> {
    let text = prompt.text();
    let (id, apply): (Id, EntryEdit) = match prompt.kind {
        PromptKind::Tally { entry } => match parse_tally(&text) {
            Some(votes) => (
                entry,
                Box::new(move |e: &mut Entry| {
                    e.votes = votes;
                    format!("votes: {votes}")
                }),
            ),
            None => {
                prompt.error = Some("a whole number, such as 12 or -3".to_string());
                return Some(Modal::Prompt(prompt));
            }
        },
        PromptKind::Tags { entry } => {
            let tags = parse_tags(&text);
            (
                entry,
                Box::new(move |e: &mut Entry| {
                    let said = if tags.is_empty() {
                        "no tags".to_string()
                    } else {
                        format!("tags: {}", tags.join(", "))
                    };
                    e.tags = tags;
                    said
                }),
            )
        }
    };
    let Some(mut entry) = entry_copy(app, id) else {
        app.warn("that entry was deleted meanwhile: nothing was changed");
        return None;
    };
    let said = apply(&mut entry);
    match put(app, entry, preview(&said)) {
        Ok(()) => None,
        Err(error) => {
            prompt.error = Some(error);
            Some(Modal::Prompt(prompt))
        }
    }
}

/// The pick list's lines as they are now.
pub fn picker_items(app: &App, picker: &Picker) -> Vec<PickItem> {
    match app.session.as_ref() {
        Some(session) => pickers::items(session.workshop(), picker.kind, &picker.filter_text()),
        None => Vec::new(),
    }
}

fn picker_action(app: &mut App, mut picker: Picker, action: Action) -> Option<Modal> {
    let len = picker_items(app, &picker).len();
    match action {
        Action::Back => return None,
        Action::Up => picker.list.step(-1, len),
        Action::Down => picker.list.step(1, len),
        Action::PageUp => picker.list.step(-10, len),
        Action::PageDown => picker.list.step(10, len),
        Action::Erase => {
            picker.filter.delete_char();
            picker.list = Default::default();
        }
        Action::Confirm | Action::Open => {
            let chosen = picker_items(app, &picker)
                .get(picker.list.selected)
                .cloned();
            match chosen {
                Some(item) => return pick(app, picker, item),
                None => app.info("nothing matches: Backspace widens the search"),
            }
        }
        _ => {}
    }
    Some(Modal::Pick(picker))
}

fn pick(app: &mut App, picker: Picker, item: PickItem) -> Option<Modal> {
    let entry_id = match picker.kind {
        PickKind::Person { entry } | PickKind::Group { entry } | PickKind::Link { entry } => entry,
    };
    let Some(mut entry) = entry_copy(app, entry_id) else {
        app.warn("that entry was deleted meanwhile: nothing was changed");
        return None;
    };
    match picker.kind {
        PickKind::Person { entry: id } => {
            // The level is asked next; the named-quote consent is checked when applying.
            return Some(Modal::Form(details::attribution_form(
                app,
                id,
                item.id,
                &item.label,
            )));
        }
        PickKind::Group { .. } => {
            let Some(group) = item.id else {
                return Some(Modal::Pick(picker));
            };
            entry.group = Some(group);
            let said = format!("moved to {} — Ctrl-Z moves it back", clip(&item.label, 30));
            if put(app, entry, said).is_ok() {
                app.capture.selected = None;
            }
        }
        PickKind::Link { .. } => {
            let Some(other) = item.id else {
                return Some(Modal::Pick(picker));
            };
            let said = if entry.links.contains(&other) {
                entry.links.retain(|l| *l != other);
                "link removed"
            } else {
                entry.links.push(other);
                "linked"
            };
            let _ = put(app, entry, said);
        }
    }
    None
}

/// Put the attribution chosen in the level form; the model refuses "named" without the
/// person's named-quote consent, and the form shows why.
pub fn attribute(
    app: &mut App,
    entry: Id,
    person: Option<Id>,
    level: Attribution,
) -> Result<(), String> {
    let Some(mut copy) = entry_copy(app, entry) else {
        return Err("that entry was deleted meanwhile".to_string());
    };
    copy.attributed = person;
    copy.attribution = if person.is_some() {
        level
    } else {
        Attribution::Anonymous
    };
    let said = match (person, level) {
        (None, _) => "attribution taken away".to_string(),
        (Some(_), Attribution::Named) => "attributed by name".to_string(),
        (Some(_), Attribution::Organisation) => "attributed to the organisation only".to_string(),
        (Some(_), Attribution::Anonymous) => "attributed, shown anonymously".to_string(),
    };
    put(app, copy, said)
}

/// Text typed or pasted while something is open; true when it was taken.
pub fn type_text(app: &mut App, text: &str) -> bool {
    let Some(modal) = app.capture.modal.as_mut() else {
        return false;
    };
    match modal {
        Modal::Editor(editor) => {
            // A paste arrives whole: its line breaks are text, never "save".
            editor.area.insert_str(normalise_breaks(text));
            editor.touch();
            editor.fit_wrapping();
        }
        Modal::Prompt(prompt) => {
            prompt.input.insert_str(one_line_input(text));
            prompt.error = None;
        }
        Modal::Pick(picker) => {
            picker.filter.insert_str(one_line_input(text));
            picker.list = Default::default();
        }
        Modal::Form(form) => {
            form.type_text(text);
            if form.purpose == FormPurpose::Filter {
                details::apply_filter_form(app);
            }
        }
        Modal::DraftOffer => return false,
    }
    true
}

/// A key no binding took (arrows, Delete, Home/End, word moves): the focused text edits it.
pub fn raw_key(app: &mut App, key: KeyEvent) -> bool {
    let Some(modal) = app.capture.modal.as_mut() else {
        return false;
    };
    match modal {
        Modal::Editor(editor) => {
            if key.code != KeyCode::Enter && editor.area.input(key) {
                editor.touch();
            }
        }
        Modal::Prompt(prompt) => {
            if key.code != KeyCode::Enter && prompt.input.input(key) {
                prompt.error = None;
            }
        }
        Modal::Pick(picker) => {
            if key.code != KeyCode::Enter && picker.filter.input(key) {
                picker.list = Default::default();
            }
        }
        Modal::Form(form) => {
            form.raw_key(key);
            if form.purpose == FormPurpose::Filter {
                details::apply_filter_form(app);
            }
        }
        Modal::DraftOffer => return false,
    }
    true
}
