//! What the Agenda screen does with an action: the list (add, edit, duplicate, delete,
//! reorder), live mode (start, stop, advance), and the panels (form, re-plan, template).
//! Every change goes through `App::apply`, so it is undoable, saved, and refused when the
//! session is read-only.

use super::actions::AgendaAction;
use super::form::ItemForm;
use super::state::{DEFAULT_MIN_PERCENT, MIN_PERCENT_STEP, Panel, ReplanState, TemplateState};
use super::{moves, replan_data, template_plan};
use crate::model::replan::Strategy;
use crate::model::{AgendaItem, Change, Id, RecordRef, Workshop};
use crate::store::templates;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::screen::Screen;
use crate::tui::update::Effect;

/// Handle `action` if it belongs to the Agenda screen; `None` leaves it to the shell.
pub fn update(app: &mut App, action: Action) -> Option<Vec<Effect>> {
    let ours = matches!(action, Action::Agenda(_));
    if !ours && app.screen != Screen::Agenda {
        return None;
    }
    if app.session.is_none() {
        if ours {
            app.info("no session is open: open one from Home (1)");
            return Some(Vec::new());
        }
        return None;
    }
    app.screen = Screen::Agenda;
    if let Some(panel) = app.agenda.panel.take() {
        return match panel {
            Panel::Form(form) => form_update(app, *form, action),
            Panel::Replan(state) => replan_update(app, state, action),
            Panel::Template(state) => template_update(app, state, action),
        };
    }
    if app.agenda.presenting {
        match action {
            Action::Back | Action::Agenda(AgendaAction::Present) => {
                app.agenda.presenting = false;
                return Some(Vec::new());
            }
            Action::Agenda(AgendaAction::StartStop) => start_or_stop(app, true),
            Action::Agenda(AgendaAction::Advance) => advance(app),
            _ => return None,
        }
        return Some(Vec::new());
    }
    match action {
        Action::Agenda(a) => agenda_action(app, a),
        Action::Add => open_add(app),
        Action::Edit | Action::Open => open_edit(app),
        Action::Delete => delete(app),
        Action::Filter => app.info("the agenda has no filter: ↑ ↓ move, the days are in order"),
        _ => return None,
    }
    Some(Vec::new())
}

fn agenda_action(app: &mut App, action: AgendaAction) {
    match action {
        AgendaAction::StartStop => start_or_stop(app, false),
        AgendaAction::Advance => advance(app),
        AgendaAction::Replan => open_replan(app),
        AgendaAction::Present => app.agenda.presenting = true,
        AgendaAction::Duplicate => duplicate(app),
        AgendaAction::MoveUp => reorder(app, -1),
        AgendaAction::MoveDown => reorder(app, 1),
        AgendaAction::EarlierDay => move_day(app, -1),
        AgendaAction::LaterDay => move_day(app, 1),
        AgendaAction::Template => {
            app.agenda.panel = Some(Panel::Template(TemplateState::default()))
        }
        AgendaAction::Restore => restore(app),
        AgendaAction::Freeze => freeze(app),
        AgendaAction::RaiseMinimum | AgendaAction::LowerMinimum => {}
    }
}

fn restore(app: &mut App) {
    let Some(item) = selected(app) else {
        app.info("nothing selected to restore");
        return;
    };
    let title = item.title.clone();
    match workshop(app).and_then(|w| w.restore_dropped(item.id)) {
        Some(change) => {
            apply(app, change, format!("restored \"{title}\" to the day"));
        }
        None => app.info(format!("\"{title}\" is not dropped: nothing to restore")),
    }
}

fn freeze(app: &mut App) {
    let Some(workshop) = workshop(app) else {
        return;
    };
    let change = workshop.freeze_plan();
    if matches!(&change, Change::Batch(c) if c.is_empty()) {
        app.info("the plan is already frozen: re-planning keeps it as the Planned column");
        return;
    }
    let done = "froze the agenda as the agreed plan (the report's Planned column)";
    apply(app, change, done.to_string());
}

fn workshop(app: &App) -> Option<&Workshop> {
    app.session.as_ref().map(|s| s.workshop())
}

/// The selected item (the agenda list is every live item, by day and order).
pub fn selected(app: &App) -> Option<&AgendaItem> {
    let index = app.list(Screen::Agenda).selected;
    workshop(app)?.agenda().get(index).copied()
}

pub fn select(app: &mut App, id: Id) {
    let index = workshop(app).and_then(|w| w.agenda().iter().position(|i| i.id == id));
    if let Some(index) = index {
        app.list_mut(Screen::Agenda).selected = index;
    }
}

