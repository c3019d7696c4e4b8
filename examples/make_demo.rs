//! Generates the bundled demo workshop, `assets/demo.ron`:
//!
//! ```text
//! cargo run --example make_demo > assets/demo.ron
//! cargo run --example make_demo -- assets/demo.ron
//! ```
//!
//! The output is the same bytes on every run: ids come from fixed seeds, every change is
//! applied at a fixed wall time on the device "demo", and the workshop is built only through
//! `Document::apply_at`, the way the program itself would have built it. `tests/assets.rs`
//! regenerates it and compares, so the asset never drifts from this file.

// Paths relative to this file, so the test that includes it finds them too.
#[path = "make_demo/entries.rs"]
mod entries;
#[path = "make_demo/people.rs"]
mod people;

use anyhow::{Context, Result, anyhow};
use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Utc};
use halaqa::model::{
    AgendaItem, Attendance, Change, DeviceId, Document, Entry, Id, ItemKind, Participant,
    PersonRef, Settings, Workshop, WorkshopInfo,
};
use halaqa::store::templates;
use std::collections::BTreeMap;

/// The day of the session, and Baghdad's offset from UTC (no daylight saving).
const DAY: (i32, u32, u32) = (2026, 11, 24);
const UTC_OFFSET_HOURS: i64 = 3;

/// Id seeds: a UUID v7 whose time is 2026-11-02 and whose next bits say what the record is.
const ID_TIME_MS: u128 = 1_793_606_400_000;
const AGENDA_AND_GROUPS: u128 = 1;
const PEOPLE: u128 = 2;
const ENTRIES: u128 = 4;
const WORKSHOP: u128 = 5;

fn seeded_id(kind: u128, n: u128) -> Id {
    Id::from_u128((ID_TIME_MS << 80) | (0x7 << 76) | (kind << 64) | (0b10 << 62) | n)
}

fn main() -> Result<()> {
    let text = halaqa::store::to_ron(&build()?)?;
    match std::env::args_os().nth(1) {
        Some(path) => std::fs::write(&path, text)
            .with_context(|| format!("cannot write {}", path.to_string_lossy()))?,
        None => print!("{text}"),
    }
    Ok(())
}

/// The demo workshop.
pub fn build() -> Result<Workshop> {
    let mut demo = Demo::new()?;
    demo.describe()?;
    demo.lay_out_agenda()?;
    demo.register_people()?;
    demo.form_groups()?;
    demo.name_speakers()?;
    demo.run_the_day()?;
    Ok(demo.doc.into_workshop())
}

/// Who speaks in an agenda item, by participant key, and who moderates.
struct Cast {
    title: &'static str,
    speakers: &'static [&'static str],
    free_text: Option<&'static str>,
    moderator: Option<Who>,
}

