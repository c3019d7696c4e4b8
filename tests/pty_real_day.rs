//! Issue 10's day, in the real binary: a session from the closing-session template; venue
//! and start date set in the details form; "Registration 08:30" added; items started; the
//! rest of the day re-planned with shift; quit. The file holds the details, the baseline
//! (the agreed plan), the pinned times unchanged and the actual starts.

#[path = "support/pty.rs"]
mod pty;

use halaqa::store;
use pty::Running;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[test]
fn a_real_day_from_template_to_replan_keeps_details_baseline_pins_and_actual_starts() {
    let home = tempfile::tempdir().expect("temp folder");
    let file = home.path().join("closing.ron");
    let path = file.display().to_string();
    let made = Command::new(env!("CARGO_BIN_EXE_halaqa"))
        .args([
            "new",
            &path,
            "--title",
            "Closing session",
            "--template",
            "closing-session",
        ])
        .env("HALAQA_DATA_DIR", home.path().join("data"))
        .env("HALAQA_CONFIG_DIR", home.path().join("config"))
        .stdout(Stdio::null())
        .status()
        .expect("halaqa runs");
    assert!(made.success());
    let planned = store::load(&file).expect("loads").workshop;
    let pinned: Vec<(String, Option<chrono::NaiveTime>)> = planned
        .agenda()
        .iter()
        .filter(|i| i.pinned)
        .map(|i| (i.title.clone(), i.start))
        .collect();
    assert!(
        !pinned.is_empty(),
        "the template pins prayer, lunch, closing"
    );
    // Today is the workshop's day, so the door and the agenda count it (the program reads
    // the same clock).
    let today = chrono::Local::now()
        .date_naive()
        .format("%Y-%m-%d")
        .to_string();

    let mut halaqa =
        Running::start(&["open", &path], home.path()).with_patience(Duration::from_secs(20));
    halaqa.wait_for("Closing session");
    halaqa.send("2");
    halaqa.send("e");
    halaqa.wait_for("Workshop details");
    for _ in 0..8 {
        halaqa.send("\t");
    }
    halaqa.wait_for("hotel or hall");
    halaqa.send("Rotana Hotel, Erbil");
    halaqa.send("\t\t");
    halaqa.wait_for("the first day, YYYY-MM-DD");
    halaqa.send(&today);
    halaqa.send("\r");
    halaqa.wait_for("saved the workshop details");

    halaqa.send("3");
    halaqa.wait_for("Nothing running");
    halaqa.send("a");
    halaqa.wait_for("New agenda item");
    halaqa.send("Registration");
    halaqa.send("\t\t\t08:30\r");
    halaqa.wait_for("added \"Registration\"");
    // Registration is first in the day now: start it, then go on to the opening.
    halaqa.send("\u{1b}[H");
    halaqa.send("s");
    halaqa.wait_for("NOW");
    halaqa.send("n");
    halaqa.wait_for("Opening and welcome");
    halaqa.send("r");
    halaqa.wait_for("Re-plan the rest of day");
    halaqa.send("\r");
    // Whatever the hour (the plan may or may not change), the dialog closes.
    let deadline = Instant::now() + halaqa.patience();
    while halaqa.screen().contains("Re-plan the rest of day") {
        assert!(Instant::now() < deadline, "{}", halaqa.screen());
        halaqa.pump();
    }
    halaqa.send("q");
    assert!(
        halaqa.wait_exit(),
        "exit status not 0:\n{}",
        halaqa.screen()
    );

    let day = store::load(&file).expect("the file loads").workshop;
    assert_eq!(day.info().venue, "Rotana Hotel, Erbil");
    assert_eq!(
        day.info().start.map(|d| d.format("%Y-%m-%d").to_string()),
        Some(today)
    );
    let items = day.agenda();
    let registration = items
        .iter()
        .find(|i| i.title == "Registration")
        .expect("registration");
    assert!(registration.actual_start.is_some(), "registration started");
    let opening = items
        .iter()
        .find(|i| i.title == "Opening and welcome")
        .expect("opening");
    assert!(opening.actual_start.is_some(), "the opening started");
    assert!(
        items.iter().all(|i| i.baseline.is_some()),
        "the plan was frozen as the baseline when the first item started"
    );
    for (title, start) in &pinned {
        let now = items
            .iter()
            .find(|i| &i.title == title)
            .expect("pinned item");
        assert_eq!(&now.start, start, "{title} kept its pinned time");
    }
}
