//! Screen 5: the working groups. Create them by hand or from a set, edit and delete them,
//! set facilitator and note-taker, assign members by hand (a pick list) or automatically
//! (with a preview), and see each group's timer while its agenda item runs.
//!
//! The screen's forms, pick list and preview live in [`GroupsState`], not in the shell's
//! overlays, so the shell needs only a hook; every change still goes through `App::apply`.

mod actions;
mod auto;
mod edit;
pub mod form;
mod people;
pub mod timer;
mod view;

pub use actions::GroupAction;
pub use auto::{AutoPreview, GroupPreview, Summary};
pub use edit::{GroupForm, GroupSet, SetForm};
pub use people::{PickFor, Picker};
pub use view::render;

use crate::model::{Change, Id, Workshop};
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap::Context;
use crate::tui::screen::Screen;
use crate::tui::theme::Theme;
use crate::tui::update::Effect;
use crate::tui::widgets::form::FieldEditing;
use ratatui::text::{Line, Span};

/// What is open on the Groups screen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    #[default]
    List,
    /// Adding or editing one group.
    Edit(GroupForm),
    /// Creating a set of groups.
    Set(SetForm),
    /// Choosing a facilitator or note-taker, or the members.
    Pick(Picker),
    /// The auto-assignment preview.
    Auto(AutoPreview),
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GroupsState {
    pub mode: Mode,
}

/// Where keys are looked up on the Groups screen, most specific first.
pub fn contexts(app: &App) -> Vec<Context> {
    match app.groups.mode {
        Mode::List => vec![Context::Groups, Context::Lists, Context::Anywhere],
        Mode::Edit(_) | Mode::Set(_) => vec![Context::Form, Context::Anywhere],
        Mode::Pick(_) => vec![Context::GroupMembers, Context::Anywhere],
        Mode::Auto(_) => vec![Context::GroupAuto, Context::Anywhere],
    }
}

/// The id of the group under the cursor.
pub fn selected_group(app: &App) -> Option<Id> {
    let workshop = app.session.as_ref()?.workshop();
    let groups = workshop.groups();
    let index = app
        .list(Screen::Groups)
        .selected
        .min(groups.len().checked_sub(1)?);
    groups.get(index).map(|g| g.id)
}

/// Text typed or pasted while a form or the pick list is open.
pub fn type_text(app: &mut App, text: &str) -> bool {
    match &mut app.groups.mode {
        Mode::Edit(f) => f.form.type_text(text),
        Mode::Set(f) => f.form.type_text(text),
        Mode::Pick(p) => p.type_text(text),
        Mode::List | Mode::Auto(_) => return false,
    }
    true
}

/// What comes of an action in one of the screen's modes.
pub enum Next {
    /// Keep the mode open; the action was used.
    Stay,
    /// Close the mode; the action was used.
    Close,
    /// Keep the mode open and let the shell handle the action (Quit, undo, screens).
    Pass,
}

/// The Groups screen's share of `update`: `None` when the action is not for it.
pub fn update(app: &mut App, action: Action) -> Option<Vec<Effect>> {
    if let Action::Groups(_) = action
        && app.screen != Screen::Groups
    {
        // From the palette on another screen: go to Groups and do it there.
        if !action.in_palette() {
            return None;
        }
        app.screen = Screen::Groups;
        app.groups.mode = Mode::List;
    }
    if app.screen != Screen::Groups {
        return None;
    }
    let mut mode = std::mem::take(&mut app.groups.mode);
    let next = match &mut mode {
        Mode::List => return list_action(app, action),
        Mode::Edit(f) => match form_keys(app, &mut f.form, action) {
            FormKey::Done(next) => next,
            FormKey::Submit => {
                let result = workshop(app).map(|w| f.change(w));
                submitted(app, &mut f.form, result)
            }
        },
        Mode::Set(f) => match form_keys(app, &mut f.form, action) {
            FormKey::Done(next) => next,
            FormKey::Submit => {
                let result = workshop(app).map(|w| f.change(w));
                submitted(app, &mut f.form, result)
            }
        },
        Mode::Pick(p) => pick_action(app, p, action),
        Mode::Auto(preview) => auto_action(app, preview, action),
    };
    match next {
        Next::Stay => {
            app.groups.mode = mode;
            Some(Vec::new())
        }
        Next::Close => Some(Vec::new()),
        Next::Pass => {
            app.groups.mode = mode;
            None
        }
    }
}

fn workshop(app: &App) -> Option<&Workshop> {
    app.session.as_ref().map(|s| s.workshop())
}

