//! The bundled assets: every template lays out cleanly in a fresh workshop, and the demo
//! workshop is what the issue promises (50 people from four governorates, three groups of
//! 15–17, at least 40 entries of every kind, Arabic and Kurdish, check-ins) and is exactly
//! what its generator writes.

// The generator itself, so the test can rebuild the demo and compare bytes.
#[path = "../examples/make_demo.rs"]
#[allow(dead_code)]
mod make_demo;

use chrono::{NaiveDate, NaiveTime};
use halaqa::model::{
    Attribution, Change, DeviceId, Document, EntryKind, Gender, GroupPurpose, ItemKind, Workshop,
    WorkshopInfo,
};
use halaqa::store::{demo, templates, to_ron};
use std::collections::{BTreeMap, BTreeSet};

/// A fresh workshop sized for `name`, with the template applied as one undoable batch,
/// exactly as `halaqa new --template` does it.
fn laid_out(name: &str) -> Workshop {
    let template = templates::find(name).unwrap_or_else(|| panic!("no template {name}"));
    let info = WorkshopInfo {
        days: template.days,
        start: NaiveDate::from_ymd_opt(2027, 3, 14),
        ..WorkshopInfo::titled("Test")
    };
    let changes = templates::changes_for(name, &info).expect("known template");
    let mut doc = Document::new(Workshop::new(info), DeviceId::new("test"));
    doc.apply(Change::Batch(changes))
        .unwrap_or_else(|e| panic!("{name} does not apply: {e}"));
    assert!(doc.can_undo(), "{name}: the layout is one undoable step");
    doc.into_workshop()
}

fn time(hh: u32, mm: u32) -> Option<NaiveTime> {
    NaiveTime::from_hms_opt(hh, mm, 0)
}

#[test]
fn templates_are_listed_in_order_with_a_description() {
    let all = templates::all();
    let names: Vec<&str> = all.iter().map(|t| t.name).collect();
    assert_eq!(
        names,
        ["closing-session", "peer-exchange", "training", "blank"]
    );
    for t in &all {
        assert!(!t.description.is_empty() && !t.description.contains('\n'));
        assert!(
            t.description.chars().count() <= 60,
            "{}: too long for one line of `halaqa templates`",
            t.name
        );
    }
    assert_eq!(
        templates::names_for_message(),
        "closing-session, peer-exchange, training, blank"
    );
}

#[test]
fn every_template_applies_to_a_fresh_workshop_with_its_days_and_items() {
    let expected = [
        ("closing-session", 1, 10, 3),
        ("peer-exchange", 3, 27, 3),
        ("training", 3, 24, 0),
        ("blank", 1, 0, 0),
    ];
    for (name, days, items, groups) in expected {
        let workshop = laid_out(name);
        assert_eq!(templates::find(name).map(|t| t.days), Some(days), "{name}");
        assert_eq!(workshop.agenda().len(), items, "{name}: items");
        assert_eq!(workshop.groups().len(), groups, "{name}: groups");
        for day in 1..=days {
            let today = workshop.agenda_of_day(day);
            if items > 0 {
                assert!(!today.is_empty(), "{name}: day {day} is empty");
                assert!(today[0].start.is_some(), "{name}: day {day} has no start");
            }
            let orders: Vec<u32> = today.iter().map(|i| i.order).collect();
            assert_eq!(orders, (1..=today.len() as u32).collect::<Vec<_>>());
        }
        for item in workshop.agenda() {
            assert!(
                !item.pinned || item.start.is_some(),
                "{name}: {}",
                item.title
            );
        }
    }
}

#[test]
fn a_template_applies_twice_with_fresh_ids() {
    let info = WorkshopInfo {
        days: 3,
        ..WorkshopInfo::titled("Twice")
    };
    let mut doc = Document::new(Workshop::new(info.clone()), DeviceId::new("test"));
    for _ in 0..2 {
        let changes = templates::changes_for("peer-exchange", &info).expect("known");
        doc.apply(Change::Batch(changes)).expect("applies");
    }
    assert_eq!(doc.workshop().agenda().len(), 54);
}

#[test]
fn closing_session_runs_nine_to_four_with_three_linked_groups() {
    let workshop = laid_out("closing-session");
    let agenda = workshop.agenda();
    assert_eq!(agenda[0].start, time(9, 0));
    let closing = agenda.last().expect("items");
    assert!(closing.pinned);
    assert_eq!(closing.start, time(15, 30));
    assert_eq!(closing.minutes, 30, "ends at 16:00");
    let lunch = agenda
        .iter()
        .find(|i| i.kind == ItemKind::Meal)
        .expect("lunch");
    assert!(lunch.pinned && lunch.start.is_some());
    assert!(
        agenda
            .iter()
            .any(|i| i.kind == ItemKind::Prayer && i.pinned)
    );

    let working = agenda
        .iter()
        .find(|i| i.kind == ItemKind::WorkingGroups)
        .expect("a working-groups item");
    assert_eq!(working.minutes, 60);
    let groups: Vec<(&str, GroupPurpose)> = workshop
        .groups()
        .iter()
        .map(|g| (g.name.as_str(), g.purpose))
        .collect();
    assert_eq!(
        groups,
        [
            ("Lessons learned", GroupPurpose::LessonsLearned),
            ("Challenges", GroupPurpose::Challenges),
            ("Future plans", GroupPurpose::FuturePlans),
        ]
    );
    for group in workshop.groups() {
        assert_eq!(group.agenda_item, Some(working.id), "{}", group.name);
    }
}

