//! The figures a donor reads: every breakdown equals a count made here independently, the
//! shares leave out missing answers, and an empty workshop gives an honest report.

#[path = "fixtures/report/fixture.rs"]
#[allow(dead_code)]
mod fixture;

use halaqa::model::{
    AgeBand, Attendance, Change, Disability, Gender, Participant, Stakeholder, Workshop,
};
use halaqa::report::{
    Breakdowns, Dimension, ItemStatus, NOT_GIVEN, Participation, Report, disability_label, tables,
};
use proptest::prelude::*;
use std::collections::BTreeMap;

/// The label a person has in one dimension, worked out without the report's code.
fn label_of(p: &Participant, dimension: Dimension) -> String {
    match dimension {
        Dimension::Gender => p.gender.label().to_string(),
        Dimension::AgeBand => p.age_band.label().to_string(),
        Dimension::Stakeholder => p.stakeholder.label().to_string(),
        Dimension::Governorate => match p.governorate.trim() {
            "" => NOT_GIVEN.to_string(),
            g => g.to_string(),
        },
        Dimension::Disability => disability_label(p.disability).to_string(),
    }
}

fn check_against_people(breakdowns: &Breakdowns, people: &[&Participant], youth: (u32, u32)) {
    assert_eq!(breakdowns.total, people.len());
    for breakdown in breakdowns.all() {
        let mut expected: BTreeMap<String, usize> = BTreeMap::new();
        for p in people {
            *expected
                .entry(label_of(p, breakdown.dimension))
                .or_default() += 1;
        }
        for (label, count) in &expected {
            assert_eq!(
                breakdown.count_of(label),
                *count,
                "{:?} {label}",
                breakdown.dimension
            );
        }
        let sum: usize = breakdown.rows.iter().map(|r| r.count).sum();
        assert_eq!(sum, people.len(), "{:?} rows add up", breakdown.dimension);
    }
    let women = people.iter().filter(|p| p.gender == Gender::Female).count();
    let stated = people
        .iter()
        .filter(|p| !matches!(p.gender, Gender::Unknown | Gender::PreferNotToSay))
        .count();
    assert_eq!(
        (breakdowns.women.count, breakdowns.women.of),
        (women, stated)
    );
    let aged = people.iter().filter(|p| p.age_band != AgeBand::Unknown);
    let young = aged
        .clone()
        .filter(|p| {
            p.age_band
                .range()
                .is_some_and(|(low, high)| low >= youth.0 && high <= youth.1)
        })
        .count();
    assert_eq!(
        (breakdowns.youth.count, breakdowns.youth.of),
        (young, aged.count())
    );
}

fn check_workshop(workshop: &Workshop) {
    let info = workshop.info();
    let youth = (info.settings.youth_min_age, info.settings.youth_max_age);
    let p = Participation::of(workshop);
    let people: Vec<&Participant> = workshop.participants().collect();
    check_against_people(&p.registered, &people, youth);
    let dates: Vec<_> = (1..=info.days)
        .filter_map(|d| info.date_of_day(d))
        .collect();
    let attended: Vec<&Participant> = people
        .iter()
        .copied()
        .filter(|person| person.attendance.iter().any(|a| dates.contains(&a.date)))
        .collect();
    check_against_people(&p.attended, &attended, youth);
    for day in &p.days {
        let date = info
            .date_of_day(day.day)
            .expect("the fixtures have a start date");
        let that_day: Vec<&Participant> = people
            .iter()
            .copied()
            .filter(|person| person.attendance.iter().any(|a| a.date == date))
            .collect();
        let figures = day.attended.as_ref().expect("a dated day has figures");
        check_against_people(figures, &that_day, youth);
    }
    // Governorates: most frequent first, "not given" last.
    let rows = &p.registered.governorate.rows;
    let named: Vec<usize> = rows
        .iter()
        .filter(|r| !r.not_given)
        .map(|r| r.count)
        .collect();
    assert!(named.windows(2).all(|w| w[0] >= w[1]), "{rows:?}");
    assert!(rows.iter().rev().skip(1).all(|r| !r.not_given));
}

#[test]
fn breakdowns_equal_independent_counts() {
    check_workshop(&fixture::realistic());
    check_workshop(&fixture::generated(300, 0));
    if let Ok(demo) = halaqa::store::demo::demo_workshop() {
        check_workshop(&demo);
    }
}

#[test]
fn erased_people_are_counted_but_not_named() {
    let workshop = fixture::realistic();
    let p = Participation::of(&workshop);
    assert_eq!(p.erased, 1);
    assert_eq!(p.registered.total, 6);
    assert_eq!(p.registered.stakeholder.count_of("media"), 1);
    let md = Report::build(&workshop, false).to_markdown();
    assert!(!md.contains("Hidden Person") && !md.contains("hidden@example.org"));
    assert!(md.contains("1 participant(s) asked to be erased"));
}

