//! What the Capture screen looks like: insta snapshots at 80×24 (with Arabic and Kurdish
//! entries), and every mode at every size from 0×0 to 60×30 without a panic.

mod tui_support;

use halaqa::model::{Change, Entry, EntryKind};
use halaqa::tui::App;
use halaqa::tui::theme::{Theme, ThemeKind};
use tui_support::{app_on, draw, fixture, press, type_text};

/// The fixture on the Challenges board, with a few Arabic and Kurdish entries added.
fn board(f: &tui_support::Fixture) -> App {
    let mut app = app_on(f, false);
    app.theme = Theme::new(ThemeKind::Plain);
    let challenges = app
        .session
        .as_ref()
        .and_then(|s| s.workshop().find_group("Challenges"))
        .expect("group")
        .id;
    for (kind, text, votes, tags) in [
        (
            EntryKind::Challenge,
            "صعوبة الحصول على موافقات الاجتماعات العامة",
            7,
            vec!["تصاريح"],
        ),
        (EntryKind::Challenge, "کەمی بودجەی شارەوانی", 3, vec![]),
        (
            EntryKind::Recommendation,
            "Simplify permits for CSO meetings",
            2,
            vec!["permits"],
        ),
    ] {
        let mut entry = Entry::new(kind, text, Some(challenges));
        entry.votes = votes;
        entry.tags = tags.into_iter().map(str::to_string).collect();
        app.apply(Change::put_entry(entry)).expect("entry");
    }
    press(&mut app, &["6"]);
    app.capture.group = Some(challenges);
    app
}

#[test]
fn capture_board_with_arabic_entries_80x24() {
    let f = fixture();
    let app = board(&f);
    insta::assert_snapshot!(draw(&app, 80, 24).backend());
}

#[test]
fn capture_editor_80x24() {
    let f = fixture();
    let mut app = board(&f);
    press(&mut app, &["a"]);
    type_text(&mut app, "التصاريح تستغرق أسابيع");
    press(&mut app, &["alt-enter"]);
    type_text(&mut app, "permits take weeks");
    insta::assert_snapshot!(draw(&app, 80, 24).backend());
}

#[test]
fn all_entries_80x24() {
    let f = fixture();
    let mut app = board(&f);
    press(&mut app, &["v", "j"]);
    insta::assert_snapshot!(draw(&app, 80, 24).backend());
}

#[test]
fn plan_form_80x24() {
    let f = fixture();
    let mut app = board(&f);
    press(&mut app, &["]", "f"]);
    type_text(&mut app, "Karwan Aziz");
    insta::assert_snapshot!(draw(&app, 80, 24).backend());
}

/// Each mode of the screen, opened from the board.
fn modes() -> Vec<(&'static str, Vec<&'static str>)> {
    vec![
        ("board", vec![]),
        ("editor", vec!["a"]),
        ("tally", vec!["="]),
        ("tags", vec!["t"]),
        ("people", vec!["p"]),
        ("level", vec!["p", "enter"]),
        ("link", vec!["L"]),
        ("move", vec!["g"]),
        ("details", vec!["right", "f"]),
        ("all entries", vec!["v"]),
        ("filter", vec!["v", "/"]),
        ("draft offer", vec!["a", "x", "esc", "a"]),
        ("help", vec!["?"]),
    ]
}

#[test]
fn every_mode_at_every_size_without_panic() {
    let f = fixture();
    for (name, keys) in modes() {
        let mut app = board(&f);
        press(&mut app, &keys);
        if name == "editor" {
            type_text(&mut app, "نص طويل جداً 👩🏽‍🤝‍👩🏻 \u{202e}override");
        }
        for width in 0..=60 {
            for height in 0..=30 {
                let _ = draw(&app, width, height);
            }
        }
        // And the mode's own size at 80×24 says something.
        let text = draw(&app, 80, 24).backend().to_string();
        assert!(!text.trim().is_empty(), "{name}");
    }
}
