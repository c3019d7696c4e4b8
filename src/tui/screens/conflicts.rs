//! Merge conflicts: an overlay, opened from the palette ("conflicts"), that lists every
//! version a merge kept beside the one in use, shows where each came from and which fields
//! differ, and settles them — keep the version in use, or use the other one. Each settle
//! is one undoable change through the app's one door.
//!
//! The state lives in `Overlay::Conflicts` ([`ConflictsState`]); the shell hands this
//! overlay its actions through [`update_overlay`] and opens it through [`update`].

mod handlers;
mod versions;
mod view;

pub use handlers::{update, update_overlay};
pub use versions::{Described, Difference, describe};
pub use view::render;

use crate::model::Workshop;
use crate::tui::action::Action;
use crate::tui::keymap::{Chord, Context};
use crate::tui::theme::Theme;
use chrono::FixedOffset;
use ratatui::crossterm::event::KeyCode;
use ratatui::text::Line;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ConflictAction {
    /// Open the list of conflicts.
    Open,
    /// Keep the version in use; drop the other one(s).
    KeepInUse,
    /// Use the selected other version instead of the one in use.
    UseOther,
}
/// The open overlay: which conflict is selected, and the time zone stamps are shown in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConflictsState {
    /// Index into `Workshop::conflicts()`.
    pub selected: usize,
    /// `None`: this computer's time zone. Tests fix it so snapshots do not depend on where
    /// they run.
    pub utc_offset: Option<FixedOffset>,
}

/// Where keys are looked up while the overlay is open.
pub fn contexts() -> Vec<Context> {
    vec![Context::Conflicts, Context::Anywhere]
}

pub fn default_keys(bind: &mut impl FnMut(Context, Chord, Action)) {
    use Context::Conflicts;
    use KeyCode as K;
    let key = Chord::plain;
    let ch = Chord::char;
    bind(Conflicts, key(K::Up), Action::Up);
    bind(Conflicts, key(K::Down), Action::Down);
    bind(Conflicts, ch('j'), Action::Down);
    bind(Conflicts, key(K::PageUp), Action::PageUp);
    bind(Conflicts, key(K::PageDown), Action::PageDown);
    bind(
        Conflicts,
        key(K::Enter),
        Action::Conflicts(ConflictAction::KeepInUse),
    );
    bind(
        Conflicts,
        ch('k'),
        Action::Conflicts(ConflictAction::KeepInUse),
    );
    bind(
        Conflicts,
        ch('o'),
        Action::Conflicts(ConflictAction::UseOther),
    );
    bind(Conflicts, key(K::Esc), Action::Back);
}

/// The Overview's warning, when a merge left conflicts behind.
pub fn overview_line(workshop: &Workshop, theme: Theme) -> Option<Line<'static>> {
    let count = workshop.conflicts().len();
    if count == 0 {
        return None;
    }
    let noun = if count == 1 {
        "merge conflict"
    } else {
        "merge conflicts"
    };
    Some(Line::styled(
        format!(" ⚠ {count} {noun} kept — press : conflicts to settle them"),
        theme.warning(),
    ))
}
