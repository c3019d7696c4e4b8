//! The workshop details form (Overview `e`, or "workshop-details" in the palette): title,
//! venue, dates, days, hours, time zone, objectives and the rest of the workshop's info.
//! Saving is one undoable `Change` through the one door. Changing the start date or the
//! number of days first says what moves (check-ins follow their day); anything that would
//! fall outside the new days is named and needs Enter a second time.

mod fields;

use crate::model::dates::{self, DatesPlan};
use crate::tui::action::Action;
use crate::tui::app::{App, Overlay};
use crate::tui::kit::form::{Form, Look, render as render_form};
use crate::tui::kit::text::count;
use crate::tui::update::Effect;
use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DetailsState {
    pub form: Form,
    /// The last refused save's wording, when it only waited for a yes: Enter again saves.
    pub confirming: bool,
}

/// Open the form on the workshop's details.
pub fn open(app: &mut App) {
    let Some(session) = app.session.as_ref() else {
        app.info("no session is open: open one from Home (1)");
        return;
    };
    if let Some(reason) = app.read_only_reason() {
        let text = format!("read-only ({reason}): the details cannot be changed");
        app.warn(text);
        return;
    }
    let form = fields::form(session.workshop().info());
    app.layers.push(Overlay::Details(Box::new(DetailsState {
        form,
        confirming: false,
    })));
}

/// A key the keymap would take for the form, that a field of several lines wants instead
/// (Enter breaks the line there; Ctrl-S still saves).
pub fn wants_key(app: &App, key: &KeyEvent) -> bool {
    matches!(app.layers.top(), Some(Overlay::Details(state))
        if state.form.takes_enter() && key.code == KeyCode::Enter && key.modifiers == KeyModifiers::NONE)
}

pub fn edit_key(state: &mut DetailsState, key: KeyEvent) -> bool {
    let used = state.form.edit_key(key);
    if used {
        state.confirming = false;
    }
    used
}

pub fn type_text(state: &mut DetailsState, text: &str) {
    state.form.type_text(text);
    state.confirming = false;
}

/// Actions while the form is open.
pub fn update(app: &mut App, action: Action) -> Vec<Effect> {
    let Some(Overlay::Details(state)) = app.layers.top_mut() else {
        return Vec::new();
    };
    match action {
        Action::Back => {
            app.layers.pop();
            app.info("cancelled: the workshop details are as they were");
        }
        Action::NextField => state.form.next_field(),
        Action::PreviousField => state.form.previous_field(),
        Action::ChoiceLeft => state.form.choose(-1),
        Action::ChoiceRight => state.form.choose(1),
        Action::Erase => {
            state.form.erase();
            state.confirming = false;
        }
        Action::Confirm | Action::SaveNow => submit(app),
        Action::Quit => return vec![Effect::SaveAndQuit],
        _ => {}
    }
    Vec::new()
}

/// Check, plan, and save — or say which field is wrong, or what a yes would take away.
fn submit(app: &mut App) {
    let today = app.today();
    let (Some(Overlay::Details(state)), Some(session)) =
        (app.layers.top_mut(), app.session.as_ref())
    else {
        return;
    };
    let workshop = session.workshop();
    if !state.form.check() {
        state.confirming = false;
        return;
    }
    let info = match fields::read(&state.form, workshop.info(), today) {
        Ok(info) => info,
        Err((label, sentence)) => {
            state.form.refuse_at(label, sentence);
            state.confirming = false;
            return;
        }
    };
    let first_day = info.start;
    let plan = dates::plan(workshop, info);
    // Nothing moves or goes without being shown first: a second Enter says yes.
    if (plan.drops_anything() || plan.moved_check_ins > 0) && !state.confirming {
        state.form.error = Some(preview(&plan, first_day));
        state.confirming = true;
        return;
    }
    let said = what_moves(&plan);
    match app.apply(plan.change) {
        Ok(()) => {
            app.layers.pop();
            app.info(format!("saved the workshop details{said} (ctrl-z undoes)"));
        }
        Err(error) => {
            if let Some(Overlay::Details(state)) = app.layers.top_mut() {
                state.form.error = Some(format!("not saved: {error}"));
                state.confirming = false;
            }
        }
    }
}

/// The question before moving or taking anything away.
fn preview(plan: &DatesPlan, first_day: Option<chrono::NaiveDate>) -> String {
    let mut parts = Vec::new();
    if plan.moved_check_ins > 0 {
        let from = first_day.map_or_else(String::new, |d| {
            format!(" (day 1 is now {})", d.format("%a %-d %b %Y"))
        });
        parts.push(format!(
            "{} move with their day{from}; agenda items keep their day",
            count(plan.moved_check_ins, "check-in", "check-ins")
        ));
    }
    if !plan.items_outside.is_empty() {
        parts.push(format!(
            "{} would be deleted: {}",
            count(plan.items_outside.len(), "agenda item", "agenda items"),
            plan.items_outside.join(", ")
        ));
    }
    if plan.check_ins_outside > 0 {
        parts.push(format!(
            "{} on days the workshop no longer has would be removed",
            count(plan.check_ins_outside, "check-in", "check-ins")
        ));
    }
    let yes = if plan.drops_anything() {
        "Enter again saves anyway"
    } else {
        "Enter again saves"
    };
    format!("{}. {yes} (ctrl-z undoes); Esc cancels", parts.join("; "))
}

fn what_moves(plan: &DatesPlan) -> String {
    if plan.moved_check_ins == 0 {
        return String::new();
    }
    format!(
        "; {} moved with their day",
        count(plan.moved_check_ins, "check-in", "check-ins")
    )
}

pub fn render(app: &App, frame: &mut Frame, area: Rect, state: &DetailsState) {
    let look = Look {
        label_width: 12,
        max_width: 80,
        keys: " Tab next field · ← → move · Enter save · Ctrl-S save · Esc cancel",
    };
    render_form(frame, area, app.theme, &state.form, &look);
}
