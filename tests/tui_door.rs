//! The door as a facilitator meets it on a bad morning, driven through keys: a laptop whose
//! date is not a workshop day (check-in refused in a sentence, recorded on the chosen day;
//! agenda items not started), a double tap on Enter, check-in times to the second and the
//! table sorted by the most recent check-in.

mod tui_support;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use halaqa::model::Participant;
use halaqa::tui::App;
use halaqa::tui::screens::participants::Mode;
use std::path::PathBuf;
use tui_support::{app_on, day, draw, fixture, press, screen_text, type_text};

fn message(app: &App) -> String {
    app.message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}

fn person<'a>(app: &'a App, name: &str) -> &'a Participant {
    app.session
        .as_ref()
        .expect("a session")
        .workshop()
        .participants()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("{name} is not in the workshop"))
}

/// Five days after the one-day workshop, at 10:20.
fn after_the_workshop() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2025, 3, 15)
        .expect("valid date")
        .and_time(NaiveTime::from_hms_opt(10, 20, 0).expect("valid time"))
}

fn steady(app: &mut App) {
    app.dirs.config = PathBuf::from("/home/facilitator/.config/halaqa");
    app.theme = halaqa::tui::theme::Theme::new(halaqa::tui::theme::ThemeKind::Plain);
}

#[test]
fn a_check_in_on_another_day_is_refused_in_a_sentence_and_recorded_on_the_chosen_day() {
    let f = fixture();
    let mut app = app_on(&f, false);
    app.now = after_the_workshop();
    press(&mut app, &["4", "c"]);
    let screen = screen_text(&app, 80, 24);
    assert!(screen.contains("not a workshop day"), "{screen}");
    type_text(&mut app, "zain");
    press(&mut app, &["enter"]);
    assert_eq!(
        message(&app),
        "Sat 15 Mar 2025 is not a workshop day (Mon 10 Mar 2025 only): a check-in today would \
         not count; choose the day to record for, or fix the dates (Overview e)"
    );
    let zainab = person(&app, "Zainab Kadhim");
    assert!(zainab.attendance.is_empty(), "{:?}", zainab.attendance);
    let screen = screen_text(&app, 80, 24);
    assert!(
        screen.contains("Record Zainab Kadhim's check-in for ‹ day 1 · Mon 10 Mar 2025 ›"),
        "{screen}"
    );

    press(&mut app, &["enter"]);
    let zainab = person(&app, "Zainab Kadhim");
    assert_eq!(zainab.attendance.len(), 1);
    assert_eq!(zainab.attendance[0].date, day());
    assert_eq!(
        message(&app),
        "✓ Zainab Kadhim checked in for day 1 (Mon 10 Mar 2025) at 10:20"
    );
    // The door now records for day 1 and says so; the next person goes to the same day.
    let screen = screen_text(&app, 80, 24);
    assert!(
        screen.contains("checked in on day 1: 4 of 4 registered"),
        "{screen}"
    );
    press(&mut app, &["esc"]);
    assert!(matches!(app.participants.mode, Mode::Table));
}

#[test]
fn esc_closes_the_day_choice_and_nothing_is_recorded() {
    let f = fixture();
    let mut app = app_on(&f, false);
    app.now = after_the_workshop();
    press(&mut app, &["4", "c"]);
    type_text(&mut app, "zain");
    press(&mut app, &["enter", "esc"]);
    assert!(person(&app, "Zainab Kadhim").attendance.is_empty());
    assert_eq!(message(&app), "not recorded: nobody was checked in");
    // Still at the door: Esc closed only the choice.
    assert!(matches!(app.participants.mode, Mode::CheckIn));
}

#[test]
fn starting_an_agenda_item_on_another_day_is_refused_in_a_sentence() {
    let f = fixture();
    let mut app = app_on(&f, false);
    app.now = after_the_workshop();
    press(&mut app, &["3", "s"]);
    let workshop = app.session.as_ref().expect("a session").workshop();
    assert!(
        workshop.agenda().iter().all(|i| i.actual_start.is_none()),
        "nothing started"
    );
    assert_eq!(
        message(&app),
        "\"Opening and welcome\" not started: Sat 15 Mar 2025 is not a workshop day (Mon 10 Mar \
         2025 only); wrong dates? fix them with Overview e"
    );
}

