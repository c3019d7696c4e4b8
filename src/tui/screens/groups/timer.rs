//! A group's timer: its linked agenda item, while that item runs (started, not ended).

use crate::model::{Group, Workshop};
use chrono::NaiveDateTime;

/// Seconds left of the group's agenda item when it is running now (negative: over time).
pub fn seconds_left(workshop: &Workshop, group: &Group, now: NaiveDateTime) -> Option<i64> {
    let item = workshop.item(group.agenda_item?)?;
    if item.deleted || item.actual_end.is_some() {
        return None;
    }
    let started = item.actual_start?;
    let elapsed = (now - started).num_seconds();
    Some(i64::from(item.minutes) * 60 - elapsed)
}

/// "23:10 left" or "3:05 over".
pub fn describe(seconds: i64) -> String {
    let abs = seconds.unsigned_abs();
    let clock = format!("{}:{:02}", abs / 60, abs % 60);
    if seconds >= 0 {
        format!("{clock} left")
    } else {
        format!("{clock} over")
    }
}
