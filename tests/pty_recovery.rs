//! The real binary in a pseudo-terminal: a damaged session opened from Home offers its
//! backups and Enter restores one; a lock naming another laptop opens read-only and the
//! palette's take-over takes it.

#[path = "support/pty.rs"]
mod pty;

use halaqa::store;
use pty::Running;

#[test]
fn a_damaged_session_opened_from_home_is_restored_from_its_backup() {
    let home = tempfile::tempdir().expect("temp folder");
    let file = home.path().join("session.ron");
    let workshop = store::demo::demo_workshop().expect("demo");
    for _ in 0..2 {
        store::save(&file, &workshop).expect("saved");
    }
    let whole = std::fs::read(&file).expect("read");
    std::fs::write(&file, &whole[..whole.len() / 3]).expect("cut");
    let mut halaqa = Running::start(&[], home.path());
    halaqa.wait_for("Home");
    halaqa.send("o");
    halaqa.send("session.ron");
    halaqa.send("\r");
    halaqa.wait_for("session.ron does not load");
    halaqa.wait_for("Backups, newest first:");
    halaqa.send("\r");
    halaqa.wait_for("backup 1 restored; damaged file: session.ron.corrupt-");
    halaqa.send("q");
    assert!(
        halaqa.wait_exit(),
        "exit status not 0:\n{}",
        halaqa.screen()
    );
    assert_eq!(
        store::load(&file).expect("loads").workshop.info().title,
        workshop.info().title
    );
    let kept = std::fs::read_dir(home.path())
        .expect("folder")
        .filter_map(|e| e.ok())
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("session.ron.corrupt-")
        })
        .count();
    assert_eq!(kept, 1);
}

#[test]
fn a_lock_naming_another_laptop_opens_read_only_until_taken_over() {
    let home = tempfile::tempdir().expect("temp folder");
    let file = home.path().join("session.ron");
    store::save(&file, &store::demo::demo_workshop().expect("demo")).expect("saved");
    let lock_file = home.path().join("session.ron.lock");
    let theirs = "user: sara\nhost: laptop-of-sara\npid: 4242\nsince: 2026-11-24 09:12\n";
    std::fs::write(&lock_file, theirs).expect("lock file");
    let mut halaqa = Running::start(&["open", "session.ron"], home.path());
    halaqa.wait_for("Read-only: sara on laptop-of-sara holds the lock since");
    halaqa.wait_for("READ-ONLY");
    assert_eq!(std::fs::read_to_string(&lock_file).expect("lock"), theirs);
    halaqa.send(":");
    halaqa.send("take-over");
    halaqa.send("\r");
    halaqa.wait_for("took over the lock from sara on laptop-of-sara");
    halaqa.send("q");
    assert!(
        halaqa.wait_exit(),
        "exit status not 0:\n{}",
        halaqa.screen()
    );
    assert!(!lock_file.exists(), "the lock was left behind");
}