/// Refuse before opening a form when nothing could be saved.
fn refused(app: &mut App) -> bool {
    if app.session.is_none() {
        app.info("no session is open: open one from Home (1)");
        return true;
    }
    if let Some(reason) = app.read_only_reason() {
        let text = format!("read-only ({reason}): nothing can be changed");
        app.warn(text);
        return true;
    }
    false
}

/// Apply and say so; on refusal, say why.
fn apply(app: &mut App, change: Change, message: String) -> bool {
    match app.apply(change) {
        Ok(()) => {
            app.info(message);
            true
        }
        Err(error) => {
            app.error(format!("not changed: {error}"));
            false
        }
    }
}

fn list_action(app: &mut App, action: Action) -> Option<Vec<Effect>> {
    let count = workshop(app).map_or(0, |w| w.groups().len());
    let step = |app: &mut App, delta: isize| app.list_mut(Screen::Groups).step(delta, count);
    match action {
        Action::Up => step(app, -1),
        Action::Down => step(app, 1),
        Action::PageUp => step(app, -5),
        Action::PageDown => step(app, 5),
        Action::First => step(app, isize::MIN / 2),
        Action::Last => step(app, isize::MAX / 2),
        Action::Add => {
            if !refused(app)
                && let Some(w) = workshop(app)
            {
                app.groups.mode = Mode::Edit(GroupForm::new(w, None));
            }
        }
        Action::Groups(GroupAction::FromSet) => {
            if !refused(app)
                && let Some(w) = workshop(app)
            {
                app.groups.mode = Mode::Set(SetForm::new(w));
            }
        }
        Action::Edit => with_group(app, |app, id| {
            if let Some(group) = workshop(app).and_then(|w| w.group(id)) {
                let form = GroupForm::new(workshop(app)?, Some(group));
                app.groups.mode = Mode::Edit(form);
            }
            Some(())
        }),
        Action::Delete => with_group(app, |app, id| {
            let (change, message) = edit::delete(workshop(app)?, id)?;
            apply(app, change, message);
            let count = workshop(app).map_or(0, |w| w.groups().len());
            app.list_mut(Screen::Groups).step(0, count);
            Some(())
        }),
        Action::Open | Action::Groups(GroupAction::Members) => {
            open_picker(app, PickFor::Members);
        }
        Action::Groups(GroupAction::Facilitator) => open_picker(app, PickFor::Facilitator),
        Action::Groups(GroupAction::NoteTaker) => open_picker(app, PickFor::NoteTaker),
        Action::Groups(GroupAction::AutoAssign) => {
            if !refused(app) {
                open_auto(app);
            }
        }
        Action::Filter => app.info("m or Enter opens the pick list, where typing filters people"),
        Action::Groups(_) => {}
        _ => return None,
    }
    Some(Vec::new())
}

/// Run `then` on the selected group after the read-only check; say so when there is none.
fn with_group(app: &mut App, then: impl FnOnce(&mut App, Id) -> Option<()>) {
    if refused(app) {
        return;
    }
    match selected_group(app) {
        Some(id) => {
            then(app, id);
        }
        None => app.info(
            "no groups yet: a adds one, s makes a set (lessons/challenges/plans, sectors, tables)",
        ),
    }
}

fn open_picker(app: &mut App, purpose: PickFor) {
    with_group(app, |app, id| {
        app.groups.mode = Mode::Pick(Picker::new(purpose, id));
        Some(())
    });
}

fn open_auto(app: &mut App) {
    let today = app.today();
    let Some(w) = workshop(app) else { return };
    if w.groups().is_empty() {
        app.info("no groups to deal people into: a adds one, s makes a set");
        return;
    }
    app.groups.mode = Mode::Auto(AutoPreview::new(w, today));
}

/// A form key's outcome: done with it, or the form is to be submitted.
pub enum FormKey {
    Done(Next),
    Submit,
}

/// The keys of a form (the Form context's actions).
pub fn form_keys(app: &mut App, form: &mut form::MiniForm, action: Action) -> FormKey {
    match action {
        Action::Back => {
            app.info("cancelled");
            return FormKey::Done(Next::Close);
        }
        Action::NextField => form.next_field(),
        Action::PreviousField => form.previous_field(),
        Action::ChoiceLeft => form.choose(-1),
        Action::ChoiceRight => form.choose(1),
        Action::Erase => form.erase(),
        Action::Confirm if !form.on_last_field() => form.next_field(),
        Action::Confirm => return FormKey::Submit,
        _ => return FormKey::Done(Next::Pass),
    }
    FormKey::Done(Next::Stay)
}

