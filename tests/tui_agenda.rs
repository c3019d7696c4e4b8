//! The Agenda screen driven without a terminal: live mode (start, stop, advance), re-plan,
//! the item form and its refusals, reordering, templates, each with undo.

mod tui_support;

use chrono::{Duration, NaiveTime};
use halaqa::model::{AgendaItem, PersonRef, Workshop};
use halaqa::tui::App;
use halaqa::tui::screens::agenda::Panel;
use tui_support::{app_on, fixture, now, press, type_text};

fn workshop(app: &App) -> &Workshop {
    app.session.as_ref().expect("a session").workshop()
}

fn item<'a>(app: &'a App, title: &str) -> &'a AgendaItem {
    workshop(app)
        .agenda()
        .into_iter()
        .find(|i| i.title == title)
        .unwrap_or_else(|| panic!("no item {title:?}"))
}

fn titles(app: &App) -> Vec<String> {
    workshop(app)
        .agenda()
        .iter()
        .map(|i| i.title.clone())
        .collect()
}

fn form_error(app: &App) -> Option<String> {
    match &app.agenda.panel {
        Some(Panel::Form(form)) => form.error.clone(),
        _ => None,
    }
}

fn at(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).expect("time")
}

/// On the agenda at 09:25 with the first item selected.
fn agenda_at_nine_twenty_five() -> (tui_support::Fixture, App) {
    let f = fixture();
    let mut app = app_on(&f, false);
    app.now -= Duration::minutes(55);
    press(&mut app, &["3", "home"]);
    (f, app)
}

#[test]
fn going_to_the_agenda_selects_the_item_on_now() {
    let f = fixture();
    let mut app = app_on(&f, false);
    press(&mut app, &["3"]);
    // Nothing has been started: the first item not started is selected.
    assert_eq!(app.list(halaqa::tui::Screen::Agenda).selected, 0);
}

#[test]
fn s_starts_then_stops_recording_actual_times_and_undo_takes_each_back() {
    let (_f, mut app) = agenda_at_nine_twenty_five();
    press(&mut app, &["s"]);
    let started = app.now;
    assert_eq!(
        item(&app, "Opening and welcome").actual_start,
        Some(started)
    );
    assert!(workshop(&app).running_item().is_some());
    app.now += Duration::minutes(32);
    press(&mut app, &["s"]);
    let opening = item(&app, "Opening and welcome");
    assert_eq!(opening.actual_end, Some(app.now));
    assert!(workshop(&app).running_item().is_none());
    let message = app.message.clone().expect("a message").text;
    assert!(message.contains("ran 32 min, +2 min"), "{message}");
    press(&mut app, &["ctrl-z"]);
    assert_eq!(item(&app, "Opening and welcome").actual_end, None);
    press(&mut app, &["ctrl-z"]);
    assert_eq!(item(&app, "Opening and welcome").actual_start, None);
}

#[test]
fn n_stops_the_running_item_and_starts_the_next_in_one_undoable_step() {
    let (_f, mut app) = agenda_at_nine_twenty_five();
    press(&mut app, &["n"]);
    assert!(item(&app, "Opening and welcome").actual_start.is_some());
    app.now += Duration::minutes(40);
    press(&mut app, &["n"]);
    assert_eq!(item(&app, "Opening and welcome").actual_end, Some(app.now));
    assert_eq!(item(&app, "Project review").actual_start, Some(app.now));
    assert_eq!(workshop(&app).drift(1, app.now), Some(5));
    // The selection follows the running item.
    assert_eq!(app.list(halaqa::tui::Screen::Agenda).selected, 1);
    press(&mut app, &["ctrl-z"]);
    assert_eq!(item(&app, "Opening and welcome").actual_end, None);
    assert_eq!(item(&app, "Project review").actual_start, None);
    assert_eq!(
        workshop(&app).running_item().map(|i| i.title.clone()),
        Some("Opening and welcome".to_string())
    );
}

#[test]
fn a_finished_item_is_not_restarted() {
    let (_f, mut app) = agenda_at_nine_twenty_five();
    press(&mut app, &["s", "s", "s"]);
    let text = app.message.clone().expect("message").text;
    assert!(text.contains("already ran"), "{text}");
}

