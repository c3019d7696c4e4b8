//! The real binary in a pseudo-terminal at the door: open the demo, go to check-in, type part
//! of a name, Enter, quit; the saved file records today's attendance for that person. A double
//! Enter records one check-in; on a laptop whose date is not a workshop day the door refuses
//! in a sentence and records on the chosen day, and the agenda refuses to start an item.

#[path = "support/pty.rs"]
mod pty;

use chrono::NaiveDate;
use halaqa::model::{
    AgendaItem, Change, DeviceId, Document, ItemKind, Participant, Workshop, WorkshopInfo,
};
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

#[test]
fn a_double_enter_at_the_door_records_one_check_in() {
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
    halaqa.send("\r");
    halaqa.wait_for("Yasser Hamid: already checked in at");
    halaqa.send("\x1b");
    halaqa.wait_for("here today");
    halaqa.send("q");
    assert!(
        halaqa.wait_exit(),
        "exit status not 0:\n{}",
        halaqa.screen()
    );
    let files = demo_files(home.path());
    let loaded = store::load(&files[0]).expect("the saved demo loads");
    let today = chrono::Local::now().date_naive();
    let yasser = loaded
        .workshop
        .participants()
        .find(|p| p.name == "Yasser Hamid")
        .expect("Yasser is in the demo");
    let lines: Vec<_> = yasser
        .attendance
        .iter()
        .filter(|a| a.date == today)
        .collect();
    assert_eq!(lines.len(), 1, "{:?}", yasser.attendance);
}

/// A one-day workshop long past (no clock reads 2020 again), with one person and one item.
fn past_workshop() -> Workshop {
    let mut info = WorkshopInfo::titled("Closing session");
    info.start = NaiveDate::from_ymd_opt(2020, 1, 6);
    info.days = 1;
    let mut doc = Document::new(Workshop::new(info), DeviceId::new("test"));
    let opening = AgendaItem::new(1, 1, "Opening and welcome", ItemKind::Opening, 30);
    doc.apply(Change::Batch(vec![
        Change::put_item(opening),
        Change::put_participant(Participant::new("Zainab Kadhim")),
    ]))
    .expect("valid changes");
    doc.into_workshop()
}

#[test]
fn on_a_day_that_is_not_a_workshop_day_the_door_asks_and_the_agenda_refuses() {
    let home = tempfile::tempdir().expect("temp folder");
    let file = home.path().join("session.ron");
    store::save(&file, &past_workshop()).expect("saved");
    let path = file.display().to_string();
    let mut halaqa = Running::start(&["open", &path], home.path());
    halaqa.wait_for("saved");
    halaqa.send("4");
    halaqa.wait_for("Zainab Kadhim");
    halaqa.send("c");
    halaqa.wait_for("not a workshop day");
    halaqa.send("zain");
    halaqa.wait_for("Zainab Kadhim");
    halaqa.send("\r");
    halaqa.wait_for("is not a workshop day (Mon 6 Jan 2020 only)");
    halaqa.wait_for("Record Zainab Kadhim's check-in for ‹ day 1 · Mon 6 Jan 2020 ›");
    halaqa.send("\r");
    halaqa.wait_for("Zainab Kadhim checked in for day 1 (Mon 6 Jan 2020)");
    // Esc, then wait: an Esc followed at once by a key reads as Alt and that key.
    halaqa.send("\x1b");
    halaqa.wait_for("here today");
    halaqa.send("3");
    halaqa.wait_for("Opening and welcome");
    halaqa.send("s");
    halaqa.wait_for("\"Opening and welcome\" not started");
    halaqa.send("q");
    assert!(
        halaqa.wait_exit(),
        "exit status not 0:\n{}",
        halaqa.screen()
    );
    let loaded = store::load(&file).expect("the session loads");
    let zainab = loaded
        .workshop
        .participants()
        .next()
        .expect("Zainab is there");
    let dates: Vec<_> = zainab.attendance.iter().map(|a| a.date).collect();
    assert_eq!(
        dates,
        NaiveDate::from_ymd_opt(2020, 1, 6)
            .into_iter()
            .collect::<Vec<_>>()
    );
    assert!(
        loaded
            .workshop
            .agenda()
            .iter()
            .all(|i| i.actual_start.is_none()),
        "an item started on a day that is not a workshop day"
    );
}