/// Apply a submitted form's change, or show in the form why it was refused.
fn submitted(
    app: &mut App,
    form: &mut form::MiniForm,
    result: Option<Result<(Change, String), String>>,
) -> Next {
    match result {
        None => Next::Close,
        Some(Err(error)) => {
            form.error = Some(error);
            Next::Stay
        }
        Some(Ok((change, message))) => {
            let before = workshop(app).map_or(0, |w| w.groups().len());
            if apply(app, change, message) {
                select_new(app, before);
                Next::Close
            } else {
                Next::Stay
            }
        }
    }
}

/// After adding, the cursor goes to the newest group (new groups come last) so its
/// facilitator can be set straight away; after an edit it stays.
fn select_new(app: &mut App, before: usize) {
    let count = workshop(app).map_or(0, |w| w.groups().len());
    let list = app.list_mut(Screen::Groups);
    if count > before {
        list.selected = before;
    }
    list.step(0, count);
}

fn pick_action(app: &mut App, picker: &mut Picker, action: Action) -> Next {
    let count = workshop(app).map_or(0, |w| people::rows(w, &picker.filter).len());
    match action {
        Action::Back => {
            if picker.purpose != PickFor::Members {
                app.info("cancelled");
            }
            return Next::Close;
        }
        Action::Up => picker.list.step(-1, count),
        Action::Down => picker.list.step(1, count),
        Action::PageUp => picker.list.step(-10, count),
        Action::PageDown => picker.list.step(10, count),
        Action::Erase => picker.erase(),
        Action::Groups(GroupAction::Toggle) if picker.purpose != PickFor::Members => {
            // Choosing one person: space is just a space in the filter.
            picker.type_text(" ");
        }
        Action::Groups(GroupAction::Toggle) | Action::Confirm => {
            let chosen = workshop(app).and_then(|w| {
                let rows = people::rows(w, &picker.filter);
                let person = rows.get(picker.list.selected.min(rows.len().checked_sub(1)?))?;
                Some(match (action, picker.purpose) {
                    (Action::Confirm, PickFor::Members) => return None,
                    (_, PickFor::Members) => people::toggle(w, picker.group, person.id),
                    (_, role) => people::place(w, picker.group, person.id, role),
                })
            });
            match chosen {
                None if action == Action::Confirm && picker.purpose == PickFor::Members => {
                    return Next::Close;
                }
                None => app.info("nobody matches; Backspace shortens the filter"),
                Some(Err(why)) => app.warn(why),
                Some(Ok((change, message))) => {
                    if apply(app, change, message) && picker.purpose != PickFor::Members {
                        return Next::Close;
                    }
                }
            }
        }
        _ => return Next::Pass,
    }
    Next::Stay
}

fn auto_action(app: &mut App, preview: &mut AutoPreview, action: Action) -> Next {
    let today = app.today();
    match action {
        Action::Back => {
            app.info("cancelled: nobody was moved");
            return Next::Close;
        }
        Action::Up => preview.scroll = preview.scroll.saturating_sub(1),
        Action::Down => preview.scroll = preview.scroll.saturating_add(1),
        Action::Groups(GroupAction::Shuffle) => {
            preview.seed = preview.seed.wrapping_add(1);
            if let Some(w) = workshop(app) {
                preview.refresh(w, today);
            }
            app.info(format!("mix {}", preview.seed));
        }
        Action::Groups(GroupAction::DealWho) => {
            preview.only_checked_in = !preview.only_checked_in;
            if let Some(w) = workshop(app) {
                preview.refresh(w, today);
            }
        }
        Action::Confirm => {
            let Some((change, dealt)) = workshop(app).map(|w| preview.change(w, today)) else {
                return Next::Close;
            };
            if dealt == 0 || matches!(&change, Change::Batch(c) if c.is_empty()) {
                app.info("nobody to deal: everyone counted is already in a group");
                return Next::Close;
            }
            let groups = preview.summary.groups.len();
            let message = format!(
                "dealt {} into {} — Ctrl-Z undoes it",
                crate::tui::kit::text::count(dealt, "person", "people"),
                crate::tui::kit::text::count(groups, "group", "groups")
            );
            apply(app, change, message);
            return Next::Close;
        }
        // The preview would go stale under an undo; close it first.
        Action::Undo | Action::Redo => app.info("Esc closes the preview first"),
        _ => return Next::Pass,
    }
    Next::Stay
}

/// The read-only lines of the old preview (kept for the shell's `preview_lines`).
pub fn lines(workshop: &Workshop, theme: Theme) -> Vec<Line<'static>> {
    workshop
        .groups()
        .into_iter()
        .map(|group| {
            Line::from(vec![
                Span::styled(format!(" {}", group.name), theme.heading()),
                Span::styled(
                    format!(
                        "  {} · {}",
                        group.purpose.label(),
                        crate::tui::kit::text::count(group.members.len(), "member", "members")
                    ),
                    theme.dim(),
                ),
            ])
        })
        .collect()
}
