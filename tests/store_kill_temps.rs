//! `kill -9` during saves: the file is never broken, and the temp files the kills leave are
//! gone after the next save. The test runs 20 kills; the full harness is
//! `HALAQA_KILLS=200 cargo test --release --test store_kill_temps -- --nocapture`, which
//! prints the figures (see docs/RELIABILITY.md).

#[path = "support/cli.rs"]
mod support;

use std::process::Stdio;
use support::Sandbox;

#[test]
fn kills_during_saves_leave_a_whole_file_and_the_next_save_sweeps_their_temps() {
    let kills: usize = std::env::var("HALAQA_KILLS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(20);
    let sandbox = Sandbox::new();
    sandbox
        .run(["new", "w.ron", "--title", "Closing session"])
        .succeeded();
    std::fs::write(sandbox.path("big.csv"), support::big_list(1000)).expect("written");
    sandbox
        .run(["import", "participants", "w.ron", "big.csv"])
        .succeeded();
    // How long one whole import takes here (load, add, save), so the kills can be spread
    // over all of it, the save included. Only a spacing, never an assertion.
    std::fs::write(sandbox.path("one.csv"), "name\nFirst walk-in\n").expect("written");
    let started = std::time::Instant::now();
    sandbox
        .run(["import", "participants", "w.ron", "one.csv"])
        .succeeded();
    let whole = started.elapsed();
    let (mut left, mut broken) = (0, 0);
    for i in 0..kills {
        std::fs::write(
            sandbox.path("one.csv"),
            format!("name\nWalk-in number {i}\n"),
        )
        .expect("written");
        let mut child = sandbox
            .command(["import", "participants", "w.ron", "one.csv"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("halaqa starts");
        // Kills land at different moments of the load–save cycle.
        std::thread::sleep(whole.mul_f64((i % 20) as f64 / 20.0 + 0.05));
        let _ = child.kill();
        let _ = child.wait();
        left = left.max(support::save_temps(&sandbox).len());
        if halaqa::store::load(&sandbox.path("w.ron")).is_err() {
            broken += 1;
        }
    }
    eprintln!(
        "{kills} kills during saves: {broken} broken files, at most {left} temp files left \
         between saves"
    );
    assert_eq!(broken, 0, "a kill never breaks the file");
    // The save's own window is short, so kills rarely land in it: plant what one leaves.
    std::fs::write(sandbox.path(".w.ron.Xk3pQ9.tmp"), "(a killed save's text)").expect("written");
    std::fs::write(sandbox.path("one.csv"), "name\nLast walk-in\n").expect("written");
    sandbox
        .run(["import", "participants", "w.ron", "one.csv"])
        .succeeded();
    assert_eq!(
        support::save_temps(&sandbox),
        Vec::<String>::new(),
        "the next save swept them"
    );
    eprintln!("after the next save: 0 temp files");
}

#[test]
fn a_temp_another_save_is_writing_is_left_alone() {
    let sandbox = Sandbox::new();
    sandbox
        .run(["new", "w.ron", "--title", "Closing session"])
        .succeeded();
    let busy = sandbox.path(".w.ron.Busy42.tmp");
    let writing = std::fs::File::create(&busy).expect("created");
    writing
        .lock()
        .expect("locked, as a save in progress holds it");
    std::fs::write(sandbox.path("one.csv"), "name\nWalk-in\n").expect("written");
    sandbox
        .run(["import", "participants", "w.ron", "one.csv"])
        .succeeded();
    assert_eq!(
        support::save_temps(&sandbox),
        vec![".w.ron.Busy42.tmp".to_string()]
    );
    drop(writing);
    std::fs::write(sandbox.path("one.csv"), "name\nAnother walk-in\n").expect("written");
    sandbox
        .run(["import", "participants", "w.ron", "one.csv"])
        .succeeded();
    assert_eq!(
        support::save_temps(&sandbox),
        Vec::<String>::new(),
        "free now: swept"
    );
}
