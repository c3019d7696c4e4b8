//! The Report screen (8): the preview scrolls and jumps by section, the anonymised preview
//! names nobody, and the export form writes the file on a worker and says where — or says
//! clearly why not.

mod tui_support;

#[path = "fixtures/report/fixture.rs"]
#[allow(dead_code)]
mod fixture;

use halaqa::model::{Change, Participant};
use halaqa::report::{Format, default_output};
use halaqa::store;
use halaqa::tui::App;
use halaqa::tui::app::{Level, open_session, write_demo};
use halaqa::tui::screens::report::{Block, ExportField, Pos};
use halaqa::tui::theme::{Theme, ThemeKind};
use halaqa::tui::{Screen, screens};
use std::path::Path;
use std::time::{Duration, Instant};
use tui_support::{app_on, dirs_in, draw, fixture, now, press, screen_text, type_text};

/// A fresh demo session, open on the Overview at the fixed time, plain colours.
fn demo_app() -> (tempfile::TempDir, App) {
    let folder = tempfile::tempdir().expect("temp folder");
    let dirs = dirs_in(folder.path());
    std::fs::create_dir_all(&dirs.config).expect("config folder");
    let path = write_demo(&dirs, now()).expect("demo written");
    let (session, _) = open_session(&dirs, &path, false).expect("demo opens");
    let mut app = App::new(dirs, now());
    app.session = Some(session);
    app.screen = Screen::Overview;
    app.theme = Theme::new(ThemeKind::Plain);
    (folder, app)
}

fn message(app: &App) -> (String, Option<Level>) {
    app.message
        .as_ref()
        .map_or((String::new(), None), |m| (m.text.clone(), Some(m.level)))
}

/// The first line of the preview (below the tab bar and the two header lines).
fn top_line(app: &App) -> String {
    screen_text(app, 80, 24)
        .lines()
        .nth(3)
        .unwrap_or_default()
        .trim_matches(|c| c == '"' || c == ' ')
        .to_string()
}

/// Every line of the preview, read page by page at 200×60 as a person would scroll.
fn whole_preview(app: &mut App) -> String {
    press(app, &["home"]);
    let mut all = String::new();
    for _ in 0..10_000 {
        let screen = screen_text(app, 200, 60);
        let rows: Vec<&str> = screen.lines().collect();
        // Tab bar and header above, status bar and footer below.
        for row in &rows[3..rows.len().saturating_sub(2)] {
            all.push_str(row.trim_end_matches('"').trim_end());
            all.push('\n');
        }
        let before = app.report.pos;
        press(app, &["pagedown"]);
        if app.report.pos == before {
            return all;
        }
    }
    panic!("the preview never ended");
}

/// The text of every block of the cached preview, unwrapped.
fn preview_text(app: &App) -> String {
    let preview = app.report.preview.as_ref().expect("a preview");
    let mut out = String::new();
    for block in &preview.blocks {
        match block {
            Block::Heading { title, .. } => out.push_str(title),
            Block::Text { pieces, .. } => pieces.iter().for_each(|p| out.push_str(&p.text)),
            Block::Row { cells, .. } => {
                for cell in cells {
                    cell.iter().for_each(|p| out.push_str(&p.text));
                    out.push_str(" | ");
                }
            }
            Block::Rule { .. } | Block::Blank => {}
        }
        out.push('\n');
    }
    out
}

