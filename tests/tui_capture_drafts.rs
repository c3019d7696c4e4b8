//! Drafts from the Capture editor: written within two seconds of typing, removed when the
//! entry is saved, kept by Esc, offered back on reopening (restore / discard).

mod tui_support;

use halaqa::store::drafts::{Draft, draft_path, load_draft, save_draft};
use halaqa::tui::App;
use halaqa::tui::screens::capture::Modal;
use std::time::{Duration, Instant};
use tui_support::{app_on, fixture, press, screen_text, type_text};

fn open_capture(f: &tui_support::Fixture) -> App {
    let mut app = app_on(f, false);
    app.tick(Instant::now()); // the once-per-session look for a draft
    press(&mut app, &["6"]);
    app
}

/// Ticks as the event loop does, `after` from now, until the worker has written.
fn tick_after(app: &mut App, after: Duration) {
    let when = Instant::now() + after;
    app.tick(when);
    for _ in 0..200 {
        std::thread::sleep(Duration::from_millis(5));
        app.tick(when);
    }
}

#[test]
fn typed_text_is_in_the_draft_within_two_seconds_and_gone_once_saved() {
    let f = fixture();
    let mut app = open_capture(&f);
    press(&mut app, &["a"]);
    type_text(&mut app, "half a thought");
    tick_after(&mut app, Duration::from_millis(200));
    assert!(!draft_path(&f.path).exists(), "not on every key");
    tick_after(&mut app, Duration::from_secs(2));
    let draft = load_draft(&f.path).expect("readable").expect("written");
    assert_eq!(draft.text, "half a thought");
    assert_eq!(draft.kind, halaqa::model::EntryKind::Lesson);
    press(&mut app, &["enter"]);
    assert!(!draft_path(&f.path).exists(), "saved: no draft");
}

#[test]
fn esc_keeps_the_draft_and_a_offers_it_back() {
    let f = fixture();
    let mut app = open_capture(&f);
    press(&mut app, &["a"]);
    type_text(&mut app, "kept for later");
    press(&mut app, &["esc"]);
    assert!(app.capture.modal.is_none());
    assert_eq!(
        load_draft(&f.path)
            .expect("read")
            .map(|d| d.text)
            .as_deref(),
        Some("kept for later"),
        "Esc writes the draft at once"
    );
    press(&mut app, &["a"]);
    assert!(matches!(app.capture.modal, Some(Modal::DraftOffer)));
    assert!(screen_text(&app, 80, 24).contains("kept for later"));
    press(&mut app, &["r"]);
    type_text(&mut app, ", finished");
    press(&mut app, &["enter"]);
    assert!(
        app.session
            .as_ref()
            .expect("session")
            .workshop()
            .entries()
            .any(|e| e.text == "kept for later, finished")
    );
    assert!(!draft_path(&f.path).exists());
}

#[test]
fn esc_on_an_unchanged_editor_leaves_no_draft() {
    let f = fixture();
    let mut app = open_capture(&f);
    press(&mut app, &["e", "esc"]);
    assert!(!draft_path(&f.path).exists());
    press(&mut app, &["a"]);
    assert!(matches!(app.capture.modal, Some(Modal::Editor(_))));
}

#[test]
fn a_draft_found_on_opening_is_offered_and_can_be_discarded() {
    let f = fixture();
    let now = tui_support::now();
    save_draft(
        &f.path,
        &Draft::new(
            now,
            None,
            None,
            halaqa::model::EntryKind::Quote,
            "from the crash",
        ),
    )
    .expect("draft");
    let mut app = app_on(&f, false);
    app.tick(Instant::now());
    assert_eq!(app.screen, halaqa::tui::Screen::Capture);
    assert!(matches!(app.capture.modal, Some(Modal::DraftOffer)));
    let screen = screen_text(&app, 80, 24);
    assert!(
        screen.contains("A draft was kept") && screen.contains("from the crash"),
        "{screen}"
    );
    press(&mut app, &["x"]);
    assert!(app.capture.modal.is_none());
    assert!(!draft_path(&f.path).exists());
}

#[test]
fn a_read_only_session_leaves_the_draft_alone() {
    let f = fixture();
    let now = tui_support::now();
    save_draft(
        &f.path,
        &Draft::new(
            now,
            None,
            None,
            halaqa::model::EntryKind::Note,
            "someone else's",
        ),
    )
    .expect("draft");
    let mut app = app_on(&f, true);
    app.tick(Instant::now());
    assert!(app.capture.modal.is_none());
    assert!(draft_path(&f.path).exists());
}

#[test]
fn quitting_or_a_signal_writes_the_open_editor_at_once() {
    let f = fixture();
    let mut app = open_capture(&f);
    press(&mut app, &["a"]);
    type_text(&mut app, "typed just before the power went");
    halaqa::tui::screens::capture::write_draft_now(&mut app);
    assert_eq!(
        load_draft(&f.path)
            .expect("read")
            .map(|d| d.text)
            .as_deref(),
        Some("typed just before the power went")
    );
}
