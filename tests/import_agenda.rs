//! `halaqa import agenda FILE CSV|ICS [--dry-run]`: a spreadsheet or a calendar becomes agenda
//! items, parallel sessions included; bad input is refused in one sentence and nothing is
//! written.

#[path = "fixtures/agenda/workshop.rs"]
#[allow(dead_code)]
mod fixture;
#[path = "support/cli.rs"]
mod support;

use halaqa::import::agenda::plan_agenda;
use halaqa::model::schedule::clock_text;
use halaqa::model::{
    Change, DeviceId, Document, Id, ItemKind, Participant, PersonRef, RecordRef, Workshop,
};
use halaqa::report::ics;
use halaqa::store;
use std::path::Path;
use support::Sandbox;

const ZAINAB: u128 = 0x0193_0000_0000_7000_8000_0000_0000_0100;

/// The two-day workshop with Zainab on the participant list and no agenda yet.
fn empty_workshop() -> Workshop {
    let mut doc = fixture::document(fixture::info());
    let mut zainab = Participant::new("Zainab Kareem");
    zainab.id = Id::from_u128(ZAINAB);
    fixture::apply(&mut doc, Change::put_participant(zainab));
    doc.into_workshop()
}

fn fixture_bytes(name: &str) -> Vec<u8> {
    std::fs::read(Path::new("tests/fixtures/agenda").join(name)).expect("the fixture exists")
}

/// Each item as "day start–end title [room]", in agenda order.
fn agenda_lines(workshop: &Workshop) -> Vec<String> {
    let mut lines = Vec::new();
    for day in 1..=workshop.info().days {
        for (item, slot) in workshop
            .agenda_of_day(day)
            .iter()
            .zip(workshop.day_plan(day))
        {
            lines.push(format!(
                "{day} {}–{} {} [{}]",
                clock_text(slot.start),
                clock_text(slot.end),
                item.title,
                item.room
            ));
        }
    }
    lines
}

fn session(sandbox: &Sandbox, workshop: &Workshop) -> std::path::PathBuf {
    let path = sandbox.path("w.halaqa");
    store::save(&path, workshop).unwrap();
    path
}

fn copy_fixture(sandbox: &Sandbox, name: &str) {
    std::fs::write(sandbox.path(name), fixture_bytes(name)).unwrap();
}

#[test]
fn a_csv_with_parallel_sessions_is_imported_with_rooms_times_and_speakers() {
    let sandbox = Sandbox::new();
    let path = session(&sandbox, &empty_workshop());
    copy_fixture(&sandbox, "parallel.csv");
    sandbox
        .run(["import", "agenda", "w.halaqa", "parallel.csv"])
        .succeeded()
        .says("5 agenda items to add:")
        .says("day 1 (Tue 24 Nov)  09:30–11:00  Working group: water [Hall A]")
        .says("Note: columns not used: Notes")
        .says("Saved w.halaqa: 5 agenda items now.");
    let workshop = store::load(&path).unwrap().workshop;
    assert_eq!(
        agenda_lines(&workshop),
        [
            "1 09:00–09:30 Opening, welcome []",
            "1 09:30–11:00 Working group: water [Hall A]",
            "1 09:30–10:30 Working group: health [Hall B]",
            "1 11:00–11:45 Plenary []",
            "2 10:00–11:00 Closing []",
        ]
    );
    let opening = workshop.agenda()[0];
    assert_eq!(opening.kind, ItemKind::Opening);
    assert_eq!(
        opening.speakers,
        [
            PersonRef::Participant(Id::from_u128(ZAINAB)),
            PersonRef::Named("Dr. Ali Hassan, University of Basra".into()),
        ]
    );
    assert_eq!(workshop.agenda()[2].kind, ItemKind::WorkingGroups);
}

#[test]
fn dates_durations_and_semicolons_are_read_too() {
    let plan = plan_agenda(&fixture_bytes("dates.csv"), &empty_workshop()).unwrap();
    let lines: Vec<String> = plan.to_string().lines().map(str::to_string).collect();
    assert!(
        lines.contains(&"  day 2 (Wed 25 Nov)  09:00–10:30  Field visit briefing".to_string()),
        "{lines:?}"
    );
    assert!(
        lines.contains(
            &"  day 2 (Wed 25 Nov)  10:30–11:15  Visit to the water plant [Bus 1]".to_string()
        ),
        "{lines:?}"
    );
    assert!(
        lines.contains(
            &"  day 2 (Wed 25 Nov)  10:30–11:15  Visit to the clinic [Bus 2]".to_string()
        ),
        "{lines:?}"
    );
}

