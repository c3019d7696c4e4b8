//! When agenda items happen on paper: the timing rules shared by the agenda, the overview,
//! the live view and the report.
//!
//! A day starts at `Settings::day_start`. An item with its own `start` begins then; any other
//! item begins when the previous one ends. Times are minutes after midnight so an agenda that
//! runs past midnight shows as such instead of wrapping round.

use super::{AgendaItem, Id, Workshop};
use chrono::{NaiveTime, Timelike};

/// One item's planned place in its day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slot {
    pub id: Id,
    /// Minutes after midnight.
    pub start: u32,
    pub end: u32,
}

impl Slot {
    pub fn contains(&self, minute: u32) -> bool {
        (self.start..self.end).contains(&minute)
    }
}

/// Minutes after midnight of a time of day.
pub fn minute_of(time: NaiveTime) -> u32 {
    time.hour() * 60 + time.minute()
}

/// "09:30" for 570; past midnight shows as "24:10" rather than pretending it is early.
pub fn clock_text(minute: u32) -> String {
    format!("{:02}:{:02}", minute / 60, minute % 60)
}

/// The time of day of a minute after midnight; `None` past midnight.
pub fn clock_time(minute: u32) -> Option<NaiveTime> {
    NaiveTime::from_hms_opt(minute / 60, minute % 60, 0)
}

/// The planned slots of `items` (one day, in order). `day_start` is where the first item
/// begins unless it has its own start: a default, not a wall (registration at 08:30 starts at
/// 08:30 on a 09:00 day).
///
/// Parallel rooms: an item in a room follows the previous item of the same room in the
/// current block (the items after the last main-room item), or else the last main-room item;
/// the main room resumes when everything before it has ended. Dropped items take no time.
pub fn plan(items: &[&AgendaItem], day_start: NaiveTime) -> Vec<Slot> {
    let mut rooms = Rooms::new(minute_of(day_start));
    items
        .iter()
        .map(|item| {
            let start = item.start.map(minute_of).unwrap_or(rooms.follows(item));
            let end = if item.dropped {
                start
            } else {
                start.saturating_add(item.minutes)
            };
            if !item.dropped {
                rooms.place(item, end);
            }
            Slot {
                id: item.id,
                start,
                end,
            }
        })
        .collect()
}

/// Where the next item of each room may start. An item in a room follows the previous item
/// of the same room since the last main-room item, or else that main-room item; the main room
/// resumes when everything before it has ended.
pub(crate) struct Rooms<'a> {
    main_end: u32,
    all_end: u32,
    rooms: Vec<(&'a AgendaItem, u32)>,
}

impl<'a> Rooms<'a> {
    pub(crate) fn new(from: u32) -> Self {
        Rooms {
            main_end: from,
            all_end: from,
            rooms: Vec::new(),
        }
    }

    /// When `item` would start if it simply followed on.
    pub(crate) fn follows(&self, item: &AgendaItem) -> u32 {
        if item.room.trim().is_empty() {
            return self.all_end;
        }
        self.rooms
            .iter()
            .rev()
            .find(|(other, _)| other.same_room(item))
            .map_or(self.main_end, |(_, end)| *end)
    }

    /// `item` takes place until `end`.
    pub(crate) fn place(&mut self, item: &'a AgendaItem, end: u32) {
        if item.room.trim().is_empty() {
            // A fixed start may overlap what came before: the room is free when both end.
            self.all_end = self.all_end.max(end);
            self.main_end = self.all_end;
            self.rooms.clear();
        } else {
            let end = end.max(self.follows(item));
            self.rooms.push((item, end));
            self.all_end = self.all_end.max(end);
        }
    }
}

impl Workshop {
    /// The planned slots of one day's live items, in order.
    pub fn day_plan(&self, day: u16) -> Vec<Slot> {
        plan(
            &self.agenda_of_day(day),
            self.info.settings.start_of_day(day),
        )
    }

