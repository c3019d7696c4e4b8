//! The contract every screen keeps. An action goes to exactly one screen: the one whose own
//! command it is (a Groups command to Groups, wherever it was chosen), otherwise the current
//! screen; typed text and raw editing keys go to the current screen only. A screen answers
//! `None` to leave an action to the shell (moving between screens, undo, quit, …). Nothing is
//! broadcast, and no screen has to remember to refuse when it is not current.

use super::action::Action;
use super::app::App;
use super::update::Effect;
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

pub trait Component: Sync {
    /// Carry out `action`; `None` leaves it to the shell.
    fn update(&self, app: &mut App, action: Action) -> Option<Vec<Effect>>;

    /// Text typed or pasted while this screen is current; true when a field took it.
    fn type_text(&self, _app: &mut App, _text: &str) -> bool {
        false
    }

    /// A key the keymap has no meaning for (arrows, Delete, Home/End in a text field)
    /// while this screen is current; true when it was used.
    fn raw_key(&self, _app: &mut App, _key: KeyEvent) -> bool {
        false
    }

    /// The screen has just become the current one (a number key, the palette).
    fn arrive(&self, _app: &mut App) {}

    /// Draw the screen; changes nothing.
    fn render(&self, app: &App, frame: &mut Frame, area: Rect);
}

/// The screen a screen-specific action belongs to.
pub fn owner(action: Action) -> Option<super::screen::Screen> {
    use super::screen::Screen;
    Some(match action {
        Action::Groups(_) => Screen::Groups,
        Action::Review(_) => Screen::Review,
        Action::Report(_) => Screen::Report,
        Action::People(_) => Screen::Participants,
        Action::Capture(_) => Screen::Capture,
        Action::Agenda(_) => Screen::Agenda,
        _ => return None,
    })
}
