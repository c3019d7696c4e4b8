//! The note-taker's capture in the real binary, in a pseudo-terminal: an entry typed on the
//! Challenges board reaches the file; a terminal killed mid-sentence leaves a draft that the
//! next start offers back.

#[path = "support/pty.rs"]
mod pty;

use halaqa::store;
use pty::Running;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// Each wait here allows 15 s, more than the harness default of 10 s.
const PATIENCE: Duration = Duration::from_secs(15);

fn halaqa(home: &Path, args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_halaqa"))
        .args(args)
        .env("HALAQA_DATA_DIR", home.join("data"))
        .env("HALAQA_CONFIG_DIR", home.join("config"))
        .output()
        .expect("halaqa runs");
    assert!(output.status.success(), "{args:?}: {output:?}");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The total from `check`'s "entries      48 (…)" line.
fn entry_total(check: &str) -> usize {
    check
        .lines()
        .find_map(|l| l.trim().strip_prefix("entries"))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no entries line in:\n{check}"))
}

fn demo(home: &Path) -> PathBuf {
    let file = home.join("demo.ron");
    halaqa(home, &["demo", "--write", &file.display().to_string()]);
    file
}

#[test]
fn note_taker_adds_an_entry_that_check_counts_in_its_group() {
    let home = tempfile::tempdir().expect("temp folder");
    let file = demo(home.path());
    let path = file.display().to_string();
    let before = entry_total(&halaqa(home.path(), &["check", &path]));
    let mut running = Running::start(&["open", &path, "--group", "Challenges"], home.path())
        .with_patience(PATIENCE);
    running.wait_for("Note-taker · Challenges");
    running.send("a");
    running.wait_for("New challenge");
    let text = "Per diems arrive late — المخصصات تتأخر";
    running.send(text);
    running.wait_for("Per diems arrive late");
    running.send("\r");
    running.wait_for("added a challenge");
    running.send("q");
    assert!(running.wait_exit(), "exit status:\n{}", running.screen());
    let after = entry_total(&halaqa(home.path(), &["check", &path]));
    assert_eq!(after, before + 1, "check counts one more entry");
    let workshop = store::load(&file).expect("loads").workshop;
    let group = workshop.find_group("Challenges").expect("group").id;
    let entry = workshop
        .entries()
        .find(|e| e.text == text)
        .expect("the typed entry");
    assert_eq!(entry.group, Some(group));
    assert_eq!(entry.kind, halaqa::model::EntryKind::Challenge);
}

#[test]
fn a_hung_up_terminal_leaves_a_draft_that_is_offered_on_reopening() {
    let home = tempfile::tempdir().expect("temp folder");
    let file = demo(home.path());
    let path = file.display().to_string();
    let mut running = Running::start(&["open", &path, "--group", "Challenges"], home.path())
        .with_patience(PATIENCE);
    running.wait_for("Note-taker · Challenges");
    running.send("a");
    running.wait_for("New challenge");
    running.send("The generator stopped mid-sentence");
    running.wait_for("mid-sentence");
    // The terminal goes away: SIGHUP to the child.
    let pid = running.pid().expect("a pid");
    let status = Command::new("kill")
        .args(["-HUP", &pid.to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());
    running.wait_exit();
    let draft = store::drafts::load_draft(&file)
        .expect("readable draft")
        .expect("a draft was written");
    assert_eq!(draft.text, "The generator stopped mid-sentence");
    // Reopening offers it; restoring puts it in the editor; Enter saves it.
    let mut running = Running::start(&["open", &path, "--group", "Challenges"], home.path())
        .with_patience(PATIENCE);
    running.wait_for("A draft was kept");
    running.wait_for("The generator stopped mid-sentence");
    running.send("r");
    running.wait_for("draft restored");
    running.send("\r");
    running.wait_for("added a challenge");
    running.send("q");
    assert!(running.wait_exit(), "exit status:\n{}", running.screen());
    assert!(
        !store::drafts::draft_path(&file).exists(),
        "saved: no draft"
    );
    let workshop = store::load(&file).expect("loads").workshop;
    assert!(
        workshop
            .entries()
            .any(|e| e.text == "The generator stopped mid-sentence")
    );
}