/// The day live mode is about: the running item's, else today's, else the selected item's.
pub fn live_day(app: &App) -> u16 {
    let Some(workshop) = workshop(app) else {
        return 1;
    };
    workshop
        .running_item()
        .map(|i| i.day)
        .or_else(|| workshop.info().day_of_date(app.today()))
        .or_else(|| selected(app).map(|i| i.day))
        .unwrap_or(1)
}

/// Arriving on the agenda: select the running item, or the next to start today.
pub fn arrive(app: &mut App) {
    let day = live_day(app);
    let id = workshop(app).and_then(|w| {
        w.running_item()
            .or_else(|| w.next_to_start(day))
            .map(|i| i.id)
    });
    if let Some(id) = id {
        select(app, id);
    }
}

/// Apply a change with a message on success; an error goes to the status bar.
fn apply(app: &mut App, change: Change, done: String) -> bool {
    match app.apply(single(change)) {
        Ok(()) => {
            app.info(done);
            true
        }
        Err(error) => {
            app.error(error);
            false
        }
    }
}

/// A batch of one is that one change, so undo says what it undid ("save agenda item").
fn single(change: Change) -> Change {
    match change {
        Change::Batch(mut changes) if changes.len() == 1 => {
            changes.pop().unwrap_or(Change::Batch(Vec::new()))
        }
        other => other,
    }
}

fn hm(moment: chrono::NaiveDateTime) -> String {
    moment.format("%H:%M").to_string()
}

/// `s`: stop the running item, or start the selected one (in the present view, the next
/// one to start); a session in another room than those running starts beside them.
fn start_or_stop(app: &mut App, presenting: bool) {
    let now = app.now;
    let Some(workshop) = workshop(app) else {
        return;
    };
    let chosen = if presenting { None } else { selected(app) };
    let running = workshop.running_items();
    // A session in another room starts beside what runs; otherwise `s` stops the selected
    // running item, or else the one started last.
    let beside = chosen.is_some_and(|item| {
        item.actual_start.is_none()
            && !running.is_empty()
            && running
                .iter()
                .all(|r| !crate::model::running::blocks(r, item))
    });
    let to_stop = match chosen {
        Some(item) if item.actual_start.is_some() && item.actual_end.is_none() => Some(item),
        _ if beside => None,
        _ => workshop.running_item(),
    };
    if let Some(running) = to_stop {
        let title = running.title.clone();
        let planned = i64::from(running.minutes);
        let ran = running
            .actual_start
            .map_or(0, |s| (now - s).num_minutes().max(0));
        let Some(stop) = workshop.stop_item(running.id, now) else {
            return;
        };
        let over = crate::model::live::drift_text(ran - planned);
        apply(
            app,
            stop,
            format!("stopped \"{title}\" at {} (ran {ran} min, {over})", hm(now)),
        );
        return;
    }
    let target = if presenting {
        workshop.next_to_start(live_day(app)).map(|i| i.id)
    } else {
        selected(app).map(|i| i.id)
    };
    let Some(id) = target else {
        app.info("nothing to start: add an item first (a)");
        return;
    };
    match workshop.start_item(id, now) {
        Ok(change) => {
            let title = workshop
                .item(id)
                .map(|i| i.title.clone())
                .unwrap_or_default();
            apply(app, change, format!("started \"{title}\" at {}", hm(now)));
            select(app, id);
        }
        Err(error) => app.warn(error.to_string()),
    }
}

/// `n`: stop the running item and start the next one.
fn advance(app: &mut App) {
    let now = app.now;
    let day = live_day(app);
    let Some(workshop) = workshop(app) else {
        return;
    };
    let stopped = workshop.running_item().map(|i| i.title.clone());
    match workshop.advance(day, now) {
        Ok((change, Some(next))) => {
            let title = workshop
                .item(next)
                .map(|i| i.title.clone())
                .unwrap_or_default();
            let text = match stopped {
                Some(s) => format!("stopped \"{s}\", started \"{title}\" at {}", hm(now)),
                None => format!("started \"{title}\" at {}", hm(now)),
            };
            if apply(app, change, text) {
                select(app, next);
            }
        }
        Ok((change, None)) => {
            let text = format!(
                "stopped \"{}\" at {}: it was the last item of the day",
                stopped.unwrap_or_default(),
                hm(now)
            );
            apply(app, change, text);
        }
        Err(error) => app.info(error.to_string()),
    }
}

fn open_add(app: &mut App) {
    let (day, after) = match selected(app) {
        Some(item) => (item.day, Some(item.id)),
        None => (live_day(app), None),
    };
    app.agenda.panel = Some(Panel::Form(Box::new(ItemForm::new_item(day, after))));
}

