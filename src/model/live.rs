//! Running the agenda against the clock: which item is on, how long it has left, how far the
//! day is ahead or behind, and the changes that start, stop and advance items.
//!
//! An item is running when it has an actual start and no actual end. Times are local wall
//! times, whole seconds (what the file keeps and the report reads).

use super::schedule::{Slot, minute_of};
use super::{AgendaItem, Change, DoorError, Id, Workshop};
use chrono::{NaiveDateTime, Timelike};
use thiserror::Error;

/// How a running item stands against its planned length.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    /// Seconds since it started (0 if the clock reads earlier than the start).
    pub elapsed: i64,
    /// Its planned length in seconds.
    pub planned: i64,
}

impl Progress {
    /// Seconds left; negative when over time.
    pub fn remaining(&self) -> i64 {
        self.planned - self.elapsed
    }

    pub fn over(&self) -> bool {
        self.remaining() < 0
    }

    /// In the last tenth of its time, or over: time for the warning colour.
    pub fn warning(&self) -> bool {
        self.remaining() * 10 <= self.planned
    }
}

/// How far `item` has run at `now`; `None` unless it has started.
pub fn progress(item: &AgendaItem, now: NaiveDateTime) -> Option<Progress> {
    let start = item.actual_start?;
    let until = item.actual_end.unwrap_or(now);
    Some(Progress {
        elapsed: (until - start).num_seconds().max(0),
        planned: i64::from(item.minutes) * 60,
    })
}

/// "12:05" for 725 seconds, "1:02:05" past the hour, "-3:10" when over.
pub fn countdown_text(seconds: i64) -> String {
    let sign = if seconds < 0 { "-" } else { "" };
    let s = seconds.unsigned_abs();
    if s >= 3600 {
        format!("{sign}{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{sign}{:02}:{:02}", s / 60, s % 60)
    }
}

/// "+12 min", "-3 min", "on time": an amount of minutes late (positive) or early.
pub fn drift_text(minutes: i64) -> String {
    match minutes {
        0 => "on time".to_string(),
        m if m > 0 => format!("+{m} min"),
        m => format!("-{} min", m.unsigned_abs()),
    }
}

/// Why a live step could not be taken.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum LiveError {
    #[error("there is no such agenda item")]
    Unknown,
    #[error("\"{title}\" already ran ({from}–{to}); ctrl-z undoes a stop made by mistake")]
    AlreadyRan {
        title: String,
        from: String,
        to: String,
    },
    #[error("\"{0}\" is already running")]
    AlreadyRunning(String),
    #[error("nothing is left to start on day {0}")]
    NothingLeft(u16),
    #[error("\"{title}\" not started: {why}; wrong dates? fix them with Overview e")]
    NotAWorkshopDay { title: String, why: DoorError },
}

/// Whole seconds: what the file keeps.
fn whole_seconds(moment: NaiveDateTime) -> NaiveDateTime {
    moment.with_nanosecond(0).unwrap_or(moment)
}

impl Workshop {
    /// The item running now: started and not stopped (the latest started if, after a merge,
    /// there are several).
    pub fn running_item(&self) -> Option<&AgendaItem> {
        self.agenda()
            .into_iter()
            .filter(|i| i.actual_start.is_some() && i.actual_end.is_none())
            .max_by_key(|i| i.actual_start)
    }

