//! The workshop details form (Overview `e`): a round trip through the file, check-ins that
//! move with their day, and refusals that name the field and change nothing.

mod tui_support;

use chrono::NaiveDate;
use halaqa::model::Workshop;
use halaqa::tui::App;
use halaqa::tui::app::Overlay;
use tui_support::{app_on, day, fixture, press, screen_text, type_text};

fn workshop(app: &App) -> &Workshop {
    app.session.as_ref().expect("a session").workshop()
}

fn form_error(app: &App) -> String {
    match app.layers.top() {
        Some(Overlay::Details(state)) => state.form.error.clone().unwrap_or_default(),
        _ => panic!("the details form is not open"),
    }
}

/// Open the form and Tab to field `field` (0 is the title).
fn at_field(app: &mut App, field: usize) {
    press(app, &["2", "e"]);
    for _ in 0..field {
        press(app, &["tab"]);
    }
}

const VENUE: usize = 8;
const START: usize = 10;
const DAYS: usize = 11;
const DAY_ENDS: usize = 13;
const DAY_HOURS: usize = 14;
const TIME_ZONE: usize = 15;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

#[test]
fn venue_and_start_date_are_saved_to_the_file_and_check_ins_move_with_their_day() {
    let f = fixture();
    let mut app = app_on(&f, false);
    let checked_in = workshop(&app)
        .participants()
        .filter(|p| p.attended_on(day()))
        .count();
    assert!(checked_in > 0, "the fixture has check-ins on day 1");
    at_field(&mut app, VENUE);
    // The venue is entered selected: typing replaces "Rotana Hotel".
    type_text(&mut app, "Erbil International Hotel");
    press(&mut app, &["tab", "tab"]);
    type_text(&mut app, "2025-03-17");
    press(&mut app, &["enter"]);
    // First what moves is shown, and nothing has changed yet.
    let preview = form_error(&app);
    assert!(
        preview.starts_with(&format!(
            "{checked_in} check-ins move with their day (day 1 is now Mon 17 Mar 2025); \
             agenda items keep their day. Enter again saves"
        )),
        "{preview}"
    );
    assert_eq!(workshop(&app).info().start, Some(day()));
    let screen = screen_text(&app, 80, 24);
    assert!(screen.contains("Enter again saves"), "{screen}");
    press(&mut app, &["enter"]);
    assert!(
        app.layers.is_empty(),
        "saved and closed: {}",
        form_error(&app)
    );
    let said = &app.message.as_ref().expect("a message").text;
    assert!(said.contains("moved with their day"), "{said}");
    press(&mut app, &["q"]);
    assert!(app.should_quit);
    let loaded = halaqa::store::load(&f.path).expect("loads").workshop;
    assert_eq!(loaded.info().venue, "Erbil International Hotel");
    assert_eq!(loaded.info().start, Some(date(2025, 3, 17)));
    let moved = loaded
        .participants()
        .filter(|p| p.attended_on(date(2025, 3, 17)))
        .count();
    assert_eq!(moved, checked_in, "day 1's check-ins are on the new day 1");
    assert!(!loaded.participants().any(|p| p.attended_on(day())));
}

#[test]
fn saving_the_details_is_one_undo() {
    let f = fixture();
    let mut app = app_on(&f, false);
    let before = workshop(&app).clone();
    at_field(&mut app, VENUE);
    type_text(&mut app, "Hall B");
    press(&mut app, &["enter"]);
    assert_eq!(workshop(&app).info().venue, "Hall B");
    press(&mut app, &["ctrl-z"]);
    assert_eq!(workshop(&app).info().venue, before.info().venue);
}

/// Type `typed` over field `field`, save, and return the sentence; nothing has changed.
fn refused(field: usize, typed: &str) -> String {
    let f = fixture();
    let mut app = app_on(&f, false);
    let before = workshop(&app).clone();
    at_field(&mut app, field);
    type_text(&mut app, typed);
    // Ctrl-S saves from any field, a list field too (where Enter starts a line).
    press(&mut app, &["ctrl-s"]);
    let error = form_error(&app);
    assert_eq!(workshop(&app), &before, "nothing changed for {typed:?}");
    error
}

#[test]
fn zero_days_is_refused_naming_the_field() {
    let error = refused(DAYS, "0");
    assert_eq!(error, "Days: a workshop lasts at least 1 day, not 0");
}

#[test]
fn a_day_ending_before_it_starts_is_refused() {
    let error = refused(DAY_ENDS, "08:00");
    assert_eq!(
        error,
        "Day ends: the day ends at 08:00 but starts at 09:00; the end must be later"
    );
}

#[test]
fn an_unknown_time_zone_is_refused() {
    let error = refused(TIME_ZONE, "Asia/Bagdad");
    assert_eq!(
        error,
        "Time zone: \"Asia/Bagdad\" is not a time zone; write it as Region/City, e.g. Asia/Baghdad"
    );
}

#[test]
fn a_start_date_far_in_the_past_is_refused() {
    let error = refused(START, "1925-03-10");
    assert_eq!(
        error,
        "Start date: 1925-03-10 is more than 5 years from today; check the year"
    );
}

#[test]
fn a_known_time_zone_and_hours_are_kept() {
    let f = fixture();
    let mut app = app_on(&f, false);
    at_field(&mut app, DAY_ENDS);
    type_text(&mut app, "17:30");
    press(&mut app, &["tab", "tab"]);
    type_text(&mut app, "Asia/Baghdad");
    press(&mut app, &["enter"]);
    let info = workshop(&app).info();
    assert_eq!(info.time_zone, "Asia/Baghdad");
    assert_eq!(
        info.settings.day_end.map(|t| t.to_string()),
        Some("17:30:00".into())
    );
}

