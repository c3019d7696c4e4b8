//! Screen 3, the Agenda: the days and their items (add, edit, duplicate, delete, reorder,
//! move between days, apply a template), live mode (start, stop, advance, elapsed and
//! remaining time, ahead or behind), re-planning a late day, and the present view for the
//! projector.

mod actions;
mod big_digits;
mod form;
mod form_view;
mod handlers;
mod keys;
mod live_panel;
mod moves;
mod present;
mod replan_data;
mod replan_view;
mod state;
mod template_plan;
mod template_view;
mod text;
mod view;

pub use actions::AgendaAction;
pub use form::{Field, ItemForm};
pub use handlers::{arrive, live_day, needs_seconds, update};
pub use keys::default_keys;
pub use state::{AgendaState, Panel, ReplanState, TemplateState};

use crate::model::Workshop;
use crate::model::schedule::clock_text as clock;
use crate::tui::app::App;
use crate::tui::keymap::Context;
use crate::tui::screen::Screen;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

/// Where keys are looked up on the Agenda screen, most specific first.
pub fn contexts(app: &App) -> Vec<Context> {
    match &app.agenda.panel {
        Some(Panel::Form(_)) => vec![Context::Form, Context::Anywhere],
        Some(_) => vec![Context::AgendaPanel, Context::Anywhere],
        None if app.agenda.presenting => vec![Context::Present, Context::Anywhere],
        None => vec![Context::Agenda, Context::Lists, Context::Anywhere],
    }
}

/// Text typed while the item form is open.
pub fn type_text(app: &mut App, text: &str) -> bool {
    let Some(Panel::Form(form)) = app.agenda.panel.as_mut() else {
        return false;
    };
    form.type_text(text);
    true
}

/// Selectable rows: every live item.
pub fn row_count(app: &App) -> usize {
    app.session
        .as_ref()
        .map_or(0, |s| s.workshop().agenda().len())
}

/// The projector view covers the whole terminal (no tabs, status or footer).
pub fn presenting(app: &App) -> bool {
    app.screen == Screen::Agenda && app.agenda.presenting && app.layers.is_empty()
}

pub fn render_present(app: &App, frame: &mut Frame) {
    present::render(app, frame);
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    view::render(app, frame, area);
    let Some(workshop) = app.session.as_ref().map(|s| s.workshop()) else {
        return;
    };
    match &app.agenda.panel {
        None => {}
        Some(Panel::Form(form)) => form_view::render(app, workshop, frame, area, form),
        Some(Panel::Replan(state)) => replan_view::render(app, workshop, frame, area, state),
        Some(Panel::Template(state)) => template_view::render(app, workshop, frame, area, state),
    }
}

/// The agenda by day as plain lines (kept for the shared preview list).
pub fn lines(workshop: &Workshop, theme: Theme) -> Vec<Line<'static>> {
    let info = workshop.info();
    let mut out = Vec::new();
    for day in 1..=info.days.max(1) {
        out.push(Line::styled(format!(" Day {day}"), theme.heading()));
        for slot in workshop.day_plan(day) {
            let Some(item) = workshop.item(slot.id) else {
                continue;
            };
            out.push(Line::from(vec![
                Span::styled(
                    format!("   {}–{} ", clock(slot.start), clock(slot.end)),
                    theme.accent(),
                ),
                Span::raw(item.title.clone()),
            ]));
        }
    }
    out
}
