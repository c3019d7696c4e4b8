//! Re-planning the rest of a day that runs late: three strategies, each shown in full
//! before anything changes.
//!
//! - **Shift**: every remaining flexible item keeps its length and moves later.
//! - **Shrink**: remaining flexible items shrink in proportion, each down to a minimum
//!   share of its planned length, so the pinned items (meals, prayer, the bus, the
//!   closing) keep their times.
//! - **Drop optional**: remaining optional items are dropped; the rest keep their length
//!   and pinned items their times.
//!
//! Under every strategy pinned items keep their times; where a strategy cannot fit around
//! them it names the items that clash and by how much ([`Clash`]). Dropped items are marked
//! dropped, not deleted, and the agreed plan (the baseline) is kept: re-planning changes the
//! current schedule only.
//!
//! Times are minutes after midnight, as in [`super::schedule`].

use super::schedule::{Rooms, Slot, clock_text, clock_time, minute_of, plan};
use super::{AgendaItem, Change, Id, Workshop};
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

/// A flexible item that would run into a pinned one that cannot move.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clash {
    pub item: Id,
    pub pinned: Id,
    /// How many minutes the two would share.
    pub minutes: u32,
}

impl Clash {
    /// "“Panel” runs 5 min into fixed “Lunch” at 13:00", with titles from `items`.
    pub fn sentence(&self, items: &[&AgendaItem], pinned_start: u32) -> String {
        let title = |id: Id| {
            items
                .iter()
                .find(|i| i.id == id)
                .map_or_else(|| "an item".to_string(), |i| i.title.clone())
        };
        format!(
            "“{}” runs {} min into fixed “{}” at {}",
            title(self.item),
            self.minutes,
            title(self.pinned),
            clock_text(pinned_start)
        )
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
    /// Minutes in which some item would still run into a pinned one that cannot move (the
    /// sum over [`Replan::clashes`]).
    pub overlap: u32,
    pub clashes: Vec<Clash>,
}

impl Replan {
    pub fn on_time(&self) -> bool {
        self.late_by == 0 && self.overlap == 0
    }

    /// The first clash in words, with its pinned item's time.
    pub fn clash_sentence(&self, items: &[&AgendaItem]) -> Option<String> {
        let clash = self.clashes.first()?;
        let start = self.items.iter().find(|p| p.id == clash.pinned)?.start;
        Some(clash.sentence(items, start))
    }

    /// The change that puts this proposal into `day` of `workshop`: new starts and lengths,
    /// dropped items marked dropped. The agreed plan is frozen first if it was not, and an
    /// item gets a fixed start only where it would not simply follow the one before it, so a
    /// later overrun still flows. One undoable batch.
    pub fn change(&self, workshop: &Workshop, day: u16) -> Change {
        let originals = workshop.agenda_of_day(day);
        let mut edited: Vec<AgendaItem> = originals.iter().map(|i| (*i).clone()).collect();
        for item in &mut edited {
            if item.baseline.is_none() {
                item.baseline = workshop.baseline_for(item.id);
            }
        }
        let day_start = workshop.info().settings.start_of_day(day);
        for planned in &self.items {
            let Some(index) = edited.iter().position(|i| i.id == planned.id) else {
                continue;
            };
            if planned.dropped {
                edited[index].dropped = true;
                continue;
            }
            if edited[index].pinned {
                continue;
            }
            edited[index].minutes = planned.minutes;
            // Following on is better than a fixed time; keep the time only where needed.
            edited[index].start = None;
            let refs: Vec<&AgendaItem> = edited.iter().collect();
            let follows = plan(&refs, day_start)[index].start == planned.start;
            if !follows {
                edited[index].start = clock_time(planned.start);
            }
        }
        let changes = edited
            .into_iter()
            .zip(&originals)
            .filter(|(new, old)| new != **old)
            .map(|(new, _)| Change::put_item(new))
            .collect();
        Change::Batch(changes)
    }
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
    let clashes = clashes(&remaining, &items);
    let overlap = clashes.iter().map(|c| c.minutes).sum();
    Replan {
        strategy,
        items,
        day_end,
        late_by: day_end.saturating_sub(planned_end),
        overlap,
        clashes,
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

/// Flexible items keep their length and follow on from `from`; pinned ones stay.
fn shift(remaining: &[(&AgendaItem, &Slot)], from: u32) -> Vec<Planned> {
    let minutes: Vec<u32> = remaining.iter().map(|(i, _)| i.minutes).collect();
    flow(remaining, from, &minutes, &vec![false; remaining.len()])
}

/// Where a flexible item shares minutes with a pinned one of the same room.
fn clashes(remaining: &[(&AgendaItem, &Slot)], items: &[Planned]) -> Vec<Clash> {
    let live: Vec<(&AgendaItem, &Planned)> = remaining
        .iter()
        .map(|(item, _)| *item)
        .zip(items)
        .filter(|(_, p)| !p.dropped && p.minutes > 0)
        .collect();
    let mut found = Vec::new();
    for (pinned, fixed) in live.iter().filter(|(_, p)| p.pinned) {
        for (item, planned) in live.iter().filter(|(_, p)| !p.pinned) {
            let shared = planned
                .end()
                .min(fixed.end())
                .saturating_sub(planned.start.max(fixed.start));
            if shared > 0 && item.same_room(pinned) {
                found.push(Clash {
                    item: item.id,
                    pinned: pinned.id,
                    minutes: shared,
                });
            }
        }
    }
    found
}

/// Flow items from `from`, keeping pinned items at their slot and flexible ones at the
/// lengths given, never earlier than planned. Rooms flow as in [`plan`]: an item in a room
/// follows the previous item of its room since the last main-room item; the main room
/// resumes when everything before it has ended.
fn flow(
    remaining: &[(&AgendaItem, &Slot)],
    from: u32,
    minutes: &[u32],
    dropped: &[bool],
) -> Vec<Planned> {
    let mut rooms = Rooms::new(from);
    remaining
        .iter()
        .enumerate()
        .map(|(i, (item, slot))| {
            let follows = rooms.follows(item);
            if dropped[i] || item.dropped {
                return Planned {
                    dropped: true,
                    ..planned(item, follows, item.minutes)
                };
            }
            let start = if item.pinned {
                slot.start
            } else {
                follows.max(slot.start)
            };
            rooms.place(item, start + minutes[i]);
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
    // An item dropped earlier takes no time.
    let mut minutes: Vec<u32> = remaining
        .iter()
        .map(|(i, _)| if i.dropped { 0 } else { i.minutes })
        .collect();
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
