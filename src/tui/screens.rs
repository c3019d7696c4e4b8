//! One file per screen. Home and Overview are complete; screens 3–8 show what the file holds,
//! read-only, until later versions build their editing.

pub mod agenda;
pub mod capture;
pub mod conflicts;
pub mod details;
pub mod groups;
pub mod home;
pub mod overview;
pub mod participants;
pub mod preview;
pub mod recovery;
pub mod report;
pub mod review;

use super::app::App;
use super::screen::Screen;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

/// How many selectable lines the screen's list has (for moving the selection).
pub fn row_count(app: &App, screen: Screen) -> usize {
    match screen {
        Screen::Home => home::FIXED_LINES + app.recent.len(),
        Screen::Overview => 0,
        Screen::Participants => participants::row_count(app),
        Screen::Agenda => agenda::row_count(app),
        other => preview_lines(app, other).len(),
    }
}

/// The read-only lines of screens 3–8; empty without a session.
pub fn preview_lines(app: &App, screen: Screen) -> Vec<Line<'static>> {
    let Some(session) = app.session.as_ref() else {
        return Vec::new();
    };
    let workshop = session.workshop();
    let theme = app.theme;
    match screen {
        Screen::Home | Screen::Overview => Vec::new(),
        Screen::Agenda => agenda::lines(workshop, theme),
        // Drawn by participants::render, not as a preview.
        Screen::Participants => Vec::new(),
        Screen::Groups => groups::lines(workshop, theme),
        Screen::Capture => capture::lines(workshop, theme, session.group),
        Screen::Review => review::lines(workshop, theme),
        Screen::Report => Vec::new(),
    }
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    match app.screen {
        Screen::Home => home::render(app, frame, area),
        Screen::Overview => overview::render(app, frame, area),
        Screen::Groups => groups::render(app, frame, area),
        Screen::Review => review::render(app, frame, area),
        Screen::Report => report::render(app, frame, area),
        Screen::Participants => participants::render(app, frame, area),
        Screen::Capture => capture::render(app, frame, area),
        Screen::Agenda => agenda::render(app, frame, area),
    }
}
