//! What `halaqa check` tells a facilitator about a good file: the counts they would check by
//! hand, on one screen even for an unusually long workshop.

#[path = "support/cli.rs"]
mod support;

use chrono::{NaiveDate, NaiveTime};
use halaqa::model::{
    AgendaItem, Attendance, Change, DeviceId, Document, Entry, EntryKind, Group, GroupPurpose,
    ItemKind, Participant, RecordRef, Workshop, WorkshopInfo,
};
use halaqa::store;
use support::Sandbox;

fn line<'a>(stdout: &'a str, label: &str) -> &'a str {
    stdout
        .lines()
        .find(|l| l.trim_start().starts_with(label))
        .unwrap_or_else(|| panic!("no {label} line in:\n{stdout}"))
}

#[test]
fn check_counts_people_check_ins_groups_entries_and_tombstones() {
    let start = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let info = WorkshopInfo {
        start: Some(start),
        days: 2,
        venue: "Erbil".into(),
        ..WorkshopInfo::titled("Counting")
    };
    let mut doc = Document::new(Workshop::new(info), DeviceId::new("test"));
    let nine = NaiveTime::from_hms_opt(9, 0, 0).unwrap();
    let mut people = Vec::new();
    for n in 0..5 {
        let mut person = Participant::new(format!("Person {n}"));
        if n < 3 {
            person.attendance.push(Attendance {
                date: start,
                time: nine,
            });
        }
        if n == 0 {
            let day_two = start.succ_opt().unwrap();
            person.attendance.push(Attendance {
                date: day_two,
                time: nine,
            });
        }
        people.push(person.id);
        doc.apply(Change::put_participant(person)).unwrap();
    }
    doc.apply(Change::Delete(RecordRef::Participant(people[4])))
        .unwrap();
    let mut group = Group::new(0, "Lessons learned", GroupPurpose::LessonsLearned);
    group.members = people[..3].to_vec();
    let group_id = group.id;
    doc.apply(Change::put_group(group)).unwrap();
    for (day, title) in [(1, "Opening"), (1, "Panel"), (2, "Plenary")] {
        let item = AgendaItem::new(day, 0, title, ItemKind::Other, 30);
        doc.apply(Change::put_item(item)).unwrap();
    }
    for kind in [EntryKind::Lesson, EntryKind::Lesson, EntryKind::Quote] {
        let entry = Entry::new(kind, "something learned", Some(group_id));
        doc.apply(Change::put_entry(entry)).unwrap();
    }
    let sandbox = Sandbox::new();
    store::save(&sandbox.path("w.ron"), doc.workshop()).unwrap();

    let check = sandbox.run(["check", "w.ron"]);
    let out = &check.succeeded().stdout;
    assert!(out.starts_with("Counting\n"), "{out}");
    assert!(line(out, "dates").contains("Tue 24 Nov 2026 – Wed 25 Nov 2026 (2 days)"));
    assert!(line(out, "venue").contains("Erbil"));
    assert!(
        line(out, "agenda").contains("3 items (day 1: 2, day 2: 1)"),
        "{out}"
    );
    assert!(
        line(out, "participants").contains("4 (checked in day 1: 3, day 2: 1)"),
        "{out}"
    );
    assert!(
        line(out, "Lessons learned").contains("3 members, 3 entries"),
        "{out}"
    );
    assert!(
        line(out, "entries").contains("3 (2 lessons, 1 quote)"),
        "{out}"
    );
    assert!(line(out, "tombstones").ends_with(" 1"), "{out}");
    assert!(line(out, "file").contains("version 1"), "{out}");
}

