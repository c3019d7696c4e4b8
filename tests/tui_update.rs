//! The terminal program driven through its keymap and `update`, without a terminal.

mod tui_support;

use halaqa::model::{Change, Participant};
use halaqa::store::{self, SaveState};
use halaqa::tui::app::{Level, Overlay};
use halaqa::tui::{Action, Screen};
use std::time::{Duration, Instant};
use tui_support::{app_on, fixture, home_app, press, type_text};

fn participants(app: &halaqa::tui::App) -> usize {
    app.session
        .as_ref()
        .map_or(0, |s| s.workshop().participants().count())
}

fn message(app: &halaqa::tui::App) -> String {
    app.message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}

#[test]
fn tab_shift_tab_and_number_keys_switch_screens() {
    let f = fixture();
    let mut app = home_app(&f);
    assert_eq!(app.screen, Screen::Home);
    press(&mut app, &["tab"]);
    assert_eq!(app.screen, Screen::Overview);
    press(&mut app, &["tab", "tab"]);
    assert_eq!(app.screen, Screen::Participants);
    press(&mut app, &["shift-tab"]);
    assert_eq!(app.screen, Screen::Agenda);
    press(&mut app, &["1", "shift-tab"]);
    assert_eq!(
        app.screen,
        Screen::Report,
        "Shift-Tab from Home wraps to the last"
    );
    press(&mut app, &["tab"]);
    assert_eq!(app.screen, Screen::Home, "Tab from the last wraps to Home");
    for screen in Screen::ALL {
        press(&mut app, &[&screen.number().to_string()]);
        assert_eq!(app.screen, screen);
    }
}

#[test]
fn ctrl_z_undoes_a_change_and_ctrl_y_redoes_it() {
    let f = fixture();
    let mut app = app_on(&f, false);
    assert_eq!(participants(&app), 4);
    app.apply(Change::put_participant(Participant::new("Hawre Ali")))
        .expect("the change applies");
    assert_eq!(participants(&app), 5);
    press(&mut app, &["ctrl-z"]);
    assert_eq!(participants(&app), 4);
    assert!(message(&app).starts_with("undid"), "{}", message(&app));
    press(&mut app, &["ctrl-y"]);
    assert_eq!(participants(&app), 5);
    assert!(message(&app).starts_with("redid"), "{}", message(&app));
    press(&mut app, &["ctrl-y"]);
    assert_eq!(message(&app), "nothing to redo");
}

#[test]
fn read_only_refuses_every_change_and_says_why() {
    let f = fixture();
    let mut app = app_on(&f, true);
    let reason = app.read_only_reason().expect("read-only").to_string();
    assert!(reason.contains("--read-only"), "{reason}");
    let refused = app.apply(Change::put_participant(Participant::new("Hawre Ali")));
    assert!(refused.expect_err("refused").contains("read-only"));
    assert_eq!(participants(&app), 4);
    press(&mut app, &["ctrl-z"]);
    assert!(message(&app).contains("read-only"), "{}", message(&app));
    press(&mut app, &["4", "a"]);
    assert!(message(&app).contains("read-only"), "{}", message(&app));
    press(&mut app, &["ctrl-s"]);
    assert!(message(&app).contains("not saving"), "{}", message(&app));
    // Nothing to save, so q quits at once.
    press(&mut app, &["q"]);
    assert!(app.should_quit);
}

#[test]
fn a_file_locked_by_someone_else_opens_read_only_naming_the_holder() {
    let f = fixture();
    let _held = match store::lock(&f.path).expect("lock") {
        store::Locking::Acquired(guard) => guard,
        store::Locking::HeldBy(info) => panic!("unexpectedly held by {info}"),
    };
    let app = app_on(&f, false);
    let reason = app.read_only_reason().expect("read-only while held");
    assert!(reason.starts_with("held by"), "{reason}");
}