    /// The change that starts item `id` at `now`, stopping first whatever runs in its room
    /// or the main room (one step, one undo); sessions in other rooms keep running.
    pub fn start_item(&self, id: Id, now: NaiveDateTime) -> Result<Change, LiveError> {
        let item = self
            .item(id)
            .filter(|i| !i.deleted)
            .ok_or(LiveError::Unknown)?;
        if let (Some(from), Some(to)) = (item.actual_start, item.actual_end) {
            return Err(LiveError::AlreadyRan {
                title: item.title.clone(),
                from: from.format("%H:%M").to_string(),
                to: to.format("%H:%M").to_string(),
            });
        }
        if item.actual_start.is_some() {
            return Err(LiveError::AlreadyRunning(item.title.clone()));
        }
        // A workshop without dates yet runs on any day; a dated one only on its own days, or
        // the actual times would sit on a day the report never reads.
        if self.info.start.is_some()
            && let Err(why) = self.info.workshop_day(now.date())
        {
            return Err(LiveError::NotAWorkshopDay {
                title: item.title.clone(),
                why,
            });
        }
        let now = whole_seconds(now);
        // What runs in the same room (or the main room around it) ends; other rooms go on.
        let mut changes: Vec<Change> = self.stop_blocking(item, now);
        let mut started = item.clone();
        started.actual_start = Some(now);
        started.actual_end = None;
        // The first start freezes the agreed plan, so re-planning later keeps it.
        if !self.plan_frozen() {
            let running: Vec<Id> = self.running_items().iter().map(|i| i.id).collect();
            let skip = [running, vec![id]].concat();
            changes.extend(self.baseline_changes(&skip));
            started.baseline = self.baseline_for(id);
        }
        changes.push(Change::put_item(started));
        Ok(Change::Batch(changes))
    }

    /// The change that stops the running item at `now`; `None` when nothing runs. A clock
    /// that reads earlier than the start (changed by hand) stops it at its start.
    pub fn stop_running(&self, now: NaiveDateTime) -> Option<Change> {
        let running = self.running_item()?;
        let mut stopped = running.clone();
        let start = running.actual_start.unwrap_or(now);
        stopped.actual_end = Some(whole_seconds(now).max(start));
        Some(Change::put_item(stopped))
    }

    /// The item after the running one on its day or, with nothing running, the first item of
    /// `day` that has not started.
    pub fn next_to_start(&self, day: u16) -> Option<&AgendaItem> {
        match self.running_item() {
            Some(running) => {
                let items = self.agenda_of_day(running.day);
                let at = items.iter().position(|i| i.id == running.id)?;
                items.get(at + 1).copied()
            }
            None => self
                .agenda_of_day(day)
                .into_iter()
                .find(|i| i.actual_start.is_none()),
        }
    }

    /// Stop the running item and start the next one: the change, and the item started
    /// (`None` when the running item was the day's last, which is then only stopped).
    pub fn advance(&self, day: u16, now: NaiveDateTime) -> Result<(Change, Option<Id>), LiveError> {
        let running_day = self.running_item().map(|i| i.day);
        match self.next_to_start(day) {
            Some(next) if next.actual_start.is_none() => {
                Ok((self.start_item(next.id, now)?, Some(next.id)))
            }
            _ => match self.stop_running(now) {
                Some(stop) => Ok((stop, None)),
                None => Err(LiveError::NothingLeft(running_day.unwrap_or(day))),
            },
        }
    }

    /// How many minutes `day` runs behind its plan at `now` (negative: ahead). `None` before
    /// anything on it has started, or for a day without items.
    ///
    /// - An item running: when it will end (its planned length from its actual start, or
    ///   now if it is already over) against its planned end.
    /// - Between items: when the next can start (now, or when the last one ended if that
    ///   is later) against the next item's planned start.
    /// - All done: when the last one ended against its planned end.
    pub fn drift(&self, day: u16, now: NaiveDateTime) -> Option<i64> {
        let items = self.agenda_of_day(day);
        let slots = self.day_plan(day);
        if !items.iter().any(|i| i.actual_start.is_some()) {
            return None;
        }
        let minute_at = |moment: NaiveDateTime| {
            let days = (moment.date() - now.date()).num_days();
            days * 24 * 60 + i64::from(minute_of(moment.time()))
        };
        let planned = |slot: &Slot, end: bool| i64::from(if end { slot.end } else { slot.start });
        if let Some(at) = items
            .iter()
            .position(|i| i.actual_start.is_some() && i.actual_end.is_none())
        {
            let item = items[at];
            let started = minute_at(item.actual_start?);
            let end = (started + i64::from(item.minutes)).max(minute_at(now));
            return Some(end - planned(&slots[at], true));
        }
        let last_done = items.iter().rposition(|i| i.actual_end.is_some())?;
        let ended = minute_at(items[last_done].actual_end?);
        match items
            .iter()
            .enumerate()
            .skip(last_done + 1)
            .find(|(_, i)| i.actual_start.is_none())
        {
            Some((next, _)) => Some(ended.max(minute_at(now)) - planned(&slots[next], false)),
            None => Some(ended - planned(&slots[last_done], true)),
        }
    }

