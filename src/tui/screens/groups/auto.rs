//! Auto-assignment with a preview: who to deal, what the groups would look like, another
//! seed on request, Enter applies as one undoable change.

use crate::model::assign::{Assignment, assign};
use crate::model::search::fold;
use crate::model::{Change, Gender, Id, Participant, Workshop};
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashSet};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AutoPreview {
    /// Deal only the people checked in today (otherwise everyone not yet placed).
    pub only_checked_in: bool,
    pub seed: u64,
    pub scroll: usize,
    /// What the preview shows, computed when the choice or the seed changes.
    pub summary: Summary,
}

/// The groups as they would be.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// How many people would be dealt.
    pub dealt: usize,
    /// People not in a group who are not dealt (not checked in today).
    pub left_out: usize,
    pub groups: Vec<GroupPreview>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GroupPreview {
    pub name: String,
    pub before: usize,
    pub after: usize,
    pub capacity: Option<u32>,
    pub women: usize,
    pub men: usize,
    /// Governorates and how many people from each, most first.
    pub governorates: Vec<(String, usize)>,
    /// Organisations with more than one person in the group.
    pub repeated: Vec<(String, usize)>,
}

impl AutoPreview {
    pub fn new(workshop: &Workshop, today: NaiveDate) -> AutoPreview {
        let mut preview = AutoPreview {
            only_checked_in: false,
            seed: 1,
            scroll: 0,
            summary: Summary::default(),
        };
        preview.refresh(workshop, today);
        preview
    }

    pub fn refresh(&mut self, workshop: &Workshop, today: NaiveDate) {
        let assignment = deal(workshop, today, self.only_checked_in, self.seed);
        self.summary = summarise(workshop, &assignment);
    }

    /// The change that applies what the preview shows, worked out afresh from the workshop
    /// as it is now (the same seed gives the same groups).
    pub fn change(&self, workshop: &Workshop, today: NaiveDate) -> (Change, usize) {
        let assignment = deal(workshop, today, self.only_checked_in, self.seed);
        let groups = workshop.groups();
        (assignment.change(&groups), assignment.dealt.len())
    }
}

fn placed(workshop: &Workshop) -> HashSet<Id> {
    workshop
        .groups()
        .iter()
        .flat_map(|g| {
            g.members
                .iter()
                .copied()
                .chain(g.facilitator)
                .chain(g.note_taker)
        })
        .collect()
}

/// Everyone already placed (so their organisations and governorates count), and the people
/// to deal. The team is never dealt into a group: they run it (facilitator, note-taker).
fn people(workshop: &Workshop, today: NaiveDate, only_checked_in: bool) -> Vec<&Participant> {
    let placed = placed(workshop);
    workshop
        .participants()
        .filter(|p| !p.erased)
        .filter(|p| placed.contains(&p.id) || p.team.is_none())
        .filter(|p| placed.contains(&p.id) || !only_checked_in || p.attended_on(today))
        .collect()
}

fn deal(workshop: &Workshop, today: NaiveDate, only_checked_in: bool, seed: u64) -> Assignment {
    let groups = workshop.groups();
    assign(&groups, &people(workshop, today, only_checked_in), seed)
}

fn summarise(workshop: &Workshop, assignment: &Assignment) -> Summary {
    let placed = placed(workshop);
    let unplaced = workshop
        .participants()
        .filter(|p| !p.erased && p.team.is_none() && !placed.contains(&p.id))
        .count();
    let dealt = if assignment.groups.is_empty() {
        0
    } else {
        assignment.dealt.len()
    };
    let groups = assignment
        .groups
        .iter()
        .filter_map(|(id, members)| {
            let group = workshop.group(*id)?;
            let people: Vec<&Participant> = members
                .iter()
                .filter_map(|m| workshop.participant(*m))
                .collect();
            Some(GroupPreview {
                name: group.name.clone(),
                before: group.members.len(),
                after: members.len(),
                capacity: group.capacity,
                women: people.iter().filter(|p| p.gender == Gender::Female).count(),
                men: people.iter().filter(|p| p.gender == Gender::Male).count(),
                governorates: counted(people.iter().map(|p| p.governorate.as_str())),
                repeated: counted(people.iter().map(|p| p.organisation.as_str()))
                    .into_iter()
                    .filter(|(_, n)| *n > 1)
                    .collect(),
            })
        })
        .collect();
    Summary {
        dealt,
        left_out: unplaced.saturating_sub(dealt),
        groups,
    }
}

/// Values and how often they occur (spellings folded together, shown as first written),
/// most first; empty values left out.
fn counted<'a>(values: impl Iterator<Item = &'a str>) -> Vec<(String, usize)> {
    let mut counts: BTreeMap<String, (String, usize)> = BTreeMap::new();
    for value in values {
        let key = fold(value);
        if key.is_empty() {
            continue;
        }
        counts
            .entry(key)
            .or_insert_with(|| (value.trim().to_string(), 0))
            .1 += 1;
    }
    let mut out: Vec<(String, usize)> = counts.into_values().collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    out
}