/// Wait for the export worker, ticking as the event loop does.
fn wait_for_export(app: &mut App) {
    let started = Instant::now();
    while app.report.job.is_some() {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the export never finished"
        );
        app.tick(Instant::now());
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Replace the form's path with `path`, as typed.
fn type_path(app: &mut App, path: &Path) {
    for _ in 0..3 {
        if app.report.form.as_ref().expect("the form is open").focus == ExportField::Path {
            break;
        }
        press(app, &["tab"]);
    }
    let form = app.report.form.as_ref().expect("the form is open");
    assert_eq!(form.focus, ExportField::Path);
    for _ in 0..form.path.chars().count() {
        press(app, &["backspace"]);
    }
    type_text(app, &path.display().to_string());
}

#[test]
fn pressing_8_shows_the_report_at_once() {
    let (_dir, mut app) = demo_app();
    press(&mut app, &["8"]);
    assert_eq!(app.screen, Screen::Report);
    let text = screen_text(&app, 80, 24);
    assert!(
        text.contains("Closing session: outcome harvesting and lessons learned"),
        "{text}"
    );
    assert!(text.contains("50 registered, 36 attended"), "{text}");
    assert!(text.contains("full preview, with names"), "{text}");
    assert!(
        !text.contains('#'),
        "headings are shown without their marks:\n{text}"
    );
}

#[test]
fn arrows_pages_home_and_end_scroll_the_preview() {
    let (_dir, mut app) = demo_app();
    press(&mut app, &["8"]);
    draw(&app, 80, 24);
    let first = top_line(&app);
    press(&mut app, &["down"]);
    assert_eq!(app.report.pos, Pos { block: 0, row: 1 }, "one row down");
    press(&mut app, &["j", "k", "up"]);
    assert_eq!(app.report.pos, Pos::default());
    assert_eq!(top_line(&app), first);

    press(&mut app, &["pagedown"]);
    let after_page = top_line(&app);
    assert_ne!(after_page, first);
    press(&mut app, &["pageup"]);
    assert_eq!(top_line(&app), first);

    press(&mut app, &["end"]);
    let text = screen_text(&app, 80, 24);
    assert!(
        text.contains(" end "),
        "the header says we are at the end:\n{text}"
    );
    assert!(
        text.contains("Annex: participants") || text.contains("Zainab"),
        "{text}"
    );
    let at_end = app.report.pos;
    press(&mut app, &["down", "pagedown"]);
    assert_eq!(app.report.pos, at_end, "no scrolling past the last page");
    press(&mut app, &["home"]);
    assert_eq!(top_line(&app), first);
}

#[test]
fn brackets_jump_from_section_to_section() {
    let (_dir, mut app) = demo_app();
    press(&mut app, &["8", "]"]);
    assert_eq!(top_line(&app), "Executive summary");
    press(&mut app, &["]"]);
    assert_eq!(top_line(&app), "Objectives");
    press(&mut app, &["]"]);
    assert_eq!(top_line(&app), "Agenda as delivered");
    press(&mut app, &["]"]);
    assert!(top_line(&app).starts_with("Day 1"), "{}", top_line(&app));
    press(&mut app, &["[", "["]);
    assert_eq!(top_line(&app), "Objectives");
    let text = screen_text(&app, 80, 24);
    assert!(
        text.lines()
            .nth(1)
            .unwrap_or_default()
            .contains("Objectives"),
        "the header names the section:\n{text}"
    );
    press(&mut app, &["["]);
    assert_eq!(top_line(&app), "Executive summary");
    press(&mut app, &["["]);
    assert!(top_line(&app).starts_with("Closing session"));
    // Scrolled half-way into a section, `[` goes back to its own heading.
    press(&mut app, &["]", "]", "]", "]", "down", "down", "["]);
    assert!(top_line(&app).starts_with("Day 1"), "{}", top_line(&app));
}

#[test]
fn the_anonymised_preview_names_nobody() {
    let (_dir, mut app) = demo_app();
    let people: Vec<Participant> = app
        .session
        .as_ref()
        .expect("session")
        .workshop()
        .participants()
        .cloned()
        .collect();
    press(&mut app, &["8"]);
    let named = whole_preview(&mut app);
    let shown_named = people.iter().filter(|p| named.contains(&p.name)).count();
    assert!(
        shown_named > 40,
        "the full preview lists the participants ({shown_named} of {} found)",
        people.len()
    );

    press(&mut app, &["a"]);
    assert!(app.report.anonymised);
    let screen = screen_text(&app, 80, 24);
    assert!(screen.contains("ANONYMISED preview"), "{screen}");
    let anonymised = whole_preview(&mut app);
    let blocks = preview_text(&app);
    assert!(anonymised.contains("Lessons learned"), "{anonymised}");
    for person in &people {
        for personal in [
            &person.name,
            &person.name_other_script,
            &person.phone,
            &person.email,
        ] {
            if personal.trim().is_empty() {
                continue;
            }
            assert!(
                !anonymised.contains(personal.as_str()) && !blocks.contains(personal.as_str()),
                "{personal} appears in the anonymised preview"
            );
        }
    }
    assert!(!anonymised.contains("Annex: participants"));
    press(&mut app, &["a"]);
    assert!(!app.report.anonymised);
    assert!(whole_preview(&mut app).contains(&people[0].name));
}

#[test]
fn switching_to_anonymised_keeps_the_section_being_read() {
    let (_dir, mut app) = demo_app();
    press(&mut app, &["8", "]", "]", "]", "]", "]"]);
    let section = top_line(&app);
    press(&mut app, &["a"]);
    assert_eq!(top_line(&app), section);
}

#[test]
fn the_preview_follows_changes_and_undo() {
    let (_dir, mut app) = demo_app();
    press(&mut app, &["8"]);
    assert!(screen_text(&app, 80, 24).contains("50 registered"));
    app.apply(Change::put_participant(Participant::new("Hawre Ali")))
        .expect("applies");
    app.tick(Instant::now());
    assert!(screen_text(&app, 80, 24).contains("51 registered"));
    press(&mut app, &["ctrl-z"]);
    assert!(screen_text(&app, 80, 24).contains("50 registered"));
}

#[test]
fn the_form_is_prefilled_with_the_command_lines_defaults() {
    let (_dir, mut app) = demo_app();
    let session = app.session.as_ref().expect("session").path.clone();
    press(&mut app, &["8", "x"]);
    let form = app.report.form.as_ref().expect("x opens the form");
    assert_eq!(form.format, Format::Markdown);
    assert!(!form.anonymise);
    let default = default_output(&session, Format::Markdown, false);
    assert_eq!(form.path, default.display().to_string());
    press(&mut app, &["down"]);
    let form = app.report.form.as_ref().expect("open");
    assert_eq!(form.format, Format::Html);
    assert_eq!(
        form.path,
        default_output(&session, Format::Html, false)
            .display()
            .to_string()
    );
    press(&mut app, &["tab", "down"]);
    let form = app.report.form.as_ref().expect("open");
    assert!(form.anonymise);
    assert_eq!(
        form.path,
        default_output(&session, Format::Html, true)
            .display()
            .to_string()
    );
    press(&mut app, &["esc"]);
    assert!(app.report.form.is_none());
    assert_eq!(message(&app).0, "export cancelled");

    // The anonymised preview makes an anonymised export the default.
    press(&mut app, &["a", "enter"]);
    assert!(app.report.form.as_ref().expect("enter opens it").anonymise);
}

#[test]
fn exporting_through_the_form_writes_the_file_and_says_where() {
    let (_dir, mut app) = demo_app();
    let out = tempfile::tempdir().expect("temp folder");
    let target = out.path().join("donor report.html");
    press(&mut app, &["8", "x", "h"]);
    type_path(&mut app, &target);
    press(&mut app, &["enter"]);
    assert!(app.report.form.is_none(), "the form closes");
    let status = screen_text(&app, 80, 24);
    assert!(status.contains("exporting"), "{status}");
    wait_for_export(&mut app);
    let html = std::fs::read_to_string(&target).expect("the report was written");
    assert!(html.contains("Closing session"));
    let (text, level) = message(&app);
    assert_eq!(level, Some(Level::Info), "{text}");
    assert!(text.contains("donor report.html"), "{text}");
    assert!(text.contains("HTML") && text.contains("KiB"), "{text}");
    let screen = screen_text(&app, 200, 24);
    assert!(
        screen.contains(&format!("exported {}", target.display())),
        "the whole path is shown under the title:\n{screen}"
    );
    press(&mut app, &["esc"]);
    assert!(screen_text(&app, 80, 24).contains("50 registered"));

    // CSV: a folder of tables, anonymised.
    let folder = out.path().join("tables");
    press(&mut app, &["x", "c", "tab", "y"]);
    type_path(&mut app, &folder);
    press(&mut app, &["enter"]);
    wait_for_export(&mut app);
    assert!(folder.join("entries.csv").is_file());
    assert!(!folder.join("participants.csv").exists(), "anonymised");
    assert!(
        message(&app).0.contains("tables, anonymised"),
        "{:?}",
        message(&app)
    );
}

#[test]
fn exporting_into_a_missing_folder_says_so_and_writes_nothing() {
    let (_dir, mut app) = demo_app();
    let out = tempfile::tempdir().expect("temp folder");
    let target = out.path().join("no such folder").join("report.md");
    press(&mut app, &["8", "x"]);
    type_path(&mut app, &target);
    press(&mut app, &["enter"]);
    wait_for_export(&mut app);
    let (text, level) = message(&app);
    assert_eq!(level, Some(Level::Error), "{text}");
    assert!(text.contains("does not exist"), "{text}");
    assert!(text.contains("no such folder"), "{text}");
    assert!(!target.exists());
    let screen = screen_text(&app, 120, 24);
    assert!(screen.contains("export failed"), "{screen}");
    // The form comes back with what was typed.
    press(&mut app, &["x"]);
    let form = app.report.form.as_ref().expect("open");
    assert_eq!(form.path, target.display().to_string());
}

#[test]
fn the_session_file_itself_is_refused_in_the_form() {
    let (_dir, mut app) = demo_app();
    let session = app.session.as_ref().expect("session").path.clone();
    press(&mut app, &["8", "x"]);
    type_path(&mut app, &session);
    press(&mut app, &["enter"]);
    let form = app.report.form.as_ref().expect("still open");
    assert!(
        form.error
            .as_deref()
            .unwrap_or("")
            .contains("session file itself")
    );
    assert!(app.report.job.is_none());
}

#[test]
fn a_read_only_session_can_still_export() {
    let f = fixture();
    let mut app = app_on(&f, true);
    let target = f.folder.path().join("shared.md");
    press(&mut app, &["8", "x"]);
    type_path(&mut app, &target);
    press(&mut app, &["enter"]);
    wait_for_export(&mut app);
    assert!(target.is_file(), "{:?}", message(&app));
    assert_eq!(message(&app).1, Some(Level::Info));
}

#[test]
fn export_from_the_palette_on_another_screen() {
    let (_dir, mut app) = demo_app();
    press(&mut app, &[":"]);
    type_text(&mut app, "export the report");
    press(&mut app, &["enter"]);
    assert_eq!(app.screen, Screen::Report);
    assert!(app.report.form.is_some());
}

#[test]
fn a_large_workshop_is_prepared_on_a_worker() {
    let folder = tempfile::tempdir().expect("temp folder");
    let dirs = dirs_in(folder.path());
    std::fs::create_dir_all(&dirs.config).expect("config folder");
    let path = folder.path().join("big.ron");
    store::save(&path, &fixture::generated(300, 3_000)).expect("saved");
    let (session, _) = open_session(&dirs, &path, false).expect("opens");
    let mut app = App::new(dirs, now());
    app.session = Some(session);
    press(&mut app, &["8"]);
    let text = screen_text(&app, 80, 24);
    assert!(text.contains("Preparing the preview"), "{text}");
    // The screen keeps answering while it is prepared.
    press(&mut app, &["down", "]", "a", "a"]);
    let started = Instant::now();
    while app.report.preview.is_none() || app.report.preparing() {
        assert!(started.elapsed() < Duration::from_secs(120), "never ready");
        app.tick(Instant::now());
        std::thread::sleep(Duration::from_millis(10));
    }
    let text = screen_text(&app, 80, 24);
    assert!(text.contains("A very large workshop"), "{text}");
    press(&mut app, &["end"]);
    assert!(screen_text(&app, 80, 24).contains(" end "));
}

#[test]
fn report_screen_demo_80x24() {
    let (_dir, mut app) = demo_app();
    press(&mut app, &["8"]);
    insta::assert_snapshot!(draw(&app, 80, 24).backend());
}

#[test]
fn report_screen_demo_anonymised_80x24() {
    let (_dir, mut app) = demo_app();
    press(&mut app, &["8", "a"]);
    insta::assert_snapshot!(draw(&app, 80, 24).backend());
}

#[test]
fn every_report_state_draws_at_every_size_without_panic() {
    let (_dir, mut app) = demo_app();
    let states: [&[&str]; 7] = [
        &["8"],
        &["8", "]", "]", "]", "]", "down"],
        &["8", "end"],
        &["8", "a"],
        &["8", "x"],
        &["8", "x", "tab", "tab", "backspace", "enter"],
        &["8", "x", "esc", "a", "]", "x", "c"],
    ];
    for keys in states {
        app.report = Default::default();
        app.screen = Screen::Overview;
        press(&mut app, keys);
        for width in 0..=60 {
            for height in 0..=30 {
                draw(&app, width, height);
            }
        }
        for (width, height) in [(200, 60), (61, 17), (1, 100), (300, 1)] {
            draw(&app, width, height);
        }
        // Scrolling after a draw at a tiny size must not panic either.
        draw(&app, 61, 17);
        press(&mut app, &["end", "pageup", "["]);
    }
    app.report = Default::default();
    app.session = None;
    app.screen = Screen::Report;
    for width in 0..=60 {
        for height in 0..=30 {
            draw(&app, width, height);
        }
    }
    assert!(screens::report::status(&app).is_none());
}
