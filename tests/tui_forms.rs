//! Every form's text fields are the kit's line editor: tried through the keys on the Agenda
//! item form, the person form and a Home form, as a facilitator would type.

mod tui_support;

use halaqa::model::Workshop;
use halaqa::tui::App;
use tui_support::{app_on, fixture, home_app, press, screen_text, type_text};

fn workshop(app: &App) -> &Workshop {
    app.session.as_ref().expect("a session").workshop()
}

fn minutes_of(app: &App, title: &str) -> Option<u32> {
    workshop(app)
        .agenda()
        .into_iter()
        .find(|i| i.title == title)
        .map(|i| i.minutes)
}

#[test]
fn typing_over_a_prefilled_duration_replaces_it() {
    let f = fixture();
    let mut app = app_on(&f, false);
    // Opening and welcome lasts 30 minutes; Tab to its Minutes field, type 45.
    press(&mut app, &["3", "home", "e", "tab", "tab", "tab", "tab"]);
    type_text(&mut app, "45");
    press(&mut app, &["enter"]);
    assert_eq!(
        minutes_of(&app, "Opening and welcome"),
        Some(45),
        "not 3045"
    );
}

#[test]
fn home_and_arrows_edit_a_title_in_the_middle() {
    let f = fixture();
    let mut app = app_on(&f, false);
    press(&mut app, &["3", "home", "e", "home"]);
    type_text(&mut app, "Official ");
    press(&mut app, &["end", "ctrl-left", "left"]);
    type_text(&mut app, " and");
    press(&mut app, &["ctrl-right", "backspace"]);
    type_text(&mut app, "e");
    press(&mut app, &["enter"]);
    assert!(
        minutes_of(&app, "Official Opening and and welcome").is_some(),
        "{:?}",
        workshop(&app)
            .agenda()
            .iter()
            .map(|i| &i.title)
            .collect::<Vec<_>>()
    );
}

#[test]
fn ctrl_a_then_typing_replaces_an_arabic_title_and_the_middle_can_be_edited() {
    let f = fixture();
    let mut app = app_on(&f, false);
    press(&mut app, &["3", "home", "e"]);
    press(&mut app, &["left", "ctrl-a"]);
    type_text(&mut app, "كلمة الافتتاح");
    // Into the middle: after "كلمة", add a word.
    press(&mut app, &["home", "ctrl-right"]);
    type_text(&mut app, " ترحيب و");
    press(&mut app, &["enter"]);
    assert!(
        minutes_of(&app, "كلمة ترحيب و الافتتاح").is_some(),
        "{:?}",
        workshop(&app)
            .agenda()
            .iter()
            .map(|i| &i.title)
            .collect::<Vec<_>>()
    );
}

#[test]
fn a_long_value_shows_where_the_cursor_is() {
    let f = fixture();
    let mut app = app_on(&f, false);
    press(&mut app, &["3", "home", "e", "ctrl-a"]);
    let long =
        "A very long session title that goes on and on past the edge of the box, ending HERE";
    type_text(&mut app, long);
    let screen = screen_text(&app, 80, 24);
    assert!(screen.contains("ending HERE▏"), "{screen}");
    press(&mut app, &["home"]);
    let screen = screen_text(&app, 80, 24);
    assert!(screen.contains("▏A very long"), "{screen}");
}

#[test]
fn the_person_form_moves_the_cursor_too() {
    let f = fixture();
    let mut app = app_on(&f, false);
    press(&mut app, &["4", "a"]);
    type_text(&mut app, "Hana Mansxur");
    press(&mut app, &["left", "left", "left", "delete"]);
    type_text(&mut app, "o");
    press(&mut app, &["enter"]);
    assert!(
        workshop(&app)
            .participants()
            .any(|p| p.name == "Hana Mansour"),
        "the name edited in the middle"
    );
}

#[test]
fn a_home_form_field_takes_the_cursor_keys() {
    let f = fixture();
    let mut app = home_app(&f);
    press(&mut app, &["o"]);
    type_text(&mut app, "/tmp/clsing.ron");
    for _ in 0..8 {
        press(&mut app, &["left"]);
    }
    type_text(&mut app, "o");
    let screen = screen_text(&app, 80, 24);
    assert!(screen.contains("/tmp/clo▏sing.ron"), "{screen}");
}

#[test]
fn a_choice_in_the_item_form_takes_its_first_letter() {
    let f = fixture();
    let mut app = app_on(&f, false);
    press(&mut app, &["3", "home", "e", "tab"]);
    type_text(&mut app, "p");
    // Nine fields on: Optional.
    for _ in 0..9 {
        press(&mut app, &["tab"]);
    }
    type_text(&mut app, "y");
    press(&mut app, &["enter"]);
    let opening = workshop(&app)
        .agenda()
        .into_iter()
        .find(|i| i.title == "Opening and welcome")
        .cloned()
        .expect("the opening");
    assert_eq!(opening.kind, halaqa::model::ItemKind::Presentation);
    assert!(opening.optional);
}
