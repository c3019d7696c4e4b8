//! What each action does on the Participants screen, per mode. Every change to the workshop
//! goes through `App::apply` (undo, redo and autosave come with it).

use super::PeopleAction;
use super::charts::default_scope;
use super::checkin::{check_in_time, matches};
use super::door;
use super::form::{FormKind, PersonForm, likely_duplicate};
use super::import_flow::Stage;
use super::import_handlers;
use super::rows::visible;
use super::state::Mode;
use crate::model::{Attendance, Change, Id, RecordRef, TeamRole};
use crate::report::Participation;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::kit::text::one_line as safe;
use crate::tui::screen::Screen;
use crate::tui::update::Effect;

/// Lines a page key moves.
const PAGE: isize = 10;

/// Handle `action` if it is this screen's to handle: `None` lets the shell do its usual.
pub fn update(app: &mut App, action: Action) -> Option<Vec<Effect>> {
    if let Action::People(people) = action {
        act(app, people);
        return Some(Vec::new());
    }
    if app.screen != Screen::Participants || app.session.is_none() {
        return None;
    }
    let handled = match &app.participants.mode {
        Mode::Table => table(app, action),
        Mode::Filter => filter(app, action),
        Mode::CheckIn => check_in(app, action),
        Mode::Form(_) => form(app, action),
        Mode::ConfirmErase(id) => {
            let id = *id;
            confirm_erase(app, action, id)
        }
        Mode::Import(_) => import_handlers::import(app, action),
    };
    handled.then(Vec::new)
}

/// Text typed while one of this screen's fields has focus.
pub fn type_text(app: &mut App, text: &str) -> bool {
    if let Mode::Import(flow) = &app.participants.mode
        && matches!(flow.stage, Stage::Preview(_))
    {
        import_handlers::type_text(app, text);
        return true;
    }
    let selected = crate::tui::selection::before(app);
    let state = &mut app.participants;
    match &mut state.mode {
        Mode::Filter => {
            state
                .filter
                .extend(text.chars().filter(|c| !c.is_control()));
            crate::tui::selection::reselect_or_first(app, selected);
        }
        Mode::CheckIn => {
            let check_in = &mut state.check_in;
            // Typing the next name means the open day choice was not wanted.
            check_in.choice = None;
            if check_in.fresh_on_type {
                check_in.query.clear();
                check_in.fresh_on_type = false;
            }
            check_in
                .query
                .extend(text.chars().filter(|c| !c.is_control()));
            check_in.selected = 0;
        }
        Mode::Form(form) => form.type_text(text),
        Mode::Import(flow) => {
            if let Stage::Path { typed, error } = &mut flow.stage {
                typed.extend(text.chars().filter(|c| !c.is_control()));
                *error = None;
            }
        }
        Mode::Table | Mode::ConfirmErase(_) => return false,
    }
    true
}