#[test]
fn replan_shrink_keeps_lunch_and_is_one_undo() {
    let (_f, mut app) = agenda_at_nine_twenty_five();
    press(&mut app, &["n"]);
    app.now += Duration::minutes(40);
    press(&mut app, &["n"]);
    app.now += Duration::minutes(45); // 10:50: the review is 20 minutes over.
    let before = workshop(&app).clone();
    press(&mut app, &["r"]);
    assert!(matches!(app.agenda.panel, Some(Panel::Replan(_))));
    assert_eq!(
        *workshop(&app),
        before,
        "opening the preview changed nothing"
    );
    press(&mut app, &["right", "enter"]);
    assert!(app.agenda.panel.is_none());
    let lunch = item(&app, "Lunch and prayer");
    assert_eq!(lunch.start, Some(at(12, 30)));
    let panel = item(&app, "Moderated panel");
    assert_eq!(panel.start, Some(at(10, 50)));
    assert!(
        panel.minutes < 60 && panel.minutes >= 30,
        "{}",
        panel.minutes
    );
    let plan = workshop(&app).day_plan(1);
    let grantees_end = plan[3].end;
    assert!(
        grantees_end <= 12 * 60 + 30,
        "runs into lunch: {grantees_end}"
    );
    press(&mut app, &["ctrl-z"]);
    assert_eq!(workshop(&app).without_stamps(), before.without_stamps());
}

#[test]
fn replan_minimum_moves_with_plus_and_minus_and_shift_keeps_pinned_lunch() {
    let (_f, mut app) = agenda_at_nine_twenty_five();
    press(&mut app, &["n"]);
    app.now += Duration::minutes(40);
    press(&mut app, &["n"]);
    app.now += Duration::minutes(45);
    press(&mut app, &["r", "+", "+", "-"]);
    match &app.agenda.panel {
        Some(Panel::Replan(state)) => assert_eq!(state.min_percent, 60),
        other => panic!("{other:?}"),
    }
    press(&mut app, &["enter"]); // shift, the first strategy
    // Lunch is pinned: shifting never moves it, and the plan agreed before is kept.
    let lunch = item(&app, "Lunch and prayer");
    assert_eq!(lunch.start, Some(at(12, 30)));
    assert_eq!(lunch.baseline.map(|b| b.start), Some(at(12, 30)));
    let message = app.message.clone().expect("a message").text;
    assert!(message.contains("re-planned day 1"), "{message}");
    press(&mut app, &["esc"]);
}

#[test]
fn the_form_refuses_bad_times_and_durations_and_changes_nothing() {
    let f = fixture();
    let mut app = app_on(&f, false);
    press(&mut app, &["3", "a"]);
    let before = workshop(&app).clone();
    press(&mut app, &["enter"]);
    assert!(form_error(&app).expect("error").contains("title is empty"));
    type_text(&mut app, "Closing remarks");
    press(&mut app, &["tab", "tab", "tab"]);
    type_text(&mut app, "25:70");
    press(&mut app, &["enter"]);
    let error = form_error(&app).expect("error");
    assert!(error.contains("no hour 25"), "{error}");
    for _ in 0..5 {
        press(&mut app, &["backspace"]);
    }
    type_text(&mut app, "9.30");
    press(&mut app, &["enter"]);
    assert!(form_error(&app).expect("error").contains("with a colon"));
    for _ in 0..4 {
        press(&mut app, &["backspace"]);
    }
    type_text(&mut app, "23:30");
    press(&mut app, &["tab"]);
    press(&mut app, &["backspace", "backspace"]);
    type_text(&mut app, "0");
    press(&mut app, &["enter"]);
    assert!(
        form_error(&app)
            .expect("error")
            .contains("more than 0 minutes")
    );
    press(&mut app, &["backspace"]);
    type_text(&mut app, "-5");
    press(&mut app, &["enter"]);
    assert!(
        form_error(&app)
            .expect("error")
            .contains("cannot be negative")
    );
    press(&mut app, &["backspace", "backspace"]);
    type_text(&mut app, "60");
    press(&mut app, &["enter"]);
    assert!(form_error(&app).expect("error").contains("past midnight"));
    assert_eq!(*workshop(&app), before, "nothing changed while invalid");
    // Arabic-Indic digits are a time like any other.
    press(&mut app, &["shift-tab"]);
    for _ in 0..5 {
        press(&mut app, &["backspace"]);
    }
    type_text(&mut app, "١٦:٣٠");
    press(&mut app, &["enter"]);
    assert_eq!(form_error(&app), None);
    assert!(app.agenda.panel.is_none());
    let added = item(&app, "Closing remarks");
    assert_eq!(added.start, Some(at(16, 30)));
    assert_eq!(added.minutes, 60);
    press(&mut app, &["ctrl-z"]);
    assert!(!titles(&app).contains(&"Closing remarks".to_string()));
}

