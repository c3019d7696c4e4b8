//! Putting items in their place: inserting, moving within a day and between days,
//! duplicating. Each produces the changes for one `Change::Batch` (one undo), after checking
//! that no day would run past midnight.

use crate::model::schedule::{clock_text, plan};
use crate::model::{AgendaItem, Change, Id, Workshop};
use chrono::Timelike;

/// Minutes in a day: an agenda must end by midnight.
pub const MIDNIGHT: u32 = 24 * 60;

/// Where an item goes in its day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// Where it already is (an edit that keeps its day).
    Keep,
    /// Right after this item (which must be on the same day), else at the end.
    After(Id),
    End,
}

/// The day's items as they would be with `item` put at `place` (replacing the record with
/// its id, if it is on that day).
pub fn day_with(workshop: &Workshop, item: &AgendaItem, place: Place) -> Vec<AgendaItem> {
    let mut list: Vec<AgendaItem> = workshop
        .agenda_of_day(item.day)
        .into_iter()
        .cloned()
        .collect();
    let kept_at = list.iter().position(|i| i.id == item.id);
    if let (Place::Keep, Some(at)) = (place, kept_at)
        && list[at].start == item.start
    {
        list[at] = item.clone();
        return list;
    }
    list.retain(|i| i.id != item.id);
    let at = match (item.start, place) {
        // A time of its own puts it where that time falls in the day (registration at 08:30
        // goes before the 09:00 opening), whatever place was asked for.
        (Some(start), _) => {
            let refs: Vec<&AgendaItem> = list.iter().collect();
            let day_start = workshop.info().settings.start_of_day(item.day);
            let start = start.num_seconds_from_midnight() / 60;
            plan(&refs, day_start)
                .iter()
                .position(|slot| slot.start > start)
                .unwrap_or(list.len())
        }
        (None, Place::After(id)) => list
            .iter()
            .position(|i| i.id == id)
            .map_or(list.len(), |p| p + 1),
        (None, Place::Keep | Place::End) => list.len(),
    };
    list.insert(at, item.clone());
    list
}

/// Refuse a day that would run past midnight, naming when it would end.
pub fn check_midnight(workshop: &Workshop, day: &[AgendaItem]) -> Result<(), String> {
    let refs: Vec<&AgendaItem> = day.iter().collect();
    let day_number = day.first().map_or(1, |i| i.day);
    let slots = plan(&refs, workshop.info().settings.start_of_day(day_number));
    match slots.iter().map(|s| s.end).max() {
        Some(end) if end > MIDNIGHT => Err(format!(
            "day {} would run past midnight (it would end at {}): shorten an item or start earlier",
            day.first().map_or(0, |i| i.day),
            clock_text(end)
        )),
        _ => Ok(()),
    }
}

/// The changes that store `day` in this order: orders 1, 2, 3…; only records that differ
/// from the file are put.
pub fn store_day(workshop: &Workshop, day: Vec<AgendaItem>) -> Vec<Change> {
    day.into_iter()
        .enumerate()
        .filter_map(|(index, mut item)| {
            item.order = u32::try_from(index + 1).unwrap_or(u32::MAX);
            let unchanged = workshop.item(item.id).is_some_and(|old| *old == item);
            (!unchanged).then(|| Change::put_item(item))
        })
        .collect()
}

/// Put `item` at `place` in its day: the changes, or why not.
pub fn put_at(workshop: &Workshop, item: AgendaItem, place: Place) -> Result<Vec<Change>, String> {
    let day = day_with(workshop, &item, place);
    check_midnight(workshop, &day)?;
    Ok(store_day(workshop, day))
}

/// Move item `id` one place earlier (`-1`) or later (`1`) in its day. `Ok(None)` at the edge.
///
/// A moved item that is not pinned follows the one before it (its own time is dropped), and
/// the item that ends up first keeps the day's first start time, so the day still begins
/// when it did.
pub fn shift_within_day(
    workshop: &Workshop,
    id: Id,
    delta: isize,
) -> Result<Option<Vec<Change>>, String> {
    let Some(item) = workshop.item(id) else {
        return Ok(None);
    };
    let mut day: Vec<AgendaItem> = workshop
        .agenda_of_day(item.day)
        .into_iter()
        .cloned()
        .collect();
    let Some(at) = day.iter().position(|i| i.id == id) else {
        return Ok(None);
    };
    let Some(to) = at.checked_add_signed(delta).filter(|to| *to < day.len()) else {
        return Ok(None);
    };
    let first_start = day.first().filter(|i| !i.pinned).and_then(|i| i.start);
    day.swap(at, to);
    for moved in [to, at] {
        if moved != 0 && !day[moved].pinned && day[moved].start == first_start {
            day[moved].start = None;
        }
    }
    if let Some(first) = day.first_mut()
        && first.start.is_none()
    {
        first.start = first_start;
    }
    check_midnight(workshop, &day)?;
    Ok(Some(store_day(workshop, day)))
}

/// Move item `id` to the end of the day before (`-1`) or after (`1`). `Ok(None)` when there
/// is no such day.
pub fn shift_day(workshop: &Workshop, id: Id, delta: i32) -> Result<Option<Vec<Change>>, String> {
    let Some(item) = workshop.item(id) else {
        return Ok(None);
    };
    let target = i32::from(item.day) + delta;
    let Some(target) = u16::try_from(target)
        .ok()
        .filter(|d| (1..=workshop.info().days).contains(d))
    else {
        return Ok(None);
    };
    let mut moved = item.clone();
    moved.day = target;
    if !moved.pinned {
        moved.start = None;
    }
    let mut changes = put_at(workshop, moved, Place::End)?;
    // The day it left keeps its order without a gap.
    let left: Vec<AgendaItem> = workshop
        .agenda_of_day(item.day)
        .into_iter()
        .filter(|i| i.id != id)
        .cloned()
        .collect();
    changes.extend(store_day(workshop, left));
    Ok(Some(changes))
}

/// A copy of item `id` right after it: a new record, not started, following the original.
pub fn duplicate(workshop: &Workshop, id: Id) -> Result<Option<(Id, Vec<Change>)>, String> {
    let Some(item) = workshop.item(id) else {
        return Ok(None);
    };
    let mut copy = item.clone();
    copy.id = Id::new();
    copy.start = None;
    copy.pinned = false;
    copy.actual_start = None;
    copy.actual_end = None;
    let new_id = copy.id;
    Ok(Some((new_id, put_at(workshop, copy, Place::After(id))?)))
}
