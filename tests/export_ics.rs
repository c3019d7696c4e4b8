//! `halaqa export --format ics`: the agenda as calendar events, read back by an independent
//! iCalendar parser (the `icalendar` crate) for the times, UIDs and texts a calendar shows.

#[path = "fixtures/agenda/workshop.rs"]
#[allow(dead_code)]
mod fixture;
#[path = "support/cli.rs"]
mod support;

use chrono::NaiveDate;
use halaqa::model::{Change, Id};
use halaqa::report::ics;
use halaqa::store;
use icalendar::{CalendarComponent, CalendarDateTime, Component, DatePerhapsTime, EventLike};
use support::{Sandbox, assert_one_sentence, mode_of};

const GOLDEN: &str = "tests/fixtures/agenda/two-days.ics";

struct Event {
    uid: String,
    start: String,
    end: String,
    summary: String,
    location: Option<String>,
    description: String,
}

fn floating(value: Option<DatePerhapsTime>) -> String {
    match value {
        Some(DatePerhapsTime::DateTime(CalendarDateTime::Floating(at))) => {
            at.format("%Y-%m-%d %H:%M").to_string()
        }
        other => panic!("not a floating local time: {other:?}"),
    }
}

fn events(text: &str) -> Vec<Event> {
    let calendar: icalendar::Calendar = text.parse().expect("icalendar parses the export");
    calendar
        .components
        .iter()
        .filter_map(CalendarComponent::as_event)
        .map(|e| Event {
            uid: e.get_uid().unwrap_or_default().to_string(),
            start: floating(e.get_start()),
            end: floating(e.get_end()),
            summary: e.get_summary().unwrap_or_default().to_string(),
            location: e.get_location().map(str::to_string),
            description: e.get_description().unwrap_or_default().to_string(),
        })
        .collect()
}

fn uid(n: u128) -> String {
    let item = Id::from_u128(0x0193_0000_0000_7000_8000_0000_0000_0000 + n);
    format!("{item}@{}", Id::from_u128(fixture::WORKSHOP_ID))
}

#[test]
fn an_independent_reader_finds_every_live_item_at_its_time_with_its_uid() {
    let calendar = ics::calendar(&fixture::two_days()).unwrap();
    let events = events(&calendar.text);
    let got: Vec<(String, String, String)> = events
        .iter()
        .map(|e| (e.uid.clone(), e.start.clone(), e.end.clone()))
        .collect();
    let want = [
        (1, "2026-11-24 08:30", "2026-11-24 09:00"),
        (2, "2026-11-24 09:00", "2026-11-24 09:30"),
        // Two rooms at once.
        (3, "2026-11-24 09:30", "2026-11-24 11:00"),
        (4, "2026-11-24 09:30", "2026-11-24 10:30"),
        // The dropped coffee (5) is not in the calendar.
        (6, "2026-11-24 11:00", "2026-11-24 11:45"),
        // Past midnight: ends the next morning.
        (7, "2026-11-24 23:00", "2026-11-25 01:00"),
        (8, "2026-11-25 10:00", "2026-11-25 11:00"),
    ];
    let want: Vec<(String, String, String)> = want
        .iter()
        .map(|(n, s, e)| (uid(*n), s.to_string(), e.to_string()))
        .collect();
    assert_eq!(got, want);
    assert_eq!((calendar.events, calendar.dropped), (7, 1));
}

#[test]
fn texts_come_back_exactly_through_the_escaping_and_folding() {
    let events = events(&ics::calendar(&fixture::two_days()).unwrap().text);
    let opening = &events[1];
    assert_eq!(opening.summary, "Opening, welcome; aims");
    assert_eq!(
        opening.description,
        "Kind: opening\nSpeakers: Zainab Kareem; Dr. Ali Hassan, University of Basra"
    );
    assert_eq!(opening.location.as_deref(), Some("Grand Millennium, Basra"));
    assert_eq!(
        events[2].location.as_deref(),
        Some("Hall A, Grand Millennium, Basra")
    );
    assert!(events[2].description.contains("\nModerator: Huda Abbas"));
    assert!(events[3].description.contains("Optional"));
    assert!(events[0].description.contains("Fixed time"));
    assert_eq!(
        events[4].summary,
        "الجلسة العامة: عرض نتائج مجموعات العمل والتوصيات المقدمة إلى الحكومة المحلية"
    );
    let dinner = &events[5];
    assert_eq!(dinner.location.as_deref(), Some("Corniche\\Shatt al-Arab"));
    assert!(
        dinner
            .description
            .ends_with("Bus leaves at 22:40\nfrom the main gate"),
        "{}",
        dinner.description
    );
}

