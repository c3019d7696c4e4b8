//! Save, then report: every command that writes a file writes it before printing anything,
//! so a reader that has gone away (`| head -1`, quitting `less`) never costs what the report
//! says was done. Each test runs the real binary with its standard output a pipe whose
//! reading end is already closed, so its very first write fails.

#[path = "support/cli.rs"]
mod support;

use halaqa::store::{self, Locking};
use std::process::Stdio;
use support::Sandbox;

/// Run halaqa with stdout a pipe nobody reads (closed before the program starts); its exit
/// code and standard error.
fn run_into_closed_pipe(sandbox: &Sandbox, args: &[&str]) -> (Option<i32>, String) {
    let (reader, writer) = std::io::pipe().expect("a pipe");
    drop(reader);
    let output = sandbox
        .command(args)
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .expect("the halaqa binary runs");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn new_session(sandbox: &Sandbox) {
    sandbox
        .run(["new", "w.ron", "--title", "Closing session"])
        .succeeded();
}

const LIST: &str = "Full name,Gender,Phone\n\
Amal Hassan,female,07701234567\n\
Zaid Karim,male,07501234567\n\
Noor Ali,f,07801234567\n";

fn names_in(sandbox: &Sandbox, file: &str) -> Vec<String> {
    let workshop = store::load(&sandbox.path(file)).unwrap().workshop;
    let mut names: Vec<String> = workshop.participants().map(|p| p.name.clone()).collect();
    names.sort();
    names
}

#[test]
fn import_participants_into_a_closed_pipe_saves_everyone_it_reports() {
    let sandbox = Sandbox::new();
    new_session(&sandbox);
    std::fs::write(sandbox.path("list.csv"), LIST).unwrap();
    // What the report says, read normally on a copy of the same session.
    std::fs::copy(sandbox.path("w.ron"), sandbox.path("copy.ron")).unwrap();
    sandbox
        .run(["import", "participants", "copy.ron", "list.csv"])
        .succeeded()
        .says("Added 3: rows 2–4")
        .says("Saved copy.ron: 3 participants now.");

    let (code, stderr) =
        run_into_closed_pipe(&sandbox, &["import", "participants", "w.ron", "list.csv"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(
        names_in(&sandbox, "w.ron"),
        ["Amal Hassan", "Noor Ali", "Zaid Karim"]
    );
    assert_eq!(names_in(&sandbox, "w.ron"), names_in(&sandbox, "copy.ron"));
}

#[test]
fn import_agenda_into_a_closed_pipe_saves_the_items() {
    let sandbox = Sandbox::new();
    new_session(&sandbox);
    std::fs::write(
        sandbox.path("agenda.csv"),
        "day,start,end,title\n1,09:00,09:30,Opening\n1,09:30,11:00,Plenary\n",
    )
    .unwrap();
    let (code, stderr) =
        run_into_closed_pipe(&sandbox, &["import", "agenda", "w.ron", "agenda.csv"]);
    assert_eq!(code, Some(0), "{stderr}");
    let workshop = store::load(&sandbox.path("w.ron")).unwrap().workshop;
    let titles: Vec<&str> = workshop
        .agenda()
        .iter()
        .map(|item| item.title.as_str())
        .collect();
    assert_eq!(titles, ["Opening", "Plenary"]);
}

#[test]
fn merge_into_a_closed_pipe_saves_the_merged_session() {
    let sandbox = Sandbox::new();
    new_session(&sandbox);
    std::fs::copy(sandbox.path("w.ron"), sandbox.path("laptop2.ron")).unwrap();
    std::fs::write(sandbox.path("list.csv"), LIST).unwrap();
    sandbox
        .run(["import", "participants", "laptop2.ron", "list.csv"])
        .succeeded();
    let (code, stderr) = run_into_closed_pipe(&sandbox, &["merge", "w.ron", "laptop2.ron"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(names_in(&sandbox, "w.ron").len(), 3);
}

#[test]
fn new_and_export_into_a_closed_pipe_write_their_files() {
    let sandbox = Sandbox::new();
    let (code, stderr) =
        run_into_closed_pipe(&sandbox, &["new", "w.ron", "--title", "Closing session"]);
    assert_eq!(code, Some(0), "{stderr}");
    let workshop = store::load(&sandbox.path("w.ron")).unwrap().workshop;
    assert_eq!(workshop.info().title, "Closing session");

    let (code, stderr) = run_into_closed_pipe(
        &sandbox,
        &["export", "w.ron", "--format", "md", "--output", "r.md"],
    );
    assert_eq!(code, Some(0), "{stderr}");
    let report = std::fs::read_to_string(sandbox.path("r.md")).unwrap();
    assert!(report.contains("Closing session"), "{report}");
}

#[test]
fn a_dry_run_works_while_another_halaqa_holds_the_session() {
    let sandbox = Sandbox::new();
    new_session(&sandbox);
    std::fs::write(sandbox.path("list.csv"), LIST).unwrap();
    std::fs::write(
        sandbox.path("agenda.csv"),
        "day,start,end,title\n1,09:00,09:30,Opening\n",
    )
    .unwrap();
    let file = sandbox.path("w.ron");
    let before = std::fs::read(&file).unwrap();
    let guard = match store::lock(&file).unwrap() {
        Locking::Acquired(guard) => guard,
        Locking::HeldBy(holder) => panic!("nobody should hold it yet: {holder}"),
    };
    sandbox
        .run(["import", "participants", "w.ron", "list.csv", "--dry-run"])
        .succeeded()
        .says("Added 3: rows 2–4")
        .says("Dry run: nothing was written.");
    sandbox
        .run(["import", "agenda", "w.ron", "agenda.csv", "--dry-run"])
        .succeeded()
        .says("Dry run: nothing was written.");
    // The real import is still refused: only the dry run needs no lock.
    sandbox
        .run(["import", "participants", "w.ron", "list.csv"])
        .refused()
        .says("in use by");
    assert_eq!(std::fs::read(&file).unwrap(), before);
    drop(guard);
    // And the dry runs left no lock of their own behind.
    assert!(matches!(store::lock(&file).unwrap(), Locking::Acquired(_)));
}