#[test]
fn fewer_days_with_items_on_the_dropped_day_needs_a_yes() {
    let f = fixture();
    let mut app = app_on(&f, false);
    // Make it two days with an item on day 2 first.
    at_field(&mut app, DAYS);
    type_text(&mut app, "2");
    press(&mut app, &["enter"]);
    assert_eq!(workshop(&app).info().days, 2);
    press(&mut app, &["3", "a"]);
    type_text(&mut app, "Field visit");
    press(&mut app, &["tab", "tab"]);
    type_text(&mut app, "2");
    press(&mut app, &["enter"]);
    assert!(
        workshop(&app)
            .agenda()
            .iter()
            .any(|i| i.title == "Field visit")
    );
    // Back to one day: the form names what would go and waits.
    let before = workshop(&app).clone();
    at_field(&mut app, DAYS);
    type_text(&mut app, "1");
    press(&mut app, &["enter"]);
    let error = form_error(&app);
    assert!(
        error.starts_with("1 agenda item would be deleted: Field visit (day 2)"),
        "{error}"
    );
    assert_eq!(workshop(&app), &before, "nothing yet");
    press(&mut app, &["enter"]);
    assert!(app.layers.is_empty());
    assert_eq!(workshop(&app).info().days, 1);
    assert!(
        !workshop(&app)
            .agenda()
            .iter()
            .any(|i| i.title == "Field visit")
    );
    press(&mut app, &["ctrl-z"]);
    assert!(
        workshop(&app)
            .agenda()
            .iter()
            .any(|i| i.title == "Field visit")
    );
}

#[test]
fn objectives_are_a_list_one_a_line() {
    let f = fixture();
    let mut app = app_on(&f, false);
    at_field(&mut app, 17);
    type_text(&mut app, "Harvest outcomes");
    press(&mut app, &["enter"]);
    type_text(&mut app, "Agree next steps");
    press(&mut app, &["ctrl-s"]);
    assert!(app.layers.is_empty(), "{}", form_error(&app));
    assert_eq!(
        workshop(&app).info().objectives,
        vec!["Harvest outcomes", "Agree next steps"]
    );
}

#[test]
fn the_palette_opens_the_details_from_any_screen() {
    let f = fixture();
    let mut app = app_on(&f, false);
    press(&mut app, &["3", ":"]);
    type_text(&mut app, "workshop details");
    press(&mut app, &["enter"]);
    assert!(matches!(app.layers.top(), Some(Overlay::Details(_))));
}

#[test]
fn snapshot_details_form() {
    let f = fixture();
    let mut app = app_on(&f, false);
    press(&mut app, &["2", "e"]);
    insta::assert_snapshot!(screen_text(&app, 80, 24));
}

#[test]
fn a_day_with_its_own_hours_plans_its_first_item_then() {
    let f = fixture();
    let mut app = app_on(&f, false);
    // Two days; day 2 starts at 08:30 and ends at 13:00.
    at_field(&mut app, DAYS);
    type_text(&mut app, "2");
    for _ in DAYS..DAY_HOURS {
        press(&mut app, &["tab"]);
    }
    type_text(&mut app, "2 08:30-13:00");
    press(&mut app, &["ctrl-s"]);
    assert!(app.layers.is_empty(), "{}", form_error(&app));
    let settings = &workshop(&app).info().settings;
    assert_eq!(settings.start_of_day(2).to_string(), "08:30:00");
    assert_eq!(settings.start_of_day(1).to_string(), "09:00:00");
    assert_eq!(
        settings.end_of_day(2).map(|t| t.to_string()),
        Some("13:00:00".into())
    );
}

#[test]
fn a_day_hours_line_for_a_day_the_workshop_has_not_is_refused() {
    let error = refused(DAY_HOURS, "3 08:30");
    assert_eq!(
        error,
        "Other hours: day 3 is not one of the workshop's 1 day(s)"
    );
}

/// The k of anonymised reports is set in the details form: 2 or more, empty for the default.
#[test]
fn the_anonymity_k_is_set_in_the_details_form_and_one_is_refused() {
    let f = fixture();
    let mut app = app_on(&f, false);
    let k = |app: &App| {
        app.session
            .as_ref()
            .map(|s| s.workshop().info().settings.anonymity_k)
    };
    press(&mut app, &["2", "e"]);
    for _ in 0..20 {
        press(&mut app, &["tab"]);
    }
    let text = screen_text(&app, 120, 40);
    assert!(
        text.contains("the fewest people an anonymised figure"),
        "{text}"
    );
    type_text(&mut app, "1");
    press(&mut app, &["ctrl-s"]);
    match app.layers.top() {
        Some(Overlay::Details(state)) => assert_eq!(
            state.form.error.as_deref(),
            Some(
                "Anonymity k: \"1\" is not a number of 2 or more; e.g. 5 (a figure under 5 people reads <5)"
            )
        ),
        _ => panic!("the form stays open with the sentence"),
    }
    assert_eq!(k(&app), Some(None), "nothing changed");
    press(&mut app, &["ctrl-a"]);
    type_text(&mut app, "٣");
    press(&mut app, &["ctrl-s"]);
    assert!(app.layers.is_empty(), "saved");
    assert_eq!(k(&app), Some(Some(3)));
}