fn open_edit(app: &mut App) {
    let form = match (workshop(app), selected(app)) {
        (Some(w), Some(item)) => ItemForm::edit(w, item),
        _ => {
            app.info("nothing to edit: the agenda is empty (a adds an item)");
            return;
        }
    };
    app.agenda.panel = Some(Panel::Form(Box::new(form)));
}

fn delete(app: &mut App) {
    let Some(item) = selected(app) else {
        app.info("nothing to delete");
        return;
    };
    let (id, title) = (item.id, item.title.clone());
    let text = format!("deleted \"{title}\" (ctrl-z brings it back)");
    if apply(app, Change::Delete(RecordRef::Item(id)), text) {
        let len = workshop(app).map_or(0, |w| w.agenda().len());
        let list = app.list_mut(Screen::Agenda);
        list.selected = list.selected.min(len.saturating_sub(1));
    }
}

fn duplicate(app: &mut App) {
    let Some((workshop, item)) = workshop(app).zip(selected(app)) else {
        app.info("nothing to duplicate");
        return;
    };
    let title = item.title.clone();
    match moves::duplicate(workshop, item.id) {
        Ok(Some((id, changes))) => {
            if apply(
                app,
                Change::Batch(changes),
                format!("duplicated \"{title}\""),
            ) {
                select(app, id);
            }
        }
        Ok(None) => {}
        Err(error) => app.warn(error),
    }
}

fn reorder(app: &mut App, delta: isize) {
    let Some((workshop, item)) = workshop(app).zip(selected(app)) else {
        return;
    };
    let (id, title) = (item.id, item.title.clone());
    match moves::shift_within_day(workshop, id, delta) {
        Ok(Some(changes)) => {
            let word = if delta < 0 { "earlier" } else { "later" };
            if apply(
                app,
                Change::Batch(changes),
                format!("moved \"{title}\" {word}"),
            ) {
                select(app, id);
            }
        }
        Ok(None) => {
            let edge = if delta < 0 { "first" } else { "last" };
            app.info(format!("\"{title}\" is already the {edge} item of its day"));
        }
        Err(error) => app.warn(error),
    }
}

fn move_day(app: &mut App, delta: i32) {
    let Some((workshop, item)) = workshop(app).zip(selected(app)) else {
        return;
    };
    let (id, title, days) = (item.id, item.title.clone(), workshop.info().days);
    match moves::shift_day(workshop, id, delta) {
        Ok(Some(changes)) => {
            let day = i32::from(item.day) + delta;
            if apply(
                app,
                Change::Batch(changes),
                format!("moved \"{title}\" to the end of day {day}"),
            ) {
                select(app, id);
            }
        }
        Ok(None) if delta < 0 => app.info(format!("\"{title}\" is already on day 1")),
        Ok(None) => app.info(format!(
            "\"{title}\" is on the last day ({days}); add a day in the workshop details first (Overview, e)"
        )),
        Err(error) => app.warn(error),
    }
}

fn form_update(app: &mut App, mut form: ItemForm, action: Action) -> Option<Vec<Effect>> {
    let workshop = workshop(app)?;
    let handled = match action {
        Action::Back => {
            app.info("cancelled: nothing was changed");
            return Some(Vec::new());
        }
        Action::NextField => {
            form.next_field();
            true
        }
        Action::PreviousField => {
            form.previous_field();
            true
        }
        Action::ChoiceLeft | Action::ChoiceRight => {
            let delta = if action == Action::ChoiceLeft { -1 } else { 1 };
            let count = form.suggestions(workshop).len();
            form.choose(delta, count);
            true
        }
        Action::Erase => {
            form.erase();
            true
        }
        Action::Confirm => {
            if form.pick_suggestion(workshop) {
                form.error = None;
            } else {
                return submit(app, form);
            }
            true
        }
        _ => false,
    };
    app.agenda.panel = Some(Panel::Form(Box::new(form)));
    handled.then(Vec::new)
}

/// Save the form: one batch, or the sentence that refuses it (the form stays open and
/// nothing changes).
fn submit(app: &mut App, mut form: ItemForm) -> Option<Vec<Effect>> {
    let workshop = workshop(app)?;
    match form.changes(workshop) {
        Ok((id, changes)) => {
            let title = form.title.text().trim().to_string();
            let verb = if form.editing.is_some() {
                "saved"
            } else {
                "added"
            };
            match app.apply(single(Change::Batch(changes))) {
                Ok(()) => {
                    app.info(format!("{verb} \"{title}\""));
                    select(app, id);
                    return Some(Vec::new());
                }
                Err(error) => form.error = Some(error),
            }
        }
        Err((field, error)) => {
            form.focus_on(
                super::form::Field::ALL
                    .iter()
                    .position(|f| *f == field)
                    .unwrap_or(0),
            );
            form.error = Some(error);
        }
    }
    app.agenda.panel = Some(Panel::Form(Box::new(form)));
    Some(Vec::new())
}