#[test]
fn lines_end_in_crlf_and_none_is_longer_than_75_octets() {
    let text = ics::calendar(&fixture::two_days()).unwrap().text;
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    for line in text.split("\r\n") {
        assert!(!line.contains('\n'), "a bare line feed in {line:?}");
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    assert!(
        text.contains("\r\n "),
        "the Arabic title is long enough to be folded"
    );
}

#[test]
fn the_calendar_matches_the_golden_file() {
    let text = ics::calendar(&fixture::two_days()).unwrap().text;
    if std::env::var_os("HALAQA_UPDATE_GOLDEN").is_some() {
        std::fs::write(GOLDEN, &text).unwrap();
    }
    let golden = std::fs::read_to_string(GOLDEN)
        .expect("the golden file (HALAQA_UPDATE_GOLDEN=1 writes it)");
    assert_eq!(text, golden);
}

#[test]
fn re_exporting_after_a_change_keeps_each_events_uid() {
    let before = events(&ics::calendar(&fixture::two_days()).unwrap().text);
    let workshop = fixture::two_days();
    let mut closing = workshop.agenda()[7].clone();
    closing.start = Some(fixture::time(11, 30));
    let mut doc = halaqa::model::Document::new(workshop, halaqa::model::DeviceId::new("test"));
    fixture::apply(&mut doc, Change::put_item(closing));
    let after = events(&ics::calendar(doc.workshop()).unwrap().text);
    let uids = |events: &[Event]| events.iter().map(|e| e.uid.clone()).collect::<Vec<_>>();
    assert_eq!(uids(&before), uids(&after));
    assert_eq!(after[6].start, "2026-11-25 11:30");
}

#[test]
fn the_command_writes_the_calendar_beside_the_session_and_says_what_it_left_out() {
    let sandbox = Sandbox::new();
    store::save(&sandbox.path("w.halaqa"), &fixture::two_days()).unwrap();
    let outcome = sandbox.run(["export", "w.halaqa", "--format", "ics"]);
    outcome
        .succeeded()
        .says("wrote w.ics (calendar, ")
        .says("7 events; 1 dropped item left out");
    let written = std::fs::read_to_string(sandbox.path("w.ics")).unwrap();
    assert_eq!(events(&written).len(), 7);
    assert_eq!(mode_of(&sandbox.path("w.ics")), 0o600);
}

#[test]
fn a_workshop_without_a_start_date_has_no_calendar_and_nothing_is_written() {
    let sandbox = Sandbox::new();
    let mut info = fixture::info();
    info.start = None::<NaiveDate>;
    let mut doc = fixture::document(info);
    fixture::apply(
        &mut doc,
        Change::put_item(fixture::item(
            1,
            1,
            "Opening",
            halaqa::model::ItemKind::Opening,
            30,
        )),
    );
    store::save(&sandbox.path("w.halaqa"), doc.workshop()).unwrap();
    let outcome = sandbox.run(["export", "w.halaqa", "--format", "ics"]);
    outcome.refused().says("the workshop has no start date");
    assert_one_sentence(&outcome.stderr);
    assert!(!sandbox.path("w.ics").exists());
}

#[test]
fn a_calendar_cannot_be_anonymised() {
    let sandbox = Sandbox::new();
    store::save(&sandbox.path("w.halaqa"), &fixture::two_days()).unwrap();
    let outcome = sandbox.run(["export", "w.halaqa", "--format", "ics", "--anonymise"]);
    outcome
        .misused()
        .says("--anonymise does not apply to --format ics");
    assert!(!sandbox.path("w.ics").exists());
}
