//! A damaged session opened from Home is not a dead end: the whole error is shown wrapped at
//! 80×24 with the backups newest first (time, size, counts); Enter restores the chosen one,
//! keeping the damaged file beside it; Esc leaves everything as it was.

mod tui_support;

use chrono::{Local, NaiveDateTime, TimeZone};
use halaqa::store;
use halaqa::tui::Screen;
use halaqa::tui::app::Overlay;
use std::path::Path;
use std::time::SystemTime;
use tui_support::{Fixture, fixture, home_app, now, press, screen_text, type_text, workshop};

/// A local wall time as the file clock, so the times shown do not depend on the time zone.
fn local(text: &str) -> SystemTime {
    let naive = NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").expect("a time");
    SystemTime::from(
        Local
            .from_local_datetime(&naive)
            .earliest()
            .expect("a local time"),
    )
}

fn set_saved(path: &Path, when: &str) {
    let file = std::fs::File::options()
        .write(true)
        .open(path)
        .expect("backup");
    file.set_modified(local(when)).expect("mtime");
}

/// The fixture saved twice more (so it has backups 1 and 2; 2 is damaged as well), then cut
/// in half. Returns the damaged bytes.
fn damage(fixture: &Fixture) -> Vec<u8> {
    for _ in 0..2 {
        store::save(&fixture.path, &workshop()).expect("saved");
    }
    let backups = fixture.folder.path().join(".halaqa-backups");
    std::fs::write(
        backups.join("session.ron.2"),
        "(format: \"halaqa\", version: 1, garbage",
    )
    .unwrap();
    set_saved(&backups.join("session.ron.1"), "2025-03-10 09:55");
    set_saved(&backups.join("session.ron.2"), "2025-03-10 09:40");
    let whole = std::fs::read(&fixture.path).unwrap();
    let cut = whole[..whole.len() / 2].to_vec();
    std::fs::write(&fixture.path, &cut).unwrap();
    cut
}

/// Open `typed` from Home's "open a file" form, as a user would.
fn open_from_home(app: &mut halaqa::tui::app::App, typed: &str) {
    press(app, &["o"]);
    type_text(app, typed);
    press(app, &["enter"]);
}

#[test]
fn the_error_is_whole_at_80x24_and_enter_restores_the_chosen_backup() {
    let fixture = fixture();
    let damaged = damage(&fixture);
    let mut app = home_app(&fixture);
    open_from_home(&mut app, fixture.path.to_str().unwrap());
    assert!(
        matches!(app.layers.top(), Some(Overlay::Recovery(_))),
        "{:?}",
        app.layers.top()
    );
    // The temporary folder's name differs each run: its row (one line, cut to fit) is named.
    let folder = fixture.folder.path().display().to_string();
    let screen: Vec<String> = screen_text(&app, 80, 24)
        .lines()
        .map(|row| {
            if row.contains(&format!(" in {folder}")) {
                "<the row naming the fixture's folder>".to_string()
            } else {
                row.to_string()
            }
        })
        .collect();
    insta::assert_snapshot!(screen.join("\n"));
    for (width, height) in [(1, 1), (20, 5), (60, 16), (61, 17), (100, 30), (200, 10)] {
        screen_text(&app, width, height);
    }

    press(&mut app, &["enter"]);
    assert!(app.layers.is_empty());
    let session = app.session.as_ref().expect("the restored session is open");
    assert_eq!(
        session.workshop().participants().count(),
        workshop().participants().count()
    );
    assert_eq!(app.screen, Screen::Overview);
    let message = app.message.clone().expect("a message").text;
    let stamp = now().format("%Y%m%d-%H%M%S");
    assert_eq!(
        message,
        format!("backup 1 restored; damaged file: session.ron.corrupt-{stamp}")
    );
    let kept = fixture
        .folder
        .path()
        .join(format!("session.ron.corrupt-{stamp}"));
    assert_eq!(std::fs::read(kept).unwrap(), damaged);
}

#[test]
fn a_backup_that_does_not_load_is_not_restored_and_esc_changes_nothing() {
    let fixture = fixture();
    let damaged = damage(&fixture);
    let mut app = home_app(&fixture);
    open_from_home(&mut app, fixture.path.to_str().unwrap());
    press(&mut app, &["down", "enter"]);
    assert!(matches!(app.layers.top(), Some(Overlay::Recovery(_))));
    let warning = app.message.clone().expect("a message").text;
    assert!(
        warning.starts_with("backup 2 does not load either"),
        "{warning}"
    );
    press(&mut app, &["esc"]);
    assert!(app.layers.is_empty());
    assert!(app.session.is_none());
    assert_eq!(std::fs::read(&fixture.path).unwrap(), damaged);
    let names: Vec<String> = std::fs::read_dir(fixture.folder.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!names.iter().any(|n| n.contains("corrupt")), "{names:?}");
}