    /// Planned against actual for a finished item: minutes longer (positive) or shorter
    /// than planned.
    pub fn overrun(item: &AgendaItem) -> Option<i64> {
        let (start, end) = (item.actual_start?, item.actual_end?);
        Some((end - start).num_minutes() - i64::from(item.minutes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DeviceId, Document, ItemKind, WorkshopInfo};
    use chrono::{NaiveDate, NaiveTime};

    fn at(h: u32, m: u32, s: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2025, 3, 10)
            .unwrap()
            .and_time(NaiveTime::from_hms_opt(h, m, s).unwrap())
    }

    fn day() -> Document {
        let mut doc = Document::new(Workshop::new(WorkshopInfo::titled("t")), DeviceId::new("t"));
        let items = [("Opening", 30), ("Panel", 60), ("Groups", 60)];
        let changes = items
            .iter()
            .enumerate()
            .map(|(n, (title, minutes))| {
                Change::put_item(AgendaItem::new(
                    1,
                    n as u32,
                    *title,
                    ItemKind::Other,
                    *minutes,
                ))
            })
            .collect();
        doc.apply(Change::Batch(changes)).unwrap();
        doc
    }

    fn id(doc: &Document, n: usize) -> Id {
        doc.workshop().agenda()[n].id
    }

    #[test]
    fn start_advance_and_stop_keep_one_item_running() {
        let mut doc = day();
        let opening = id(&doc, 0);
        doc.apply(doc.workshop().start_item(opening, at(9, 5, 0)).unwrap())
            .unwrap();
        assert_eq!(doc.workshop().drift(1, at(9, 10, 0)), Some(5));
        let (change, started) = doc.workshop().advance(1, at(9, 40, 30)).unwrap();
        doc.apply(change).unwrap();
        assert_eq!(started, Some(id(&doc, 1)));
        let w = doc.workshop();
        assert_eq!(w.item(opening).unwrap().actual_end, Some(at(9, 40, 30)));
        assert_eq!(w.running_item().unwrap().title, "Panel");
        assert_eq!(Workshop::overrun(w.item(opening).unwrap()), Some(5));
        // The panel started 10 min late and is planned to 10:30: it will end 10:40.
        assert_eq!(w.drift(1, at(9, 45, 0)), Some(10));
        doc.undo().unwrap();
        assert_eq!(doc.workshop().running_item().unwrap().title, "Opening");
    }

    #[test]
    fn progress_turns_to_warning_in_the_last_tenth() {
        let mut item = AgendaItem::new(1, 1, "x", ItemKind::Other, 10);
        item.actual_start = Some(at(9, 0, 0));
        let p = progress(&item, at(9, 8, 59)).unwrap();
        assert!(!p.warning());
        assert_eq!(countdown_text(p.remaining()), "01:01");
        let p = progress(&item, at(9, 9, 0)).unwrap();
        assert!(p.warning() && !p.over());
        let p = progress(&item, at(9, 13, 10)).unwrap();
        assert!(p.over());
        assert_eq!(countdown_text(p.remaining()), "-03:10");
        assert_eq!(countdown_text(3725), "1:02:05");
    }

    #[test]
    fn a_finished_item_cannot_be_started_again_and_the_last_only_stops() {
        let mut doc = day();
        for n in 0..3 {
            let change = doc
                .workshop()
                .start_item(id(&doc, n), at(9 + n as u32, 0, 0));
            doc.apply(change.unwrap()).unwrap();
        }
        let (change, started) = doc.workshop().advance(1, at(12, 0, 0)).unwrap();
        doc.apply(change).unwrap();
        assert_eq!(started, None);
        assert!(doc.workshop().running_item().is_none());
        assert!(matches!(
            doc.workshop().start_item(id(&doc, 0), at(12, 0, 0)),
            Err(LiveError::AlreadyRan { .. })
        ));
        assert_eq!(
            doc.workshop().advance(1, at(12, 0, 0)),
            Err(LiveError::NothingLeft(1))
        );
        // Planned end 11:30; the last ended at 12:00.
        assert_eq!(doc.workshop().drift(1, at(12, 5, 0)), Some(30));
    }
}