#[test]
fn a_double_enter_changes_nothing_and_says_when_they_came() {
    let f = fixture();
    let mut app = app_on(&f, false);
    app.now = day().and_time(NaiveTime::from_hms_opt(9, 12, 41).expect("valid time"));
    press(&mut app, &["4", "c"]);
    type_text(&mut app, "zain");
    press(&mut app, &["enter"]);
    app.now = day().and_time(NaiveTime::from_hms_opt(9, 12, 43).expect("valid time"));
    press(&mut app, &["enter"]);
    let zainab = person(&app, "Zainab Kadhim");
    assert_eq!(zainab.attendance.len(), 1, "{:?}", zainab.attendance);
    assert_eq!(
        zainab.attendance[0].time,
        NaiveTime::from_hms_opt(9, 12, 41).expect("valid time"),
        "kept to the second, the first tap's"
    );
    assert_eq!(
        message(&app),
        "Zainab Kadhim: already checked in at 09:12 (Ctrl-O checks out)"
    );
    // One change on the undo stack: Ctrl-Z takes back the check-in itself.
    press(&mut app, &["ctrl-z"]);
    assert!(person(&app, "Zainab Kadhim").attendance.is_empty());
}

#[test]
fn sort_by_check_in_puts_the_most_recent_first_to_the_second_then_by_name() {
    let f = fixture();
    let mut app = app_on(&f, false);
    // Two people in the same minute: the later second comes first.
    app.now = day().and_time(NaiveTime::from_hms_opt(9, 10, 30).expect("valid time"));
    press(&mut app, &["4", "c"]);
    type_text(&mut app, "zain");
    press(&mut app, &["enter", "esc"]);
    // Everyone else came at 09:10:00.
    for _ in 0..5 {
        press(&mut app, &["s"]);
    }
    assert_eq!(
        message(&app),
        "sorted by check-in time today, most recent first"
    );
    let screen = screen_text(&app, 80, 24);
    let order: Vec<usize> = ["Zainab Kadhim", "Karwan Aziz", "Layla Hassan", "Omar Saleh"]
        .iter()
        .map(|name| {
            screen
                .find(name)
                .unwrap_or_else(|| panic!("{name}: {screen}"))
        })
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{screen}");
    // The door's own list of who came, latest first, in the same order.
    press(&mut app, &["c"]);
    let workshop = app.session.as_ref().expect("a session").workshop();
    let here: Vec<&str> = halaqa::tui::screens::participants::check_in_matches(workshop, "", day())
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(
        here,
        ["Zainab Kadhim", "Karwan Aziz", "Layla Hassan", "Omar Saleh"]
    );
}

#[test]
fn a_walk_in_on_another_day_is_registered_not_checked_in_until_a_day_is_chosen() {
    let f = fixture();
    let mut app = app_on(&f, false);
    app.now = after_the_workshop();
    press(&mut app, &["4", "c"]);
    type_text(&mut app, "Hana Mansour");
    press(&mut app, &["ctrl-n", "enter"]);
    assert!(matches!(app.participants.mode, Mode::CheckIn));
    assert!(person(&app, "Hana Mansour").attendance.is_empty());
    assert!(
        message(&app).starts_with(
            "registered Hana Mansour, not checked in: Sat 15 Mar 2025 is not a workshop day"
        ),
        "{}",
        message(&app)
    );
    // Once the door records for day 1, the next walk-in is checked in on day 1.
    type_text(&mut app, "hana");
    press(&mut app, &["enter", "enter"]);
    assert_eq!(person(&app, "Hana Mansour").attendance[0].date, day());
    type_text(&mut app, "Ali Walkin");
    press(&mut app, &["ctrl-n", "enter"]);
    let ali = person(&app, "Ali Walkin");
    assert_eq!(
        ali.attendance.iter().map(|a| a.date).collect::<Vec<_>>(),
        [day()]
    );
    assert_eq!(
        message(&app),
        "✓ Ali Walkin registered and checked in for day 1 (Mon 10 Mar 2025) at 10:20"
    );
}

#[test]
fn snapshot_the_day_choice_at_the_door() {
    let f = fixture();
    let mut app = app_on(&f, false);
    steady(&mut app);
    app.now = after_the_workshop();
    press(&mut app, &["4", "c"]);
    type_text(&mut app, "zain");
    press(&mut app, &["enter"]);
    insta::assert_snapshot!(draw(&app, 80, 24).backend());
}

#[test]
fn the_door_draws_at_every_size_with_the_day_choice_open() {
    let f = fixture();
    let mut app = app_on(&f, false);
    app.now = after_the_workshop();
    press(&mut app, &["4", "c"]);
    type_text(&mut app, "zain");
    press(&mut app, &["enter"]);
    for width in 0..=60 {
        for height in 0..=30 {
            draw(&app, width, height);
        }
    }
}
