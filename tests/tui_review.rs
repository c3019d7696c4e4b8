//! The Review screen in plenary: entries one at a time, most votes first, group by group;
//! endorse and comment (undoable); Arabic set on the right and no bidi override drawn;
//! snapshots at 80×24 and every size without a panic.

mod tui_support;

use halaqa::model::{Change, Entry, EntryKind};
use halaqa::tui::screens::review::current_entry;
use halaqa::tui::{App, Screen};
use tui_support::{app_on, draw, fixture, press, screen_text, type_text};

fn on_review(f: &tui_support::Fixture) -> App {
    let mut app = app_on(f, false);
    app.theme = halaqa::tui::theme::Theme::new(halaqa::tui::theme::ThemeKind::Plain);
    press(&mut app, &["7"]);
    assert_eq!(app.screen, Screen::Review);
    app
}

fn current(app: &App) -> Entry {
    let id = current_entry(app).expect("an entry on screen");
    app.session
        .as_ref()
        .expect("session")
        .workshop()
        .entry(id)
        .expect("entry")
        .clone()
}

#[test]
fn entries_come_most_votes_first_entry_by_entry_and_group_by_group() {
    let f = fixture();
    let mut app = on_review(&f);
    assert_eq!(
        current(&app).text,
        "Involve the governorate council from the start"
    );
    press(&mut app, &["right"]);
    assert_eq!(
        current(&app).text,
        "Small grants work when paired with mentoring"
    );
    press(&mut app, &["n"]);
    assert_eq!(current(&app).kind, EntryKind::Quote);
    // Past the group's last entry, the next group's first.
    press(&mut app, &["right"]);
    assert_eq!(current(&app).text, "Permits for public meetings take weeks");
    press(&mut app, &["left"]);
    assert_eq!(current(&app).kind, EntryKind::Quote);
    press(&mut app, &["]", "]"]);
    assert_eq!(
        current(&app).text,
        "Quarterly joint meetings with the council"
    );
    press(&mut app, &["]"]);
    assert_eq!(
        current(&app).text,
        "Quarterly joint meetings with the council",
        "stays on the last"
    );
    press(&mut app, &["[", "[", "p"]);
    assert_eq!(
        current(&app).text,
        "Involve the governorate council from the start"
    );
    let screen = screen_text(&app, 80, 24);
    assert!(screen.contains("group 1/3"), "{screen}");
    assert!(screen.contains("entry 1/3"), "{screen}");
    assert!(screen.contains("4 votes"), "{screen}");
    assert!(screen.contains("LESSON"), "{screen}");
}

#[test]
fn endorsing_toggles_and_undo_takes_it_back() {
    let f = fixture();
    let mut app = on_review(&f);
    press(&mut app, &["e"]);
    assert!(current(&app).endorsed);
    assert!(screen_text(&app, 80, 24).contains("ENDORSED IN PLENARY"));
    press(&mut app, &["e"]);
    assert!(!current(&app).endorsed);
    press(&mut app, &["e", "ctrl-z"]);
    assert!(!current(&app).endorsed);
    press(&mut app, &["ctrl-y"]);
    assert!(current(&app).endorsed);
}

#[test]
fn a_plenary_comment_is_saved_on_the_entry_and_undoable() {
    let f = fixture();
    let mut app = on_review(&f);
    press(&mut app, &["c"]);
    assert!(app.review.comment.is_some());
    // Letters type in the prompt: e, n and q do not act.
    type_text(&mut app, "Agreed; add the district councils — نعم");
    press(&mut app, &["enter"]);
    assert!(app.review.comment.is_none());
    assert_eq!(
        current(&app).plenary_comment,
        "Agreed; add the district councils — نعم"
    );
    assert!(
        !current(&app).endorsed,
        "typing e in the prompt did not endorse"
    );
    let screen = screen_text(&app, 80, 24);
    assert!(
        screen.contains("PLENARY COMMENT") && screen.contains("Agreed; add the district"),
        "{screen}"
    );
    press(&mut app, &["ctrl-z"]);
    assert_eq!(current(&app).plenary_comment, "");
    // Esc cancels without saving.
    press(&mut app, &["c"]);
    type_text(&mut app, "not this");
    press(&mut app, &["esc"]);
    assert_eq!(current(&app).plenary_comment, "");
}

#[test]
fn arabic_text_sits_on_the_right_and_overrides_are_not_drawn() {
    let f = fixture();
    let mut app = on_review(&f);
    press(&mut app, &["n", "n"]);
    let screen = screen_text(&app, 80, 24);
    let line = screen
        .lines()
        .find(|l| l.contains("المجلس"))
        .unwrap_or_else(|| panic!("the quote is on screen:\n{screen}"));
    let starts = line.find('«').unwrap_or(0);
    assert!(
        line[..starts].chars().count() > 40,
        "right-aligned, not left: {line:?}"
    );

    let mut entry = current(&app);
    entry.text = "Budget \u{202E}reversed\u{202C} text\u{0}and a NUL".to_string();
    app.apply(Change::put_entry(entry)).expect("saved");
    let screen = screen_text(&app, 80, 24);
    assert!(
        !screen.contains('\u{202E}') && !screen.contains('\u{0}'),
        "{screen}"
    );
    // Shown as Capture shows it: the override and the NUL visible, not silently dropped.
    assert!(
        screen.contains("Budget [RLO]reversed[PDF] text␀and a NUL"),
        "{screen}"
    );
}

#[test]
fn a_read_only_session_refuses_endorse_and_comment() {
    let f = fixture();
    let mut app = app_on(&f, true);
    press(&mut app, &["7", "e"]);
    assert!(!current(&app).endorsed);
    assert!(
        app.message
            .as_ref()
            .expect("message")
            .text
            .contains("read-only")
    );
    press(&mut app, &["c"]);
    assert!(app.review.comment.is_none());
}

#[test]
fn a_position_past_the_end_is_drawn_as_the_last_entry() {
    let f = fixture();
    let mut app = on_review(&f);
    app.review.group = 40;
    app.review.entry = 40;
    let screen = screen_text(&app, 80, 24);
    assert!(screen.contains("Quarterly joint meetings"), "{screen}");
    press(&mut app, &["left"]);
    assert_eq!(current(&app).text, "Permits for public meetings take weeks");
}

#[test]
fn review_screen_snapshot() {
    let f = fixture();
    let mut app = on_review(&f);
    press(&mut app, &["e", "c"]);
    type_text(&mut app, "The room adds: district councils too");
    press(&mut app, &["enter"]);
    app.message = None;
    insta::assert_snapshot!(draw(&app, 80, 24).backend());
}

#[test]
fn review_of_an_arabic_quote_snapshot() {
    let f = fixture();
    let mut app = on_review(&f);
    press(&mut app, &["n", "n"]);
    insta::assert_snapshot!(draw(&app, 80, 24).backend());
}

#[test]
fn every_size_without_a_panic_with_and_without_the_comment_prompt() {
    let f = fixture();
    for keys in [&[][..], &["c"][..], &["]", "]", "]"][..]] {
        let mut app = on_review(&f);
        press(&mut app, keys);
        for width in 0..=60 {
            for height in 0..=30 {
                draw(&app, width, height);
            }
        }
    }
}
