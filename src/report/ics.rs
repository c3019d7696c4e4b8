//! The agenda as an iCalendar file (RFC 5545), for Google Calendar, Outlook and phones.
//!
//! - One event per live agenda item; dropped items are left out (they take no time).
//! - Times are floating local times (`20261124T090000`, no `Z`, no `TZID`): the wall-clock
//!   times of the agenda, shown as such wherever the calendar is opened. The workshop has no
//!   time zone of its own to name.
//! - Each event's UID is `ITEM-ID@WORKSHOP-ID`, so importing a fresh export into the same
//!   calendar updates the events instead of adding copies.
//! - Lines end in CRLF and are folded at 75 octets without splitting a character; text
//!   escapes `\`, `;`, `,` and line breaks, and loses other control characters.

use super::export::{ExportError, target_folder, write_atomically};
use super::redact::Redactor;
use crate::model::schedule::Slot;
use crate::model::{AgendaItem, Workshop};
use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeDelta, Utc};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use thiserror::Error;

/// The longest line RFC 5545 allows, in octets, not counting the CRLF.
const LINE_OCTETS: usize = 75;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum IcsError {
    #[error(
        "the workshop has no start date, so its items have no calendar dates; set the start date in the workshop details first"
    )]
    NoStartDate,
}

/// The calendar text and how many events it holds.
#[derive(Debug)]
pub struct Calendar {
    pub text: String,
    pub events: usize,
    pub dropped: usize,
}

/// The whole calendar of `workshop`.
pub fn calendar(workshop: &Workshop) -> Result<Calendar, IcsError> {
    let info = workshop.info();
    if info.start.is_none() {
        return Err(IcsError::NoStartDate);
    }
    let names = Redactor::new(workshop, false);
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//halaqa//workshop agenda//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    line(&mut out, &format!("X-WR-CALNAME:{}", text(&info.title)));
    let (mut events, mut dropped) = (0, 0);
    let mut days: Vec<u16> = workshop.agenda().iter().map(|i| i.day).collect();
    days.dedup();
    for day in days {
        let Some(date) = info.date_of_day(day) else {
            continue;
        };
        let items = workshop.agenda_of_day(day);
        for (item, slot) in items.iter().zip(workshop.day_plan(day)) {
            if item.dropped {
                dropped += 1;
                continue;
            }
            event(&mut out, workshop, &names, item, date, slot);
            events += 1;
        }
    }
    line(&mut out, "END:VCALENDAR");
    Ok(Calendar {
        text: out,
        events,
        dropped,
    })
}

fn event(
    out: &mut String,
    workshop: &Workshop,
    names: &Redactor,
    item: &AgendaItem,
    date: NaiveDate,
    slot: Slot,
) {
    let info = workshop.info();
    line(out, "BEGIN:VEVENT");
    line(out, &format!("UID:{}@{}", item.id, workshop.id()));
    line(out, &format!("DTSTAMP:{}", utc(item.stamp.wall)));
    line(out, &format!("DTSTART:{}", local(date, slot.start)));
    line(out, &format!("DTEND:{}", local(date, slot.end)));
    line(out, &format!("SUMMARY:{}", text(&item.title)));
    let place = if item.location.trim().is_empty() {
        info.venue.trim()
    } else {
        item.location.trim()
    };
    let location: Vec<&str> = [item.room.trim(), place]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect();
    if !location.is_empty() {
        line(out, &format!("LOCATION:{}", text(&location.join(", "))));
    }
    line(
        out,
        &format!("DESCRIPTION:{}", text(&description(item, names))),
    );
    line(out, &format!("CATEGORIES:{}", text(item.kind.label())));
    line(out, "END:VEVENT");
}

/// Kind, speakers, moderator, fixed or optional, notes: one per line.
fn description(item: &AgendaItem, names: &Redactor) -> String {
    let mut lines = vec![format!("Kind: {}", item.kind.label())];
    let speakers: Vec<String> = item.speakers.iter().map(|s| names.speaker(s)).collect();
    if !speakers.is_empty() {
        // Semicolons, since a name may hold a comma ("Dr. Ali, University of Basra").
        lines.push(format!("Speakers: {}", speakers.join("; ")));
    }
    if let Some(moderator) = &item.moderator {
        lines.push(format!("Moderator: {}", names.speaker(moderator)));
    }
    if item.pinned {
        lines.push("Fixed time".to_string());
    }
    if item.optional {
        lines.push("Optional".to_string());
    }
    if !item.notes.trim().is_empty() {
        lines.push(item.notes.trim().to_string());
    }
    lines.join("\n")
}

/// Where the calendar goes when no `--output` is given: `FILE.ics` beside the session.
pub fn default_ics_output(session: &Path) -> PathBuf {
    session.with_extension("ics")
}

/// Write the calendar of `workshop` to `output` atomically (mode 0600, like the report).
/// Returns the calendar (for its counts) and the bytes written.
pub fn export_ics(workshop: &Workshop, output: &Path) -> Result<(Calendar, u64), ExportError> {
    let folder = target_folder(output)?;
    let calendar = calendar(workshop).map_err(|e| ExportError::Refused {
        path: output.to_path_buf(),
        reason: e.to_string(),
    })?;
    let bytes = write_atomically(output, &folder, |out| {
        out.write_all(calendar.text.as_bytes())
    })?;
    Ok((calendar, bytes))
}

/// A floating local date-time; minutes past midnight fall on the next day.
fn local(date: NaiveDate, minute: u32) -> String {
    let midnight = NaiveDateTime::from(date);
    let at = midnight
        .checked_add_signed(TimeDelta::minutes(i64::from(minute)))
        .unwrap_or(midnight);
    at.format("%Y%m%dT%H%M%S").to_string()
}

fn utc(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

/// A TEXT value: backslash, semicolon, comma and line breaks escaped; other control
/// characters (which no calendar shows and some refuse) left out.
pub fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let value = value.replace("\r\n", "\n");
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' | '\r' => out.push_str("\\n"),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Append one content line, folded: at most 75 octets per physical line, continuation lines
/// begin with a space, and a character is never cut in two.
pub fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        let octets = c.len_utf8();
        if width + octets > LINE_OCTETS {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += octets;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_escapes_the_four_specials() {
        assert_eq!(text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        assert_eq!(text("bell\u{7}\r\nnext"), "bell\\nnext");
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_cutting_a_character() {
        let mut out = String::new();
        let content = format!("SUMMARY:{}", "ورشة".repeat(30));
        line(&mut out, &content);
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= LINE_OCTETS, "{} octets", physical.len());
        }
        let unfolded = out.trim_end().replace("\r\n ", "");
        assert_eq!(unfolded, content);
    }

    #[test]
    fn past_midnight_is_the_next_morning() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        assert_eq!(local(date, 24 * 60 + 30), "20261125T003000");
    }
}
