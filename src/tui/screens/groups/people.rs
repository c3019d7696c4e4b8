//! Picking people for a group: its facilitator or note-taker (choose one), or its members
//! (space puts a person in or takes them out). Filter as you type, Arabic-aware.

use crate::model::search::{Query, fold};
use crate::model::{Change, Group, Id, Participant, Workshop};
use crate::tui::app::ListState;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PickFor {
    Facilitator,
    NoteTaker,
    Members,
}

impl PickFor {
    pub fn label(self) -> &'static str {
        match self {
            PickFor::Facilitator => "facilitator",
            PickFor::NoteTaker => "note-taker",
            PickFor::Members => "members",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Picker {
    pub purpose: PickFor,
    pub group: Id,
    pub filter: String,
    pub list: ListState,
}

impl Picker {
    pub fn new(purpose: PickFor, group: Id) -> Picker {
        Picker {
            purpose,
            group,
            filter: String::new(),
            list: ListState::default(),
        }
    }

    pub fn type_text(&mut self, text: &str) {
        self.filter.extend(text.chars().filter(|c| !c.is_control()));
        self.list = ListState::default();
    }

    pub fn erase(&mut self) {
        self.filter.pop();
        self.list = ListState::default();
    }
}

/// What a person is searched by: both spellings of the name, organisation, governorate.
fn haystack(p: &Participant) -> String {
    fold(&format!(
        "{} {} {} {}",
        p.name, p.name_other_script, p.organisation, p.governorate
    ))
}

/// The live people matching `filter`: best match first when something is typed, otherwise
/// by name. Erased people are left out (there is no one to place).
pub fn rows<'w>(workshop: &'w Workshop, filter: &str) -> Vec<&'w Participant> {
    let query = Query::new(filter);
    let mut found: Vec<(u32, String, &Participant)> = workshop
        .participants()
        .filter(|p| !p.erased)
        .filter_map(|p| {
            let score = if query.is_empty() {
                0
            } else {
                query.score_folded(&haystack(p))?
            };
            Some((score, fold(&p.name), p))
        })
        .collect();
    found.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    found.into_iter().map(|(_, _, p)| p).collect()
}

/// The live group `person` is in now (as member, facilitator or note-taker), other than
/// `except`.
pub fn group_of(workshop: &Workshop, person: Id, except: Option<Id>) -> Option<&Group> {
    workshop
        .groups()
        .into_iter()
        .find(|g| Some(g.id) != except && holds(g, person))
}

fn holds(group: &Group, person: Id) -> bool {
    group.members.contains(&person)
        || group.facilitator == Some(person)
        || group.note_taker == Some(person)
}

/// `group` without `person` in any role.
fn without(group: &Group, person: Id) -> Group {
    let mut edited = group.clone();
    edited.members.retain(|m| *m != person);
    if edited.facilitator == Some(person) {
        edited.facilitator = None;
    }
    if edited.note_taker == Some(person) {
        edited.note_taker = None;
    }
    edited
}

/// Put `person` in `group` (with `role` when it is one), taking them out of any other
/// group: one undoable change, and a sentence saying what happened.
pub fn place(
    workshop: &Workshop,
    group: Id,
    person: Id,
    role: PickFor,
) -> Result<(Change, String), String> {
    let target = workshop
        .group(group)
        .filter(|g| !g.deleted)
        .ok_or("this group was deleted meanwhile")?;
    let who = workshop
        .participant(person)
        .filter(|p| !p.deleted)
        .ok_or("this person was deleted meanwhile")?;
    let mut changes = Vec::new();
    let mut moved_from = Vec::new();
    for other in workshop.groups() {
        if other.id != group && holds(other, person) {
            changes.push(Change::put_group(without(other, person)));
            moved_from.push(other.name.clone());
        }
    }
    let mut edited = target.clone();
    if !edited.members.contains(&person) {
        edited.members.push(person);
    }
    match role {
        PickFor::Facilitator => edited.facilitator = Some(person),
        PickFor::NoteTaker => edited.note_taker = Some(person),
        PickFor::Members => {}
    }
    // A person is facilitator or note-taker, not both.
    if role == PickFor::Facilitator && edited.note_taker == Some(person) {
        edited.note_taker = None;
    }
    if role == PickFor::NoteTaker && edited.facilitator == Some(person) {
        edited.facilitator = None;
    }
    if edited == *target && changes.is_empty() {
        return Err(format!(
            "{} is already {} of {}",
            who.name,
            role_words(role),
            target.name
        ));
    }
    changes.push(Change::put_group(edited));
    let mut message = match role {
        PickFor::Members => format!("{} joined {}", who.name, target.name),
        _ => format!("{} is now {} of {}", who.name, role.label(), target.name),
    };
    if !moved_from.is_empty() {
        message.push_str(&format!(" (moved from {})", moved_from.join(", ")));
    }
    Ok((Change::Batch(changes), message))
}

fn role_words(role: PickFor) -> &'static str {
    match role {
        PickFor::Facilitator => "the facilitator",
        PickFor::NoteTaker => "the note-taker",
        PickFor::Members => "a member",
    }
}

/// Space in the member list: in when out, out when in.
pub fn toggle(workshop: &Workshop, group: Id, person: Id) -> Result<(Change, String), String> {
    let target = workshop
        .group(group)
        .filter(|g| !g.deleted)
        .ok_or("this group was deleted meanwhile")?;
    if !holds(target, person) {
        return place(workshop, group, person, PickFor::Members);
    }
    let name = workshop
        .participant(person)
        .map_or_else(|| "this person".to_string(), |p| p.name.clone());
    let mut message = format!("{name} left {}", target.name);
    if target.facilitator == Some(person) {
        message.push_str(" (no facilitator now)");
    } else if target.note_taker == Some(person) {
        message.push_str(" (no note-taker now)");
    }
    Ok((Change::put_group(without(target, person)), message))
}
