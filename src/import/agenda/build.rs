//! From proposed rows to agenda items: each placed on a workshop day, checked for midnight and
//! for a room used twice at once, then numbered after the day's existing items.

use super::{Problem, Proposed, When};
use crate::model::schedule::clock_text;
use crate::model::{AgendaItem, Id, PersonRef, Workshop};
use chrono::NaiveTime;

const MIDNIGHT: u32 = 24 * 60;

/// A room's name as the agenda compares them: case and spacing do not matter.
fn room_key(room: &str) -> String {
    room.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn room_words(room: &str) -> String {
    if room.trim().is_empty() {
        "the main room".to_string()
    } else {
        format!("room {}", room.trim())
    }
}

fn span(start: u32, end: u32) -> String {
    format!("{}–{}", clock_text(start), clock_text(end))
}

/// The day of a row, or why it has none in this workshop.
fn day_of(row: &Proposed, workshop: &Workshop) -> Result<u16, String> {
    let info = workshop.info();
    match row.when {
        None => Ok(1),
        Some(When::Day(day)) if (1..=info.days).contains(&day) => Ok(day),
        Some(When::Day(day)) => Err(format!(
            "day {day} is outside the workshop, which has {}",
            if info.days == 1 {
                "1 day".to_string()
            } else {
                format!("{} days", info.days)
            }
        )),
        Some(When::Date(date)) => match (info.start, info.day_of_date(date)) {
            (None, _) => Err(format!(
                "{date} cannot be placed, as the workshop has no start date (set it, or give day numbers)"
            )),
            (Some(_), Some(day)) => Ok(day),
            (Some(first), None) => {
                let last = info.date_of_day(info.days).unwrap_or(first);
                Err(format!(
                    "{date} is not one of the workshop's days ({first} to {last})"
                ))
            }
        },
    }
}

fn check_times(row: &Proposed) -> Result<(), String> {
    if row.end > MIDNIGHT {
        return Err(format!(
            "it runs past midnight ({} to {}), so split it at 24:00",
            clock_text(row.start),
            clock_text(row.end % MIDNIGHT)
        ));
    }
    // An end before the start is either a slip or an evening that goes on past midnight.
    if row.end < row.start {
        return Err(format!(
            "it ends at {}, before it starts at {} (an item may not run past midnight)",
            clock_text(row.end),
            clock_text(row.start)
        ));
    }
    if row.end <= row.start {
        return Err(format!(
            "it ends when it starts ({})",
            clock_text(row.start)
        ));
    }
    Ok(())
}

/// Check every row and make the items; all the problems when any row cannot be placed.
pub fn items(rows: Vec<Proposed>, workshop: &Workshop) -> Result<Vec<AgendaItem>, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut placed: Vec<(u16, Proposed)> = Vec::new();
    for row in rows {
        match day_of(&row, workshop).and_then(|day| check_times(&row).map(|()| day)) {
            Ok(day) => placed.push((day, row)),
            Err(reason) => problems.push(Problem {
                whence: row.whence.clone(),
                reason,
            }),
        }
    }
    problems.extend(overlaps(&placed, workshop));
    if !problems.is_empty() {
        return Err(problems);
    }
    // Items go after what each day already has, in order of start (then room).
    placed.sort_by(|(da, a), (db, b)| {
        (da, a.start, room_key(&a.room)).cmp(&(db, b.start, room_key(&b.room)))
    });
    let mut items = Vec::new();
    let mut last_order: Vec<(u16, u32)> = Vec::new();
    for (day, row) in placed {
        let order = match last_order.iter_mut().find(|(d, _)| *d == day) {
            Some((_, order)) => {
                *order += 1;
                *order
            }
            None => {
                let after = workshop
                    .agenda_of_day(day)
                    .iter()
                    .map(|i| i.order)
                    .max()
                    .unwrap_or(0)
                    + 1;
                last_order.push((day, after));
                after
            }
        };
        items.push(item(day, order, row, workshop));
    }
    Ok(items)
}

fn item(day: u16, order: u32, row: Proposed, workshop: &Workshop) -> AgendaItem {
    let mut item = AgendaItem::new(day, order, row.title, row.kind, row.end - row.start);
    item.start = NaiveTime::from_hms_opt(row.start / 60, row.start % 60, 0);
    item.room = row.room;
    item.location = row.location;
    item.pinned = row.pinned;
    item.optional = row.optional;
    item.speakers = row
        .speakers
        .iter()
        .map(|name| match participant_named(workshop, name) {
            Some(id) => PersonRef::Participant(id),
            None => PersonRef::Named(name.clone()),
        })
        .collect();
    item
}

/// A speaker who is on the participant list by that very name (case and spacing aside).
fn participant_named(workshop: &Workshop, name: &str) -> Option<Id> {
    let key = room_key(name);
    let mut matching = workshop
        .participants()
        .filter(|p| !p.erased && room_key(&p.name) == key);
    let first = matching.next()?;
    // Two people of that name: which one is meant is not ours to guess.
    matching.next().is_none().then_some(first.id)
}

/// Two items in one room at the same time: between rows, or with the agenda already there.
fn overlaps(placed: &[(u16, Proposed)], workshop: &Workshop) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (i, (day, row)) in placed.iter().enumerate() {
        let clash = placed[..i].iter().find(|(other_day, other)| {
            other_day == day
                && room_key(&other.room) == room_key(&row.room)
                && other.start < row.end
                && row.start < other.end
        });
        if let Some((_, other)) = clash {
            problems.push(Problem {
                whence: row.whence.clone(),
                reason: format!(
                    "it overlaps {} ({}) in {}",
                    other.whence,
                    span(other.start, other.end),
                    room_words(&row.room)
                ),
            });
            continue;
        }
        let items = workshop.agenda_of_day(*day);
        let existing = items
            .iter()
            .zip(workshop.day_plan(*day))
            .find(|(item, slot)| {
                !item.dropped
                    && room_key(&item.room) == room_key(&row.room)
                    && slot.start < row.end
                    && row.start < slot.end
            });
        if let Some((item, slot)) = existing {
            problems.push(Problem {
                whence: row.whence.clone(),
                reason: format!(
                    "it overlaps \"{}\" ({}), already on day {day}, in {}",
                    item.title,
                    span(slot.start, slot.end),
                    room_words(&row.room)
                ),
            });
        }
    }
    problems
}