#[test]
fn q_saves_then_quits_and_the_file_equals_the_document() {
    let f = fixture();
    let mut app = app_on(&f, false);
    app.apply(Change::put_participant(Participant::new("Shilan Mahmoud")))
        .expect("applies");
    press(&mut app, &["q"]);
    assert!(app.should_quit, "{}", message(&app));
    let session = app.session.as_ref().expect("session");
    let on_disk = store::load(&f.path).expect("loads").workshop;
    assert_eq!(&on_disk, session.workshop());
    assert_eq!(on_disk.participants().count(), 5);
}

#[test]
fn autosave_writes_a_change_within_two_seconds_of_ticks() {
    let f = fixture();
    let mut app = app_on(&f, false);
    app.apply(Change::put_participant(Participant::new("Shilan Mahmoud")))
        .expect("applies");
    let start = Instant::now();
    app.tick(start);
    app.tick(start + Duration::from_millis(1600));
    let session = app.session.as_ref().expect("session");
    assert_eq!(session.save.submitted_revision, session.doc.revision());
    let deadline = Instant::now() + Duration::from_secs(10);
    while app.session.as_ref().map(|s| &s.save.state) != Some(&SaveState::Saved) {
        assert!(Instant::now() < deadline, "the save never reported back");
        std::thread::sleep(Duration::from_millis(20));
        app.tick(start + Duration::from_millis(1700));
    }
    let on_disk = store::load(&f.path).expect("loads").workshop;
    assert_eq!(on_disk.participants().count(), 5);
}

/// The status bar's save word (the bar is the line with the file name), at 80×24.
fn save_word_on_screen(app: &halaqa::tui::App) -> &'static str {
    let screen = tui_support::screen_text(app, 80, 24);
    let bar = screen
        .lines()
        .find(|line| line.contains(" session.ron "))
        .unwrap_or_else(|| panic!("no status bar with the file name:\n{screen}"))
        .to_string();
    ["unsaved", "saving…", "saved"]
        .into_iter()
        .find(|word| bar.contains(&format!(" {word} ")))
        .unwrap_or_else(|| panic!("no save word in the status bar: {bar}"))
}

#[test]
fn the_bar_says_saved_only_once_the_change_is_on_disk() {
    let f = fixture();
    let mut app = app_on(&f, false);
    assert_eq!(save_word_on_screen(&app), "saved");
    app.apply(Change::put_participant(Participant::new("Shilan Mahmoud")))
        .expect("applies");
    // In memory only: a power cut now would lose it, and the bar says so.
    assert_eq!(save_word_on_screen(&app), "unsaved");
    assert_eq!(
        store::load(&f.path)
            .expect("loads")
            .workshop
            .participants()
            .count(),
        4
    );
    let start = Instant::now();
    app.tick(start);
    app.tick(start + Duration::from_millis(1600));
    // Handed to the saver: "saving…" until the saver reports the bytes synced.
    let deadline = Instant::now() + Duration::from_secs(10);
    while app.session.as_ref().map(|s| &s.save.state) != Some(&SaveState::Saved) {
        assert_eq!(save_word_on_screen(&app), "saving…");
        assert!(Instant::now() < deadline, "the save never reported back");
        std::thread::sleep(Duration::from_millis(20));
        app.tick(start + Duration::from_millis(1700));
    }
    assert_eq!(save_word_on_screen(&app), "saved");
    assert_eq!(
        store::load(&f.path)
            .expect("loads")
            .workshop
            .participants()
            .count(),
        5
    );
}

