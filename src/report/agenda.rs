//! The agenda as delivered: what was planned, what happened, what was dropped or cut short.
//!
//! Planned times are the agreed plan (each item's baseline, frozen when the first item
//! started) or, where there is none, the schedule laid out as the live agenda does it
//! ([`crate::model::schedule::plan`]). Where the day was re-planned, the re-planned times
//! are shown beside the plan; items dropped when the day ran late are listed as dropped.

use super::redact::Redactor;
use crate::model::schedule::Slot;
use crate::model::{AgendaItem, Workshop};
use chrono::{NaiveDate, NaiveTime, TimeDelta};
use serde::Serialize;

/// How far an item's length may differ from the plan and still count as "as planned".
pub const TOLERANCE_MINUTES: i64 = 1;

/// What became of an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum ItemStatus {
    /// Started and ended, within a minute of the planned length.
    AsPlanned,
    /// Ended this many minutes before its planned length.
    Shortened(i64),
    /// Ran this many minutes longer than planned.
    Overran(i64),
    /// Never started, though a later item of the same day ran.
    Dropped,
    /// Started, no end recorded.
    NoEnd,
    /// Nothing recorded (the live timer was not used for it).
    NotRecorded,
}

impl ItemStatus {
    pub fn describe(self) -> String {
        match self {
            ItemStatus::AsPlanned => "as planned".to_string(),
            ItemStatus::Shortened(m) => format!("shortened by {m} min"),
            ItemStatus::Overran(m) => format!("ran {m} min over"),
            ItemStatus::Dropped => "dropped".to_string(),
            ItemStatus::NoEnd => "no end recorded".to_string(),
            ItemStatus::NotRecorded => "not recorded".to_string(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DeliveredItem {
    /// The agenda item's stable id, to join tables on.
    pub id: String,
    pub title: String,
    pub kind: &'static str,
    /// Speakers and moderator as the report may name them.
    pub people: String,
    pub planned_start: NaiveTime,
    pub planned_end: NaiveTime,
    pub planned_minutes: u32,
    /// The current schedule where it differs from the plan (re-planned on the day).
    pub replanned: Option<(NaiveTime, NaiveTime)>,
    pub room: String,
    pub location: String,
    pub pinned: bool,
    pub optional: bool,
    /// Dropped: marked so when the day ran late, or never started though later items ran
    /// (the status "dropped", as a yes/no a spreadsheet can filter on).
    pub dropped: bool,
    pub actual_start: Option<NaiveTime>,
    pub actual_end: Option<NaiveTime>,
    /// Actual start minus planned start, in minutes (positive: late).
    pub start_difference: Option<i64>,
    pub actual_minutes: Option<i64>,
    pub status: ItemStatus,
    pub status_text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AgendaDay {
    pub day: u16,
    pub date: Option<NaiveDate>,
    pub items: Vec<DeliveredItem>,
}

impl DeliveredItem {
    /// "10:30–12:00".
    pub fn planned_text(&self) -> String {
        span_text(self.planned_start, self.planned_end)
    }

    /// The re-planned times, or "" where the item kept its planned place.
    pub fn replanned_text(&self) -> String {
        self.replanned
            .map_or_else(String::new, |(start, end)| span_text(start, end))
    }

    /// Room, place and the plan's flags: "room Hall B · Rotana, Erbil · fixed time".
    pub fn details(&self) -> String {
        let mut parts = Vec::new();
        if !self.room.is_empty() {
            parts.push(format!("room {}", self.room));
        }
        if !self.location.is_empty() {
            parts.push(self.location.clone());
        }
        if self.pinned {
            parts.push("fixed time".to_string());
        }
        if self.optional {
            parts.push("optional".to_string());
        }
        parts.join(" · ")
    }
}

fn span_text(start: NaiveTime, end: NaiveTime) -> String {
    format!("{}–{}", start.format("%H:%M"), end.format("%H:%M"))
}

impl AgendaDay {
    /// Whether any item of the day was re-planned (the Re-planned column is shown).
    pub fn replanned(&self) -> bool {
        self.items.iter().any(|i| i.replanned.is_some())
    }

    pub fn heading(&self) -> String {
        match self.date {
            Some(date) => format!("Day {} — {}", self.day, date.format("%A %-d %B %Y")),
            None => format!("Day {}", self.day),
        }
    }
}

pub fn delivered(workshop: &Workshop, redactor: &Redactor) -> Vec<AgendaDay> {
    let info = workshop.info();
    (1..=info.days)
        .map(|day| {
            let items = workshop.agenda_of_day(day);
            let slots = workshop.day_plan(day);
            AgendaDay {
                day,
                date: info.date_of_day(day),
                items: day_items(&items, &slots, redactor),
            }
        })
        .filter(|day| !day.items.is_empty())
        .collect()
}

fn day_items(items: &[&AgendaItem], slots: &[Slot], redactor: &Redactor) -> Vec<DeliveredItem> {
    let mut delivered = Vec::with_capacity(items.len());
    for (index, (item, slot)) in items.iter().zip(slots).enumerate() {
        let now_start = clock(slot.start);
        let now_end = clock(slot.end);
        let (planned_start, planned_minutes) = match item.baseline {
            Some(b) => (b.start, b.minutes),
            None => (now_start, item.minutes),
        };
        let planned_end = plus_minutes(planned_start, planned_minutes);
        let replanned = (!item.dropped && (now_start != planned_start || now_end != planned_end))
            .then_some((now_start, now_end));
        let actual_start = item.actual_start.map(|t| t.time());
        let actual_end = item.actual_end.map(|t| t.time());
        let actual_minutes = match (item.actual_start, item.actual_end) {
            (Some(start), Some(end)) => Some((end - start).num_minutes()),
            _ => None,
        };
        let later_ran = items[index + 1..].iter().any(|i| i.actual_start.is_some());
        let status = match (item.actual_start, actual_minutes) {
            (None, _) if item.dropped || later_ran => ItemStatus::Dropped,
            (None, _) => ItemStatus::NotRecorded,
            (Some(_), None) => ItemStatus::NoEnd,
            (Some(_), Some(ran)) => {
                // A minute either way is the clock, not the programme.
                let difference = ran - i64::from(planned_minutes);
                if difference < -TOLERANCE_MINUTES {
                    ItemStatus::Shortened(-difference)
                } else if difference > TOLERANCE_MINUTES {
                    ItemStatus::Overran(difference)
                } else {
                    ItemStatus::AsPlanned
                }
            }
        };
        let mut people: Vec<String> = item.speakers.iter().map(|s| redactor.speaker(s)).collect();
        if let Some(moderator) = &item.moderator {
            people.push(format!("moderated by {}", redactor.speaker(moderator)));
        }
        delivered.push(DeliveredItem {
            id: item.id.to_string(),
            title: redactor.text(item.title.trim()),
            kind: item.kind.label(),
            people: people.join("; "),
            planned_start,
            planned_end,
            planned_minutes,
            replanned,
            room: redactor.text(item.room.trim()),
            location: redactor.text(item.location.trim()),
            pinned: item.pinned,
            optional: item.optional,
            dropped: status == ItemStatus::Dropped,
            actual_start,
            actual_end,
            start_difference: actual_start.map(|actual| minutes_between(planned_start, actual)),
            actual_minutes,
            status,
            status_text: status.describe(),
        });
    }
    delivered
}

/// The clock time of a minute after midnight (past midnight wraps, as a wall clock does).
fn clock(minute: u32) -> NaiveTime {
    plus_minutes(NaiveTime::MIN, minute)
}

/// A clock time `minutes` later (wrapping past midnight, as a wall clock does).
fn plus_minutes(time: NaiveTime, minutes: u32) -> NaiveTime {
    time.overflowing_add_signed(TimeDelta::minutes(i64::from(minutes)))
        .0
}

/// Minutes from `planned` to `actual` on the same day (negative: early).
fn minutes_between(planned: NaiveTime, actual: NaiveTime) -> i64 {
    let delta: TimeDelta = actual - planned;
    delta.num_minutes()
}