#[test]
fn speakers_are_picked_from_participants_or_typed_freely() {
    let f = fixture();
    let mut app = app_on(&f, false);
    press(&mut app, &["3", "home", "e"]);
    for _ in 0..5 {
        press(&mut app, &["tab"]);
    }
    // Part of a name in Arabic script finds the participant.
    type_text(&mut app, "ليلى");
    press(&mut app, &["enter"]);
    type_text(&mut app, ", Dr. Sami Yousif");
    press(&mut app, &["tab"]);
    type_text(&mut app, "karw");
    press(&mut app, &["enter", "enter"]);
    assert!(app.agenda.panel.is_none(), "{:?}", form_error(&app));
    let opening = item(&app, "Opening and welcome");
    let layla = workshop(&app)
        .participants()
        .find(|p| p.name == "Layla Hassan")
        .expect("Layla")
        .id;
    assert_eq!(
        opening.speakers,
        vec![
            PersonRef::Participant(layla),
            PersonRef::Named("Dr. Sami Yousif".to_string())
        ]
    );
    assert!(matches!(opening.moderator, Some(PersonRef::Participant(_))));
}

#[test]
fn delete_duplicate_and_reorder_are_each_one_undo() {
    let f = fixture();
    let mut app = app_on(&f, false);
    press(&mut app, &["3", "home", "j"]);
    let original = titles(&app);
    press(&mut app, &["J"]);
    assert_eq!(titles(&app)[1..3], ["Moderated panel", "Project review"]);
    press(&mut app, &["ctrl-z"]);
    assert_eq!(titles(&app), original);
    // Moving the first item down keeps the day's start on the new first item.
    press(&mut app, &["home", "J"]);
    assert_eq!(titles(&app)[0], "Project review");
    assert_eq!(workshop(&app).day_plan(1)[0].start, 9 * 60 + 30);
    press(&mut app, &["ctrl-z"]);
    press(&mut app, &["home", "j", "c"]);
    assert_eq!(titles(&app)[1..3], ["Project review", "Project review"]);
    press(&mut app, &["ctrl-z"]);
    assert_eq!(titles(&app), original);
    press(&mut app, &["home", "j", "d"]);
    assert!(!titles(&app).contains(&"Project review".to_string()));
    press(&mut app, &["ctrl-z"]);
    assert_eq!(titles(&app), original);
    // One day only: there is no day after.
    press(&mut app, &[">"]);
    assert!(
        app.message
            .clone()
            .expect("message")
            .text
            .contains("last day")
    );
}