fn open_replan(app: &mut App) {
    let day = live_day(app);
    let now = app.now;
    let Some(workshop) = workshop(app) else {
        return;
    };
    if replan_data::for_day(workshop, day, now, DEFAULT_MIN_PERCENT).is_none() {
        app.info(format!("nothing is left to re-plan on day {day}"));
        return;
    }
    app.agenda.panel = Some(Panel::Replan(ReplanState {
        day,
        chosen: 0,
        min_percent: DEFAULT_MIN_PERCENT,
        scroll: 0,
    }));
}

fn replan_update(app: &mut App, mut state: ReplanState, action: Action) -> Option<Vec<Effect>> {
    let strategies = Strategy::ALL.len();
    match action {
        Action::Back => return Some(Vec::new()),
        Action::ChoiceLeft => state.chosen = (state.chosen + strategies - 1) % strategies,
        Action::ChoiceRight => state.chosen = (state.chosen + 1) % strategies,
        Action::Up => state.scroll = state.scroll.saturating_sub(1),
        Action::Down => state.scroll = state.scroll.saturating_add(1),
        Action::Agenda(AgendaAction::RaiseMinimum) => {
            state.min_percent = (state.min_percent + MIN_PERCENT_STEP).min(100);
        }
        Action::Agenda(AgendaAction::LowerMinimum) => {
            state.min_percent = state
                .min_percent
                .saturating_sub(MIN_PERCENT_STEP)
                .max(MIN_PERCENT_STEP);
        }
        Action::Confirm => {
            if apply_replan(app, &state) {
                return Some(Vec::new());
            }
        }
        _ => {
            app.agenda.panel = Some(Panel::Replan(state));
            return None;
        }
    }
    app.agenda.panel = Some(Panel::Replan(state));
    Some(Vec::new())
}

/// Enter in the re-plan overlay: the chosen proposal as one undoable change.
fn apply_replan(app: &mut App, state: &ReplanState) -> bool {
    let now = app.now;
    let Some(workshop) = workshop(app) else {
        return false;
    };
    let Some(data) = replan_data::for_day(workshop, state.day, now, state.min_percent) else {
        app.info(format!("nothing is left to re-plan on day {}", state.day));
        return true;
    };
    let Some(proposal) = data.proposals.get(state.chosen) else {
        return false;
    };
    let change = proposal.change(workshop, state.day);
    if matches!(&change, Change::Batch(c) if c.is_empty()) {
        app.info("that plan changes nothing: the rest of the day stays as it is");
        return true;
    }
    let text = format!(
        "re-planned day {}: {} (ctrl-z undoes)",
        state.day,
        proposal.strategy.label()
    );
    apply(app, change, text)
}

fn template_update(app: &mut App, mut state: TemplateState, action: Action) -> Option<Vec<Effect>> {
    let count = templates::all().len().max(1);
    match action {
        Action::Back => return Some(Vec::new()),
        Action::Up | Action::ChoiceLeft => state.chosen = (state.chosen + count - 1) % count,
        Action::Down | Action::ChoiceRight => state.chosen = (state.chosen + 1) % count,
        Action::NextField | Action::PreviousField => state.replace = !state.replace,
        Action::Confirm => {
            let name = templates::all().get(state.chosen).map(|t| t.name);
            let plan = workshop(app).zip(name).map(|(w, name)| {
                template_plan::plan(w, name, state.replace).map(|(change, _)| (change, name))
            });
            match plan {
                Some(Ok((change, name))) => {
                    let how = if state.replace {
                        "replaced the agenda with"
                    } else {
                        "appended"
                    };
                    if apply(
                        app,
                        change,
                        format!("{how} the {name} template (ctrl-z undoes)"),
                    ) {
                        return Some(Vec::new());
                    }
                }
                Some(Err(error)) => app.warn(error),
                None => {}
            }
        }
        _ => {
            app.agenda.panel = Some(Panel::Template(state));
            return None;
        }
    }
    app.agenda.panel = Some(Panel::Template(state));
    Some(Vec::new())
}

/// Whether the running item (or the present view) shows seconds that change every tick.
pub fn needs_seconds(app: &App) -> bool {
    app.screen == Screen::Agenda && workshop(app).is_some_and(|w| w.running_item().is_some())
}
