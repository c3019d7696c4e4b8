//! The real binary in a pseudo-terminal: the demo starts, saves and leaves the terminal as it
//! found it; a file locked by another process opens read-only.

#[path = "support/pty.rs"]
mod pty;

use halaqa::store;
use pty::{Running, demo_files};

#[test]
fn demo_shows_the_title_and_q_saves_restores_and_exits_0() {
    let home = tempfile::tempdir().expect("temp folder");
    let title = store::demo::demo_workshop()
        .expect("demo")
        .info()
        .title
        .clone();
    let shown: String = title.chars().take(40).collect();
    let mut halaqa = Running::start(&["demo"], home.path());
    halaqa.wait_for(&shown);
    assert!(halaqa.alternate_screen());
    halaqa.wait_for("saved");
    halaqa.send("q");
    assert!(
        halaqa.wait_exit(),
        "exit status not 0:\n{}",
        halaqa.screen()
    );
    let output = halaqa.raw_output();
    assert!(
        output.contains("\x1b[?1049l"),
        "the alternate screen was not left"
    );
    assert!(!halaqa.alternate_screen());
    let files = demo_files(home.path());
    assert_eq!(files.len(), 1, "{files:?}");
    let loaded = store::load(&files[0]).expect("the saved demo loads");
    assert_eq!(loaded.workshop.info().title, title);
    assert!(
        !files[0].with_extension("ron.lock").exists()
            && std::fs::read_dir(files[0].parent().expect("folder"))
                .expect("folder")
                .filter_map(|e| e.ok())
                .all(|e| !e.file_name().to_string_lossy().ends_with(".lock")),
        "the lock was left behind"
    );
}

#[test]
fn open_on_a_file_locked_by_another_process_is_read_only_and_says_so() {
    let home = tempfile::tempdir().expect("temp folder");
    let file = home.path().join("session.ron");
    let workshop = store::demo::demo_workshop().expect("demo");
    store::save(&file, &workshop).expect("saved");
    // This test process holds the lock, as another halaqa would.
    let _held = match store::lock(&file).expect("lock") {
        store::Locking::Acquired(guard) => guard,
        store::Locking::HeldBy(info) => panic!("already held by {info}"),
    };
    let before = std::fs::read(&file).expect("read");
    let path = file.display().to_string();
    let mut halaqa = Running::start(&["open", &path], home.path());
    halaqa.wait_for("READ-ONLY");
    halaqa.wait_for("opened read-only: held by");
    halaqa.send("q");
    assert!(
        halaqa.wait_exit(),
        "exit status not 0:\n{}",
        halaqa.screen()
    );
    assert_eq!(
        std::fs::read(&file).expect("read"),
        before,
        "a read-only session wrote"
    );
}