#[test]
fn a_template_is_previewed_then_appended_or_replaces_in_one_undo() {
    let f = fixture();
    let mut app = app_on(&f, false);
    press(&mut app, &["3", "t"]);
    let before = workshop(&app).clone();
    assert!(matches!(app.agenda.panel, Some(Panel::Template(_))));
    // peer-exchange: three days, appended.
    press(&mut app, &["down"]);
    press(&mut app, &["enter"]);
    assert_eq!(workshop(&app).info().days, 3);
    assert!(workshop(&app).agenda().len() > before.agenda().len() + 10);
    assert_eq!(titles(&app)[0], "Opening and welcome");
    press(&mut app, &["ctrl-z"]);
    assert_eq!(workshop(&app).without_stamps(), before.without_stamps());
    // closing-session, replacing: the old items are gone, the groups kept and relinked.
    press(&mut app, &["t", "tab", "enter"]);
    let w = workshop(&app);
    assert_eq!(w.agenda()[0].start, Some(at(9, 0)));
    assert!(!titles(&app).contains(&"Lunch and prayer".to_string()));
    assert_eq!(w.groups().len(), 3, "groups doubled");
    let groups_item = w
        .agenda()
        .into_iter()
        .find(|i| i.kind == halaqa::model::ItemKind::WorkingGroups)
        .expect("working groups")
        .id;
    assert!(
        w.groups()
            .iter()
            .all(|g| g.agenda_item == Some(groups_item))
    );
    press(&mut app, &["ctrl-z"]);
    assert_eq!(workshop(&app).without_stamps(), before.without_stamps());
}

#[test]
fn read_only_refuses_starting_and_present_opens_and_closes() {
    let f = fixture();
    let mut app = app_on(&f, true);
    press(&mut app, &["3", "s"]);
    assert!(workshop(&app).running_item().is_none());
    assert!(
        app.message
            .clone()
            .expect("message")
            .text
            .contains("read-only")
    );
    press(&mut app, &["p"]);
    assert!(app.agenda.presenting);
    press(&mut app, &["esc"]);
    assert!(!app.agenda.presenting);
}

#[test]
fn the_file_keeps_the_actual_start() {
    let f = fixture();
    let mut app = app_on(&f, false);
    press(&mut app, &["3", "home", "s", "q"]);
    assert!(app.should_quit);
    let loaded = halaqa::store::load(&f.path).expect("loads");
    let opening = loaded
        .workshop
        .agenda()
        .into_iter()
        .find(|i| i.title == "Opening and welcome")
        .expect("opening")
        .clone();
    assert_eq!(opening.actual_start, Some(now()));
}

#[test]
fn new_with_a_template_lays_out_its_days_from_the_start_date() {
    let f = fixture();
    let file = f.folder.path().join("peer.ron");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_halaqa"))
        .args([
            "new",
            &file.display().to_string(),
            "--title",
            "Peer exchange",
        ])
        .args(["--template", "peer-exchange", "--start", "2025-05-12"])
        .env("HALAQA_DATA_DIR", &f.dirs.data)
        .env("HALAQA_CONFIG_DIR", &f.dirs.config)
        .status()
        .expect("halaqa runs");
    assert!(status.success());
    let loaded = halaqa::store::load(&file).expect("loads").workshop;
    let info = loaded.info();
    assert_eq!(info.days, 3);
    assert_eq!(
        info.date_of_day(3),
        chrono::NaiveDate::from_ymd_opt(2025, 5, 14)
    );
    for day in 1..=3 {
        assert!(!loaded.agenda_of_day(day).is_empty(), "day {day} is empty");
    }
    let (session, _) =
        halaqa::tui::app::open_session(&f.dirs, &file, true).expect("opens read-only");
    let mut app = App::new(f.dirs.clone(), now());
    app.session = Some(session);
    press(&mut app, &["3", "end"]);
    let text = tui_support::screen_text(&app, 80, 40);
    assert!(text.contains("Day 3 · Wed 14 May 2025"), "{text}");
}

#[test]
fn registration_at_half_past_eight_goes_before_the_opening_and_the_day_starts_then() {
    let f = fixture();
    let mut app = app_on(&f, false);
    let first = titles(&app)[0].clone();
    press(&mut app, &["3", "a"]);
    type_text(&mut app, "Registration");
    press(&mut app, &["tab", "tab", "tab"]);
    type_text(&mut app, "08:30");
    press(&mut app, &["enter"]);
    assert_eq!(form_error(&app), None);
    let day = titles(&app);
    assert_eq!(day[..2], ["Registration".to_string(), first], "{day:?}");
    let screen = tui_support::screen_text(&app, 100, 30);
    assert!(screen.contains("08:30–"), "{screen}");
    assert!(
        screen.contains("· 08:30–15:15 ·"),
        "the day starts at 08:30: {screen}"
    );
}
