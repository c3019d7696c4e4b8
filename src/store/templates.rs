//! The bundled agenda templates, embedded in the binary.
//!
//! Each template is a small RON file in `assets/templates/` (schema: [`TemplateFile`]). A
//! template becomes a workshop's agenda through ordinary [`Change`]s, so laying one out is
//! one undoable step like any other edit.

use crate::model::{AgendaItem, Change, Group, GroupPurpose, Id, ItemKind, WorkshopInfo};
use chrono::{NaiveTime, TimeDelta};
use serde::Deserialize;
use std::sync::OnceLock;

/// The template files, in the order `halaqa templates` lists them.
const SOURCES: [(&str, &str); 4] = [
    (
        "closing-session",
        include_str!("../../assets/templates/closing-session.ron"),
    ),
    (
        "peer-exchange",
        include_str!("../../assets/templates/peer-exchange.ron"),
    ),
    (
        "training",
        include_str!("../../assets/templates/training.ron"),
    ),
    ("blank", include_str!("../../assets/templates/blank.ron")),
];

/// A bundled template.
#[derive(Clone, Debug)]
pub struct Template {
    pub name: &'static str,
    pub description: &'static str,
    pub days: u16,
}

/// A template file as written in `assets/templates/<name>.ron`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TemplateFile {
    pub name: String,
    /// One line for `halaqa templates`.
    pub description: String,
    /// How many days the workshop needs; the agenda's days run from 1 to this.
    pub days: u16,
    pub agenda: Vec<DayPlan>,
}

/// One day of a template's agenda.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DayPlan {
    /// 1 for the first day.
    pub day: u16,
    pub items: Vec<ItemPlan>,
}

/// One agenda item of a template.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemPlan {
    pub title: String,
    pub kind: ItemKind,
    pub minutes: u32,
    /// A fixed start ("HH:MM"); otherwise the item follows the one before it.
    #[serde(default)]
    pub start: Option<NaiveTime>,
    #[serde(default)]
    pub pinned: bool,
    #[serde(default)]
    pub optional: bool,
    #[serde(default)]
    pub notes: String,
    /// Breakout groups that meet in this item (only on a working-groups item).
    #[serde(default)]
    pub groups: Vec<GroupPlan>,
}

/// A breakout group a template sets up.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupPlan {
    pub name: String,
    pub purpose: GroupPurpose,
    #[serde(default)]
    pub room: String,
}

/// Every template file parsed once. A file that does not parse is left out (the asset
/// tests make sure none is).
fn parsed() -> &'static [TemplateFile] {
    static PARSED: OnceLock<Vec<TemplateFile>> = OnceLock::new();
    PARSED.get_or_init(|| {
        SOURCES
            .iter()
            .filter_map(|(_, text)| ron::from_str::<TemplateFile>(text).ok())
            .collect()
    })
}

/// Parse a template file's text (for the asset tests, and anyone writing a new template).
pub fn parse(text: &str) -> Result<TemplateFile, ron::error::SpannedError> {
    ron::from_str(text)
}

/// Template `name`'s file, parsed.
pub fn file(name: &str) -> Option<&'static TemplateFile> {
    parsed().iter().find(|t| t.name == name)
}

/// Every bundled template, in the order `halaqa templates` lists them.
pub fn all() -> Vec<Template> {
    parsed()
        .iter()
        .map(|t| Template {
            name: &t.name,
            description: &t.description,
            days: t.days,
        })
        .collect()
}

/// One bundled template by name.
pub fn find(name: &str) -> Option<Template> {
    all().into_iter().find(|t| t.name == name)
}

/// The template names, in order.
pub fn names() -> Vec<&'static str> {
    all().into_iter().map(|t| t.name).collect()
}

/// The template names for an error message: "closing-session, peer-exchange, training, blank".
pub fn names_for_message() -> String {
    names().join(", ")
}

/// The changes that lay out template `name` in a workshop described by `info`
/// (agenda items, and groups where the template has them). `None` for an unknown name.
///
/// The workshop must already have at least the template's days (`info.days >= days`);
/// apply the result as one `Change::Batch`.
pub fn changes_for(name: &str, info: &WorkshopInfo) -> Option<Vec<Change>> {
    changes_with_ids(name, info, &mut Id::new)
}