/// The screen's own commands, from a key or the palette (which may be on another screen).
fn act(app: &mut App, action: PeopleAction) {
    if app.session.is_none() {
        app.info("no session is open: open one from Home (1)");
        return;
    }
    let state = &mut app.participants;
    match action {
        PeopleAction::CheckInMode => {
            app.screen = Screen::Participants;
            state.mode = Mode::CheckIn;
            state.check_in = Default::default();
        }
        PeopleAction::CheckInChosen => {
            if matches!(state.mode, Mode::CheckIn) {
                door::enter(app);
            }
        }
        PeopleAction::CheckOut => {
            if matches!(state.mode, Mode::CheckIn) {
                door::check_out(app);
            }
        }
        PeopleAction::WalkIn => {
            app.screen = Screen::Participants;
            let typed = match state.mode {
                Mode::CheckIn if !state.check_in.fresh_on_type => state.check_in.query.clone(),
                _ => String::new(),
            };
            state.mode = Mode::Form(Box::new(PersonForm::walk_in(&typed)));
        }
        PeopleAction::Erase => {
            if app.screen != Screen::Participants || !matches!(state.mode, Mode::Table) {
                app.info("choose the person in the Participants table (4), then x");
                return;
            }
            match selected_person(app) {
                Some((id, false)) => app.participants.mode = Mode::ConfirmErase(id),
                Some((_, true)) => app.info("this person is already erased"),
                None => app.info("nobody is selected"),
            }
        }
        PeopleAction::Sort => {
            state.sort = state.sort.next();
            let text = format!("sorted by {}", state.sort.label());
            app.screen = Screen::Participants;
            app.info(text);
        }
        PeopleAction::Charts => {
            app.screen = Screen::Participants;
            state.charts = !state.charts;
            state.chart_scroll = 0;
            if state.charts
                && !state.scope_chosen
                && let Some(session) = &app.session
            {
                let participation = Participation::of(session.workshop());
                app.participants.scope = default_scope(&participation, app.now.date());
            }
        }
        PeopleAction::NextScope | PeopleAction::PreviousScope => {
            if state.charts {
                let days = app.session.as_ref().map_or(1, |s| s.workshop().info().days);
                let forward = action == PeopleAction::NextScope;
                state.scope = state.scope.step(forward, days);
                state.scope_chosen = true;
                state.chart_scroll = 0;
            }
        }
        PeopleAction::Team => {
            if app.screen != Screen::Participants || !matches!(state.mode, Mode::Table) {
                app.info("choose the person in the Participants table (4), then t");
                return;
            }
            next_team_role(app);
        }
        PeopleAction::CountTeam => {
            let Some(mut info) = app.session.as_ref().map(|s| s.workshop().info().clone()) else {
                return;
            };
            info.settings.count_team = !info.settings.count_team;
            let text = if info.settings.count_team {
                "the team is now counted in the participation figures and the report says so"
            } else {
                "the team is left out of the participation figures again (the default)"
            };
            match app.apply(Change::set_info(info)) {
                Ok(()) => app.info(text),
                Err(error) => app.warn(error),
            }
        }
        PeopleAction::Import => {
            app.screen = Screen::Participants;
            state.mode = Mode::Import(Box::default());
        }
    }
}

fn table(app: &mut App, action: Action) -> bool {
    if app.participants.charts {
        match action {
            Action::Up => scroll_charts(app, -1),
            Action::Down => scroll_charts(app, 1),
            Action::PageUp => scroll_charts(app, -PAGE),
            Action::PageDown => scroll_charts(app, PAGE),
            Action::Back => app.participants.charts = false,
            _ => return false,
        }
        return true;
    }
    match action {
        Action::Up => move_selection(app, -1),
        Action::Down => move_selection(app, 1),
        Action::PageUp => move_selection(app, -PAGE),
        Action::PageDown => move_selection(app, PAGE),
        Action::First => move_selection(app, isize::MIN / 2),
        Action::Last => move_selection(app, isize::MAX / 2),
        Action::Filter => app.participants.mode = Mode::Filter,
        Action::Add => app.participants.mode = Mode::Form(Box::new(PersonForm::add())),
        Action::Open | Action::Edit => edit_selected(app),
        Action::Delete => delete_selected(app),
        Action::Back if !app.participants.filter.is_empty() => {
            app.participants.filter.clear();
            app.info("filter cleared");
        }
        _ => return false,
    }
    true
}

fn filter(app: &mut App, action: Action) -> bool {
    match action {
        Action::Confirm => app.participants.mode = Mode::Table,
        Action::Back => {
            app.participants.filter.clear();
            app.participants.mode = Mode::Table;
        }
        Action::Erase => {
            let selected = crate::tui::selection::before(app);
            app.participants.filter.pop();
            crate::tui::selection::reselect_or_first(app, selected);
        }
        Action::Up => move_selection(app, -1),
        Action::Down => move_selection(app, 1),
        _ => return false,
    }
    true
}

