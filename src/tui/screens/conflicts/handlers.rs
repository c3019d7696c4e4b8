//! Opening the overlay, moving in it, and settling a conflict through the app's one door.

use super::{ConflictAction, ConflictsState, describe};
use crate::model::{Change, Conflict};
use crate::tui::action::Action;
use crate::tui::app::{App, Overlay};
use crate::tui::update::Effect;

/// Lines a page key moves.
const PAGE: usize = 5;

/// The palette's "conflicts" (and the settle keys pressed with the overlay closed).
pub fn update(app: &mut App, action: ConflictAction) -> Vec<Effect> {
    if action != ConflictAction::Open {
        app.info("open the list first: press : conflicts");
        return Vec::new();
    }
    let Some(session) = app.session.as_ref() else {
        app.warn("no session is open: open a session to see its merge conflicts");
        return Vec::new();
    };
    if session.workshop().conflicts().is_empty() {
        app.info("no merge conflicts: nothing to settle");
        return Vec::new();
    }
    app.layers
        .push(Overlay::Conflicts(ConflictsState::default()));
    Vec::new()
}

/// An action while the overlay is open.
pub fn update_overlay(app: &mut App, action: Action) -> Vec<Effect> {
    let len = count(app);
    let Some(Overlay::Conflicts(state)) = app.layers.top_mut() else {
        return Vec::new();
    };
    match action {
        Action::Back => {
            app.layers.pop();
        }
        Action::Up => state.selected = state.selected.saturating_sub(1),
        Action::PageUp => state.selected = state.selected.saturating_sub(PAGE),
        Action::Down => state.selected = last_at_most(state.selected + 1, len),
        Action::PageDown => state.selected = last_at_most(state.selected + PAGE, len),
        Action::Confirm | Action::Conflicts(ConflictAction::KeepInUse) => settle(app, false),
        Action::Conflicts(ConflictAction::UseOther) => settle(app, true),
        Action::Conflicts(ConflictAction::Open) => {}
        Action::Undo | Action::Redo => {
            // Undo right here: a settle taken back shows up in the list again.
            // The list stays the top layer; the shell undoes below it.
            let effects = crate::tui::update::pass_down(app, action);
            // The document calls a settle "2 changes"; say what came back or went.
            let after = count(app);
            if after > len {
                app.info("undid the settle: the conflict is back in the list (Ctrl-Y redoes)");
            } else if after < len {
                app.info("redid the settle");
            }
            clamp(app);
            return effects;
        }
        other => {
            // Any other command closes the list and does what it says.
            app.layers.pop();
            return crate::tui::update::pass_down(app, other);
        }
    }
    Vec::new()
}

fn count(app: &App) -> usize {
    app.session
        .as_ref()
        .map_or(0, |s| s.workshop().conflicts().len())
}

fn last_at_most(wanted: usize, len: usize) -> usize {
    wanted.min(len.saturating_sub(1))
}

/// Keep the selection on a line that exists after the list changed.
fn clamp(app: &mut App) {
    let len = count(app);
    if let Some(Overlay::Conflicts(state)) = app.layers.top_mut() {
        state.selected = last_at_most(state.selected, len);
    }
}

/// The change that puts a kept version back in use (re-stamped on top of the current one).
fn put(conflict: Conflict) -> Change {
    match conflict {
        Conflict::Info(info) => Change::SetInfo(info),
        Conflict::Item(item) => Change::put_item(*item),
        Conflict::Participant(person) => Change::put_participant(*person),
        Conflict::Group(group) => Change::put_group(*group),
        Conflict::Entry(entry) => Change::put_entry(*entry),
    }
}

/// Settle the selected conflict: keep the version in use, or use the other one. Either way
/// every kept version of that record is dropped, in one undoable step.
fn settle(app: &mut App, use_other: bool) {
    if let Some(reason) = app.read_only_reason() {
        // The meaning first: the reason can be long and the status bar is one line.
        let text = format!("read-only: conflicts can be looked at, not settled ({reason})");
        app.warn(text);
        return;
    }
    let selected = match app.layers.top() {
        Some(Overlay::Conflicts(state)) => state.selected,
        _ => return,
    };
    let Some(workshop) = app.session.as_ref().map(|s| s.workshop()) else {
        return;
    };
    let Some(conflict) = workshop.conflicts().get(selected).cloned() else {
        app.info("no merge conflicts left: Esc closes the list");
        return;
    };
    let target = conflict.target();
    let versions = workshop.conflicts_of(target).len();
    let described = describe(workshop, &conflict);
    let device = conflict.stamp().device.to_string();
    let change = if use_other {
        Change::Batch(vec![put(conflict), Change::ResolveConflicts(target)])
    } else {
        Change::ResolveConflicts(target)
    };
    if let Err(error) = app.apply(change) {
        let text = format!("could not settle {}: {error}", described.what);
        app.error(text);
        return;
    }
    // Short: the status bar is one line, and the list still names the record.
    let text = match (use_other, versions) {
        (false, 1) => {
            format!("kept the version in use; {device}'s dropped (Ctrl-Z brings it back)")
        }
        (false, n) => {
            format!("kept the version in use; {n} other versions dropped (Ctrl-Z brings them back)")
        }
        (true, 1) => format!("now using {device}'s version (Ctrl-Z undoes)"),
        (true, n) => format!(
            "now using {device}'s version; {} other kept versions dropped (Ctrl-Z undoes)",
            n - 1
        ),
    };
    app.info(text);
    clamp(app);
}
