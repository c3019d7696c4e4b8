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

use super::action::Action;
use super::app::App;
use super::component::Component;
use super::screen::Screen;
use super::update::Effect;
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
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
    of(app.screen).render(app, frame, area);
}

/// The component that is screen `screen`.
pub fn of(screen: Screen) -> &'static dyn Component {
    match screen {
        Screen::Home => &HOME,
        Screen::Overview => &OVERVIEW,
        Screen::Agenda => &AGENDA,
        Screen::Participants => &PARTICIPANTS,
        Screen::Groups => &GROUPS,
        Screen::Capture => &CAPTURE,
        Screen::Review => &REVIEW,
        Screen::Report => &REPORT,
    }
}

/// A screen made of its module's functions: what it does with an action, with typed text
/// and with raw keys, what it does on arriving, and how it draws.
struct Made {
    update: fn(&mut App, Action) -> Option<Vec<Effect>>,
    type_text: fn(&mut App, &str) -> bool,
    raw_key: fn(&mut App, KeyEvent) -> bool,
    arrive: fn(&mut App),
    render: fn(&App, &mut Frame, Rect),
}

impl Component for Made {
    fn update(&self, app: &mut App, action: Action) -> Option<Vec<Effect>> {
        (self.update)(app, action)
    }
    fn type_text(&self, app: &mut App, text: &str) -> bool {
        (self.type_text)(app, text)
    }
    fn raw_key(&self, app: &mut App, key: KeyEvent) -> bool {
        (self.raw_key)(app, key)
    }
    fn arrive(&self, app: &mut App) {
        (self.arrive)(app);
    }
    fn render(&self, app: &App, frame: &mut Frame, area: Rect) {
        (self.render)(app, frame, area);
    }
}

/// What a screen without the hook does.
fn leaves(_: &mut App, _: Action) -> Option<Vec<Effect>> {
    None
}
fn takes_no_text(_: &mut App, _: &str) -> bool {
    false
}
fn takes_no_key(_: &mut App, _: KeyEvent) -> bool {
    false
}
fn stays(_: &mut App) {}

const HOME: Made = Made {
    update: leaves,
    type_text: takes_no_text,
    raw_key: takes_no_key,
    arrive: stays,
    render: home::render,
};
const OVERVIEW: Made = Made {
    update: leaves,
    type_text: takes_no_text,
    raw_key: takes_no_key,
    arrive: stays,
    render: overview::render,
};
const AGENDA: Made = Made {
    update: agenda::update,
    type_text: agenda::type_text,
    raw_key: takes_no_key,
    arrive: agenda::arrive,
    render: agenda::render,
};
const PARTICIPANTS: Made = Made {
    update: participants::update,
    type_text: participants::type_text,
    raw_key: takes_no_key,
    arrive: stays,
    render: participants::render,
};
const GROUPS: Made = Made {
    update: groups::update,
    type_text: groups::type_text,
    raw_key: takes_no_key,
    arrive: stays,
    render: groups::render,
};
const CAPTURE: Made = Made {
    update: capture::update,
    type_text: capture::type_text,
    raw_key: capture::unbound_key,
    arrive: stays,
    render: capture::render,
};
const REVIEW: Made = Made {
    update: review::update,
    type_text: review::type_text,
    raw_key: takes_no_key,
    arrive: stays,
    render: review::render,
};
const REPORT: Made = Made {
    update: report::update,
    type_text: report::type_text,
    raw_key: takes_no_key,
    arrive: stays,
    render: report::render,
};
