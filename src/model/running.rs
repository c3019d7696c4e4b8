//! What is really on now and what really comes next, with parallel rooms: several items may
//! run at once (one per room), and "next" is the next item of the current (re-planned)
//! schedule at the time it can really begin, not the time it had on paper.
//!
//! The room rule is the schedule's (`schedule::Rooms`): a main-room item follows everything
//! before it, a room's item follows the main-room item and the same room's previous item.

use super::schedule::minute_of;
use super::{AgendaItem, Change, Id, Workshop};
use chrono::{Duration, NaiveDateTime, Timelike};

/// Whether `running` must end before `item` begins: the same room, or one of them is in the
/// main room (which holds the plenary around the parallel sessions).
pub fn blocks(running: &AgendaItem, item: &AgendaItem) -> bool {
    running.same_room(item) || running.room.trim().is_empty() || item.room.trim().is_empty()
}

/// When a running item will end: its planned length from its actual start, or now when it
/// is already over (it ends when someone stops it).
pub fn expected_end(item: &AgendaItem, now: NaiveDateTime) -> Option<NaiveDateTime> {
    let start = item.actual_start?;
    Some((start + Duration::minutes(i64::from(item.minutes))).max(now))
}

fn whole_seconds(moment: NaiveDateTime) -> NaiveDateTime {
    moment.with_nanosecond(0).unwrap_or(moment)
}

impl Workshop {
    /// Every item running now (started, not stopped), the earliest started first.
    pub fn running_items(&self) -> Vec<&AgendaItem> {
        let mut running: Vec<&AgendaItem> = self
            .agenda()
            .into_iter()
            .filter(|i| i.actual_start.is_some() && i.actual_end.is_none())
            .collect();
        running.sort_by_key(|i| (i.actual_start, i.day, i.order));
        running
    }

    /// The changes that stop what must end before `item` starts at `now`.
    pub fn stop_blocking(&self, item: &AgendaItem, now: NaiveDateTime) -> Vec<Change> {
        self.running_items()
            .into_iter()
            .filter(|running| running.id != item.id && blocks(running, item))
            .filter_map(|running| self.stop_item(running.id, now))
            .collect()
    }

    /// The change that stops item `id` at `now`; `None` unless it is running. A clock that
    /// reads earlier than the start (changed by hand) stops it at its start.
    pub fn stop_item(&self, id: Id, now: NaiveDateTime) -> Option<Change> {
        let item = self.item(id).filter(|i| !i.deleted)?;
        let start = item.actual_start?;
        if item.actual_end.is_some() {
            return None;
        }
        let mut stopped = item.clone();
        stopped.actual_end = Some(whole_seconds(now).max(start));
        Some(Change::put_item(stopped))
    }

    /// The next item of `day` to start, and the minute (after midnight) it can really begin:
    /// among the items not started and not dropped that come after everything started, the
    /// earliest in the current schedule. It begins at its planned start, or when what runs
    /// before it is expected to end, or now if that is later — except a pinned item, which
    /// keeps its time.
    pub fn next_up(&self, day: u16, now: NaiveDateTime) -> Option<(&AgendaItem, u32)> {
        let items = self.agenda_of_day(day);
        let slots = self.day_plan(day);
        let after = items.iter().rposition(|i| i.actual_start.is_some());
        let (at, item) = items
            .iter()
            .enumerate()
            .skip(after.map_or(0, |a| a + 1))
            .filter(|(_, i)| !i.dropped)
            .min_by_key(|(at, _)| (slots.get(*at).map(|s| s.start), *at))?;
        let planned = slots.get(at).map_or(0, |s| s.start);
        if item.pinned {
            return Some((item, planned));
        }
        let minute_at = |moment: NaiveDateTime| {
            // A date far ahead in a damaged file must not overflow: it is simply later.
            let days =
                u32::try_from((moment.date() - now.date()).num_days().max(0)).unwrap_or(u32::MAX);
            days.saturating_mul(24 * 60)
                .saturating_add(minute_of(moment.time()))
        };
        let now_minute = if self.info.day_of_date(now.date()) == Some(day) {
            minute_of(now.time())
        } else {
            0
        };
        let free = self
            .running_items()
            .into_iter()
            .filter(|running| blocks(running, item))
            .filter_map(|running| expected_end(running, now))
            .map(minute_at)
            .max()
            .unwrap_or(0);
        Some((item, planned.max(free).max(now_minute)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DeviceId, Document, ItemKind, WorkshopInfo};
    use chrono::{NaiveDate, NaiveTime};

    fn at(h: u32, m: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2025, 3, 10)
            .unwrap()
            .and_time(NaiveTime::from_hms_opt(h, m, 0).unwrap())
    }

    /// Opening (main), then two parallel sessions in halls A and B, then the plenary.
    fn day() -> Document {
        let mut info = WorkshopInfo::titled("t");
        info.start = Some(at(0, 0).date());
        let mut doc = Document::new(Workshop::new(info), DeviceId::new("t"));
        let items = [
            ("Opening", "", 30),
            ("Session A", "Hall A", 60),
            ("Session B", "Hall B", 60),
            ("Plenary", "", 45),
        ];
        let changes = items
            .iter()
            .enumerate()
            .map(|(n, (title, room, minutes))| {
                let mut item = AgendaItem::new(1, n as u32, *title, ItemKind::Other, *minutes);
                item.room = room.to_string();
                Change::put_item(item)
            })
            .collect();
        doc.apply(Change::Batch(changes)).unwrap();
        doc
    }

    fn start(doc: &mut Document, title: &str, when: NaiveDateTime) {
        let id = doc
            .workshop()
            .agenda()
            .iter()
            .find(|i| i.title == title)
            .unwrap()
            .id;
        let change = doc.workshop().start_item(id, when).unwrap();
        doc.apply(change).unwrap();
    }

    fn titles(items: &[&AgendaItem]) -> Vec<String> {
        items.iter().map(|i| i.title.clone()).collect()
    }

    #[test]
    fn two_rooms_run_at_once_and_the_plenary_stops_both() {
        let mut doc = day();
        start(&mut doc, "Opening", at(9, 0));
        start(&mut doc, "Session A", at(9, 35));
        assert_eq!(titles(&doc.workshop().running_items()), ["Session A"]);
        start(&mut doc, "Session B", at(9, 36));
        assert_eq!(
            titles(&doc.workshop().running_items()),
            ["Session A", "Session B"]
        );
        // The plenary waits for both rooms: planned 10:30, Hall B ends 10:36.
        let (next, minute) = doc.workshop().next_up(1, at(10, 0)).unwrap();
        assert_eq!((next.title.as_str(), minute), ("Plenary", 10 * 60 + 36));
        start(&mut doc, "Plenary", at(10, 40));
        assert_eq!(titles(&doc.workshop().running_items()), ["Plenary"]);
    }

    #[test]
    fn next_is_the_real_time_when_the_day_runs_late() {
        let mut doc = day();
        start(&mut doc, "Opening", at(9, 10));
        // Planned 09:30; the opening started late and will end 09:40.
        let (next, minute) = doc.workshop().next_up(1, at(9, 20)).unwrap();
        assert_eq!((next.title.as_str(), minute), ("Session A", 9 * 60 + 40));
        // Over time: the next can begin no earlier than now.
        let (_, minute) = doc.workshop().next_up(1, at(9, 50)).unwrap();
        assert_eq!(minute, 9 * 60 + 50);
    }
}