/// As [`changes_for`], with ids from `next_id` (the demo generator uses fixed ids so its
/// output is reproducible).
pub fn changes_with_ids(
    name: &str,
    info: &WorkshopInfo,
    next_id: &mut dyn FnMut() -> Id,
) -> Option<Vec<Change>> {
    let template = file(name)?;
    let mut items = Vec::new();
    let mut groups = Vec::new();
    let mut group_order = 0;
    for day in &template.agenda {
        let planned = planned_starts(&day.items, info.settings.day_start);
        for (index, (plan, start)) in day.items.iter().zip(planned).enumerate() {
            let order = u32::try_from(index + 1).unwrap_or(u32::MAX);
            let mut item = AgendaItem::new(day.day, order, &plan.title, plan.kind, plan.minutes);
            item.id = next_id();
            // Only the day's first item and the fixed points carry a time: the rest follow
            // on, so re-planning can move them.
            if index == 0 || plan.pinned || plan.start.is_some() {
                item.start = Some(start);
            }
            item.pinned = plan.pinned;
            item.optional = plan.optional;
            item.notes.clone_from(&plan.notes);
            for group_plan in &plan.groups {
                group_order += 1;
                let mut group = Group::new(group_order, &group_plan.name, group_plan.purpose);
                group.id = next_id();
                group.room.clone_from(&group_plan.room);
                group.agenda_item = Some(item.id);
                groups.push(Change::put_group(group));
            }
            items.push(Change::put_item(item));
        }
    }
    // Items first: a group's link to its agenda item must find the item.
    items.extend(groups);
    Some(items)
}

/// When each item of a day starts: its fixed start where it has one, otherwise when the one
/// before it ends; the first item starts at `day_start` unless it says otherwise.
pub fn planned_starts(items: &[ItemPlan], day_start: NaiveTime) -> Vec<NaiveTime> {
    let mut clock = day_start;
    items
        .iter()
        .map(|plan| {
            let start = plan.start.unwrap_or(clock);
            let (end, _) =
                start.overflowing_add_signed(TimeDelta::minutes(i64::from(plan.minutes)));
            clock = end;
            start
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nine() -> NaiveTime {
        NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default()
    }

    #[test]
    fn every_embedded_file_parses_and_is_named_like_its_slot() {
        for (name, text) in SOURCES {
            let file = parse(text).unwrap_or_else(|e| panic!("{name}.ron: {e}"));
            assert_eq!(file.name, name);
        }
    }

    #[test]
    fn days_run_from_one_to_the_template_days_without_gaps() {
        for t in parsed() {
            let days: Vec<u16> = t.agenda.iter().map(|d| d.day).collect();
            let expected: Vec<u16> = (1..=t.days).collect();
            if !t.agenda.is_empty() {
                assert_eq!(days, expected, "{}", t.name);
            }
        }
    }

    /// A fixed time must be exactly where the items before it end: no dead time before
    /// prayer or lunch, and nothing running into it.
    #[test]
    fn fixed_times_meet_the_items_before_them() {
        for t in parsed() {
            for day in &t.agenda {
                let starts = planned_starts(&day.items, nine());
                for (i, plan) in day.items.iter().enumerate().skip(1) {
                    if let Some(fixed) = plan.start {
                        let before = &day.items[i - 1];
                        let end = starts[i - 1] + TimeDelta::minutes(i64::from(before.minutes));
                        assert_eq!(
                            end, fixed,
                            "{} day {}: {:?} ends at {end}, {:?} is fixed at {fixed}",
                            t.name, day.day, before.title, plan.title
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn groups_sit_only_on_working_groups_items() {
        for t in parsed() {
            for plan in t.agenda.iter().flat_map(|d| &d.items) {
                if !plan.groups.is_empty() {
                    assert_eq!(plan.kind, ItemKind::WorkingGroups, "{}", plan.title);
                }
            }
        }
    }

    #[test]
    fn unknown_names_give_none() {
        assert!(changes_for("gala-dinner", &WorkshopInfo::titled("x")).is_none());
        assert!(find("gala-dinner").is_none());
        assert!(names_for_message().contains("closing-session"));
    }
}
