//! The real binary: a half-typed agenda item survives SIGHUP (the terminal window closed
//! mid-form) and comes back when the facilitator opens the add form again.

#[path = "support/pty.rs"]
mod pty;

use halaqa::store::drafts::{form_draft_path, load_form_draft};
use pty::Running;
use std::process::Command;
use std::time::Duration;

const PATIENCE: Duration = Duration::from_secs(15);
const TITLE: &str = "Budget hearing with the council";

#[test]
fn a_half_typed_agenda_item_survives_sighup_and_comes_back() {
    let home = tempfile::tempdir().expect("temp folder");
    let file = pty::write_demo(home.path());
    let path = file.display().to_string();

    let mut halaqa = Running::start(&["open", &path], home.path()).with_patience(PATIENCE);
    halaqa.wait_for("opened demo.ron");
    halaqa.send("3");
    halaqa.send("a");
    halaqa.wait_for("Minutes");
    halaqa.send(TITLE);
    halaqa.wait_for("the council");
    let pid = halaqa.pid().expect("a pid");
    let status = Command::new("kill")
        .args(["-HUP", &pid.to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());
    assert!(halaqa.wait_exit(), "SIGHUP: exit status 0");
    let draft = load_form_draft(&file)
        .expect("a readable draft")
        .expect("the form's draft was written");
    assert_eq!(draft.form, "agenda item");
    assert!(
        draft
            .fields
            .contains(&("Title".to_string(), TITLE.to_string()))
    );

    let mut halaqa = Running::start(&["open", &path], home.path()).with_patience(PATIENCE);
    halaqa.wait_for("unsaved agenda item form");
    halaqa.send("3");
    halaqa.send("a");
    halaqa.wait_for("the council");
    halaqa.wait_for("restored what was typed");
    // Esc cancels on purpose: the draft is gone.
    halaqa.send("\u{1b}");
    halaqa.wait_for("Agenda");
    halaqa.send("q");
    assert!(halaqa.wait_exit());
    assert!(!form_draft_path(&file).exists(), "cancelled: no draft left");
}
