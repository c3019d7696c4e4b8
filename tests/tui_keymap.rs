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

/// The user's keymap.ron, written and read as a real start reads it; the app on the test
/// workshop and the status bar's text.
fn started_with(keymap_ron: &str) -> (tui_support::Fixture, halaqa::tui::App) {
    let f = fixture();
    std::fs::write(f.dirs.keymap_file(), keymap_ron).expect("written");
    let options = halaqa::tui::Options {
        file: Some(f.path.clone()),
        read_only: false,
        group: None,
        dirs: f.dirs.clone(),
    };
    let app = halaqa::tui::prepare(&options, tui_support::now()).expect("opens");
    (f, app)
}

#[test]
fn each_kind_of_keymap_mistake_is_shown_at_start_and_keeps_the_defaults() {
    for (file, said) in [
        // Malformed: the reader's own line and column.
        (
            "[\n  (\"anywhere\", \"ctrl-u\" \"undo\"),\n]",
            vec!["line 2, column", "using the default keys"],
        ),
        // An unknown action: its line, its name, and what was probably meant.
        (
            "[\n  (\"anywhere\", \"ctrl-z\", \"undoo\"),\n]",
            vec!["line 2: unknown action \"undoo\" (did you mean \"undo\"?)"],
        ),
        // One key twice in one context: neither is used, both lines are named.
        (
            "[\n  (\"anywhere\", \"ctrl-z\", \"redo\"),\n  (\"anywhere\", \"Ctrl-Z\", \"save\"),\n]",
            vec!["line 2: \"ctrl-z\" is bound more than once in \"anywhere\" (line 2, line 3)"],
        ),
    ] {
        let (_f, mut app) = started_with(file);
        let warning = app.keymap_warning.clone().expect("a warning for the start");
        let path = app.dirs.keymap_file();
        assert!(
            warning.starts_with(&format!("{}: ", path.display())),
            "{warning}"
        );
        for part in &said {
            assert!(warning.contains(part), "{part:?} not in {warning}");
        }
        assert!(!warning.contains('\n'), "one line: {warning}");
        // The status bar shows it, not "opened session.ron".
        let message = app.message.clone().expect("a status message");
        assert_eq!(message.level, Level::Warning);
        assert_eq!(
            message.text,
            format!(
                "keymap.ron: {}",
                &warning[path.display().to_string().len() + 2..]
            )
        );
        let shown = screen_text(&app, 80, 24);
        assert!(shown.contains("keymap.ron: line "), "{shown}");
        // The defaults are all still there: Ctrl-Z undoes.
        assert_eq!(app.keymap, Keymap::default(), "{file}");
        app.apply(Change::put_participant(Participant::new("Hawre Ali")))
            .expect("applies");
        press(&mut app, &["ctrl-z"]);
        assert_eq!(count(&app), 4, "the default Ctrl-Z still undoes ({file})");
    }
}

#[test]
fn the_good_lines_of_a_keymap_with_a_mistake_still_apply() {
    let (_f, mut app) = started_with(
        "[\n  (\"anywhere\", \"ctrl-u\", \"undo\"),\n  (\"lists\", \"x\", \"frobnicate\"),\n]",
    );
    let warning = app.keymap_warning.clone().expect("a warning");
    assert!(
        warning.contains("line 3: unknown action \"frobnicate\"; kept the default keys for it"),
        "{warning}"
    );
    app.apply(Change::put_participant(Participant::new("Hawre Ali")))
        .expect("applies");
    press(&mut app, &["ctrl-u"]);
    assert_eq!(count(&app), 4, "line 2 was used");
}

#[test]
fn the_readme_example_works_on_participants() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let example = halaqa::tui::keymap::KEYMAP_EXAMPLE;
    assert!(
        readme.contains(&format!("`{example}`")),
        "README shows {example}"
    );

    let (_f, mut app) = started_with(example);
    assert_eq!(app.keymap_warning, None);
    press(&mut app, &["4"]);
    assert_eq!(app.screen, Screen::Participants);
    let first = halaqa::tui::screens::participants::visible(
        app.session.as_ref().expect("session").workshop(),
        "",
        app.participants.sort,
        tui_support::now().date(),
    )[0]
    .id;
    // `x` now deletes on Participants too (by default it asks to erase a person there).
    press(&mut app, &["x"]);
    assert_eq!(count(&app), 3, "x deleted the selected person");
    let deleted = app.session.as_ref().expect("session").workshop();
    assert!(
        deleted.participant(first).is_some_and(|p| p.deleted),
        "the selected one"
    );
    assert!(
        app.message
            .as_ref()
            .is_some_and(|m| m.text.contains("deleted")),
        "{:?}",
        app.message
    );
    press(&mut app, &["ctrl-u"]);
    assert_eq!(count(&app), 4, "Ctrl-U undid the delete");
    // Help says so, and no longer offers x for erasing.
    press(&mut app, &["?"]);
    let text = screen_text(&app, 80, 60);
    assert!(text.contains("x d            delete (undoable)"), "{text}");
    assert!(
        text.contains("Ctrl-U Ctrl-Z  undo the last change"),
        "{text}"
    );
    assert!(!text.contains("erase a person"), "{text}");
    // The same key on another list screen does the same.
    let contexts = app.screen_contexts(Screen::Groups);
    assert_eq!(
        app.keymap
            .action(&contexts, halaqa::tui::Chord::char('x'))
            .map(|a| a.name()),
        Some("delete".to_string())
    );
}
