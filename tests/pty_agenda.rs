//! The Agenda in the real binary, in a pseudo-terminal: open the demo, go to the agenda,
//! start an item, watch its remaining time go down, open the present view, quit; the file
//! keeps the actual start.

#[path = "support/pty.rs"]
mod pty;

use halaqa::store;
use pty::{Running, demo_files};
use std::time::Instant;

/// The remaining time the agenda's live panel shows ("14:58 left").
fn remaining(screen: &str) -> Option<String> {
    let at = screen.find(" left")?;
    let before: Vec<char> = screen[..at].chars().collect();
    Some(before[before.len().saturating_sub(5)..].iter().collect())
}

#[test]
fn start_an_item_watch_its_time_go_down_present_it_and_the_file_keeps_the_start() {
    let home = tempfile::tempdir().expect("temp folder");
    let title = store::demo::demo_workshop()
        .expect("demo")
        .info()
        .title
        .clone();
    let shown: String = title.chars().take(40).collect();
    let mut halaqa = Running::start(&["demo"], home.path());
    halaqa.wait_for(&shown);
    halaqa.send("3");
    halaqa.wait_for("Nothing running");
    halaqa.send("s");
    halaqa.wait_for("NOW");
    halaqa.wait_for(" left");
    let first = remaining(&halaqa.screen()).expect("a remaining time");
    // The tick is 250 ms and the panel shows seconds: it changes within a couple of seconds.
    let deadline = Instant::now() + halaqa.patience();
    let second = loop {
        halaqa.pump();
        let now = remaining(&halaqa.screen()).expect("a remaining time");
        if now != first {
            break now;
        }
        assert!(
            Instant::now() < deadline,
            "the remaining time stayed at {first}:\n{}",
            halaqa.screen()
        );
    };
    assert!(second < first, "{second} is not less than {first}");
    halaqa.send("p");
    halaqa.wait_for("Esc back");
    halaqa.wait_for("left of");
    assert!(
        halaqa.screen().contains("█"),
        "no big digits:\n{}",
        halaqa.screen()
    );
    halaqa.send("q");
    assert!(
        halaqa.wait_exit(),
        "exit status not 0:\n{}",
        halaqa.screen()
    );
    let files = demo_files(home.path());
    assert_eq!(files.len(), 1, "{files:?}");
    let loaded = store::load(&files[0]).expect("the saved demo loads");
    let running: Vec<_> = loaded
        .workshop
        .agenda()
        .into_iter()
        .filter(|i| i.actual_start.is_some() && i.actual_end.is_none())
        .map(|i| i.title.clone())
        .collect();
    assert_eq!(
        running.len(),
        1,
        "one item started and still running: {running:?}"
    );
}