fn check_in(app: &mut App, action: Action) -> bool {
    if app.participants.check_in.choice.is_some() {
        return day_choice(app, action);
    }
    let count = app.session.as_ref().map_or(0, |s| {
        matches(
            s.workshop(),
            &app.participants.check_in.query,
            door::door_date(app),
        )
        .len()
    });
    let check_in = &mut app.participants.check_in;
    let step = |selected: usize, delta: isize| {
        selected
            .saturating_add_signed(delta)
            .min(count.saturating_sub(1))
    };
    match action {
        Action::Up => check_in.selected = step(check_in.selected, -1),
        Action::Down => check_in.selected = step(check_in.selected, 1),
        Action::PageUp => check_in.selected = step(check_in.selected, -PAGE),
        Action::PageDown => check_in.selected = step(check_in.selected, PAGE),
        Action::Erase => {
            if check_in.fresh_on_type {
                check_in.query.clear();
                check_in.fresh_on_type = false;
            } else {
                check_in.query.pop();
            }
            check_in.selected = 0;
        }
        Action::Back => {
            app.participants.mode = Mode::Table;
            app.participants.check_in = Default::default();
        }
        _ => return false,
    }
    true
}

/// The "record for which workshop day?" choice: ↑↓ choose, Esc closes it (Enter is the
/// door's own command, see `door::enter`).
fn day_choice(app: &mut App, action: Action) -> bool {
    match action {
        Action::Up => door::move_choice(app, -1),
        Action::Down => door::move_choice(app, 1),
        Action::Back => {
            app.participants.check_in.choice = None;
            app.info("not recorded: nobody was checked in");
            true
        }
        _ => false,
    }
}

fn form(app: &mut App, action: Action) -> bool {
    let Mode::Form(form) = &mut app.participants.mode else {
        return false;
    };
    match action {
        Action::NextField => form.next_field(),
        Action::PreviousField => form.previous_field(),
        Action::ChoiceLeft => form.choose(-1),
        Action::ChoiceRight => form.choose(1),
        Action::Erase => form.erase(),
        Action::Back => {
            let walk_in = form.kind == FormKind::WalkIn;
            app.participants.mode = if walk_in { Mode::CheckIn } else { Mode::Table };
            app.info("cancelled: nothing was saved");
        }
        Action::Confirm => save_form(app),
        _ => return false,
    }
    true
}

/// Enter in the form: check it, warn once about a likely duplicate, then save.
fn save_form(app: &mut App) {
    let Some(session) = app.session.as_ref() else {
        return;
    };
    let today = door::door_date(app);
    // A walk-in on a day that is not a workshop day is registered, not checked in: the
    // check-in would not count.
    let refused = session.workshop().info().workshop_day(today).err();
    let on_day = door::on_day_text(app, session.workshop());
    let time = check_in_time(app);
    let answered_on = app.today();
    let Mode::Form(form) = &mut app.participants.mode else {
        return;
    };
    let country =
        crate::import::values::workshop_country(&session.workshop().info().settings.country);
    let (mut person, phone_flag) = match form.person_in(country, answered_on) {
        Ok(found) => found,
        Err(error) => {
            form.error = Some(error);
            return;
        }
    };
    if form.warning.is_none()
        && let Some(warning) = likely_duplicate(session.workshop(), &person)
    {
        form.warning = Some(warning);
        return;
    }
    let kind = form.kind;
    let name = safe(&person.name);
    let change = match kind {
        FormKind::Add | FormKind::Edit(_) => Change::put_participant(person),
        FormKind::WalkIn => {
            if refused.is_none() && !person.attended_on(today) {
                person.attendance.push(Attendance { date: today, time });
                person.attendance.sort();
            }
            // One step: registered and checked in, undone together.
            Change::Batch(vec![Change::put_participant(person)])
        }
    };
    match app.apply(change) {
        Ok(()) => {
            let text = match kind {
                FormKind::Add => format!("added {name}"),
                FormKind::Edit(_) => format!("saved {name}"),
                FormKind::WalkIn => match &refused {
                    None => format!(
                        "✓ {name} registered and checked in{on_day} at {}",
                        time.format("%H:%M")
                    ),
                    Some(why) => format!(
                        "registered {name}, not checked in: {why}; Enter on them offers the day"
                    ),
                },
            };
            if let Some(flag) = phone_flag {
                app.warn(format!("{text}; {flag}"));
            } else if refused.is_some() && kind == FormKind::WalkIn {
                app.warn(text);
            } else {
                app.info(text);
            }
            if kind == FormKind::WalkIn {
                app.participants.mode = Mode::CheckIn;
                // A new search, on the same day as before.
                let day = app.participants.check_in.day;
                app.participants.check_in = super::state::CheckIn {
                    day,
                    ..Default::default()
                };
            } else {
                app.participants.mode = Mode::Table;
            }
        }
        Err(error) => {
            if let Mode::Form(form) = &mut app.participants.mode {
                form.error = Some(error);
            }
        }
    }
}