#[test]
fn an_unknown_template_is_none() {
    let info = WorkshopInfo::titled("x");
    assert!(templates::changes_for("Closing-Session ", &info).is_none());
    assert!(templates::find("gala").is_none());
}

fn demo() -> Workshop {
    demo::demo_workshop().unwrap_or_else(|e| panic!("the demo does not parse: {e}"))
}

#[test]
fn the_demo_has_fifty_people_from_four_governorates() {
    let workshop = demo();
    let people: Vec<_> = workshop.participants().collect();
    assert_eq!(people.len(), 50);
    let governorates: BTreeSet<&str> = people.iter().map(|p| p.governorate.as_str()).collect();
    assert_eq!(
        governorates,
        BTreeSet::from(["Baghdad", "Basra", "Erbil", "Nineveh"])
    );
    let women = people.iter().filter(|p| p.gender == Gender::Female).count();
    assert!((22..=28).contains(&women), "{women} women of 50");
    let youth = people
        .iter()
        .filter(|p| p.age_band.range().is_some_and(|(_, hi)| hi <= 29))
        .count();
    assert!(youth >= 8, "{youth} young people");
    let with_other_script = people
        .iter()
        .filter(|p| !p.name_other_script.is_empty())
        .count();
    assert!(with_other_script >= 35, "{with_other_script}");
    for p in &people {
        assert!(
            p.phone.starts_with("+9647") && p.phone.len() == 14,
            "{}",
            p.phone
        );
        assert!(p.email.ends_with(".example"), "{}", p.email);
    }
    let phones: BTreeSet<&str> = people.iter().map(|p| p.phone.as_str()).collect();
    assert_eq!(phones.len(), 50, "phone numbers are unique");
}

#[test]
fn the_demo_has_three_groups_of_fifteen_to_seventeen_each_led_from_within() {
    let workshop = demo();
    let groups = workshop.groups();
    let expected = [
        ("Lessons learned", GroupPurpose::LessonsLearned),
        ("Challenges", GroupPurpose::Challenges),
        ("Future plans", GroupPurpose::FuturePlans),
    ];
    assert_eq!(groups.len(), 3);
    let mut seen = BTreeMap::new();
    for (group, (name, purpose)) in groups.iter().zip(expected) {
        assert_eq!((group.name.as_str(), group.purpose), (name, purpose));
        assert!(
            (15..=17).contains(&group.members.len()),
            "{name}: {}",
            group.members.len()
        );
        let facilitator = group.facilitator.expect("a facilitator");
        let note_taker = group.note_taker.expect("a note-taker");
        assert_ne!(facilitator, note_taker, "{name}");
        assert!(group.members.contains(&facilitator), "{name}: facilitator");
        assert!(group.members.contains(&note_taker), "{name}: note-taker");
        assert!(!group.room.is_empty(), "{name}: room");
        assert!(
            group.agenda_item.is_some(),
            "{name}: linked to the working groups"
        );
        for member in &group.members {
            *seen.entry(*member).or_insert(0) += 1;
        }
    }
    assert!(seen.values().all(|n| *n == 1), "nobody is in two groups");
    let outside = workshop
        .participants()
        .filter(|p| !seen.contains_key(&p.id))
        .count();
    assert!(
        (1..=5).contains(&outside),
        "{outside} people outside the groups"
    );
}

