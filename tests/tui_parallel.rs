//! Live truth with parallel rooms, driven through keys: two sessions started in two halls run
//! at once, the live panel, the Overview and the present view show both, "next" is the
//! plenary item at the time it can really begin (when both halls are done), and `s` on one
//! running session stops only that one.

mod tui_support;

use chrono::Duration;
use halaqa::model::Change;
use halaqa::tui::App;
use halaqa::tui::theme::{Theme, ThemeKind};
use std::path::PathBuf;
use tui_support::{app_on, draw, fixture, press, screen_text};

fn steady(app: &mut App) {
    app.dirs.config = PathBuf::from("/home/facilitator/.config/halaqa");
    app.theme = Theme::new(ThemeKind::Plain);
}

fn running_titles(app: &App) -> Vec<String> {
    app.session
        .as_ref()
        .expect("a session")
        .workshop()
        .running_items()
        .iter()
        .map(|i| i.title.clone())
        .collect()
}

/// The project review (Hall A) from 10:00 and the panel (Hall B) from 10:02 run at once;
/// the clock reads 10:20.
fn two_halls() -> (tui_support::Fixture, App) {
    let f = fixture();
    let mut app = app_on(&f, false);
    steady(&mut app);
    let workshop = app.session.as_ref().expect("a session").workshop();
    let changes = workshop
        .agenda_of_day(1)
        .into_iter()
        .skip(1)
        .take(2)
        .zip(["Hall A", "Hall B"])
        .map(|(item, room)| {
            let mut edited = item.clone();
            edited.room = room.to_string();
            Change::put_item(edited)
        })
        .collect();
    app.apply(Change::Batch(changes)).expect("rooms set");
    app.now -= Duration::minutes(55); // 09:25
    press(&mut app, &["3", "home", "s"]);
    app.now += Duration::minutes(35); // 10:00
    press(&mut app, &["n"]);
    app.now += Duration::minutes(2); // 10:02
    press(&mut app, &["j", "s"]);
    app.now += Duration::minutes(18); // 10:20
    (f, app)
}

#[test]
fn two_rooms_run_at_once_in_the_live_panel_and_the_overview() {
    let (_f, mut app) = two_halls();
    assert_eq!(running_titles(&app), ["Project review", "Moderated panel"]);
    let agenda = screen_text(&app, 100, 30);
    for line in [
        "▶ NOW Hall A · Project review",
        "▶ NOW Hall B · Moderated panel",
        "elapsed 20:00 · 10:00 left",
        "elapsed 18:00 · 42:00 left",
        // The grantees follow both halls: the panel ends at 11:02.
        "next: Grantee presentations at 11:02",
    ] {
        assert!(agenda.contains(line), "{line}:\n{agenda}");
    }
    press(&mut app, &["2"]);
    let overview = screen_text(&app, 100, 30);
    let now_lines: Vec<&str> = overview.lines().filter(|l| l.contains(" now ")).collect();
    assert_eq!(now_lines.len(), 2, "{overview}");
    assert!(now_lines[0].contains("Project review"), "{overview}");
    assert!(now_lines[1].contains("Moderated panel"), "{overview}");
    assert!(
        overview
            .lines()
            .any(|l| l.contains(" next ") && l.contains("Grantee presentations")),
        "{overview}"
    );
}

#[test]
fn s_on_one_running_session_stops_only_that_one() {
    let (_f, mut app) = two_halls();
    // The panel (Hall B) is selected: s stops it, Hall A goes on.
    press(&mut app, &["s"]);
    assert_eq!(running_titles(&app), ["Project review"]);
    let workshop = app.session.as_ref().expect("a session").workshop();
    let panel = workshop
        .agenda()
        .into_iter()
        .find(|i| i.title == "Moderated panel")
        .expect("the panel");
    assert!(panel.actual_end.is_some());
}

#[test]
fn present_view_during_parallel_sessions() {
    let (_f, mut app) = two_halls();
    press(&mut app, &["p"]);
    let screen = screen_text(&app, 80, 24);
    assert!(
        screen.contains("Also now: Moderated panel (Hall B) · 42:00 left"),
        "{screen}"
    );
    assert!(
        screen.contains("Next: Grantee presentations · 11:02"),
        "{screen}"
    );
    insta::assert_snapshot!(draw(&app, 80, 24).backend());
}

#[test]
fn the_live_views_draw_at_every_size_with_two_rooms_running() {
    let (_f, mut app) = two_halls();
    for keys in [&["3"][..], &["2"], &["3", "p"]] {
        press(&mut app, keys);
        for width in 0..=60 {
            for height in 0..=30 {
                draw(&app, width, height);
            }
        }
        press(&mut app, &["esc"]);
    }
}
