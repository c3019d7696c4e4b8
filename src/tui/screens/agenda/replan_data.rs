//! The re-plan overlay's numbers: which items of the day are still to come, from when they
//! can start, and the three strategies' proposals (from `model::replan`).

use crate::model::replan::{Day, Replan, proposals, start_from};
use crate::model::schedule::{Slot, minute_of};
use crate::model::{AgendaItem, Workshop};
use chrono::NaiveDateTime;

pub struct DayReplan<'a> {
    pub items: Vec<&'a AgendaItem>,
    pub slots: Vec<Slot>,
    pub first_remaining: usize,
    /// The minute the remaining items can start from.
    pub from: u32,
    pub proposals: Vec<Replan>,
}

/// The proposals for the rest of `day` at `now`; `None` when nothing is left to come.
pub fn for_day(
    workshop: &Workshop,
    day: u16,
    now: NaiveDateTime,
    min_percent: u32,
) -> Option<DayReplan<'_>> {
    let items = workshop.agenda_of_day(day);
    let slots = workshop.day_plan(day);
    // Everything up to the last item that has started has run or is running.
    let first_remaining = items
        .iter()
        .rposition(|i| i.actual_start.is_some())
        .map_or(0, |i| i + 1);
    if first_remaining >= items.len() {
        return None;
    }
    let running_end = items
        .iter()
        .find(|i| i.actual_start.is_some() && i.actual_end.is_none())
        .and_then(|i| Some(minute_of(i.actual_start?.time()) + i.minutes));
    let last_end = items[..first_remaining]
        .iter()
        .filter_map(|i| i.actual_end)
        .map(|t| minute_of(t.time()))
        .max();
    let is_today = workshop.info().date_of_day(day) == Some(now.date());
    let from = if is_today || first_remaining > 0 {
        start_from(now.time(), running_end.or(last_end))
    } else {
        // Another day, not begun: it starts as planned.
        slots.first().map_or(0, |s| s.start)
    };
    let proposals = proposals(&Day {
        items: &items,
        slots: &slots,
        first_remaining,
        from,
        min_percent,
    });
    Some(DayReplan {
        items,
        slots,
        first_remaining,
        from,
        proposals,
    })
}
