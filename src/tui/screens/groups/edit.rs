//! Creating, editing and deleting groups: by hand (a form) or from a set.

use super::form::MiniForm;
use crate::model::{Change, Group, GroupPurpose, Id, ItemKind, RecordRef, Workshop};
use crate::store::templates;
use crate::tui::widgets::form::FieldEditing;

const PURPOSES: [GroupPurpose; 5] = [
    GroupPurpose::LessonsLearned,
    GroupPurpose::Challenges,
    GroupPurpose::FuturePlans,
    GroupPurpose::Sector,
    GroupPurpose::Free,
];

/// The form for one group, new (`editing: None`) or existing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupForm {
    pub editing: Option<Id>,
    pub form: MiniForm,
    /// The agenda item behind each choice of the last field (`None`: not linked).
    pub items: Vec<Option<Id>>,
}

/// The working-groups items a group can meet in, as choices; "not linked" first.
fn item_choices(workshop: &Workshop) -> (Vec<(String, String)>, Vec<Option<Id>>) {
    let mut options = vec![("not linked".to_string(), "no timer".to_string())];
    let mut ids = vec![None];
    for item in workshop.agenda() {
        if item.kind == ItemKind::WorkingGroups {
            let when = item
                .start
                .map(|t| t.format(" %H:%M").to_string())
                .unwrap_or_default();
            options.push((
                crate::tui::kit::text::fit(&item.title, 40),
                format!("day {}{when} · {} min", item.day, item.minutes),
            ));
            ids.push(Some(item.id));
        }
    }
    (options, ids)
}

/// The first working-groups item: what a new group most likely meets in.
fn default_item(ids: &[Option<Id>]) -> usize {
    usize::from(ids.len() > 1)
}

impl GroupForm {
    pub fn new(workshop: &Workshop, editing: Option<&Group>) -> GroupForm {
        let (options, items) = item_choices(workshop);
        let blank = Group::default();
        let group = editing.unwrap_or(&blank);
        let purpose = PURPOSES
            .iter()
            .position(|p| *p == group.purpose)
            .unwrap_or(4);
        let item = match editing {
            Some(g) => items.iter().position(|i| *i == g.agenda_item).unwrap_or(0),
            None => default_item(&items),
        };
        let capacity = group.capacity.map(|c| c.to_string()).unwrap_or_default();
        let purposes = PURPOSES
            .iter()
            .map(|p| (p.label().to_string(), String::new()))
            .collect();
        let title = match editing {
            Some(g) => format!("Edit group {}", crate::tui::kit::text::fit(&g.name, 30)),
            None => "New group".to_string(),
        };
        let form = MiniForm::new(
            title,
            vec![
                MiniForm::text_field("Name", &group.name, "e.g. Challenges, Health, Table 3"),
                MiniForm::choice_field(
                    "Purpose",
                    purposes,
                    purpose,
                    "↑ ↓: what the group works on (new entries take this kind)",
                ),
                MiniForm::text_field("Room", &group.room, "where it meets, e.g. Room A"),
                MiniForm::text_field("Capacity", &capacity, "how many seats; empty if no limit"),
                MiniForm::choice_field(
                    "Agenda item",
                    options,
                    item,
                    "↑ ↓: the working-groups session it meets in (its timer)",
                ),
            ],
        );
        GroupForm {
            editing: editing.map(|g| g.id),
            form,
            items,
        }
    }

    /// The change this form asks for, or why it cannot be made.
    pub fn change(&self, workshop: &Workshop) -> Result<(Change, String), String> {
        let name = crate::tui::kit::text::typed_line(self.form.text(0))
            .trim()
            .to_string();
        if name.is_empty() {
            return Err("the group needs a name".to_string());
        }
        if let Some(other) = workshop
            .groups()
            .into_iter()
            .find(|g| Some(g.id) != self.editing && same_name(&g.name, &name))
        {
            return Err(format!(
                "there is a group named \"{}\" already; names must differ (note-takers open a group by name)",
                other.name
            ));
        }
        let capacity = match self.form.text(3).trim() {
            "" => None,
            text => match text.parse::<u32>() {
                Ok(n) if n > 0 => Some(n),
                _ => {
                    return Err(format!(
                        "capacity \"{text}\" is not a number of seats; write e.g. 15, or leave it empty"
                    ));
                }
            },
        };
        let mut group = match self.editing {
            Some(id) => match workshop.group(id) {
                Some(g) if !g.deleted => g.clone(),
                _ => return Err("this group was deleted meanwhile; Esc to close".to_string()),
            },
            None => Group::new(next_order(workshop), "", GroupPurpose::Free),
        };
        group.name = name;
        group.purpose = PURPOSES
            .get(self.form.selected(1))
            .copied()
            .unwrap_or_default();
        group.room = self.form.text(2).trim().to_string();
        group.capacity = capacity;
        group.agenda_item = self.items.get(self.form.selected(4)).copied().flatten();
        let verb = if self.editing.is_some() {
            "saved"
        } else {
            "created"
        };
        let message = format!("{verb} group {}", group.name);
        Ok((Change::put_group(group), message))
    }
}

fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// After the last group.
fn next_order(workshop: &Workshop) -> u32 {
    workshop
        .group_records()
        .iter()
        .map(|g| g.order)
        .max()
        .map_or(1, |o| o.saturating_add(1))
}

/// The sets of groups made in one go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupSet {
    /// Lessons learned, Challenges, Future plans (as in the closing-session template).
    Closing,
    /// One group per sector, names typed comma-separated.
    Sectors,
    /// Table 1 … Table N.
    Tables,
}

