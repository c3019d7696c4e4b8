//! Re-planning the rest of a day that runs late: three strategies, each shown in full
//! before anything changes.
//!
//! - **Shift**: every remaining item keeps its length and moves later; pinned ones too.
//! - **Shrink**: remaining flexible items shrink in proportion, each down to a minimum
//!   share of its planned length, so the pinned items (meals, prayer, the bus, the
//!   closing) keep their times.
//! - **Drop optional**: remaining optional items are dropped; the rest keep their length
//!   and pinned items their times.
//!
//! Times are minutes after midnight, as in [`super::schedule`].

use super::schedule::{Slot, minute_of};
use super::{AgendaItem, Change, Id, RecordRef};
use chrono::NaiveTime;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Strategy {
    Shift,
    Shrink,
    DropOptional,
}

impl Strategy {
    pub const ALL: [Strategy; 3] = [Strategy::Shift, Strategy::Shrink, Strategy::DropOptional];

    pub fn label(self) -> &'static str {
        match self {
            Strategy::Shift => "shift everything after now",
            Strategy::Shrink => "shrink the flexible items",
            Strategy::DropOptional => "drop optional items",
        }
    }
}

/// One remaining item under a strategy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Planned {
    pub id: Id,
    pub start: u32,
    pub minutes: u32,
    pub dropped: bool,
    pub pinned: bool,
}

impl Planned {
    pub fn end(&self) -> u32 {
        self.start + self.minutes
    }
}

/// A strategy's proposal for the rest of the day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Replan {
    pub strategy: Strategy,
    pub items: Vec<Planned>,
    /// When the last item that still happens ends.
    pub day_end: u32,
    /// Minutes past the planned end of the day (0 when on time or early).
    pub late_by: u32,
    /// Minutes in which some item would still run into a pinned one that cannot move.
    pub overlap: u32,
}

impl Replan {
    pub fn on_time(&self) -> bool {
        self.late_by == 0 && self.overlap == 0
    }

    /// The change that puts this proposal into the agenda: new starts and lengths, dropped
    /// items deleted (undoable, like every change).
    pub fn change(&self, items: &[&AgendaItem]) -> Change {
        let mut changes = Vec::new();
        for planned in &self.items {
            let Some(item) = items.iter().find(|i| i.id == planned.id) else {
                continue;
            };
            if planned.dropped {
                changes.push(Change::Delete(RecordRef::Item(item.id)));
                continue;
            }
            let start = time_of(planned.start);
            if item.start != start || item.minutes != planned.minutes {
                let mut edited = (*item).clone();
                edited.start = start;
                edited.minutes = planned.minutes;
                changes.push(Change::put_item(edited));
            }
        }
        Change::Batch(changes)
    }
}

fn time_of(minute: u32) -> Option<NaiveTime> {
    NaiveTime::from_hms_opt(minute / 60, minute % 60, 0)
}

/// What the re-planner needs to know about the day.
pub struct Day<'a> {
    /// The day's items in order.
    pub items: &'a [&'a AgendaItem],
    /// Their planned slots (from [`super::schedule::plan`]).
    pub slots: &'a [Slot],
    /// Index of the first item still to be re-planned (everything before it has run or is
    /// running).
    pub first_remaining: usize,
    /// The minute from which the remaining items can start (now, or when the running item
    /// is due to end if that is later).
    pub from: u32,
    /// Shrink no item below this share of its planned length, in percent (default 50).
    pub min_percent: u32,
}

/// All three proposals.
pub fn proposals(day: &Day) -> Vec<Replan> {
    Strategy::ALL.iter().map(|s| propose(day, *s)).collect()
}

pub fn propose(day: &Day, strategy: Strategy) -> Replan {
    let planned_end = day.slots.last().map(|s| s.end).unwrap_or(day.from);
    let remaining: Vec<(&AgendaItem, &Slot)> = day
        .items
        .iter()
        .zip(day.slots)
        .skip(day.first_remaining)
        .map(|(i, s)| (*i, s))
        .collect();
    let items = match strategy {
        Strategy::Shift => shift(&remaining, day.from),
        Strategy::Shrink => shrink(&remaining, day.from, day.min_percent),
        Strategy::DropOptional => drop_optional(&remaining, day.from),
    };
    let day_end = items
        .iter()
        .filter(|p| !p.dropped)
        .map(Planned::end)
        .max()
        .unwrap_or(day.from);
    let overlap = items
        .iter()
        .filter(|p| !p.dropped)
        .collect::<Vec<_>>()
        .windows(2)
        .map(|w| w[0].end().saturating_sub(w[1].start))
        .sum();
    Replan {
        strategy,
        items,
        day_end,
        late_by: day_end.saturating_sub(planned_end),
        overlap,
    }
}

