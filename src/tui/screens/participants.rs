//! Screen 4: the participants. A table (sorted, filtered as you type, only the visible rows
//! drawn), a form to add and edit, delete and erase; check-in at the door with walk-ins;
//! import of a CSV registration list; and bar charts of who was in the room.
//!
//! The state lives in `App::participants` ([`ParticipantsState`]); the shell hands this
//! screen its actions through [`update`], its typed text through [`type_text`] and the
//! tick through [`tick`].

mod action;
pub mod charts;
mod checkin;
mod door;
mod form;
#[cfg(test)]
mod form_tests;
mod form_view;
mod handlers;
mod import_flow;
mod import_handlers;
mod import_mapping;
mod import_mapping_view;
mod import_view;
mod keys;
mod rows;
mod state;
mod table;

pub use action::PeopleAction;
pub use checkin::matches as check_in_matches;
pub use form::{FieldKind, FormKind, PersonForm, Value, likely_duplicate};
pub use handlers::{type_text, update};
pub use import_flow::{ImportFlow, Stage as ImportStage};
pub use import_handlers::tick;
pub use keys::default_keys;
pub use rows::visible;
pub use state::{CheckIn, DayChoice, Mode, ParticipantsState, Scope, SortColumn};

use crate::report::Participation;
use crate::tui::app::App;
use crate::tui::keymap::Context;
use crate::tui::widgets::no_session;
use ratatui::Frame;
use ratatui::layout::Rect;

/// Where this screen's keys are looked up, by mode.
pub fn contexts(app: &App) -> Vec<Context> {
    match &app.participants.mode {
        _ if app.session.is_none() => vec![Context::Anywhere],
        Mode::Table => vec![Context::Participants, Context::Lists, Context::Anywhere],
        Mode::Filter => vec![Context::ParticipantFilter, Context::Anywhere],
        Mode::CheckIn => vec![Context::CheckIn, Context::Anywhere],
        Mode::Form(_) | Mode::ConfirmErase(_) | Mode::Import(_) => {
            vec![Context::Form, Context::Anywhere]
        }
    }
}

/// Lines of the table now (for moving the selection).
pub fn row_count(app: &App) -> usize {
    app.session.as_ref().map_or(0, |session| {
        let state = &app.participants;
        visible(session.workshop(), &state.filter, state.sort, app.today()).len()
    })
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    let Some(session) = app.session.as_ref() else {
        no_session::render(frame, area, theme, "Participants");
        return;
    };
    let workshop = session.workshop();
    let state = &app.participants;
    if matches!(state.mode, Mode::CheckIn)
        || matches!(&state.mode, Mode::Form(form) if form.kind == FormKind::WalkIn)
    {
        checkin::render(app, workshop, frame, area);
    } else if state.charts {
        let participation = Participation::of(workshop);
        charts::render_panel(
            frame,
            area,
            &participation,
            state.scope,
            state.chart_scroll,
            theme,
        );
    } else {
        table::render(app, workshop, frame, area);
    }
    match &state.mode {
        Mode::Form(form) => form_view::render(frame, area, form, theme),
        Mode::ConfirmErase(id) => {
            form_view::render_erase(frame, area, workshop.participant(*id), theme);
        }
        Mode::Import(flow) => import_view::render(frame, area, flow, theme),
        Mode::Table | Mode::Filter | Mode::CheckIn => {}
    }
}

/// The Overview's compact "who is in the room": count, women and youth, gender bars.
pub fn render_overview_charts(app: &App, frame: &mut Frame, area: Rect) {
    if let Some(session) = app.session.as_ref() {
        let participation = Participation::of(session.workshop());
        charts::render_compact(frame, area, &participation, app.today(), app.theme);
    }
}
