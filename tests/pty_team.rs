//! The real binary in a pseudo-terminal: open a session, put the first person in the
//! Participants table on the team with `t`, quit; the saved file keeps the role, and the
//! report's figures leave them out.

#[path = "support/pty.rs"]
mod pty;

use halaqa::model::{Change, DeviceId, Document, Participant, TeamRole, Workshop, WorkshopInfo};
use halaqa::report::Report;
use halaqa::store;
use pty::Running;

#[test]
fn t_in_the_table_puts_a_person_on_the_team_and_the_file_keeps_it() {
    let home = tempfile::tempdir().expect("temp folder");
    let file = home.path().join("session.ron");
    let mut doc = Document::new(
        Workshop::new(WorkshopInfo::titled("Closing session")),
        DeviceId::new("test"),
    );
    doc.apply(Change::Batch(vec![
        Change::put_participant(Participant::new("Aram Karim")),
        Change::put_participant(Participant::new("Zainab Kadhim")),
    ]))
    .expect("valid changes");
    store::save(&file, &doc.into_workshop()).expect("saved");
    let path = file.display().to_string();
    let mut halaqa = Running::start(&["open", &path], home.path());
    halaqa.wait_for("saved");
    halaqa.send("4");
    halaqa.wait_for("Aram Karim");
    halaqa.send("t");
    halaqa.wait_for("Aram Karim is on the team (staff)");
    let screen = halaqa.screen();
    let row = screen
        .lines()
        .find(|l| l.contains("Aram Karim") && !l.contains("team"))
        .unwrap_or_default();
    assert!(row.trim_end().ends_with("staff"), "{screen}");
    halaqa.send("q");
    assert!(
        halaqa.wait_exit(),
        "exit status not 0:\n{}",
        halaqa.screen()
    );
    let loaded = store::load(&file).expect("the session loads");
    let aram = loaded
        .workshop
        .participants()
        .find(|p| p.name == "Aram Karim")
        .expect("Aram");
    assert_eq!(aram.team, Some(TeamRole::Staff));
    let markdown = Report::build(&loaded.workshop, false).to_markdown();
    assert!(markdown.contains("- Registered: 1\n"), "{markdown}");
    assert!(
        markdown.contains("not counted in these figures: 1"),
        "{markdown}"
    );
}
