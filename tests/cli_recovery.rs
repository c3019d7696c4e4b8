//! A session file that no longer loads is not a dead end: `check` and `open` print the whole
//! error, the backups newest first (time, size, counts) and how to restore one; `restore`
//! puts a backup back and keeps the damaged file beside it, never overwriting it.

#[path = "support/cli.rs"]
mod support;

use std::path::PathBuf;
use support::{Sandbox, names_line_and_column};

/// `w.ron` saved three times (empty, 1 participant, 3 participants), then cut in half as a
/// full disk would leave it. Its backups: 1 holds 1 participant, 2 none.
fn damaged_session(sandbox: &Sandbox) -> Vec<u8> {
    sandbox
        .run(["new", "w.ron", "--title", "Recovery"])
        .succeeded();
    std::fs::write(sandbox.path("one.csv"), "name\nAmal Saleh\n").unwrap();
    std::fs::write(
        sandbox.path("three.csv"),
        "name\nBaran Aziz\nDilan Omar\nHana Karim\n",
    )
    .unwrap();
    for list in ["one.csv", "three.csv"] {
        sandbox
            .run(["import", "participants", "w.ron", list])
            .succeeded();
    }
    let whole = std::fs::read(sandbox.path("w.ron")).unwrap();
    let cut = whole[..whole.len() / 2].to_vec();
    std::fs::write(sandbox.path("w.ron"), &cut).unwrap();
    cut
}

fn kept_copies(sandbox: &Sandbox) -> Vec<PathBuf> {
    let mut kept: Vec<PathBuf> = std::fs::read_dir(sandbox.root())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains("w.ron.corrupt-"))
        .collect();
    kept.sort();
    kept
}

#[test]
fn check_and_open_print_the_error_the_backups_and_how_to_restore() {
    let sandbox = Sandbox::new();
    let damaged = damaged_session(&sandbox);
    for command in ["check", "open"] {
        let run = sandbox.run([command, "w.ron"]);
        assert_eq!(run.code, Some(1), "{run:#?}");
        let lines: Vec<&str> = run.stderr.lines().collect();
        assert!(lines[0].starts_with("error: w.ron:"), "{run:#?}");
        assert!(names_line_and_column(lines[0]), "{run:#?}");
        assert!(lines[0].contains("cut off"), "{run:#?}");
        assert_eq!(lines[1], "Backups of w.ron, newest first:");
        assert!(lines[2].starts_with("  1  saved "), "{}", lines[2]);
        assert!(
            lines[2].ends_with(" · 1 participant, 0 entries"),
            "{}",
            lines[2]
        );
        assert!(lines[3].starts_with("  2  saved "), "{}", lines[3]);
        assert!(
            lines[3].ends_with(" · 0 participants, 0 entries"),
            "{}",
            lines[3]
        );
        assert!(lines[4].starts_with("To restore one: halaqa restore w.ron --backup 1"));
        assert!(!run.stderr.contains("panicked"));
        // Looking never writes.
        assert_eq!(std::fs::read(sandbox.path("w.ron")).unwrap(), damaged);
        assert!(kept_copies(&sandbox).is_empty());
    }
}

#[test]
fn restore_puts_the_backup_back_and_keeps_the_damaged_file() {
    let sandbox = Sandbox::new();
    let damaged = damaged_session(&sandbox);
    let backup = std::fs::read(sandbox.path(".halaqa-backups/w.ron.1")).unwrap();
    sandbox
        .run(["restore", "w.ron"])
        .succeeded()
        .says("Restored w.ron from backup 1 (saved ")
        .says("1 participant, 0 entries")
        .says("The damaged file is kept as w.ron.corrupt-");
    assert_eq!(std::fs::read(sandbox.path("w.ron")).unwrap(), backup);
    let kept = kept_copies(&sandbox);
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(std::fs::read(&kept[0]).unwrap(), damaged);
    sandbox
        .run(["check", "w.ron"])
        .succeeded()
        .says("participants 1");
    // The session loads now: nothing to restore, nothing written.
    sandbox
        .run(["restore", "w.ron"])
        .refused()
        .says("it loads, so there is nothing to restore");
    assert_eq!(std::fs::read(sandbox.path("w.ron")).unwrap(), backup);
}

#[test]
fn a_second_damaged_file_never_overwrites_the_first_one_kept() {
    let sandbox = Sandbox::new();
    let first = damaged_session(&sandbox);
    sandbox
        .run(["restore", "w.ron", "--backup", "2"])
        .succeeded();
    std::fs::write(sandbox.path("w.ron"), b"(format: \"halaqa\", vers").unwrap();
    sandbox
        .run(["restore", "w.ron", "--backup", "2"])
        .succeeded();
    let kept = kept_copies(&sandbox);
    assert_eq!(kept.len(), 2, "{kept:?}");
    let contents: Vec<Vec<u8>> = kept.iter().map(|p| std::fs::read(p).unwrap()).collect();
    assert!(contents.contains(&first));
    assert!(contents.contains(&b"(format: \"halaqa\", vers".to_vec()));
}

#[test]
fn restore_refuses_a_missing_backup_and_a_held_session() {
    let sandbox = Sandbox::new();
    let damaged = damaged_session(&sandbox);
    sandbox
        .run(["restore", "w.ron", "--backup", "3"])
        .refused()
        .says("there is no backup 3 of it");
    let file = sandbox.path("w.ron");
    let _guard = match halaqa::store::lock(&file).unwrap() {
        halaqa::store::Locking::Acquired(guard) => guard,
        halaqa::store::Locking::HeldBy(holder) => panic!("held already by {holder}"),
    };
    sandbox
        .run(["restore", "w.ron"])
        .refused()
        .says("in use by");
    assert_eq!(std::fs::read(&file).unwrap(), damaged);
    assert!(kept_copies(&sandbox).is_empty());
}
