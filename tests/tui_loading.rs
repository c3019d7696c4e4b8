//! A big session (40 MB, the size of a national conference's file) is opened and merged by a
//! job: the status bar says how far the reading has come, the keys keep working, and the
//! file is taken in when a tick finds the job done. Nothing here times anything.

mod tui_support;

#[path = "fixtures/report/fixture.rs"]
#[allow(dead_code)]
mod fixture;

use halaqa::session::{self, Intent};
use halaqa::store::{self, LoadProgress};
use halaqa::tui::Screen;
use halaqa::tui::app::{App, Overlay};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant};
use tui_support::{dirs_in, home_app, screen_text};

/// One 40 MB session for every test here (built once: it takes a while in a debug build).
fn big_file() -> &'static Path {
    static BIG: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, path) = BIG.get_or_init(|| {
        let folder = tempfile::tempdir().expect("temp folder");
        let path = folder.path().join("national.ron");
        store::save(&path, &fixture::generated(2_400, 60_000)).expect("saved");
        (folder, path)
    });
    path
}

/// A fresh folder with its own copy of the big session (each test takes its own lock).
fn folder_with_big_copy(name: &str) -> (tempfile::TempDir, PathBuf) {
    let folder = tempfile::tempdir().expect("temp folder");
    for dir in ["data", "config"] {
        std::fs::create_dir_all(folder.path().join(dir)).expect("folder");
    }
    let path = folder.path().join(name);
    std::fs::copy(big_file(), &path).expect("copied");
    (folder, path)
}

/// A key as the terminal sends it, without waiting for anything it starts.
fn key(app: &mut App, code: KeyCode) {
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE), Instant::now());
}

fn type_keys(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}

/// Ticks, as the event loop gives them, until the file is taken in; every status bar seen
/// on the way is kept.
fn tick_until_loaded(app: &mut App) -> Vec<String> {
    let mut seen = Vec::new();
    while app.loading.is_some() {
        app.tick(Instant::now());
        if let Some(loading) = &app.loading {
            seen.push(loading.describe());
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    seen
}

#[test]
fn the_session_layer_says_how_far_a_40_mb_file_has_been_read() {
    let (folder, path) = folder_with_big_copy("national.ron");
    let size = std::fs::metadata(&path).expect("size").len();
    assert!(size > 40_000_000, "the file is {size} bytes");
    let mut seen = Vec::new();
    let opened = session::open_reporting(
        &path,
        &dirs_in(folder.path()),
        Intent::Work { read_only: false },
        &mut |p| seen.push(p),
    )
    .expect("opens");
    assert_eq!(opened.document.workshop().entries().count(), 60_000);
    let reads: Vec<u64> = seen
        .iter()
        .filter_map(|p| match p {
            LoadProgress::Reading(read) => Some(read.read),
            LoadProgress::Parsing { .. } => None,
        })
        .collect();
    // A report per MiB, growing, ending at the whole file; then the reading as a session.
    assert!(reads.len() >= 38, "{} reports", reads.len());
    assert!(reads.windows(2).all(|w| w[0] < w[1]));
    assert_eq!(reads.last(), Some(&size));
    assert_eq!(seen.last(), Some(&LoadProgress::Parsing { bytes: size }));
}

#[test]
fn opening_a_40_mb_session_keeps_the_screen_drawing_and_the_keys_working() {
    let (folder, path) = folder_with_big_copy("national.ron");
    let f = tui_support::Fixture {
        dirs: dirs_in(folder.path()),
        path: path.clone(),
        folder,
    };
    let mut app = home_app(&f);
    key(&mut app, KeyCode::Char('o'));
    assert!(
        matches!(app.layers.top(), Some(Overlay::Form(_))),
        "the open form"
    );
    type_keys(&mut app, &path.display().to_string());
    key(&mut app, KeyCode::Enter);

    // The file is being read: the form is put away, the status bar says how far it has
    // come, and the program still answers.
    assert!(
        app.loading.is_some(),
        "opened by a job, not on the UI thread"
    );
    assert!(app.layers.is_empty(), "the form waits out of the way");
    let text = screen_text(&app, 100, 24);
    assert!(text.contains("opening national.ron"), "{text}");
    key(&mut app, KeyCode::Char('?'));
    assert!(
        matches!(app.layers.top(), Some(Overlay::Help { .. })),
        "help opens meanwhile"
    );
    key(&mut app, KeyCode::Esc);

    let seen = tick_until_loaded(&mut app);
    assert!(
        seen.iter().all(|s| s.starts_with("opening national.ron")),
        "{seen:?}"
    );
    let session = app.session.as_ref().expect("the session is open");
    assert_eq!(session.workshop().entries().count(), 60_000);
    assert_eq!(app.screen, Screen::Overview);
    let text = screen_text(&app, 100, 24);
    assert!(text.contains("opened national.ron"), "{text}");
    assert!(
        !text.contains("MB read"),
        "the progress is gone once open: {text}"
    );
}

#[test]
fn merging_a_40_mb_copy_reads_it_by_a_job_then_merges_in_one_step() {
    let (folder, path) = folder_with_big_copy("national.ron");
    let copy = folder.path().join("copy.ron");
    std::fs::copy(&path, &copy).expect("copied");
    let f = tui_support::Fixture {
        dirs: dirs_in(folder.path()),
        path: path.clone(),
        folder,
    };
    let mut app = tui_support::app_on(&f, false);
    app.handle(halaqa::tui::Action::MergeCopy, Instant::now());
    type_keys(&mut app, &copy.display().to_string());
    key(&mut app, KeyCode::Enter);

    assert!(app.loading.is_some(), "the copy is read by a job");
    let text = screen_text(&app, 100, 24);
    assert!(text.contains("reading the copy copy.ron"), "{text}");
    // A second file while one is being read is refused, in words.
    app.handle(halaqa::tui::Action::MergeCopy, Instant::now());
    type_keys(&mut app, &copy.display().to_string());
    key(&mut app, KeyCode::Enter);
    let text = screen_text(&app, 120, 24);
    assert!(text.contains("wait until it is done"), "{text}");
    key(&mut app, KeyCode::Esc);

    tick_until_loaded(&mut app);
    let text = screen_text(&app, 120, 24);
    assert!(
        text.contains("merged copy.ron: 0 added, 0 updated, 0 new conflicts"),
        "{text}"
    );
    assert!(app.layers.is_empty(), "the form closes once merged");
}