#[test]
fn a_calendar_with_parallel_sessions_is_imported() {
    let sandbox = Sandbox::new();
    let path = session(&sandbox, &empty_workshop());
    copy_fixture(&sandbox, "parallel.ics");
    sandbox
        .run(["import", "agenda", "w.halaqa", "parallel.ics"])
        .succeeded()
        .says("Read a calendar (iCalendar).")
        .says("Saved w.halaqa: 3 agenda items now.");
    let workshop = store::load(&path).unwrap().workshop;
    assert_eq!(
        agenda_lines(&workshop),
        [
            "1 09:30–11:00 Working group: water [Hall A]",
            "1 09:30–10:30 Working group: health, and nutrition [Hall B]",
            "2 10:00–11:00 Closing []",
        ]
    );
    let closing = workshop.agenda()[2];
    assert!(closing.pinned, "\"Fixed time\" in the description");
    assert_eq!(closing.kind, ItemKind::Plenary);
    assert_eq!(
        closing.speakers,
        [PersonRef::Participant(Id::from_u128(ZAINAB))]
    );
    assert_eq!(workshop.agenda()[1].kind, ItemKind::WorkingGroups);
}

#[test]
fn a_dry_run_shows_the_items_and_writes_nothing() {
    let sandbox = Sandbox::new();
    let path = session(&sandbox, &empty_workshop());
    let before = std::fs::read(&path).unwrap();
    copy_fixture(&sandbox, "parallel.csv");
    sandbox
        .run(["import", "agenda", "w.halaqa", "parallel.csv", "--dry-run"])
        .succeeded()
        .says("5 agenda items to add:")
        .says("Dry run: nothing was written.");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn an_import_is_one_step_that_undo_takes_back() {
    let mut doc = Document::new(empty_workshop(), DeviceId::new("test"));
    let plan = plan_agenda(&fixture_bytes("parallel.csv"), doc.workshop()).unwrap();
    doc.apply(plan.change).unwrap();
    assert_eq!(doc.workshop().agenda().len(), 5);
    doc.undo().unwrap();
    assert!(doc.workshop().agenda().is_empty());
}

#[test]
fn a_halaqa_calendar_comes_back_as_it_went_out() {
    let mut doc = Document::new(empty_workshop(), DeviceId::new("test"));
    let plan = plan_agenda(&fixture_bytes("parallel.csv"), doc.workshop()).unwrap();
    doc.apply(plan.change).unwrap();
    let exported = ics::calendar(doc.workshop()).unwrap().text;
    let mut copy = Document::new(empty_workshop(), DeviceId::new("test"));
    let plan = plan_agenda(exported.as_bytes(), copy.workshop()).unwrap();
    copy.apply(plan.change).unwrap();
    assert_eq!(agenda_lines(copy.workshop()), agenda_lines(doc.workshop()));
    let (a, b) = (doc.workshop().agenda(), copy.workshop().agenda());
    for (original, back) in a.iter().zip(b.iter()) {
        assert_eq!(
            (original.kind, &original.speakers),
            (back.kind, &back.speakers)
        );
    }
}

#[test]
fn the_workshops_own_calendar_comes_back_with_its_rooms_and_flags() {
    // The fixture's dinner runs past midnight, which an import refuses: leave it out.
    let mut original = Document::new(fixture::two_days(), DeviceId::new("test"));
    let dinner = original.workshop().agenda()[6].id;
    fixture::apply(&mut original, Change::Delete(RecordRef::Item(dinner)));
    let exported = ics::calendar(original.workshop()).unwrap().text;
    let mut copy = Document::new(empty_workshop(), DeviceId::new("test"));
    let plan = plan_agenda(exported.as_bytes(), copy.workshop()).unwrap();
    copy.apply(plan.change).unwrap();
    let flags = |w: &Workshop| -> Vec<(String, String, bool, bool)> {
        w.agenda()
            .iter()
            .filter(|i| !i.dropped)
            .map(|i| (i.title.clone(), i.room.clone(), i.pinned, i.optional))
            .collect()
    };
    assert_eq!(flags(copy.workshop()), flags(original.workshop()));
    assert!(agenda_lines(copy.workshop()).contains(&"1 08:30–09:00 Registration []".to_string()));
}

#[test]
fn imported_items_keep_their_start_and_go_after_the_days_items() {
    let workshop = fixture::two_days();
    let csv = "day,start,end,title,room\n1,09:30,10:00,Side event,Hall C\n";
    let plan = plan_agenda(csv.as_bytes(), &workshop).unwrap();
    let last = workshop.agenda_of_day(1).iter().map(|i| i.order).max();
    assert!(Some(plan.items[0].order) > last);
    assert_eq!(plan.items[0].start, Some(fixture::time(9, 30)));
}

#[test]
fn an_event_in_utc_is_refused() {
    let calendar = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Opening\r\nDTSTART:20261124T060000Z\r\nDTEND:20261124T063000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let error = plan_agenda(calendar.as_bytes(), &empty_workshop()).unwrap_err();
    assert!(
        error
            .to_string()
            .contains("event 1 (Opening): its start time 20261124T060000Z is in UTC"),
        "{error}"
    );
}

#[test]
fn an_end_before_the_start_is_refused_in_words() {
    let csv = "day,start,end,title\n1,10:00,09:00,Panel\n";
    let error = plan_agenda(csv.as_bytes(), &empty_workshop()).unwrap_err();
    assert!(
        error
            .to_string()
            .contains("row 2: it ends at 09:00, before it starts at 10:00"),
        "{error}"
    );
}

#[test]
fn cancelled_events_are_left_out_and_said_so() {
    let calendar = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Old slot\r\nSTATUS:CANCELLED\r\nDTSTART:20261124T090000\r\nDTEND:20261124T100000\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Opening\r\nDTSTART:20261124T090000\r\nDTEND:20261124T093000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let plan = plan_agenda(calendar.as_bytes(), &empty_workshop()).unwrap();
    assert_eq!(plan.items.len(), 1);
    assert!(
        plan.to_string()
            .contains("Note: 1 cancelled event(s) left out")
    );
}

/// Refused with exit 1, one line naming the file and `reason`, and the session untouched.
#[track_caller]
fn refused(workshop: &Workshop, file: &str, reason: &str) {
    let sandbox = Sandbox::new();
    let path = session(&sandbox, workshop);
    let before = std::fs::read(&path).unwrap();
    copy_fixture(&sandbox, file);
    sandbox
        .run(["import", "agenda", "w.halaqa", file])
        .refused()
        .says(&format!("error: {file}: "))
        .says("nothing was imported")
        .says(reason);
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "{file}: the session changed"
    );
}

