//! A selection follows its record: the person edited so that the table re-sorts, or the one
//! still listed when a filter narrows the table, stays selected — the next `e` or `d` acts
//! on them, not on whoever took their line.

mod tui_support;

use halaqa::model::Id;
use halaqa::tui::{App, Screen};
use tui_support::{app_on, fixture, press, type_text};

fn selected_person(app: &App) -> (Id, String) {
    let workshop = app.session.as_ref().expect("a session").workshop();
    let state = &app.participants;
    let people = halaqa::tui::screens::participants::visible(
        workshop,
        &state.filter,
        state.sort,
        app.today(),
    );
    let person = people[app.list(Screen::Participants).selected];
    (person.id, person.name.clone())
}

#[test]
fn a_person_renamed_to_the_end_of_the_list_stays_selected() {
    let f = fixture();
    let mut app = app_on(&f, false);
    press(&mut app, &["4"]);
    let (id, name) = selected_person(&app);
    press(&mut app, &["e", "ctrl-a"]);
    type_text(&mut app, "Zina Zubair");
    press(&mut app, &["enter"]);
    let (now_id, now_name) = selected_person(&app);
    assert_eq!(now_name, "Zina Zubair", "was {name}");
    assert_eq!(now_id, id);
    assert!(
        app.list(Screen::Participants).selected > 0,
        "the table re-sorted and the selection went with the person"
    );
}

#[test]
fn a_filter_that_keeps_the_selected_person_keeps_them_selected() {
    let f = fixture();
    let mut app = app_on(&f, false);
    press(&mut app, &["4", "j"]);
    let (id, name) = selected_person(&app);
    // A filter that still lists others before them: they stay the one selected.
    let part = name
        .chars()
        .find(|c| c.is_alphabetic())
        .map(String::from)
        .unwrap_or_default();
    press(&mut app, &["/"]);
    type_text(&mut app, &part);
    assert_eq!(selected_person(&app).0, id, "filtered by {part:?}");
    assert!(app.list(Screen::Participants).selected > 0 || name.is_empty());
    // Their name in full: only they are left, on the first line.
    type_text(&mut app, &name.chars().skip(1).collect::<String>());
    assert_eq!(selected_person(&app), (id, name.clone()));
    assert_eq!(app.list(Screen::Participants).selected, 0);
    // A filter nobody matches, then Backspace: the first line.
    type_text(&mut app, "qqqq");
    press(
        &mut app,
        &["backspace", "backspace", "backspace", "backspace"],
    );
    assert_eq!(selected_person(&app).0, id);
}
