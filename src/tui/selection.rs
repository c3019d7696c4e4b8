//! A list's selection follows its record, not its line number: when the Participants table
//! re-sorts after an edit, a filter narrows it, or a record above is added or erased, the
//! person (agenda item, group) that was selected stays selected. Index-only selection moved
//! silently to a neighbour — the next key (`e`, `d`, check-in) then acted on someone else.

use super::app::App;
use super::screen::Screen;
use crate::model::Id;

/// The ids of a screen's rows in the order they are drawn; `None` for screens whose lines
/// are not records.
fn row_ids(app: &App, screen: Screen) -> Option<Vec<Id>> {
    let session = app.session.as_ref()?;
    let workshop = session.workshop();
    match screen {
        Screen::Participants => {
            let state = &app.participants;
            let people = super::screens::participants::visible(
                workshop,
                &state.filter,
                state.sort,
                app.today(),
            );
            Some(people.iter().map(|p| p.id).collect())
        }
        Screen::Agenda => Some(workshop.agenda().iter().map(|i| i.id).collect()),
        Screen::Groups => Some(workshop.groups().iter().map(|g| g.id).collect()),
        _ => None,
    }
}

/// What was selected before a key: the screen, the line, and its record.
pub struct Before {
    screen: Screen,
    line: usize,
    record: Option<Id>,
}

pub fn before(app: &App) -> Before {
    let screen = app.screen;
    let line = app.list(screen).selected;
    let record = row_ids(app, screen).and_then(|ids| ids.get(line).copied());
    Before {
        screen,
        line,
        record,
    }
}

/// After the key: when the key left the line number alone but the record moved (re-sorted,
/// filtered, something above added or erased), select the record again. A key that moved
/// the selection itself, or a record that is gone, is left as it is.
pub fn follow(app: &mut App, before: Before) {
    let Some(record) = before.record else {
        return;
    };
    if app.screen != before.screen || app.list(before.screen).selected != before.line {
        return;
    }
    let Some(ids) = row_ids(app, before.screen) else {
        return;
    };
    if ids.get(before.line) == Some(&record) {
        return;
    }
    if let Some(at) = ids.iter().position(|id| *id == record) {
        app.list_mut(before.screen).selected = at;
    }
}

/// After a filter changed: the record selected before if it is still listed, else the
/// first line.
pub fn reselect_or_first(app: &mut App, before: Before) {
    let at = before
        .record
        .zip(row_ids(app, before.screen))
        .and_then(|(record, ids)| ids.iter().position(|id| *id == record))
        .unwrap_or(0);
    app.list_mut(before.screen).selected = at;
}
