//! What the keys at the door do: Enter checks the chosen person in (a second Enter only says
//! when they came), Ctrl-O checks them out, and on a day that is not a workshop day a small
//! choice of the workshop day to record for.

use super::checkin::{check_in_time, matches};
use super::state::DayChoice;
use crate::model::{CheckIn, DoorError, Id, Workshop};
use crate::tui::app::App;
use crate::tui::kit::text::one_line as safe;
use chrono::NaiveDate;

/// The date the door records for: the workshop day chosen at the door, else today.
pub fn door_date(app: &App) -> NaiveDate {
    app.participants.check_in.day.unwrap_or(app.today())
}

/// "Mon 10 Mar 2025", as the door says dates.
pub fn date_text(date: NaiveDate) -> String {
    date.format("%a %-d %b %Y").to_string()
}

/// Which day's check-ins the door shows and makes: `None` when it records for today.
fn other_day(app: &App, workshop: &Workshop) -> Option<(u16, NaiveDate)> {
    let date = app.participants.check_in.day?;
    workshop.info().day_of_date(date).map(|day| (day, date))
}

/// " for day 1 (Mon 10 Mar 2025)" when the door records for a chosen day, else nothing.
pub fn on_day_text(app: &App, workshop: &Workshop) -> String {
    other_day(app, workshop)
        .map(|(day, date)| format!(" for day {day} ({})", date_text(date)))
        .unwrap_or_default()
}

/// The person the cursor is on, with their name as shown.
fn chosen(app: &App, workshop: &Workshop) -> Option<(Id, String)> {
    let state = &app.participants.check_in;
    let found = matches(workshop, &state.query, door_date(app));
    let at = state.selected.min(found.len().checked_sub(1)?);
    found.get(at).map(|p| (p.id, safe(&p.name)))
}

/// Enter at the door: confirm the open day choice, or check the chosen person in.
pub fn enter(app: &mut App) {
    let Some(session) = app.session.as_ref() else {
        return;
    };
    let workshop = session.workshop();
    if let Some(choice) = app.participants.check_in.choice.clone() {
        let days = workshop.info().dated_days();
        let Some((_, date)) = days.get(choice.at).copied() else {
            app.participants.check_in.choice = None;
            return;
        };
        app.participants.check_in.choice = None;
        app.participants.check_in.day = Some(date);
        record(app, choice.person, date);
        return;
    }
    let Some((id, _)) = chosen(app, workshop) else {
        app.info("nobody to check in: type a few letters of a name, or Ctrl-N for a walk-in");
        return;
    };
    let date = door_date(app);
    match workshop.info().workshop_day(date) {
        Ok(_) => record(app, id, date),
        Err(DoorError::NotAWorkshopDay { .. }) => offer_days(app, id, date),
        Err(error) => app.warn(error.to_string()),
    }
}

/// Today is not a workshop day: say so, and open the choice on the nearest workshop day.
fn offer_days(app: &mut App, person: Id, today: NaiveDate) {
    let Some(session) = app.session.as_ref() else {
        return;
    };
    let info = session.workshop().info();
    let days = info.dated_days();
    let why = info
        .workshop_day(today)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    let Some(nearest) = (0..days.len()).min_by_key(|&i| (days[i].1 - today).num_days().abs())
    else {
        app.warn(format!(
            "{why}: set the workshop's days in the workshop details (Overview e)"
        ));
        return;
    };
    app.participants.check_in.choice = Some(DayChoice {
        person,
        at: nearest,
    });
    app.warn(format!(
        "{why}: a check-in today would not count; choose the day to record for, or fix the dates (Overview e)"
    ));
}

/// Move the open day choice (↑↓); false when no choice is open.
pub fn move_choice(app: &mut App, delta: isize) -> bool {
    let days = app
        .session
        .as_ref()
        .map_or(0, |s| s.workshop().info().dated_days().len());
    let Some(choice) = app.participants.check_in.choice.as_mut() else {
        return false;
    };
    choice.at = choice
        .at
        .saturating_add_signed(delta)
        .min(days.saturating_sub(1));
    true
}

/// Record `person`'s check-in on `date` (a workshop day) at the current time.
fn record(app: &mut App, person: Id, date: NaiveDate) {
    let Some(session) = app.session.as_ref() else {
        return;
    };
    let workshop = session.workshop();
    let name = workshop
        .participant(person)
        .map(|p| safe(&p.name))
        .unwrap_or_default();
    let time = check_in_time(app);
    let on_day = on_day_text(app, workshop);
    let change = match workshop.check_in(person, date, time) {
        Ok(CheckIn::Record(change)) => change,
        Ok(CheckIn::Already(at)) => {
            // A double tap at a busy door: nothing changes, and it says so.
            app.info(format!(
                "{name}: already checked in{on_day} at {} (Ctrl-O checks out)",
                at.format("%H:%M")
            ));
            return;
        }
        Err(error) => {
            app.warn(error.to_string());
            return;
        }
    };
    match app.apply(change) {
        Ok(()) => {
            app.info(format!(
                "✓ {name} checked in{on_day} at {}",
                time.format("%H:%M")
            ));
            keep_chosen(app, person);
        }
        Err(error) => app.warn(error),
    }
}

/// Ctrl-O at the door: take back the chosen person's check-in of the door's day.
pub fn check_out(app: &mut App) {
    let Some(session) = app.session.as_ref() else {
        return;
    };
    let workshop = session.workshop();
    let Some((id, name)) = chosen(app, workshop) else {
        app.info("nobody to check out: type a few letters of their name");
        return;
    };
    let date = door_date(app);
    let when = if date == app.today() {
        "today".to_string()
    } else {
        format!("on {}", date_text(date))
    };
    let Some(change) = workshop.check_out(id, date) else {
        app.info(format!("{name} is not checked in {when}"));
        return;
    };
    match app.apply(change) {
        Ok(()) => {
            let (here, registered) = app
                .session
                .as_ref()
                .map_or((0, 0), |s| s.workshop().checked_in_count(date));
            app.info(format!(
                "{name} checked out: the check-in {when} is taken back ({here} of {registered} here; Ctrl-Z undoes)"
            ));
            keep_chosen(app, id);
        }
        Err(error) => app.warn(error),
    }
}

/// After a check-in or out: the next letter starts a new search, and the same person stays
/// chosen although the list order may have changed.
fn keep_chosen(app: &mut App, id: Id) {
    let date = door_date(app);
    let Some(session) = app.session.as_ref() else {
        return;
    };
    let check_in = &mut app.participants.check_in;
    check_in.fresh_on_type = true;
    let found = matches(session.workshop(), &check_in.query, date);
    if let Some(at) = found.iter().position(|p| p.id == id) {
        check_in.selected = at;
    }
}
