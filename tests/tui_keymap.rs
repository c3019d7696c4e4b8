//! Keys are data: help comes from the keymap, and keymap.ron changes it (or, when broken,
//! leaves the defaults and says why).

mod tui_support;

use halaqa::model::{Change, Participant};
use halaqa::tui::app::Level;
use halaqa::tui::keymap::Context;
use halaqa::tui::widgets::help;
use halaqa::tui::{Keymap, Screen};
use tui_support::{app_on, fixture, press, screen_text};

fn count(app: &halaqa::tui::App) -> usize {
    app.session
        .as_ref()
        .map_or(0, |s| s.workshop().participants().count())
}

#[test]
fn every_default_key_of_the_design_table_is_bound() {
    let keymap = Keymap::default();
    let on = |contexts: &[Context], key: &str| {
        keymap
            .action(contexts, halaqa::tui::Chord::parse(key).expect("key"))
            .map(|a| a.name())
    };
    let anywhere = [Context::Anywhere];
    for (key, action) in [
        ("?", "help"),
        (":", "palette"),
        ("tab", "next-screen"),
        ("shift-tab", "previous-screen"),
        ("1", "screen-1"),
        ("8", "screen-8"),
        ("ctrl-z", "undo"),
        ("ctrl-y", "redo"),
        ("ctrl-s", "save"),
        ("q", "quit"),
        ("esc", "back"),
    ] {
        assert_eq!(on(&anywhere, key).as_deref(), Some(action), "{key}");
    }
    let lists = [Context::Lists, Context::Anywhere];
    for (key, action) in [
        ("up", "up"),
        ("k", "up"),
        ("down", "down"),
        ("j", "down"),
        ("enter", "open"),
        ("a", "add"),
        ("e", "edit"),
        ("d", "delete"),
        ("/", "filter"),
    ] {
        assert_eq!(on(&lists, key).as_deref(), Some(action), "{key}");
    }
}

#[test]
fn help_is_generated_from_the_keymap_for_the_screen() {
    let f = fixture();
    let mut app = app_on(&f, false);
    press(&mut app, &["4", "?"]);
    let text = screen_text(&app, 80, 60);
    assert!(text.contains("Help — Participants"), "{text}");
    assert!(text.contains("In lists"), "{text}");
    assert!(text.contains("Ctrl-Z     undo the last change"), "{text}");
    assert!(text.contains("a          add"), "{text}");
    let entries = help::entries(&app.keymap, &app.screen_contexts(Screen::Home));
    assert!(entries.contains(&(
        Context::Home,
        "d".to_string(),
        "open a fresh copy of the demo workshop".to_string()
    )));
    // Every binding that works on the screen is in its help.
    let contexts = app.screen_contexts(Screen::Participants);
    let listed = help::entries(&app.keymap, &contexts);
    for (_, chord, action) in app.keymap.active(&contexts) {
        assert!(
            listed.iter().any(
                |(_, keys, what)| keys.split(' ').any(|k| k == chord.to_string())
                    && *what == action.description()
            ),
            "{chord} {} missing from help",
            action.name()
        );
    }
}

#[test]
fn keymap_ron_replaces_a_key_and_help_follows() {
    let f = fixture();
    std::fs::write(
        f.dirs.keymap_file(),
        r#"[("anywhere", "ctrl-u", "undo"), ("anywhere", "ctrl-z", "none"), ("lists", "x", "screen-2")]"#,
    )
    .expect("written");
    let mut app = app_on(&f, false);
    app.load_settings();
    assert!(app.message.is_none(), "{:?}", app.message);
    app.apply(Change::put_participant(Participant::new("Hawre Ali")))
        .expect("applies");
    press(&mut app, &["ctrl-z"]);
    assert_eq!(count(&app), 5, "Ctrl-Z was unbound");
    press(&mut app, &["ctrl-u"]);
    assert_eq!(count(&app), 4, "Ctrl-U undoes");
    press(&mut app, &["3", "x"]);
    assert_eq!(app.screen, Screen::Overview);
    press(&mut app, &["?"]);
    let text = screen_text(&app, 80, 60);
    assert!(text.contains("Ctrl-U     undo the last change"), "{text}");
    assert!(!text.contains("Ctrl-Z"), "{text}");
}

#[test]
fn a_broken_keymap_ron_warns_and_keeps_the_defaults() {
    for broken in [
        "[(\"anywhere\", \"ctrl-u\"",
        r#"[("anywhere", "ctrl-u", "undoo")]"#,
        r#"[("everywhere", "ctrl-u", "undo")]"#,
        r#"[("anywhere", "hyper-u", "undo")]"#,
        "\u{0}\u{ff}garbage",
    ] {
        let f = fixture();
        std::fs::write(f.dirs.keymap_file(), broken).expect("written");
        let mut app = app_on(&f, false);
        app.load_settings();
        let message = app.message.clone().expect("a warning");
        assert_eq!(message.level, Level::Warning);
        assert!(message.text.contains("keymap.ron"), "{}", message.text);
        assert!(message.text.contains("default keys"), "{}", message.text);
        assert_eq!(app.keymap, Keymap::default(), "{broken}");
        let shown = screen_text(&app, 80, 24);
        assert!(shown.contains("keymap.ron"), "{shown}");
        app.apply(Change::put_participant(Participant::new("Hawre Ali")))
            .expect("applies");
        press(&mut app, &["ctrl-z"]);
        assert_eq!(count(&app), 4, "the default Ctrl-Z still undoes");
    }
}
