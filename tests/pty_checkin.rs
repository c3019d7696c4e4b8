//! The real binary in a pseudo-terminal at the door: open the demo, go to check-in, type part
//! of a name, Enter, quit; the saved file records today's attendance for that person.

#[path = "support/pty.rs"]
mod pty;

use halaqa::store;
use pty::{Running, demo_files};

#[test]
fn check_in_at_the_door_is_saved_for_today() {
    let home = tempfile::tempdir().expect("temp folder");
    let mut halaqa = Running::start(&["demo"], home.path());
    halaqa.wait_for("saved");
    halaqa.send("4");
    halaqa.wait_for("50 registered");
    halaqa.send("c");
    halaqa.wait_for("Check-in at the door");
    halaqa.send("yass");
    halaqa.wait_for("Yasser Hamid");
    halaqa.send("\r");
    halaqa.wait_for("Yasser Hamid checked in at");
    // Esc leaves the door (q there would type a q), then q quits after saving.
    halaqa.send("\x1b");
    halaqa.wait_for("here today");
    halaqa.send("q");
    assert!(
        halaqa.wait_exit(),
        "exit status not 0:\n{}",
        halaqa.screen()
    );
    let files = demo_files(home.path());
    assert_eq!(files.len(), 1, "{files:?}");
    let loaded = store::load(&files[0]).expect("the saved demo loads");
    let today = chrono::Local::now().date_naive();
    let yasser = loaded
        .workshop
        .participants()
        .find(|p| p.name == "Yasser Hamid")
        .expect("Yasser is in the demo");
    assert!(
        yasser.attended_on(today),
        "no attendance for {today}: {:?}",
        yasser.attendance
    );
}