#[test]
fn a_long_workshop_with_many_groups_still_fits_on_one_screen() {
    let info = WorkshopInfo {
        start: NaiveDate::from_ymd_opt(2026, 1, 1),
        days: 365,
        ..WorkshopInfo::titled("A year of workshops")
    };
    let mut doc = Document::new(Workshop::new(info), DeviceId::new("test"));
    for day in (1..=365).step_by(20) {
        let item = AgendaItem::new(day, 0, "Session", ItemKind::Other, 60);
        doc.apply(Change::put_item(item)).unwrap();
    }
    for n in 0..20 {
        let name = format!("Group {n} with a name far longer than any column should hold");
        doc.apply(Change::put_group(Group::new(n, name, GroupPurpose::Free)))
            .unwrap();
    }
    let sandbox = Sandbox::new();
    store::save(&sandbox.path("w.ron"), doc.workshop()).unwrap();
    let check = sandbox.run(["check", "w.ron"]);
    let out = &check.succeeded().stdout;
    assert!(out.lines().count() <= 24, "{out}");
    assert!(out.lines().all(|l| l.chars().count() <= 120), "{out}");
    assert!(line(out, "agenda").contains("19 items"), "{out}");
    assert!(line(out, "agenda").contains("more days"), "{out}");
    assert!(out.contains("… and 12 more"), "{out}");
}

#[test]
fn check_lists_overlaps_gaps_and_a_day_past_its_end() {
    let at = |h, m| NaiveTime::from_hms_opt(h, m, 0);
    let mut panel = AgendaItem::new(1, 1, "Moderated panel", ItemKind::Panel, 90);
    panel.start = at(11, 0);
    let mut prayer = AgendaItem::new(1, 2, "Dhuhr prayer", ItemKind::Prayer, 15);
    prayer.start = at(12, 0);
    prayer.pinned = true;
    let mut lunch = AgendaItem::new(1, 3, "Lunch", ItemKind::Meal, 60);
    lunch.start = at(13, 0);
    // A parallel room may overlap the main room on purpose: not listed.
    let mut side = AgendaItem::new(1, 4, "Youth session", ItemKind::Dialogue, 60);
    side.start = at(13, 0);
    side.room = "Hall B".into();
    // The day is meant to end at 13:30; lunch ends at 14:00.
    let mut info = WorkshopInfo::titled("Timing");
    info.settings.day_end = at(13, 30);
    let mut doc = Document::new(Workshop::new(info), DeviceId::new("test"));
    let puts = [panel, prayer, lunch, side].map(Change::put_item);
    doc.apply(Change::Batch(puts.into())).unwrap();
    let sandbox = Sandbox::new();
    store::save(&sandbox.path("timing.ron"), doc.workshop()).unwrap();
    let run = sandbox.run(["check", "timing.ron"]);
    run.succeeded();
    let problems: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.contains("day 1:"))
        .map(str::trim)
        .collect();
    assert_eq!(
        problems,
        [
            "day 1: “Dhuhr prayer” starts 30 min before “Moderated panel” ends",
            "day 1: 30 min with nothing planned from 12:30 until “Lunch”",
            "day 1: the day ends 14:00, 30 min past its end (13:30), with “Lunch”",
        ],
        "{}",
        run.stdout
    );
}

#[test]
fn check_says_how_many_check_ins_fall_outside_the_days_and_who_is_on_the_team() {
    let start = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let info = WorkshopInfo {
        start: Some(start),
        days: 1,
        ..WorkshopInfo::titled("Strays")
    };
    let mut doc = Document::new(Workshop::new(info), DeviceId::new("test"));
    let nine = NaiveTime::from_hms_opt(9, 0, 0).unwrap();
    let mut stray = Participant::new("Checked in a week early");
    stray.attendance.push(Attendance {
        date: NaiveDate::from_ymd_opt(2026, 11, 17).unwrap(),
        time: nine,
    });
    let mut staff = Participant::new("Organiser");
    staff.team = Some(halaqa::model::TeamRole::Staff);
    doc.apply(Change::Batch(vec![
        Change::put_participant(stray),
        Change::put_participant(staff),
    ]))
    .unwrap();
    let sandbox = Sandbox::new();
    store::save(&sandbox.path("s.ron"), doc.workshop()).unwrap();
    let check = sandbox.run(["check", "s.ron"]);
    let out = &check.succeeded().stdout;
    assert!(
        line(out, "1 check-in(s)").ends_with(
            "on dates that are not workshop days count nowhere: fix the dates in the workshop \
             details (Overview e)"
        ),
        "{out}"
    );
    assert!(
        line(out, "1 on the team").contains("not in the figures"),
        "{out}"
    );
}