enum Who {
    Participant(&'static str),
    Named(&'static str),
}

impl Cast {
    fn of(title: &'static str, speakers: &'static [&'static str]) -> Cast {
        Cast {
            title,
            speakers,
            free_text: None,
            moderator: None,
        }
    }

    fn and_named(mut self, name: &'static str) -> Cast {
        self.free_text = Some(name);
        self
    }

    fn moderated_by(mut self, who: Who) -> Cast {
        self.moderator = Some(who);
        self
    }
}

struct Demo {
    doc: Document,
    day: NaiveDate,
    people: Vec<people::Person>,
    /// Participant ids by table key.
    ids: BTreeMap<String, Id>,
}

fn local(day: NaiveDate, hh_mm: &str) -> Result<NaiveDateTime> {
    let time = NaiveTime::parse_from_str(hh_mm, "%H:%M").with_context(|| hh_mm.to_string())?;
    Ok(day.and_time(time))
}

/// A local time in Baghdad as the UTC wall time a laptop's clock would stamp.
fn utc(local: NaiveDateTime) -> DateTime<Utc> {
    (local - TimeDelta::hours(UTC_OFFSET_HOURS)).and_utc()
}

impl Demo {
    fn new() -> Result<Demo> {
        let day = NaiveDate::from_ymd_opt(DAY.0, DAY.1, DAY.2).ok_or(anyhow!("bad day"))?;
        let workshop = Workshop::with_id(
            seeded_id(WORKSHOP, 0),
            WorkshopInfo::titled("Closing session"),
        );
        Ok(Demo {
            doc: Document::new(workshop, DeviceId::new("demo")),
            day,
            people: people::people()?,
            ids: BTreeMap::new(),
        })
    }

    fn apply(&mut self, change: Change, at: NaiveDateTime) -> Result<()> {
        let what = change.describe();
        self.doc
            .apply_at(change, utc(at))
            .with_context(|| format!("{what} at {at}"))
    }

    fn before(&self, days: u64, hh_mm: &str) -> Result<NaiveDateTime> {
        let date = self
            .day
            .checked_sub_days(chrono::Days::new(days))
            .ok_or(anyhow!("date underflow"))?;
        local(date, hh_mm)
    }

    fn person(&self, key: &str) -> Result<Id> {
        self.ids
            .get(key)
            .copied()
            .with_context(|| format!("no person {key:?}"))
    }

    /// The agenda item whose title starts with `title`.
    fn item(&self, title: &str) -> Result<AgendaItem> {
        self.doc
            .workshop()
            .agenda()
            .into_iter()
            .find(|i| i.title.starts_with(title))
            .cloned()
            .with_context(|| format!("no agenda item {title:?}"))
    }

    fn describe(&mut self) -> Result<()> {
        let strings = |list: &[&str]| list.iter().map(|s| s.to_string()).collect();
        let info = WorkshopInfo {
            title: "Closing session: outcome harvesting and lessons learned".to_string(),
            subtitle: "Strengthening Local Democracy in Iraq, 2024–2026".to_string(),
            description: "The last event of a three-year programme with civil society, \
                local government and media in Baghdad, Basra, Nineveh and Erbil: what changed, \
                what we learned, what stands in the way, and who does what next."
                .to_string(),
            organisers: strings(&["Al-Jisr Centre for Civic Dialogue"]),
            partners: strings(&[
                "Danube Civic Foundation",
                "Shatt al-Arab Transparency Network",
                "Mosul Civic Reconstruction Network",
                "Zagros Youth Initiative",
            ]),
            donors: strings(&["Northbridge Democracy Fund"]),
            programme: "Strengthening Local Democracy in Iraq (SLDI)".to_string(),
            venue: "Tigris Garden Hotel, Al-Rafidain conference hall".to_string(),
            city: "Baghdad".to_string(),
            start: Some(self.day),
            days: 1,
            objectives: strings(&[
                "Review what the programme achieved against its results framework",
                "Harvest outcomes and lessons from grantees and local authorities",
                "Agree recommendations and follow-up plans with owners and dates",
            ]),
            languages: strings(&["Arabic", "Kurdish (Sorani)", "English"]),
            settings: Settings::default(),
            ..WorkshopInfo::default()
        };
        let at = self.before(22, "10:00")?;
        self.apply(Change::set_info(info), at)
    }

    fn lay_out_agenda(&mut self) -> Result<()> {
        let mut n = 0;
        let mut next_id = || {
            n += 1;
            seeded_id(AGENDA_AND_GROUPS, n)
        };
        let changes = templates::changes_with_ids(
            "closing-session",
            self.doc.workshop().info(),
            &mut next_id,
        )
        .ok_or(anyhow!("no closing-session template"))?;
        let at = self.before(22, "10:05")?;
        self.apply(Change::Batch(changes), at)
    }

    /// The registration list, imported a week before.
    fn register_people(&mut self) -> Result<()> {
        let organisations = people::organisations()?;
        let mut changes = Vec::new();
        for (index, row) in self.people.iter().enumerate() {
            let org = organisations
                .iter()
                .find(|o| o.key == row.organisation)
                .with_context(|| format!("no organisation {:?}", row.organisation))?;
            let id = seeded_id(PEOPLE, index as u128 + 1);
            self.ids.insert(row.key.clone(), id);
            let notes = people::NOTES
                .iter()
                .find(|(key, _)| *key == row.key)
                .map(|(_, note)| note.to_string())
                .unwrap_or_default();
            changes.push(Change::put_participant(Participant {
                id,
                name: row.name.clone(),
                name_other_script: row.name_other_script.clone(),
                organisation: org.name.clone(),
                position: row.position.clone(),
                stakeholder: org.stakeholder,
                governorate: row.governorate.clone(),
                district: row.district.clone(),
                gender: row.gender,
                age_band: row.age_band,
                disability: row.disability,
                phone: people::phone(index, &row.governorate),
                email: people::email(&row.name, &org.domain),
                consent: row.consent,
                notes,
                ..Participant::default()
            }));
        }
        let at = self.before(8, "11:30")?;
        self.apply(Change::Batch(changes), at)
    }

    /// Three groups, balanced by governorate and gender, each with a facilitator and a
    /// note-taker from among its members.
    fn form_groups(&mut self) -> Result<()> {
        let roles = [
            ('L', "Lessons learned", "noor", "zainab"),
            ('C', "Challenges", "shilan", "mais"),
            ('F', "Future plans", "nadia", "rebwar"),
        ];
        let mut changes = Vec::new();
        for (letter, name, facilitator, note_taker) in roles {
            let mut group = self
                .doc
                .workshop()
                .find_group(name)
                .cloned()
                .with_context(|| format!("no group {name:?}"))?;
            group.members = self
                .people
                .iter()
                .filter(|p| p.group == letter)
                .map(|p| self.person(&p.key))
                .collect::<Result<_>>()?;
            group.facilitator = Some(self.person(facilitator)?);
            group.note_taker = Some(self.person(note_taker)?);
            group.capacity = Some(18);
            changes.push(Change::put_group(group));
        }
        let at = self.before(1, "16:00")?;
        self.apply(Change::Batch(changes), at)
    }

    fn name_speakers(&mut self) -> Result<()> {
        let hall = "Al-Rafidain conference hall";
        let cast = [
            Cast::of("Opening", &["hiba", "thomas"]),
            Cast::of("Project review", &["mustafa"]),
            Cast::of("Moderated panel", &["huda", "karwan", "bashar", "shahad"])
                .moderated_by(Who::Named("Dr. Layth Abdulrahman")),
            Cast::of(
                "Grantee presentations",
                &["zainab", "omar", "rozhan", "ammar"],
            )
            .and_named("Video message from Basra Young Voices"),
            Cast::of("Plenary review", &["noor", "shilan", "nadia"])
                .moderated_by(Who::Participant("mustafa")),
            Cast::of("Closing", &["hiba", "ingrid"])
                .and_named("Deputy Governor of Baghdad (invited)"),
        ];
        let mut changes = Vec::new();
        for part in cast {
            let mut item = self.item(part.title)?;
            item.speakers = part
                .speakers
                .iter()
                .map(|key| self.person(key).map(PersonRef::Participant))
                .collect::<Result<_>>()?;
            item.speakers.extend(
                part.free_text
                    .map(|name| PersonRef::Named(name.to_string())),
            );
            item.moderator = match part.moderator {
                Some(Who::Participant(key)) => Some(PersonRef::Participant(self.person(key)?)),
                Some(Who::Named(name)) => Some(PersonRef::Named(name.to_string())),
                None => None,
            };
            item.location = hall.to_string();
            changes.push(Change::put_item(item));
        }
        let mut groups = self.item("Working groups")?;
        groups.location =
            "Lessons learned: main hall; Challenges: Room A; Future plans: Room B".to_string();
        changes.push(Change::put_item(groups));
        let at = self.before(1, "16:30")?;
        self.apply(Change::Batch(changes), at)
    }

    /// The day itself, in the order things happened: check-ins at the door, the first items
    /// run live (the panel overran by twelve minutes), then what the groups and the plenary
    /// captured.
    fn run_the_day(&mut self) -> Result<()> {
        let mut events: Vec<(NaiveDateTime, Change)> = Vec::new();
        for row in &self.people {
            if let Some(time) = row.check_in {
                let id = self.person(&row.key)?;
                let mut person = self
                    .doc
                    .workshop()
                    .participant(id)
                    .cloned()
                    .ok_or(anyhow!("lost {}", row.key))?;
                person.attendance.push(Attendance {
                    date: self.day,
                    time,
                });
                events.push((self.day.and_time(time), Change::put_participant(person)));
            }
        }
        events.extend(self.live_agenda()?);
        events.extend(self.captured()?);
        // A stable sort keeps same-minute events in the order they were listed.
        events.sort_by_key(|(at, _)| *at);
        for (at, change) in events {
            self.apply(change, at)?;
        }
        Ok(())
    }

    fn live_agenda(&self) -> Result<Vec<(NaiveDateTime, Change)>> {
        let agenda = self.doc.workshop().agenda_of_day(1);
        let actual = [
            ("09:10", "09:36"),
            ("09:36", "10:05"),
            ("10:05", "11:17"),
            ("11:17", "12:06"),
        ];
        let mut events = Vec::new();
        for (item, (start, end)) in agenda.into_iter().zip(actual) {
            let mut started = item.clone();
            started.actual_start = Some(local(self.day, start)?);
            let mut ended = started.clone();
            ended.actual_end = Some(local(self.day, end)?);
            events.push((local(self.day, start)?, Change::put_item(started)));
            events.push((local(self.day, end)?, Change::put_item(ended)));
        }
        Ok(events)
    }

    /// When each part of the day began, for stamping what was captured in it.
    fn part_start(&self, place: entries::Place) -> Result<NaiveDateTime> {
        use entries::Place;
        local(
            self.day,
            match place {
                Place::ProjectReview => "09:36",
                Place::Panel => "10:05",
                Place::Grantees => "11:17",
                Place::Group(_) => "12:20",
                Place::Plenary => "14:20",
            },
        )
    }

    fn captured(&self) -> Result<Vec<(NaiveDateTime, Change)>> {
        use entries::Place;
        let workshop = self.doc.workshop();
        let group_id = |letter: char| -> Result<Id> {
            let name = match letter {
                'L' => "Lessons learned",
                'C' => "Challenges",
                _ => "Future plans",
            };
            Ok(workshop.find_group(name).ok_or(anyhow!("no {name}"))?.id)
        };
        let agenda = workshop.agenda_of_day(1);
        let item_of = |kind: ItemKind, nth: usize| -> Result<Id> {
            Ok(agenda
                .iter()
                .filter(|i| i.kind == kind)
                .nth(nth)
                .ok_or(anyhow!("no {} item", kind.label()))?
                .id)
        };
        let specs = entries::all();
        let mut ids = BTreeMap::new();
        let mut made: Vec<(NaiveDateTime, Entry)> = Vec::new();
        for (n, spec) in specs.iter().enumerate() {
            let id = seeded_id(ENTRIES, n as u128 + 1);
            ids.insert(spec.key, id);
            let (group, item) = match spec.place {
                Place::Group(letter) => (
                    Some(group_id(letter)?),
                    item_of(ItemKind::WorkingGroups, 0)?,
                ),
                Place::Panel => (None, item_of(ItemKind::Panel, 0)?),
                Place::Grantees => (None, item_of(ItemKind::Presentation, 1)?),
                Place::ProjectReview => (None, item_of(ItemKind::Presentation, 0)?),
                Place::Plenary => (None, item_of(ItemKind::Plenary, 0)?),
            };
            let (attributed, attribution) = match spec.by {
                Some((key, level)) => (Some(self.person(key)?), level),
                None => (None, Default::default()),
            };
            let entry = Entry {
                id,
                kind: spec.kind,
                text: spec.text.to_string(),
                group,
                agenda_item: Some(item),
                attributed,
                attribution,
                tags: spec.tags.iter().map(|t| t.to_string()).collect(),
                votes: spec.votes,
                plan: spec.plan.clone(),
                recommendation: spec.recommendation.clone(),
                outcome: spec.outcome.clone(),
                ..Entry::default()
            };
            let at = self.part_start(spec.place)? + TimeDelta::minutes(i64::from(spec.minute));
            made.push((at, entry));
        }
        let mut events: Vec<(NaiveDateTime, Change)> = made
            .iter()
            .map(|(at, e)| (*at, Change::put_entry(e.clone())))
            .collect();
        // The plenary links each challenge to the plan that answers it, then endorses.
        let plenary = self.part_start(Place::Plenary)?;
        let entry_of = |key: &str| -> Result<Entry> {
            let id = ids.get(key).ok_or(anyhow!("no entry {key:?}"))?;
            Ok(made
                .iter()
                .find(|(_, e)| e.id == *id)
                .ok_or(anyhow!("lost entry {key:?}"))?
                .1
                .clone())
        };
        let mut latest: BTreeMap<&str, Entry> = BTreeMap::new();
        for (minute, (challenge, plan)) in (1..).zip(entries::LINKS) {
            let mut entry = entry_of(challenge)?;
            entry
                .links
                .push(*ids.get(plan).ok_or(anyhow!("no plan {plan:?}"))?);
            latest.insert(challenge, entry.clone());
            events.push((
                plenary + TimeDelta::minutes(minute),
                Change::put_entry(entry),
            ));
        }
        for (minute, (key, comment)) in (10..).step_by(5).zip(entries::ENDORSED) {
            let mut entry = match latest.get(key) {
                Some(entry) => entry.clone(),
                None => entry_of(key)?,
            };
            entry.endorsed = true;
            entry.plenary_comment = comment.to_string();
            events.push((
                plenary + TimeDelta::minutes(minute),
                Change::put_entry(entry),
            ));
        }
        Ok(events)
    }
}