fn confirm_erase(app: &mut App, action: Action, id: Id) -> bool {
    match action {
        Action::Confirm => {
            app.participants.mode = Mode::Table;
            let change = app.session.as_ref().and_then(|s| s.workshop().erase(id));
            let Some(change) = change else {
                app.warn("that person is no longer in the workshop");
                return true;
            };
            match app.apply(change) {
                Ok(()) => app.info("erased: personal fields blanked, counts kept; Ctrl-Z undoes"),
                Err(error) => app.warn(error),
            }
        }
        Action::Back => {
            app.participants.mode = Mode::Table;
            app.info("not erased");
        }
        _ => return false,
    }
    true
}

/// `t`: the selected person's next team role (participant → staff → facilitator →
/// note-taker → interpreter → participant), one undoable change.
fn next_team_role(app: &mut App) {
    let Some((id, erased)) = selected_person(app) else {
        app.info("nobody is selected");
        return;
    };
    let Some(mut person) = app
        .session
        .as_ref()
        .and_then(|s| s.workshop().participant(id))
        .cloned()
    else {
        return;
    };
    person.team = TeamRole::cycle(person.team);
    let name = if erased {
        "(erased)".to_string()
    } else {
        safe(&person.name)
    };
    let text = match person.team {
        Some(role) => format!(
            "{name} is on the team ({}): not counted in the participation figures",
            role.label()
        ),
        None => format!("{name} is a participant again: counted in the figures"),
    };
    match app.apply(Change::put_participant(person)) {
        Ok(()) => app.info(text),
        Err(error) => app.warn(error),
    }
}

fn move_selection(app: &mut App, delta: isize) {
    let len = super::row_count(app);
    app.list_mut(Screen::Participants).step(delta, len);
}

fn scroll_charts(app: &mut App, delta: isize) {
    let scroll = &mut app.participants.chart_scroll;
    *scroll = scroll.saturating_add_signed(delta).min(200);
}

/// The person on the selected line, and whether they are erased.
fn selected_person(app: &App) -> Option<(Id, bool)> {
    let session = app.session.as_ref()?;
    let state = &app.participants;
    let people = visible(
        session.workshop(),
        &state.filter,
        state.sort,
        app.now.date(),
    );
    let at = app.list(Screen::Participants).selected;
    people.get(at).map(|p| (p.id, p.erased))
}

fn edit_selected(app: &mut App) {
    let Some((id, erased)) = selected_person(app) else {
        app.info("nobody is selected: a adds a person");
        return;
    };
    if erased {
        app.info("this person was erased: there is nothing personal left to edit");
        return;
    }
    let form = app
        .session
        .as_ref()
        .and_then(|s| s.workshop().participant(id))
        .map(PersonForm::edit);
    if let Some(form) = form {
        app.participants.mode = Mode::Form(Box::new(form));
    }
}

fn delete_selected(app: &mut App) {
    let Some((id, _)) = selected_person(app) else {
        app.info("nobody is selected");
        return;
    };
    let name = app
        .session
        .as_ref()
        .and_then(|s| s.workshop().participant(id))
        .map(super::rows::shown_name)
        .unwrap_or_default();
    match app.apply(Change::Delete(RecordRef::Participant(id))) {
        Ok(()) => {
            app.info(format!("deleted {name}; Ctrl-Z brings them back"));
            let len = super::row_count(app);
            app.list_mut(Screen::Participants).step(0, len);
        }
        Err(error) => app.warn(error),
    }
}