#[test]
fn a_failed_save_is_loud_keeps_the_data_and_q_asks_before_leaving() {
    let f = fixture();
    let mut app = app_on(&f, false);
    app.apply(Change::put_participant(Participant::new("Shilan Mahmoud")))
        .expect("applies");
    // The folder vanishes (a USB stick pulled out): saving cannot work.
    let folder = f.folder.path().join("stick");
    std::fs::create_dir_all(&folder).expect("folder");
    let moved = folder.join("session.ron");
    std::fs::rename(&f.path, &moved).expect("moved");
    app.session.as_mut().expect("session").path = folder.join("gone").join("session.ron");
    // The autosaver was started on the original path; point a new one at the missing one.
    let session = app.session.as_mut().expect("session");
    session.autosaver = Some(store::Autosaver::start(session.path.clone()));
    press(&mut app, &["q"]);
    assert!(!app.should_quit, "quit although saving failed");
    assert!(matches!(
        app.layers.top(),
        Some(Overlay::QuitUnsaved { .. })
    ));
    let session = app.session.as_ref().expect("session");
    assert!(matches!(session.save.state, SaveState::Failed(_)));
    assert_eq!(participants(&app), 5, "the change is still in memory");
    assert_eq!(app.message.as_ref().map(|m| m.level), Some(Level::Error));
    let screen = tui_support::screen_text(&app, 80, 24);
    assert!(screen.contains("SAVE FAILED"), "{screen}");
    press(&mut app, &["esc"]);
    assert!(!app.should_quit);
    assert!(app.layers.is_empty());
    press(&mut app, &["q", "q"]);
    assert!(app.should_quit, "a second q leaves without saving");
}

#[test]
fn the_palette_filters_and_runs_a_command() {
    let f = fixture();
    let mut app = app_on(&f, false);
    press(&mut app, &[":"]);
    type_text(&mut app, "particip");
    press(&mut app, &["enter"]);
    assert!(app.layers.is_empty());
    assert_eq!(app.screen, Screen::Participants);
    // q in the palette's text field types, it does not quit.
    press(&mut app, &[":"]);
    type_text(&mut app, "q");
    assert!(!app.should_quit);
    press(&mut app, &["down", "up"]);
    assert_eq!(app.layers.len(), 1, "one palette, however many keys");
    assert_eq!(
        app.layers.top().cloned(),
        Some(Overlay::Palette {
            filter: "q".to_string(),
            selected: 0
        })
    );
    press(&mut app, &["esc"]);
    assert!(app.layers.is_empty());
}

#[test]
fn home_creates_a_session_from_a_template_and_opens_it() {
    let f = fixture();
    let mut app = home_app(&f);
    app.load_settings();
    let path = f.folder.path().join("erbil-closing");
    press(&mut app, &["n"]);
    type_text(&mut app, &path.display().to_string());
    press(&mut app, &["enter"]);
    type_text(&mut app, "Closing session, Erbil");
    press(&mut app, &["enter", "enter", "enter"]);
    assert!(app.layers.is_empty(), "{:?}", app.layers.top());
    let session = app.session.as_ref().expect("the new session is open");
    assert_eq!(session.path, path.with_extension("ron"));
    assert_eq!(session.workshop().info().title, "Closing session, Erbil");
    assert_eq!(app.screen, Screen::Overview);
    assert!(session.read_only.is_none());
    let on_disk = store::load(&session.path).expect("written").workshop;
    assert_eq!(on_disk.info().title, "Closing session, Erbil");
    assert_eq!(app.recent.first(), Some(&session.path));
}

#[test]
fn home_refuses_to_overwrite_an_existing_file() {
    let f = fixture();
    let mut app = home_app(&f);
    app.load_settings();
    press(&mut app, &["n"]);
    type_text(&mut app, &f.path.display().to_string());
    press(&mut app, &["tab"]);
    type_text(&mut app, "Another");
    press(&mut app, &["enter", "enter", "enter"]);
    let Some(Overlay::Form(form)) = app.layers.top() else {
        panic!("the form stays open");
    };
    assert!(
        form.error
            .as_deref()
            .unwrap_or("")
            .contains("already exists")
    );
    assert!(app.session.is_none());
}