impl GroupSet {
    pub const ALL: [GroupSet; 3] = [GroupSet::Closing, GroupSet::Sectors, GroupSet::Tables];

    fn choice(self) -> (String, String) {
        let (name, description) = match self {
            GroupSet::Closing => (
                "lessons / challenges / plans",
                "three groups, as in the closing session",
            ),
            GroupSet::Sectors => ("one per sector", "type the sectors below"),
            GroupSet::Tables => ("numbered tables", "type how many below"),
        };
        (name.to_string(), description.to_string())
    }

    /// The groups of this set: (name, purpose, room). `typed` is the sectors or the number.
    pub fn groups(self, typed: &str) -> Result<Vec<(String, GroupPurpose, String)>, String> {
        match self {
            GroupSet::Closing => Ok(closing_groups()),
            GroupSet::Sectors => {
                let mut names: Vec<String> = Vec::new();
                for name in typed
                    .split([',', '،'])
                    .map(crate::tui::kit::text::typed_line)
                {
                    let name = name.trim().to_string();
                    if !name.is_empty() && !names.iter().any(|n| same_name(n, &name)) {
                        names.push(name);
                    }
                }
                if names.is_empty() {
                    return Err(
                        "type the sector names, comma-separated, e.g. Health, Education, Water"
                            .to_string(),
                    );
                }
                Ok(names
                    .into_iter()
                    .map(|n| (n, GroupPurpose::Sector, String::new()))
                    .collect())
            }
            GroupSet::Tables => {
                let typed = typed.trim();
                match typed.parse::<u32>() {
                    Ok(n @ 1..=100) => Ok((1..=n)
                        .map(|i| (format!("Table {i}"), GroupPurpose::Free, String::new()))
                        .collect()),
                    _ => Err(format!(
                        "\"{typed}\" is not a number of tables from 1 to 100; type e.g. 6"
                    )),
                }
            }
        }
    }
}

/// The three groups of the closing-session template, with its rooms.
fn closing_groups() -> Vec<(String, GroupPurpose, String)> {
    let from_template: Vec<_> = templates::file("closing-session")
        .into_iter()
        .flat_map(|t| t.agenda.iter())
        .flat_map(|d| d.items.iter())
        .flat_map(|i| i.groups.iter())
        .map(|g| (g.name.clone(), g.purpose, g.room.clone()))
        .collect();
    if !from_template.is_empty() {
        return from_template;
    }
    vec![
        (
            "Lessons learned".into(),
            GroupPurpose::LessonsLearned,
            String::new(),
        ),
        ("Challenges".into(), GroupPurpose::Challenges, String::new()),
        (
            "Future plans".into(),
            GroupPurpose::FuturePlans,
            String::new(),
        ),
    ]
}

/// The form for "groups from a set".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetForm {
    pub form: MiniForm,
    pub items: Vec<Option<Id>>,
}

impl SetForm {
    pub fn new(workshop: &Workshop) -> SetForm {
        let (options, items) = item_choices(workshop);
        let sets = GroupSet::ALL.iter().map(|s| s.choice()).collect();
        let form = MiniForm::new(
            "Groups from a set",
            vec![
                MiniForm::choice_field("Set", sets, 0, "↑ ↓ to choose"),
                MiniForm::text_field(
                    "Sectors/N",
                    "",
                    "sectors: names, comma-separated · tables: how many",
                ),
                MiniForm::choice_field(
                    "Agenda item",
                    options,
                    default_item(&items),
                    "↑ ↓: the working-groups session they meet in",
                ),
            ],
        );
        SetForm { form, items }
    }

    pub fn set(&self) -> GroupSet {
        GroupSet::ALL
            .get(self.form.selected(0))
            .copied()
            .unwrap_or(GroupSet::Closing)
    }

    /// One undoable change creating the whole set, or why not.
    pub fn change(&self, workshop: &Workshop) -> Result<(Change, String), String> {
        let planned = self.set().groups(self.form.text(1))?;
        if let Some((name, ..)) = planned
            .iter()
            .find(|(name, ..)| workshop.groups().iter().any(|g| same_name(&g.name, name)))
        {
            return Err(format!(
                "there is a group named \"{name}\" already; delete or rename it first"
            ));
        }
        let item = self.items.get(self.form.selected(2)).copied().flatten();
        let mut order = next_order(workshop);
        let mut changes = Vec::new();
        for (name, purpose, room) in &planned {
            let mut group = Group::new(order, name.clone(), *purpose);
            group.room.clone_from(room);
            group.agenda_item = item;
            changes.push(Change::put_group(group));
            order = order.saturating_add(1);
        }
        let message = format!(
            "created {}: {}",
            crate::tui::kit::text::count(planned.len(), "group", "groups"),
            planned
                .iter()
                .map(|(n, ..)| n.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        );
        Ok((Change::Batch(changes), message))
    }
}

/// Deleting a group: a tombstone (undoable); its entries stay and keep pointing at it.
pub fn delete(workshop: &Workshop, id: Id) -> Option<(Change, String)> {
    let group = workshop.group(id).filter(|g| !g.deleted)?;
    let entries = workshop.entries_of_group(id).count();
    let message = format!(
        "deleted group {} ({}, {} kept in the file) — Ctrl-Z brings it back",
        crate::tui::kit::text::one_line(&group.name),
        crate::tui::kit::text::count(group.members.len(), "member", "members"),
        crate::tui::kit::text::count(entries, "entry", "entries")
    );
    Some((Change::Delete(RecordRef::Group(id)), message))
}