#[test]
fn the_demo_has_forty_entries_of_every_kind_in_three_languages() {
    let workshop = demo();
    let counts = workshop.entry_counts();
    let total: usize = counts.iter().map(|(_, n)| n).sum();
    assert!(total >= 40, "{total} entries");
    for (kind, n) in &counts {
        assert!(*n > 0, "no {}", kind.plural());
    }
    let arabic_block = |c: char| ('\u{0600}'..='\u{06FF}').contains(&c);
    let kurdish_letters = ['ە', 'ڕ', 'ێ', 'ۆ', 'ڵ'];
    let arabic = workshop
        .entries()
        .filter(|e| e.text.chars().any(arabic_block))
        .count();
    let kurdish = workshop
        .entries()
        .filter(|e| e.text.chars().any(|c| kurdish_letters.contains(&c)))
        .count();
    assert!(arabic >= 5, "{arabic} entries in Arabic script");
    assert!(kurdish >= 3, "{kurdish} entries in Kurdish");
    assert!(arabic > kurdish, "some Arabic that is not Kurdish");

    let plans: Vec<_> = workshop
        .entries()
        .filter(|e| e.kind == EntryKind::Plan)
        .collect();
    assert!(
        plans
            .iter()
            .all(|e| e.plan.due.is_some() && !e.plan.lead_organisation.is_empty())
    );
    let outcomes = workshop.entries().filter(|e| e.kind == EntryKind::Outcome);
    for e in outcomes {
        let o = &e.outcome;
        for field in [
            &o.social_actor,
            &o.change,
            &o.when_where,
            &o.significance,
            &o.contribution,
            &o.evidence,
        ] {
            assert!(!field.is_empty(), "outcome {:?} has an empty field", e.text);
        }
    }
    assert!(workshop.entries().filter(|e| e.endorsed).count() >= 3);
    assert!(workshop.entries().filter(|e| !e.links.is_empty()).count() >= 3);
    assert!(workshop.entries().filter(|e| e.votes > 0).count() >= 30);
    assert!(workshop.entries().filter(|e| !e.tags.is_empty()).count() >= 30);
}

#[test]
fn the_demo_names_only_people_who_consented_to_named_quotes() {
    let workshop = demo();
    let mut named = 0;
    for entry in workshop.entries() {
        if entry.attribution == Attribution::Named {
            named += 1;
            let id = entry.attributed.expect("a named entry names someone");
            let person = workshop.participant(id).expect("a known person");
            assert!(
                person.consent.named_quote.given(),
                "{} is named",
                person.name
            );
        }
    }
    assert!(named > 0);
    let refusing = workshop
        .participants()
        .filter(|p| !p.consent.named_quote.given())
        .count();
    assert!(refusing >= 5, "some people refuse named quotes");
}

#[test]
fn the_demo_day_is_under_way() {
    let workshop = demo();
    let start = workshop.info().start.expect("a start date");
    assert_eq!(start, NaiveDate::from_ymd_opt(2026, 11, 24).expect("date"));
    let checked_in: Vec<_> = workshop
        .participants()
        .filter_map(|p| p.attendance.first())
        .collect();
    assert!(
        (30..=40).contains(&checked_in.len()),
        "{} checked in",
        checked_in.len()
    );
    for a in &checked_in {
        assert_eq!(a.date, start);
        assert!(
            time(8, 30) <= Some(a.time) && Some(a.time) <= time(9, 40),
            "{}",
            a.time
        );
    }
    let done: Vec<_> = workshop
        .agenda()
        .into_iter()
        .filter(|i| i.actual_start.is_some() && i.actual_end.is_some())
        .collect();
    assert!(done.len() >= 3);
    let overrun = done.iter().any(|i| {
        let (Some(s), Some(e)) = (i.actual_start, i.actual_end) else {
            return false;
        };
        (e - s).num_minutes() - i64::from(i.minutes) >= 10
    });
    assert!(overrun, "one item overran");
    let speakers = workshop
        .agenda()
        .iter()
        .filter(|i| !i.speakers.is_empty())
        .count();
    assert!(speakers >= 4);
}

#[test]
fn the_demo_asset_is_exactly_what_its_generator_writes() {
    let built = make_demo::build().unwrap_or_else(|e| panic!("the generator failed: {e:#}"));
    let text = to_ron(&built).expect("serialises");
    assert!(
        text == demo::demo_text(),
        "assets/demo.ron is stale: run `cargo run --example make_demo > assets/demo.ron`"
    );
    assert_eq!(demo().without_stamps(), built.without_stamps());
}

#[test]
fn the_demo_moves_to_today() {
    let today = NaiveDate::from_ymd_opt(2031, 2, 3).expect("date");
    let moved = demo::demo_workshop_on(today).expect("moves");
    let original = demo();
    assert_eq!(moved.info().start, Some(today));
    let shift = today - original.info().start.expect("start");
    let checked_in = moved
        .participants()
        .filter(|p| p.attended_on(today))
        .count();
    let checked_in_before = original
        .participants()
        .filter(|p| !p.attendance.is_empty())
        .count();
    assert_eq!(checked_in, checked_in_before);
    for (a, b) in original.agenda().iter().zip(moved.agenda()) {
        assert_eq!(
            a.actual_start.map(|t| t + shift),
            b.actual_start,
            "{}",
            a.title
        );
        assert_eq!(a.actual_end.map(|t| t + shift), b.actual_end, "{}", a.title);
    }
    assert_eq!(moved.entries().count(), original.entries().count());
    // Already on the day: nothing to move.
    let same = demo::demo_workshop_on(original.info().start.expect("start")).expect("same");
    assert_eq!(same, original);
}