#[test]
fn a_repeating_event_is_refused() {
    refused(
        &empty_workshop(),
        "recurring.ics",
        "event 1 (Morning prayer): it repeats (RRULE)",
    );
}

#[test]
fn an_event_without_times_is_refused() {
    refused(
        &empty_workshop(),
        "all-day.ics",
        "event 1 (Workshop day): it is an all-day event",
    );
    refused(
        &empty_workshop(),
        "no-times.ics",
        "event 1 (Sometime): it has no start time",
    );
}

#[test]
fn rows_overlapping_in_one_room_are_refused_but_other_rooms_may_run_alongside() {
    refused(
        &empty_workshop(),
        "overlap.csv",
        "1 item(s) cannot be imported, so nothing was imported (row 3: it overlaps row 2 (09:00–10:30) in room hall a)",
    );
}

#[test]
fn a_row_overlapping_the_agenda_already_there_is_refused() {
    refused(
        &fixture::two_days(),
        "parallel.csv",
        "row 2: it overlaps \"Opening, welcome; aims\" (09:00–09:30), already on day 1, in the main room",
    );
}

#[test]
fn a_row_past_midnight_is_refused() {
    refused(
        &empty_workshop(),
        "past-midnight.csv",
        "row 2: it runs past midnight (23:00 to 01:00), so split it at 24:00",
    );
}

#[test]
fn a_date_outside_the_workshop_is_refused() {
    refused(
        &empty_workshop(),
        "outside.csv",
        "row 2: 2026-11-27 is not one of the workshop's days (2026-11-24 to 2026-11-25)",
    );
}
