//! What changing the workshop's dates does: items keep their day number, check-ins move with
//! their day, and what would fall outside the new days is named before anything goes.

use chrono::{NaiveDate, NaiveTime};
use chrono::{TimeZone, Utc};
use halaqa::model::dates;
use halaqa::model::{
    AgendaItem, Attendance, Change, DeviceId, Document, ItemKind, Participant, Workshop,
    WorkshopInfo,
};

fn date(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, d).expect("date")
}

fn checked_in(on: NaiveDate) -> Attendance {
    Attendance {
        date: on,
        time: NaiveTime::from_hms_opt(9, 5, 0).expect("time"),
    }
}

/// Two days from 10 March; an item on day 2; Lana checked in on both days and on the 20th
/// (not a workshop day).
fn workshop() -> Document {
    let mut info = WorkshopInfo::titled("Peer exchange");
    info.start = Some(date(10));
    info.days = 2;
    let mut w = Document::new(Workshop::new(info), DeviceId::new("test"));
    let visit = AgendaItem::new(2, 1, "Field visit", ItemKind::FieldVisit, 90);
    w.apply_at(Change::put_item(visit), when()).expect("item");
    let mut lana = Participant::new("Lana Aziz");
    lana.attendance = vec![
        checked_in(date(10)),
        checked_in(date(11)),
        checked_in(date(20)),
    ];
    w.apply_at(Change::put_participant(lana), when())
        .expect("person");
    w
}

/// A fixed clock: the stamps do not depend on today.
fn when() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 1, 8, 0, 0)
        .single()
        .expect("time")
}

fn lana(w: &Workshop) -> Vec<NaiveDate> {
    let person = w.participants().next().expect("Lana");
    person.attendance.iter().map(|a| a.date).collect()
}

#[test]
fn a_later_start_moves_each_check_in_with_its_day_and_keeps_the_items() {
    let mut doc = workshop();
    let mut info = doc.workshop().info().clone();
    info.start = Some(date(17));
    let plan = dates::plan(doc.workshop(), info);
    assert!(!plan.drops_anything());
    assert_eq!(plan.moved_check_ins, 2);
    doc.apply_at(plan.change, when()).expect("applies");
    let w = doc.workshop();
    // Day 1 and day 2 follow; the 20th was no workshop day and stays as it was.
    assert_eq!(lana(w), vec![date(17), date(18), date(20)]);
    assert_eq!(
        w.agenda_of_day(2).len(),
        1,
        "the field visit is still on day 2"
    );
}

#[test]
fn one_day_fewer_names_the_item_and_check_in_that_would_go() {
    let mut doc = workshop();
    let mut info = doc.workshop().info().clone();
    info.days = 1;
    let plan = dates::plan(doc.workshop(), info);
    assert!(plan.drops_anything());
    assert_eq!(plan.items_outside, vec!["Field visit (day 2)"]);
    assert_eq!(plan.check_ins_outside, 1);
    doc.apply_at(plan.change, when()).expect("applies");
    let after = doc.workshop();
    assert_eq!(lana(after), vec![date(10), date(20)]);
    assert!(after.agenda().is_empty());
}