    /// The item planned to run at `minute` on `day`, and the one after it. Between items (or
    /// before the first) `now` is `None` and `next` is the next to start. Dropped items
    /// (no length) are never now or next.
    pub fn now_and_next(&self, day: u16, minute: u32) -> (Option<Id>, Option<Id>) {
        let mut slots = self.day_plan(day);
        slots.retain(|s| s.end > s.start);
        let now = slots.iter().position(|s| s.contains(minute));
        let next = match now {
            Some(i) => slots.get(i + 1),
            None => slots.iter().find(|s| s.start > minute),
        };
        (now.map(|i| slots[i].id), next.map(|s| s.id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ItemKind;

    fn at(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn items_follow_each_other_unless_they_have_a_start() {
        let a = AgendaItem::new(1, 1, "Opening", ItemKind::Opening, 30);
        let b = AgendaItem::new(1, 2, "Panel", ItemKind::Panel, 90);
        let mut lunch = AgendaItem::new(1, 3, "Lunch", ItemKind::Meal, 60);
        lunch.start = Some(at(13, 0));
        lunch.pinned = true;
        let c = AgendaItem::new(1, 4, "Groups", ItemKind::WorkingGroups, 60);
        let slots = plan(&[&a, &b, &lunch, &c], at(9, 0));
        let texts: Vec<String> = slots
            .iter()
            .map(|s| format!("{}–{}", clock_text(s.start), clock_text(s.end)))
            .collect();
        assert_eq!(
            texts,
            ["09:00–09:30", "09:30–11:00", "13:00–14:00", "14:00–15:00"]
        );
    }

    #[test]
    fn registration_before_the_day_start_starts_when_planned() {
        let mut registration = AgendaItem::new(1, 1, "Registration", ItemKind::Other, 30);
        registration.start = Some(at(8, 30));
        let opening = AgendaItem::new(1, 2, "Opening", ItemKind::Opening, 30);
        let slots = plan(&[&registration, &opening], at(9, 0));
        assert_eq!((slots[0].start, slots[1].start), (510, 540));
    }

    #[test]
    fn parallel_rooms_run_side_by_side_and_the_main_room_waits_for_both() {
        let opening = AgendaItem::new(1, 1, "Opening", ItemKind::Opening, 30);
        let mut a = AgendaItem::new(1, 2, "Water", ItemKind::WorkingGroups, 60);
        a.room = "Hall A".into();
        let mut b = AgendaItem::new(1, 3, "Health", ItemKind::WorkingGroups, 90);
        b.room = "Hall B".into();
        let mut a2 = AgendaItem::new(1, 4, "Water, part 2", ItemKind::WorkingGroups, 15);
        a2.room = "hall a".into();
        let plenary = AgendaItem::new(1, 5, "Plenary", ItemKind::Plenary, 30);
        let slots = plan(&[&opening, &a, &b, &a2, &plenary], at(9, 0));
        let starts: Vec<String> = slots.iter().map(|s| clock_text(s.start)).collect();
        assert_eq!(starts, ["09:00", "09:30", "09:30", "10:30", "11:00"]);
    }

    #[test]
    fn a_dropped_item_takes_no_time() {
        let a = AgendaItem::new(1, 1, "Opening", ItemKind::Opening, 30);
        let mut coffee = AgendaItem::new(1, 2, "Coffee", ItemKind::Break, 15);
        coffee.dropped = true;
        let b = AgendaItem::new(1, 3, "Panel", ItemKind::Panel, 60);
        let slots = plan(&[&a, &coffee, &b], at(9, 0));
        assert_eq!(
            (slots[1].start, slots[1].end, slots[2].start),
            (570, 570, 570)
        );
    }

    #[test]
    fn a_day_past_midnight_does_not_wrap() {
        let a = AgendaItem::new(1, 1, "Dinner", ItemKind::Meal, 120);
        let slots = plan(&[&a], at(23, 0));
        assert_eq!(clock_text(slots[0].end), "25:00");
    }
}
