//! The real binary in a pseudo-terminal: importing a list whose name column halaqa cannot
//! find on its own, remapping it by keys in the preview, importing; the saved file holds the
//! names, and a second list with the same header row is read with the remembered choice.

#[path = "support/cli.rs"]
mod cli;
#[path = "support/pty.rs"]
mod pty;

use cli::Sandbox;
use pty::Running;
use std::time::{Duration, Instant};

const DOWN: &str = "\u{1b}[B";
const UP: &str = "\u{1b}[A";

fn names(sandbox: &Sandbox) -> Vec<String> {
    let workshop = halaqa::store::load(&sandbox.path("w.ron"))
        .expect("the session loads")
        .workshop;
    let mut names: Vec<String> = workshop.participants().map(|p| p.name.clone()).collect();
    names.sort();
    names
}

/// Press `key` until the line starting with the cursor mark shows `text`.
fn move_to(halaqa: &mut Running, key: &str, text: &str) {
    let deadline = Instant::now() + halaqa.patience();
    loop {
        halaqa.pump();
        if halaqa
            .screen()
            .lines()
            .any(|l| l.contains(&format!("▸{text}")))
        {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "no ▸{text} on the screen:\n{}",
            halaqa.screen()
        );
        halaqa.send(key);
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn open_import(sandbox: &Sandbox, list: &str) -> Running {
    let path = sandbox.path("w.ron").display().to_string();
    let mut halaqa =
        Running::start(&["open", &path], sandbox.root()).with_patience(Duration::from_secs(20));
    halaqa.wait_for("Closing session");
    halaqa.send("4");
    halaqa.send("i");
    halaqa.wait_for("List file ›");
    halaqa.send(&sandbox.path(list).display().to_string());
    halaqa.send("\r");
    halaqa.wait_for("Import participants: preview");
    halaqa
}

fn import_and_quit(mut halaqa: Running, added: &str) {
    move_to(&mut halaqa, UP, "Import");
    halaqa.send("\r");
    halaqa.wait_for("Import done");
    halaqa.wait_for(added);
    halaqa.send("\r");
    halaqa.wait_for("imported from");
    halaqa.send("q");
    assert!(halaqa.wait_exit(), "exit status:\n{}", halaqa.screen());
}

#[test]
fn a_column_remapped_by_keys_is_imported_and_remembered_for_the_same_header() {
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
    // Nothing in "Q1" says it holds names: halaqa finds no name column on its own.
    std::fs::write(
        sandbox.path("week1.csv"),
        "Q1,Q2,Q3\nAli Hassan,Tamkeen Network,07701234567\nSara Karim,Ruwad,07811112222\n",
    )
    .expect("written");
    let mut halaqa = open_import(&sandbox, "week1.csv");
    halaqa.wait_for("not importable now: no column holds the participants' names");
    move_to(&mut halaqa, DOWN, "name ");
    halaqa.send("\r");
    halaqa.wait_for("Which column fills name?");
    move_to(&mut halaqa, DOWN, "Q1");
    halaqa.send("\r");
    halaqa.wait_for("would add 2");
    // Q2 holds organisations: picked for "organisation" the same way.
    move_to(&mut halaqa, DOWN, "organisation");
    halaqa.send("\r");
    halaqa.wait_for("Which column fills organisation?");
    move_to(&mut halaqa, DOWN, "Q2");
    halaqa.send("\r");
    halaqa.wait_for("Tamkeen Network, Ruwad");
    import_and_quit(halaqa, "\"Q1\" → name (chosen in the preview)");
    assert_eq!(names(&sandbox), ["Ali Hassan", "Sara Karim"]);
    let workshop = halaqa::store::load(&sandbox.path("w.ron"))
        .expect("loads")
        .workshop;
    let ali = workshop
        .participants()
        .find(|p| p.name == "Ali Hassan")
        .expect("Ali");
    assert_eq!(ali.organisation, "Tamkeen Network");

    // Next week's list from the same form: the same header, read the same way at once.
    std::fs::write(
        sandbox.path("week2.csv"),
        "Q1,Q2,Q3\nNour Ali,Ruwad,07501112233\n",
    )
    .expect("written");
    let mut halaqa = open_import(&sandbox, "week2.csv");
    halaqa.wait_for("columns as chosen last time");
    halaqa.wait_for("would add 1");
    import_and_quit(halaqa, "Added 1");
    assert_eq!(names(&sandbox), ["Ali Hassan", "Nour Ali", "Sara Karim"]);
}
