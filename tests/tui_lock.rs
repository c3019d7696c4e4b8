//! A session whose lock names another laptop opens read-only in the terminal program,
//! saying who holds it and since when; taking it over is a deliberate palette command, after
//! which changes are saved here.

mod tui_support;

use halaqa::model::{Change, Participant};
use tui_support::{app_on, fixture, press, screen_text, type_text};

const THEIRS: &str = "user: sara\nhost: laptop-of-sara\npid: 4242\nsince: 2026-11-24 09:12\n";

#[test]
fn a_lock_naming_another_laptop_opens_read_only_and_take_over_is_a_choice() {
    let fixture = fixture();
    let lock_file = fixture.folder.path().join("session.ron.lock");
    std::fs::write(&lock_file, THEIRS).unwrap();
    let mut app = app_on(&fixture, false);
    let reason = app.read_only_reason().expect("read-only").to_string();
    assert!(
        reason
            .starts_with("locked by sara on laptop-of-sara (process 4242, since 2026-11-24 09:12)"),
        "{reason}"
    );
    // The Overview says it whole, wrapped at 80 columns.
    let screen = screen_text(&app, 80, 24);
    let flat: String = screen
        .lines()
        .map(|l| l.trim_matches('"').trim())
        .collect::<Vec<_>>()
        .join(" ");
    for words in [
        "⚠ Read-only: sara on laptop-of-sara holds the lock since 2026-11-24 09:12 (process 4242)",
        "another computer (laptop-of-sara)",
        "press : and choose take-over",
    ] {
        assert!(flat.contains(words), "{words:?} not on\n{screen}");
    }
    assert_eq!(std::fs::read_to_string(&lock_file).unwrap(), THEIRS);
    let refused = app.apply(Change::put_participant(Participant::new("Amal")));
    assert!(refused.is_err(), "a change was accepted while read-only");

    press(&mut app, &[":"]);
    type_text(&mut app, "take-over");
    press(&mut app, &["enter"]);
    let message = app.message.clone().expect("a message").text;
    assert_eq!(
        message,
        "took over the lock from sara on laptop-of-sara; saving here now"
    );
    assert_eq!(app.read_only_reason(), None);
    let text = std::fs::read_to_string(&lock_file).unwrap();
    assert!(
        text.contains(&format!("pid: {}", std::process::id())),
        "{text}"
    );
    assert!(!screen_text(&app, 80, 24).contains("Read-only"));
    app.apply(Change::put_participant(Participant::new("Amal")))
        .expect("changes work after taking over");
}
