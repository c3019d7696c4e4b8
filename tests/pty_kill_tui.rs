//! `kill -9` of the terminal program while a note-taker adds entries and it saves them: the
//! file is never broken, every entry the bar called "saved" before the kill is in the file,
//! and the temp files the kills leave are gone once the session is opened again. The test
//! runs 10 kills; the full harness is
//! `HALAQA_TUI_KILLS=200 cargo test --release --test pty_kill_tui -- --nocapture`, which
//! prints the figures (see docs/RELIABILITY.md).

#[path = "support/cli.rs"]
mod cli;
#[path = "support/pty.rs"]
mod pty;

use cli::Sandbox;
use halaqa::tui::app::AUTOSAVE_DEBOUNCE;
use pty::Running;
use std::time::{Duration, Instant};

/// The session's size: large enough that a save is caught in the act now and then.
const PEOPLE: usize = 3000;

fn entry_texts(sandbox: &Sandbox) -> Option<Vec<String>> {
    let workshop = halaqa::store::load(&sandbox.path("w.ron")).ok()?.workshop;
    Some(workshop.entries().map(|e| e.text.clone()).collect())
}

/// The status bar: the screen's second last line.
fn bar(screen: &str) -> &str {
    let lines: Vec<&str> = screen.lines().collect();
    lines.len().checked_sub(2).map_or("", |i| lines[i])
}

/// The status bar says the change is on disk.
fn bar_says_saved(screen: &str) -> bool {
    bar(screen).contains(" saved ")
}

#[test]
fn kills_of_the_terminal_program_lose_no_saved_entry_and_leave_no_temp_file() {
    let kills: usize = std::env::var("HALAQA_TUI_KILLS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(10);
    let sandbox = Sandbox::new();
    sandbox
        .run([
            "new",
            "w.ron",
            "--title",
            "Closing session",
            "--template",
            "closing-session",
        ])
        .succeeded();
    std::fs::write(sandbox.path("big.csv"), cli::big_list(PEOPLE)).expect("written");
    sandbox
        .run(["import", "participants", "w.ron", "big.csv"])
        .succeeded();
    let path = sandbox.path("w.ron").display().to_string();
    let (mut acknowledged, mut lost, mut broken, mut most_temps) = (0, 0, 0, 0);
    let mut saved_texts: Vec<String> = Vec::new();
    for round in 0..kills {
        let mut running = Running::start(&["open", &path, "--group", "Challenges"], sandbox.root())
            .with_patience(Duration::from_secs(20));
        running.wait_for("Note-taker · Challenges");
        let text = format!("Kill round {round}: the bus was late");
        running.send("a");
        running.wait_for("New challenge");
        running.send(&text);
        running.wait_for(&text);
        running.send("\r");
        running.wait_for("added a challenge");
        // Kills land at different moments: anywhere in the first 2.4 s, in small steps
        // around the moment the autosave starts writing, and once the bar says "saved".
        let deadline = Instant::now()
            + match round % 3 {
                0 => Duration::from_millis(100 * (round % 24) as u64),
                1 => AUTOSAVE_DEBOUNCE + Duration::from_millis(5 * (round % 60) as u64),
                _ => Duration::from_secs(10),
            };
        let mut saved = false;
        loop {
            running.pump();
            let screen = running.screen();
            saved = saved || bar_says_saved(&screen);
            if (round % 3 == 2 && saved) || Instant::now() >= deadline {
                break;
            }
        }
        if let Some(pid) = running.pid() {
            // SAFETY: a plain kill(2) of the child this test started.
            unsafe {
                libc::kill(pid as libc::pid_t, libc::SIGKILL);
            }
        }
        let _ = running.wait_exit();
        most_temps = most_temps.max(cli::save_temps(&sandbox).len());
        if saved {
            acknowledged += 1;
            saved_texts.push(text);
        }
        match entry_texts(&sandbox) {
            None => broken += 1,
            Some(in_file) => {
                lost += saved_texts.iter().filter(|t| !in_file.contains(t)).count();
                saved_texts.retain(|t| !in_file.contains(t));
            }
        }
    }
    // Opening the session again sweeps what the kills left.
    let mut running = Running::start(&["open", &path], sandbox.root());
    running.wait_for("w.ron");
    running.send("q");
    assert!(running.wait_exit(), "{}", running.screen());
    let left = cli::save_temps(&sandbox).len();
    eprintln!(
        "{kills} kills of the terminal program: {acknowledged} entries the bar called saved, {lost} of them lost, {broken} broken files, at most {most_temps} temp files between \
         opens, {left} after the next open"
    );
    assert_eq!(broken, 0, "a kill never breaks the file");
    assert_eq!(lost, 0, "an entry the bar called saved is on disk");
    assert_eq!(left, 0, "the next open removes the temp files");
    assert!(acknowledged > 0, "some rounds saw the save before the kill");
}
