//! An agenda from a spreadsheet (CSV) or a calendar (.ics) into a workshop: all or nothing.
//!
//! [`plan_agenda`] reads the bytes, works out every item it would add, and refuses the whole
//! file when any row cannot be placed — a time it cannot read, a day or date outside the
//! workshop, an item that runs past midnight, two items in the same room at once (with each
//! other or with the agenda already there), a repeating or all-day calendar event. Items in
//! different rooms may run at the same time: parallel sessions. The plan carries one
//! [`Change::Batch`] that the caller applies through `Document::apply`, so an import is one
//! undoable step. Uses `model` only; no terminal, no files.

mod build;
mod csv_rows;
mod ics_events;
mod values;

use crate::model::schedule::clock_text;
use crate::model::{AgendaItem, Change, ItemKind, Workshop};
use chrono::NaiveDate;
use std::fmt;
use thiserror::Error;

/// More items than this are refused outright: an agenda has tens, not thousands.
pub const MAX_ITEMS: usize = 2_000;

/// Where an item is to go: a day number or a calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum When {
    Day(u16),
    Date(NaiveDate),
}

/// One item as read from the file, before it is checked against the workshop.
#[derive(Clone, Debug)]
pub(crate) struct Proposed {
    /// "row 3" or "event 2 (Opening)": how the user finds it in the file.
    pub whence: String,
    pub when: Option<When>,
    /// Minutes after midnight; `end` may lie past midnight (refused later with its sentence).
    pub start: u32,
    pub end: u32,
    pub title: String,
    pub kind: ItemKind,
    pub speakers: Vec<String>,
    pub room: String,
    pub location: String,
    pub pinned: bool,
    pub optional: bool,
}

/// One item that cannot be imported, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub whence: String,
    pub reason: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.whence, self.reason)
    }
}

/// How many problems an error names before saying "and N more".
const PROBLEMS_NAMED: usize = 8;

fn list(problems: &[Problem]) -> String {
    let mut text: Vec<String> = problems
        .iter()
        .take(PROBLEMS_NAMED)
        .map(ToString::to_string)
        .collect();
    if problems.len() > PROBLEMS_NAMED {
        text.push(format!("and {} more", problems.len() - PROBLEMS_NAMED));
    }
    text.join("; ")
}

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum AgendaImportError {
    #[error("the file holds no agenda items")]
    Empty,
    #[error("{0}")]
    NotReadable(String),
    #[error("no column gives each item's {what} (columns: {columns}); name one {names}")]
    MissingColumn {
        what: &'static str,
        columns: String,
        names: &'static str,
    },
    #[error("the file has {items} items, more than the {max} an agenda import takes")]
    TooMany { items: usize, max: usize },
    #[error(
        "{count} item(s) cannot be imported, so nothing was imported ({problems})",
        count = .0.len(),
        problems = list(.0)
    )]
    Invalid(Vec<Problem>),
}

impl AgendaImportError {
    /// The error's kind for the log: never the titles, rooms or speakers it may name.
    pub fn kind(&self) -> &'static str {
        match self {
            AgendaImportError::Empty => "empty",
            AgendaImportError::NotReadable(_) => "not readable",
            AgendaImportError::MissingColumn { .. } => "missing column",
            AgendaImportError::TooMany { .. } => "too many items",
            AgendaImportError::Invalid(_) => "invalid items",
        }
    }
}

/// Where the agenda came from, for the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Csv,
    Calendar,
}

/// What an import would do: the items it adds (with their planned times) and the one change.
#[derive(Debug)]
pub struct AgendaPlan {
    pub source: Source,
    pub items: Vec<AgendaItem>,
    pub change: Change,
    /// Sentences about what was read but not used (columns, calendar fields).
    pub notes: Vec<String>,
    dates: Vec<Option<NaiveDate>>,
}

impl AgendaPlan {
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl fmt::Display for AgendaPlan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let from = match self.source {
            Source::Csv => "a spreadsheet (CSV)",
            Source::Calendar => "a calendar (iCalendar)",
        };
        writeln!(f, "Read {from}.")?;
        for note in &self.notes {
            writeln!(f, "Note: {note}")?;
        }
        let count = self.items.len();
        writeln!(
            f,
            "{} to add:",
            if count == 1 {
                "1 agenda item".to_string()
            } else {
                format!("{count} agenda items")
            }
        )?;
        for (item, date) in self.items.iter().zip(&self.dates) {
            let start = item
                .start
                .map(crate::model::schedule::minute_of)
                .unwrap_or(0);
            let date = date
                .map(|d| format!(" ({})", d.format("%a %-d %b")))
                .unwrap_or_default();
            let room = if item.room.is_empty() {
                String::new()
            } else {
                format!(" [{}]", item.room)
            };
            writeln!(
                f,
                "  day {}{date}  {}–{}  {}{room}",
                item.day,
                clock_text(start),
                clock_text(start + item.minutes),
                item.title
            )?;
        }
        Ok(())
    }
}

/// Read an agenda (CSV, or iCalendar when the file begins with `BEGIN:VCALENDAR`) and work out
/// what importing it into `workshop` would add. Refused whole when any item cannot be placed.
pub fn plan_agenda(bytes: &[u8], workshop: &Workshop) -> Result<AgendaPlan, AgendaImportError> {
    let decoded =
        super::decode::decode(bytes).map_err(|e| AgendaImportError::NotReadable(e.to_string()))?;
    let text = decoded.text;
    let is_calendar = text
        .trim_start()
        .get(..15)
        .is_some_and(|start| start.eq_ignore_ascii_case("BEGIN:VCALENDAR"));
    let (source, read) = if is_calendar {
        (Source::Calendar, ics_events::read(&text, workshop.info())?)
    } else {
        (Source::Csv, csv_rows::read(&text, workshop.info())?)
    };
    let (proposed, mut notes) = read;
    if let Some(note) = decoded.note {
        notes.insert(0, note);
    }
    if proposed.is_empty() {
        return Err(AgendaImportError::Empty);
    }
    if proposed.len() > MAX_ITEMS {
        return Err(AgendaImportError::TooMany {
            items: proposed.len(),
            max: MAX_ITEMS,
        });
    }
    let items = build::items(proposed, workshop).map_err(AgendaImportError::Invalid)?;
    let dates = items
        .iter()
        .map(|i| workshop.info().date_of_day(i.day))
        .collect();
    let change = Change::Batch(items.iter().cloned().map(Change::put_item).collect());
    Ok(AgendaPlan {
        source,
        items,
        change,
        notes,
        dates,
    })
}