fn planned(item: &AgendaItem, start: u32, minutes: u32) -> Planned {
    Planned {
        id: item.id,
        start,
        minutes,
        dropped: false,
        pinned: item.pinned,
    }
}

/// Everything keeps its length and follows on from `from`; nothing starts earlier than
/// planned.
fn shift(remaining: &[(&AgendaItem, &Slot)], from: u32) -> Vec<Planned> {
    let mut cursor = from;
    remaining
        .iter()
        .map(|(item, slot)| {
            let start = cursor.max(slot.start);
            cursor = start + item.minutes;
            planned(item, start, item.minutes)
        })
        .collect()
}

/// Flow items from `cursor`, keeping pinned items at their slot and flexible ones at the
/// lengths given.
fn flow(
    remaining: &[(&AgendaItem, &Slot)],
    from: u32,
    minutes: &[u32],
    dropped: &[bool],
) -> Vec<Planned> {
    let mut cursor = from;
    remaining
        .iter()
        .enumerate()
        .map(|(i, (item, slot))| {
            if dropped[i] {
                return Planned {
                    dropped: true,
                    ..planned(item, cursor, item.minutes)
                };
            }
            let start = if item.pinned {
                slot.start
            } else {
                cursor.max(slot.start)
            };
            cursor = cursor.max(start + minutes[i]);
            planned(item, start, minutes[i])
        })
        .collect()
}

fn drop_optional(remaining: &[(&AgendaItem, &Slot)], from: u32) -> Vec<Planned> {
    let minutes: Vec<u32> = remaining.iter().map(|(i, _)| i.minutes).collect();
    let dropped: Vec<bool> = remaining
        .iter()
        .map(|(i, _)| i.optional && !i.pinned)
        .collect();
    flow(remaining, from, &minutes, &dropped)
}

/// Shrink the flexible items of each stretch between pinned items in proportion so the
/// stretch ends by the next pinned item's start (or, after the last pinned item, by the
/// planned end of the day).
fn shrink(remaining: &[(&AgendaItem, &Slot)], from: u32, min_percent: u32) -> Vec<Planned> {
    let mut minutes: Vec<u32> = remaining.iter().map(|(i, _)| i.minutes).collect();
    let planned_end = remaining.last().map(|(_, s)| s.end).unwrap_or(from);
    let mut cursor = from;
    let mut stretch_start = 0;
    for index in 0..=remaining.len() {
        let boundary = match remaining.get(index) {
            Some((item, slot)) if item.pinned => Some(slot.start),
            Some(_) => None,
            None => Some(planned_end),
        };
        let Some(deadline) = boundary else { continue };
        let stretch = stretch_start..index;
        let wanted: u32 = stretch.clone().map(|i| minutes[i]).sum();
        let available = deadline.saturating_sub(cursor);
        if wanted > available {
            fit(&mut minutes[stretch.clone()], available, min_percent);
        }
        let used: u32 = stretch.map(|i| minutes[i]).sum();
        cursor += used;
        if let Some((item, slot)) = remaining.get(index) {
            cursor = cursor.max(slot.start) + item.minutes;
        }
        stretch_start = index + 1;
    }
    flow(remaining, from, &minutes, &vec![false; remaining.len()])
}

/// Scale `lengths` down so they sum to at most `available`, none below its minimum.
/// Whole minutes; the rounding remainder goes to the longest items.
fn fit(lengths: &mut [u32], available: u32, min_percent: u32) {
    let floors: Vec<u32> = lengths
        .iter()
        .map(|m| (m * min_percent.min(100)).div_ceil(100).max(1).min(*m))
        .collect();
    let total: u32 = lengths.iter().sum();
    let floor_total: u32 = floors.iter().sum();
    if available <= floor_total {
        lengths.copy_from_slice(&floors);
        return;
    }
    // Share the room above the floors in proportion to each item's room to shrink.
    let spare = available - floor_total;
    let shrinkable = total - floor_total;
    let mut given = 0;
    for (length, floor) in lengths.iter_mut().zip(&floors) {
        let room = *length - floor;
        let share = (u64::from(room) * u64::from(spare) / u64::from(shrinkable.max(1))) as u32;
        given += share;
        *length = floor + share;
    }
    debug_assert!(given <= spare);
}

/// The minute the remaining items may start from: now, or the running item's planned end.
pub fn start_from(now: NaiveTime, running_end: Option<u32>) -> u32 {
    running_end.unwrap_or(0).max(minute_of(now))
}
