//! Laying a bundled template's agenda over an existing workshop: appended after what is
//! there, or replacing it. The result is computed on a copy first, so the overlay can show
//! exactly what the agenda will be before anything changes.

use super::moves::MIDNIGHT;
use crate::model::schedule::clock_text;
use crate::model::search::fold;
use crate::model::{Change, RecordRef, Stamp, Workshop};
use crate::store::templates;
use std::collections::HashMap;

/// The changes that apply template `name` (one batch), and the workshop as it would be.
pub fn plan(workshop: &Workshop, name: &str, replace: bool) -> Result<(Change, Workshop), String> {
    let template =
        templates::file(name).ok_or_else(|| format!("there is no template called \"{name}\""))?;
    let mut info = workshop.info().clone();
    let mut changes = Vec::new();
    if info.days < template.days {
        info.days = template.days;
        changes.push(Change::set_info(info.clone()));
    }
    if replace {
        changes.extend(
            workshop
                .agenda()
                .iter()
                .map(|i| Change::Delete(RecordRef::Item(i.id))),
        );
    }
    // Appended items go after each day's last item and follow on from it.
    let mut after: HashMap<u16, u32> = HashMap::new();
    if !replace {
        for item in workshop.agenda() {
            let last = after.entry(item.day).or_default();
            *last = (*last).max(item.order);
        }
    }
    let groups = workshop.groups();
    for change in templates::changes_for(name, &info).unwrap_or_default() {
        match change {
            Change::PutItem(mut item) => {
                if let Some(last) = after.get(&item.day) {
                    item.order += last;
                    if !item.pinned {
                        item.start = None;
                    }
                }
                changes.push(Change::PutItem(item));
            }
            Change::PutGroup(group) => {
                // A group of the same name is kept and linked to the new item, not doubled.
                match groups.iter().find(|g| fold(&g.name) == fold(&group.name)) {
                    Some(existing) => {
                        let linked_elsewhere = existing
                            .agenda_item
                            .and_then(|id| workshop.item(id))
                            .is_some_and(|i| !i.deleted && !replace);
                        if !linked_elsewhere {
                            let mut relinked = (*existing).clone();
                            relinked.agenda_item = group.agenda_item;
                            changes.push(Change::put_group(relinked));
                        }
                    }
                    None => changes.push(Change::PutGroup(group)),
                }
            }
            other => changes.push(other),
        }
    }
    let change = Change::Batch(changes);
    let mut after_apply = workshop.clone();
    after_apply
        .apply(change.clone(), Stamp::zero())
        .map_err(|e| format!("the template does not fit this workshop: {e}"))?;
    for day in 1..=after_apply.info().days {
        if let Some(end) = after_apply.day_plan(day).iter().map(|s| s.end).max()
            && end > MIDNIGHT
        {
            return Err(format!(
                "day {day} would run past midnight (to {}); replace instead of appending, or shorten the day first",
                clock_text(end)
            ));
        }
    }
    Ok((change, after_apply))
}