#[test]
fn youth_counts_only_bands_wholly_inside_the_setting() {
    let mut workshop = fixture::realistic();
    let mut info = workshop.info().clone();
    info.settings.youth_min_age = 15;
    info.settings.youth_max_age = 26;
    workshop
        .apply(Change::set_info(info), Default::default())
        .expect("settings change");
    let p = Participation::of(&workshop);
    // under 18 (0–17) and 25–29 are only partly inside 15–26: only 18–24 counts.
    assert_eq!(p.registered.youth.count, 1);
    assert_eq!(p.registered.youth.of, 5);
    check_workshop(&workshop);
}

#[test]
fn agenda_as_delivered_marks_dropped_and_shortened_items() {
    let report = Report::build(&fixture::realistic(), false);
    let day1 = &report.agenda[0];
    let status = |title: &str| {
        day1.items
            .iter()
            .find(|i| i.title == title)
            .map(|i| i.status)
            .expect("the item")
    };
    assert_eq!(status("Grantee presentations"), ItemStatus::Dropped);
    assert_eq!(
        status("Panel: what changed in our governorates"),
        ItemStatus::Shortened(15)
    );
    assert_eq!(status("Opening and welcome"), ItemStatus::AsPlanned);
    let panel = &day1.items[1];
    assert_eq!(panel.planned_start.to_string(), "09:30:00");
    assert_eq!(panel.start_difference, Some(10));
    // Day 2's lunch has a fixed start; the closing follows it.
    let day2 = &report.agenda[1];
    assert_eq!(day2.items[1].planned_start.to_string(), "14:00:00");
    assert_eq!(day2.items[1].status, ItemStatus::NotRecorded);
}

#[test]
fn entries_are_sorted_by_votes_and_endorsement_is_marked() {
    let report = Report::build(&fixture::realistic(), false);
    let lessons = &report.outputs[0].lessons;
    assert_eq!(lessons[0].votes, 9);
    assert!(lessons[1].endorsed);
    let md = report.to_markdown();
    assert!(md.contains(
        "Small grants reach groups the big ones never see *(7 votes)* ✔ **endorsed in plenary**"
    ));
}

#[test]
fn an_empty_workshop_gives_an_honest_report() {
    let report = Report::build(&fixture::empty(), false);
    let md = report.to_markdown();
    assert!(md.contains("No entries were captured."));
    assert!(md.contains("No participants were registered."));
    assert!(md.contains("No working groups were formed."));
    let mut html = Vec::new();
    halaqa::report::html::write(&report, &mut html).expect("html renders");
    let html = String::from_utf8(html).expect("utf-8");
    assert!(html.contains("No entries were captured.") && html.trim_end().ends_with("</html>"));
    for table in tables::tables(&report) {
        let mut out = Vec::new();
        let rows = table.write(&report, &mut out).expect("csv renders");
        let text = String::from_utf8(out).expect("utf-8");
        assert_eq!(text.lines().count(), 1 + rows, "{}", table.file_name);
    }
    assert_eq!(
        report.summary(),
        "0 registered, 0 attended, 0 entries from 0 groups"
    );
}

#[test]
fn a_workshop_without_a_start_date_has_no_per_day_figures() {
    let mut workshop = fixture::realistic();
    let mut info = workshop.info().clone();
    info.start = None;
    workshop
        .apply(Change::set_info(info), Default::default())
        .expect("settings change");
    let p = Participation::of(&workshop);
    assert!(p.days.iter().all(|d| d.attended.is_none()));
    // Anyone with a check-in attended.
    assert_eq!(p.attended.total, 5);
    let md = Report::build(&workshop, false).to_markdown();
    assert!(md.contains("| People | 6 | 5 | — | — |"));
}

fn arb_person() -> impl Strategy<Value = Participant> {
    (
        0..5usize,
        0..8usize,
        0..11usize,
        0..3usize,
        prop::sample::select(vec!["", "Baghdad", "Basra", "نينوى", " Erbil "]),
        prop::collection::vec(0..4u32, 0..4),
    )
        .prop_map(|(g, a, s, d, gov, days)| {
            let mut p = Participant::new("Someone");
            p.gender = Gender::ALL[g];
            p.age_band = AgeBand::ALL[a];
            p.stakeholder = Stakeholder::ALL[s];
            p.disability = [Disability::Yes, Disability::No, Disability::Unknown][d];
            p.governorate = gov.to_string();
            p.attendance = days
                .into_iter()
                .map(|d| Attendance {
                    date: fixture::date(23 + d),
                    time: chrono::NaiveTime::MIN,
                })
                .collect();
            p
        })
}

proptest! {
    #[test]
    fn any_set_of_people_is_counted_exactly(people in prop::collection::vec(arb_person(), 0..40)) {
        let mut info = halaqa::model::WorkshopInfo::titled("Property");
        info.start = Some(fixture::date(24));
        info.days = 2;
        let mut workshop = Workshop::new(info);
        for person in people {
            workshop.apply(Change::put_participant(person), Default::default()).expect("applies");
        }
        check_workshop(&workshop);
    }
}