#[test]
fn home_opens_a_typed_path_and_a_missing_one_is_explained() {
    let f = fixture();
    let mut app = home_app(&f);
    press(&mut app, &["o"]);
    type_text(&mut app, "/nowhere/at/all.ron");
    press(&mut app, &["enter"]);
    let Some(Overlay::Form(form)) = app.layers.top() else {
        panic!("the form stays open");
    };
    assert!(
        form.error
            .as_deref()
            .unwrap_or("")
            .contains("/nowhere/at/all.ron")
    );
    press(&mut app, &["esc", "o"]);
    type_text(&mut app, &f.path.display().to_string());
    press(&mut app, &["enter"]);
    assert!(app.session.is_some());
    assert_eq!(app.screen, Screen::Overview);
}

#[test]
fn home_demo_writes_a_fresh_copy_into_the_data_folder_and_opens_it() {
    let f = fixture();
    let mut app = home_app(&f);
    press(&mut app, &["d"]);
    let session = app
        .session
        .as_ref()
        .unwrap_or_else(|| panic!("{}", message(&app)));
    assert!(session.path.starts_with(f.dirs.data.join("demo")));
    assert!(session.read_only.is_none());
    assert!(store::load(&session.path).is_ok());
    // Enter on the third line does the same.
    let mut again = home_app(&f);
    press(&mut again, &["down", "down", "enter"]);
    assert!(again.session.is_some(), "{}", message(&again));
}

#[test]
fn group_option_starts_on_capture_or_names_the_groups_that_exist() {
    let f = fixture();
    let options = |group: &str| halaqa::tui::Options {
        file: Some(f.path.clone()),
        read_only: true,
        group: Some(group.to_string()),
        dirs: f.dirs.clone(),
    };
    let app = halaqa::tui::prepare(&options("challenges"), tui_support::now()).expect("opens");
    assert_eq!(app.screen, Screen::Capture);
    assert!(message(&app).contains("Challenges") || app.message.is_some());
    let screen = tui_support::screen_text(&app, 80, 24);
    assert!(screen.contains("group: Challenges"), "{screen}");
    assert!(screen.contains("Permits for public meetings"), "{screen}");
    let error = halaqa::tui::prepare(&options("Budget"), tui_support::now())
        .err()
        .expect("unknown group refused");
    assert!(error.contains("Budget"), "{error}");
    assert!(
        error.contains("1 Lessons learned, 2 Challenges, 3 Future plans"),
        "{error}"
    );
}

#[test]
fn esc_closes_help_and_other_keys_still_work_from_it() {
    let f = fixture();
    let mut app = app_on(&f, false);
    press(&mut app, &["?"]);
    assert_eq!(app.layers.top().cloned(), Some(Overlay::Help { scroll: 0 }));
    press(&mut app, &["down"]);
    assert_eq!(app.layers.top().cloned(), Some(Overlay::Help { scroll: 1 }));
    press(&mut app, &["esc"]);
    assert!(app.layers.is_empty());
    press(&mut app, &["?", "3"]);
    assert!(app.layers.is_empty());
    assert_eq!(app.screen, Screen::Agenda);
    app.handle(Action::Help, Instant::now());
    app.handle(Action::Help, Instant::now());
    assert!(app.layers.is_empty(), "? toggles help");
}

#[test]
fn list_keys_move_the_selection_within_the_list() {
    let f = fixture();
    let mut app = app_on(&f, false);
    press(&mut app, &["4", "j", "j", "down"]);
    assert_eq!(app.list(Screen::Participants).selected, 3);
    press(&mut app, &["j", "j"]);
    assert_eq!(
        app.list(Screen::Participants).selected,
        3,
        "stops at the last"
    );
    press(&mut app, &["k", "up"]);
    assert_eq!(app.list(Screen::Participants).selected, 1);
    // The Participants screen edits now: e opens the selected person (Layla, by name).
    press(&mut app, &["e"]);
    assert!(
        matches!(&app.participants.mode,
            halaqa::tui::screens::participants::Mode::Form(form) if form.base.name == "Layla Hassan"),
        "e opens the form"
    );
}
