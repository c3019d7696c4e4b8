//! Workshops built the way the program builds them: through `Document::apply`.

#![allow(dead_code)]

use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
use halaqa::model::{
    AgendaItem, Change, DeviceId, Document, Entry, EntryKind, Gender, Group, GroupPurpose, Id,
    ItemKind, Participant, PersonRef, Stakeholder, Workshop, WorkshopInfo,
};

/// Text fields a workshop is filled from.
#[derive(Clone, Debug, Default)]
pub struct Texts {
    pub title: String,
    pub venue: String,
    pub names: Vec<String>,
    pub entries: Vec<String>,
    pub tags: Vec<String>,
}

/// A workshop holding `texts` in every kind of text field: the info, agenda items,
/// participants, a group and entries.
pub fn workshop_with(texts: &Texts) -> Workshop {
    let mut doc = Document::new(Workshop::default(), DeviceId::new("test-device"));
    let t0 = Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap();
    let mut info = WorkshopInfo::titled(format!("T{}", texts.title));
    info.subtitle = texts.title.clone();
    info.venue = texts.venue.clone();
    info.organisers = texts.names.clone();
    info.objectives = texts.entries.clone();
    info.start = NaiveDate::from_ymd_opt(2026, 11, 24);
    info.days = 2;
    doc.apply_at(Change::set_info(info), t0).unwrap();

    let mut people = Vec::new();
    for (i, name) in texts.names.iter().enumerate() {
        let mut person = Participant::new(format!("P{name}"));
        person.id = Id::from_u128(1000 + i as u128);
        person.name_other_script = name.clone();
        person.organisation = texts.venue.clone();
        person.notes = name.repeat(2);
        person.gender = if i % 2 == 0 {
            Gender::Female
        } else {
            Gender::Male
        };
        person.stakeholder = Stakeholder::Cso;
        people.push(person.id);
        doc.apply_at(Change::put_participant(person), t0).unwrap();
    }

    let mut item = AgendaItem::new(1, 1, format!("A{}", texts.title), ItemKind::Panel, 60);
    item.id = Id::from_u128(1);
    item.start = NaiveTime::from_hms_opt(9, 30, 0);
    item.notes = texts.entries.join("\n");
    item.speakers = texts
        .names
        .iter()
        .map(|n| PersonRef::Named(n.clone()))
        .chain(people.first().map(|id| PersonRef::Participant(*id)))
        .collect();
    doc.apply_at(Change::put_item(item), t0).unwrap();

    let mut group = Group::new(1, format!("G{}", texts.venue), GroupPurpose::LessonsLearned);
    group.id = Id::from_u128(2);
    group.members = people.clone();
    group.room = texts.venue.clone();
    doc.apply_at(Change::put_group(group), t0).unwrap();

    for (i, text) in texts.entries.iter().enumerate() {
        let mut entry = Entry::new(EntryKind::ALL[i % 8], text.clone(), Some(Id::from_u128(2)));
        entry.id = Id::from_u128(5000 + i as u128);
        entry.tags = texts.tags.clone();
        entry.plenary_comment = texts.title.clone();
        entry.outcome.evidence = text.clone();
        entry.votes = i as i32 - 1;
        doc.apply_at(Change::put_entry(entry), t0).unwrap();
    }
    doc.into_workshop()
}

/// A realistic workshop of `people` participants with Arabic, Kurdish and English text.
pub fn sample(people: usize) -> Workshop {
    let names = [
        "سارة الجبوري",
        "Ahmed Kareem",
        "هەڤاڵ ئەحمەد",
        "زَيْنَب عَلِيّ",
        "Layla Hassan",
        "ڕێزان محەمەد",
    ];
    let texts = Texts {
        title: "Outcome harvesting and lessons learned — حَلَقَة نِقَاش".into(),
        venue: "Erbil, ڕێکخراو hall".into(),
        names: (0..people)
            .map(|i| format!("{} {i}", names[i % names.len()]))
            .collect(),
        entries: (0..people.max(8))
            .map(|i| match i % 4 {
                0 => format!("Lesson {i}: coordinate early with the governorate council"),
                1 => format!("پێشنیار {i}: دامەزراندنی لیژنەی هاوبەش"),
                2 => format!("تَوْصِيَة {i}: \"quote\" and a backslash \\ here"),
                _ => format!("Plan {i}: follow up in 3 months 👩‍💻"),
            })
            .collect(),
        tags: vec!["governance".into(), "حوكمة".into()],
    };
    workshop_with(&texts)
}
