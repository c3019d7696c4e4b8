//! The command table ([`table::COMMANDS`]): each command declared once, with its scope,
//! name, description, footer word, whether it changes the workshop, whether the palette
//! offers it and which roles may use it. The action enums, help, the footer, the palette and
//! the role checks all read it; nothing else lists commands.

mod permit;
mod table;

use super::action::Action;
use super::screen::Screen;

pub use permit::{next_screen, offered, refusal, role};
pub use table::COMMANDS;

/// Where a command belongs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Works on every screen (or acts on whichever screen is current).
    Anywhere,
    /// Belongs to one screen: chosen from the palette elsewhere, it switches there first.
    On(Screen),
}

/// Who may use a command.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Roles {
    /// The facilitator and the note-taker.
    Everyone,
    /// Only the facilitator.
    Facilitator,
}

/// Who sits at this laptop: the facilitator (everything) or a group's note-taker
/// (`halaqa open FILE --group NAME`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Facilitator,
    NoteTaker,
}

impl Roles {
    pub fn allow(self, role: Role) -> bool {
        match self {
            Roles::Everyone => true,
            Roles::Facilitator => role == Role::Facilitator,
        }
    }
}

/// One row of the table.
#[derive(Clone, Copy, Debug)]
pub struct Command {
    pub action: Action,
    pub scope: Scope,
    /// The name in `keymap.ron` and the palette.
    pub name: &'static str,
    /// A word for the footer, where space is tight.
    pub short: &'static str,
    /// What it does, in a few words, for help and the palette.
    pub description: &'static str,
    /// The palette offers it: a command a person would look for by name.
    pub in_palette: bool,
    /// Worth a place in the one-line footer (the rest are in help).
    pub in_footer: bool,
    /// Changes the workshop, so refused (and not offered) while read-only.
    pub changes_workshop: bool,
    pub roles: Roles,
}

/// The row for `action`. Every action has one (a test checks it); the fallback keeps a
/// missing row from ever panicking.
pub fn command(action: Action) -> &'static Command {
    COMMANDS
        .iter()
        .find(|c| c.action == action)
        .unwrap_or(&COMMANDS[0])
}

/// The command called `name` (as in `keymap.ron`), ignoring case and spaces around it.
pub fn by_name(name: &str) -> Option<&'static Command> {
    let wanted = name.trim().to_lowercase();
    COMMANDS.iter().find(|c| c.name == wanted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::keymap::{Context, Keymap};

    #[test]
    fn every_default_key_has_a_row_and_every_name_is_unique() {
        let keymap = Keymap::default();
        for (_, _, action) in keymap.active(&Context::ALL) {
            assert_eq!(command(action).action, action, "{action:?} has no row");
        }
        let mut names: Vec<&str> = COMMANDS.iter().map(|c| c.name).collect();
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(before, names.len(), "a name is used twice");
        for screen in Screen::ALL {
            let goto = command(Action::GoTo(screen));
            assert_eq!(goto.action, Action::GoTo(screen));
            assert_eq!(goto.name, format!("screen-{}", screen.number()));
        }
    }
}
