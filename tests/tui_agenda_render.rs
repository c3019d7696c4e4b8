//! What the Agenda screen looks like: the list, live mode, the re-plan and template
//! previews, the form and the present view, at 80×24 and 120×40 with a fixed clock; and
//! every mode at every size without a panic.

mod tui_support;

use chrono::Duration;
use halaqa::tui::App;
use halaqa::tui::theme::{Theme, ThemeKind};
use std::path::PathBuf;
use tui_support::{app_on, draw, fixture, press, screen_text};

fn steady(app: &mut App) {
    app.dirs.config = PathBuf::from("/home/facilitator/.config/halaqa");
    app.theme = Theme::new(ThemeKind::Plain);
}

/// On the agenda with the opening run late and the project review running since 10:05.
fn live_app(f: &tui_support::Fixture) -> App {
    let mut app = app_on(f, false);
    steady(&mut app);
    app.now -= Duration::minutes(55); // 09:25
    press(&mut app, &["3", "g"]);
    press(&mut app, &["home", "s"]);
    app.now += Duration::minutes(40); // 10:05
    press(&mut app, &["n"]);
    app.now += Duration::minutes(15); // 10:20
    app
}

#[test]
fn agenda_80x24() {
    let f = fixture();
    let mut app = app_on(&f, false);
    steady(&mut app);
    press(&mut app, &["3"]);
    insta::assert_snapshot!(draw(&app, 80, 24).backend());
}

#[test]
fn live_80x24() {
    let f = fixture();
    let app = live_app(&f);
    insta::assert_snapshot!(draw(&app, 80, 24).backend());
}

#[test]
fn live_120x40() {
    let f = fixture();
    let app = live_app(&f);
    insta::assert_snapshot!(draw(&app, 120, 40).backend());
}

#[test]
fn present_80x24() {
    let f = fixture();
    let mut app = live_app(&f);
    press(&mut app, &["p"]);
    insta::assert_snapshot!(draw(&app, 80, 24).backend());
}

#[test]
fn present_120x40() {
    let f = fixture();
    let mut app = live_app(&f);
    press(&mut app, &["p"]);
    insta::assert_snapshot!(draw(&app, 120, 40).backend());
}

#[test]
fn replan_80x24() {
    let f = fixture();
    let mut app = live_app(&f);
    app.now += Duration::minutes(30); // 10:50, the review is 20 min over
    press(&mut app, &["r"]);
    insta::assert_snapshot!(draw(&app, 80, 24).backend());
}

#[test]
fn form_80x24() {
    let f = fixture();
    let mut app = app_on(&f, false);
    steady(&mut app);
    press(&mut app, &["3", "a"]);
    insta::assert_snapshot!(screen_text(&app, 80, 24));
}

#[test]
fn agenda_120x40_with_speakers_and_location() {
    let f = fixture();
    let mut app = app_on(&f, false);
    steady(&mut app);
    press(&mut app, &["3", "home", "j", "e"]);
    for _ in 0..5 {
        press(&mut app, &["tab"]);
    }
    tui_support::type_text(&mut app, "layla");
    press(&mut app, &["enter"]);
    tui_support::type_text(&mut app, ", Dr. Sami Yousif");
    press(&mut app, &["tab"]);
    tui_support::type_text(&mut app, "Karwan Aziz");
    press(&mut app, &["tab"]);
    tui_support::type_text(&mut app, "Main hall");
    press(&mut app, &["tab"]);
    tui_support::type_text(&mut app, "Rotana, first floor");
    press(&mut app, &["enter"]);
    insta::assert_snapshot!(draw(&app, 120, 40).backend());
}

#[test]
fn template_preview_80x24() {
    let f = fixture();
    let mut app = app_on(&f, false);
    steady(&mut app);
    press(&mut app, &["3", "t", "tab"]);
    insta::assert_snapshot!(draw(&app, 80, 24).backend());
}

