//! The agenda as delivered: what was planned, what happened, what was dropped or cut short.
//!
//! Planned times are laid out the way the live agenda does it: a day starts at
//! `settings.day_start`; an item with its own `start` begins then, any other item begins
//! when the previous one ends.

use super::redact::Redactor;
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
    pub title: String,
    pub kind: &'static str,
    /// Speakers and moderator as the report may name them.
    pub people: String,
    pub planned_start: NaiveTime,
    pub planned_end: NaiveTime,
    pub planned_minutes: u32,
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

impl AgendaDay {
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
            AgendaDay {
                day,
                date: info.date_of_day(day),
                items: day_items(&items, info.settings.day_start, redactor),
            }
        })
        .filter(|day| !day.items.is_empty())
        .collect()
}

fn day_items(
    items: &[&AgendaItem],
    day_start: NaiveTime,
    redactor: &Redactor,
) -> Vec<DeliveredItem> {
    let mut cursor = day_start;
    let mut delivered = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        let planned_start = item.start.unwrap_or(cursor);
        let planned_end = plus_minutes(planned_start, item.minutes);
        cursor = planned_end;
        let actual_start = item.actual_start.map(|t| t.time());
        let actual_end = item.actual_end.map(|t| t.time());
        let actual_minutes = match (item.actual_start, item.actual_end) {
            (Some(start), Some(end)) => Some((end - start).num_minutes()),
            _ => None,
        };
        let later_ran = items[index + 1..].iter().any(|i| i.actual_start.is_some());
        let status = match (item.actual_start, actual_minutes) {
            (None, _) if later_ran => ItemStatus::Dropped,
            (None, _) => ItemStatus::NotRecorded,
            (Some(_), None) => ItemStatus::NoEnd,
            (Some(_), Some(ran)) => {
                // A minute either way is the clock, not the programme.
                let difference = ran - i64::from(item.minutes);
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
            title: redactor.text(item.title.trim()),
            kind: item.kind.label(),
            people: people.join("; "),
            planned_start,
            planned_end,
            planned_minutes: item.minutes,
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
