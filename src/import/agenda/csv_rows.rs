//! Agenda rows from a CSV: one item a row, columns found by their headers.

use super::{AgendaImportError, Problem, Proposed, When, values};
use crate::import::header_key;
use crate::import::table;
use crate::model::WorkshopInfo;

/// The headers each column is known by (compared as [`header_key`] folds them).
const DAY: &[&str] = &["day", "day number", "day no"];
const DATE: &[&str] = &["date"];
const START: &[&str] = &["start", "start time", "starts", "from", "begin", "begins"];
const END: &[&str] = &["end", "end time", "ends", "to", "until", "finish"];
const DURATION: &[&str] = &["duration", "minutes", "length", "mins"];
const TITLE: &[&str] = &["title", "session", "item", "topic", "name"];
const KIND: &[&str] = &["kind", "type", "category"];
const SPEAKERS: &[&str] = &["speakers", "speaker", "presenters", "presenter"];
const ROOM: &[&str] = &["room", "track", "hall"];
const LOCATION: &[&str] = &["location", "place"];

struct Columns {
    day: Option<usize>,
    date: Option<usize>,
    start: usize,
    end: Option<usize>,
    duration: Option<usize>,
    title: usize,
    kind: Option<usize>,
    speakers: Option<usize>,
    room: Option<usize>,
    location: Option<usize>,
}

fn find(header: &[String], names: &[&str]) -> Option<usize> {
    let keys: Vec<String> = names.iter().map(|n| header_key(n)).collect();
    header.iter().position(|h| keys.contains(&header_key(h)))
}

fn columns(header: &[String], info: &WorkshopInfo) -> Result<Columns, AgendaImportError> {
    let listed = || header.join(", ");
    let missing = |what, names| AgendaImportError::MissingColumn {
        what,
        columns: listed(),
        names,
    };
    let title = find(header, TITLE).ok_or_else(|| missing("title", "title"))?;
    let start = find(header, START).ok_or_else(|| missing("start time", "start"))?;
    let end = find(header, END);
    let duration = find(header, DURATION);
    if end.is_none() && duration.is_none() {
        return Err(missing("end time or duration", "end or duration"));
    }
    let day = find(header, DAY);
    let date = find(header, DATE);
    if day.is_none() && date.is_none() && info.days > 1 {
        return Err(missing("day or date", "day or date"));
    }
    Ok(Columns {
        day,
        date,
        start,
        end,
        duration,
        title,
        kind: find(header, KIND),
        speakers: find(header, SPEAKERS),
        room: find(header, ROOM),
        location: find(header, LOCATION),
    })
}

pub fn read(
    text: &str,
    info: &WorkshopInfo,
) -> Result<(Vec<Proposed>, Vec<String>), AgendaImportError> {
    let table = table::read(text, None).map_err(|e| match e {
        crate::import::ImportError::Empty => AgendaImportError::Empty,
        other => AgendaImportError::NotReadable(other.to_string()),
    })?;
    let columns = columns(&table.header, info)?;
    let mut notes = table.notes.clone();
    let used = [
        columns.day,
        columns.date,
        Some(columns.start),
        columns.end,
        columns.duration,
        Some(columns.title),
        columns.kind,
        columns.speakers,
        columns.room,
        columns.location,
    ];
    let unused: Vec<&str> = table
        .header
        .iter()
        .enumerate()
        .filter(|(i, h)| !used.contains(&Some(*i)) && !h.trim().is_empty())
        .map(|(_, h)| h.as_str())
        .collect();
    if !unused.is_empty() {
        notes.push(format!("columns not used: {}", unused.join(", ")));
    }
    let mut proposed = Vec::new();
    let mut problems = Vec::new();
    for row in &table.rows {
        let cell = |i: Option<usize>| {
            i.and_then(|i| row.cells.get(i))
                .map(|c| c.trim())
                .unwrap_or("")
        };
        if row.cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let whence = format!("row {}", row.number);
        match one(&columns, &cell, whence.clone()) {
            Ok(item) => proposed.push(item),
            Err(reason) => problems.push(Problem { whence, reason }),
        }
    }
    if !problems.is_empty() {
        return Err(AgendaImportError::Invalid(problems));
    }
    Ok((proposed, notes))
}

fn one<'a>(
    columns: &Columns,
    cell: &dyn Fn(Option<usize>) -> &'a str,
    whence: String,
) -> Result<Proposed, String> {
    let title = cell(Some(columns.title));
    if title.is_empty() {
        return Err("the title is empty".to_string());
    }
    let start_text = cell(Some(columns.start));
    if start_text.is_empty() {
        return Err("the start time is empty".to_string());
    }
    let start = values::time(start_text)?;
    let end = match (cell(columns.end), cell(columns.duration)) {
        ("", "") => return Err("neither an end time nor a duration is given".to_string()),
        ("", length) => start + values::duration(length)?,
        (end, _) => values::time(end)?,
    };
    let when = match (cell(columns.date), cell(columns.day)) {
        ("", "") if columns.day.is_some() || columns.date.is_some() => {
            return Err("neither a day nor a date is given".to_string());
        }
        ("", "") => None,
        ("", day) => Some(When::Day(values::day(day)?)),
        (date, _) => Some(When::Date(values::date(date)?)),
    };
    Ok(Proposed {
        whence,
        when,
        start,
        end,
        title: values::one_line(title),
        kind: values::kind(cell(columns.kind))?,
        speakers: values::speakers(cell(columns.speakers)),
        room: values::one_line(cell(columns.room)),
        location: values::one_line(cell(columns.location)),
        pinned: false,
        optional: false,
    })
}