#[test]
fn working_groups_show_each_groups_time_left() {
    let f = fixture();
    let mut app = app_on(&f, false);
    steady(&mut app);
    let workshop = app.session.as_ref().expect("session").workshop().clone();
    let groups_item = workshop
        .agenda()
        .into_iter()
        .find(|i| i.title == "Working groups")
        .expect("item")
        .id;
    let mut changes = Vec::new();
    for (group, room) in workshop
        .groups()
        .into_iter()
        .zip(["Main hall", "Room A", "Room B"])
    {
        let mut linked = group.clone();
        linked.agenda_item = Some(groups_item);
        linked.room = room.to_string();
        changes.push(halaqa::model::Change::put_group(linked));
    }
    app.apply(halaqa::model::Change::Batch(changes))
        .expect("linked");
    app.now += Duration::minutes(190); // 13:30
    press(&mut app, &["3", "end", "k", "s"]);
    app.now += Duration::minutes(55);
    let text = screen_text(&app, 80, 24);
    assert!(
        text.contains("groups: Lessons learned (Main hall) 05:00"),
        "{text}"
    );
    insta::assert_snapshot!(draw(&app, 80, 24).backend());
}

/// The list, live mode, each panel and the present view, at every size up to 60×30.
#[test]
fn every_agenda_mode_draws_at_every_size_without_panic() {
    let f = fixture();
    let mut app = live_app(&f);
    let modes: [&[&str]; 6] = [&[], &["a"], &["r"], &["t"], &["p"], &["e"]];
    for keys in modes {
        let mut app_in_mode = app_on(&f, false);
        app_in_mode.now = app.now;
        press(&mut app_in_mode, &["3"]);
        press(&mut app_in_mode, keys);
        for width in 0..=60 {
            for height in 0..=30 {
                draw(&app_in_mode, width, height);
            }
        }
        for (width, height) in [(200, 60), (61, 17), (1, 100), (300, 1), (80, 24)] {
            draw(&app_in_mode, width, height);
        }
    }
    press(&mut app, &["p"]);
    app.now += Duration::hours(3); // far over time: a minus sign and hours
    for width in 0..=130 {
        for height in 0..=45 {
            draw(&app, width, height);
        }
    }
}

/// Two rooms after the opening, and a panel pinned at a time that runs into the next item:
/// the overlap is marked on the line and said in the selected-item panel; the rooms' items
/// overlapping each other on purpose are not.
#[test]
fn agenda_with_two_rooms_and_an_overlap_100x30() {
    let f = fixture();
    let mut app = app_on(&f, false);
    steady(&mut app);
    press(&mut app, &["3", "home"]);
    let workshop = app.session.as_ref().unwrap().workshop();
    let items: Vec<halaqa::model::AgendaItem> =
        workshop.agenda_of_day(1).into_iter().cloned().collect();
    let mut changes = Vec::new();
    // The second and third items become parallel sessions in two rooms.
    for (item, room) in items.iter().skip(1).take(2).zip(["Hall A", "Hall B"]) {
        let mut edited = item.clone();
        edited.room = room.to_string();
        changes.push(halaqa::model::Change::put_item(edited));
    }
    // The fifth starts at a fixed time before the fourth has ended.
    let mut early = items[4].clone();
    let fourth_start = workshop.day_plan(1)[3].start;
    early.start = chrono::NaiveTime::from_hms_opt(fourth_start / 60, fourth_start % 60 + 5, 0);
    changes.push(halaqa::model::Change::put_item(early));
    app.apply(halaqa::model::Change::Batch(changes)).unwrap();
    press(&mut app, &["j", "j", "j", "j"]);
    insta::assert_snapshot!(draw(&app, 100, 30).backend());
    // The session in Hall A names what runs beside it.
    press(&mut app, &["k", "k", "k"]);
    let screen = screen_text(&app, 100, 30);
    assert!(
        screen.contains("Room: Hall A · Alongside: Moderated panel (Hall B)"),
        "{screen}"
    );
}
