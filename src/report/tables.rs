//! The report as CSV tables for spreadsheets: RFC 4180 (the `csv` crate), UTF-8 with a
//! byte-order mark so Excel shows Arabic and Kurdish, one header row per table.
//!
//! Every field that is not a number is quoted, so that a `;` or a tab inside a text never
//! splits it, whichever separators a spreadsheet's import guesses (LibreOffice Calc ticks
//! comma, semicolon and tab at once). The tables are tidy: one row per thing, long rather
//! than wide (`participation.csv` has a row per person and day, `figures.csv` a row per
//! figure), and every row carries the stable id of what it is about (`participant_id`,
//! `entry_id`, `item_id`), so tables join on ids, never on names.
//!
//! Formula injection: any cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage
//! return gets a leading apostrophe, so `=HYPERLINK(…)` or `@SUM(…)` is shown as text and
//! never run. Two exceptions, both values halaqa itself produced: whole numbers (votes,
//! minutes; `-3` is a number, not a formula), and phone numbers, which are written in the
//! international form with `00` instead of `+` (`009647701234567`) so they stay readable and
//! dial — see [`phone_for_spreadsheet`](super::phone_for_spreadsheet).
//!
//! Anonymised: `participants.csv`, `attendance.csv` and `participation.csv` are not written
//! (even without names, a row per person with governorate, gender, age band and disability
//! identifies people in a small workshop); `figures.csv` carries the figures, cells of 1–4
//! people as "<5".

mod entries;
mod people;

use super::Report;
use std::io::{self, Write};

/// A table's name and how to write it.
pub struct Table {
    pub file_name: &'static str,
    write: fn(&Report, &mut dyn Write) -> io::Result<usize>,
}

impl Table {
    /// Write this table (BOM, header, rows); returns the number of data rows.
    pub fn write(&self, report: &Report, out: &mut dyn Write) -> io::Result<usize> {
        (self.write)(report, out)
    }
}

/// The tables a report has: nine, or six when anonymised (no row per person).
pub fn tables(report: &Report) -> Vec<Table> {
    let mut tables = Vec::new();
    if report.annex.is_some() {
        tables.push(Table {
            file_name: "participants.csv",
            write: people::participants,
        });
        tables.push(Table {
            file_name: "attendance.csv",
            write: people::attendance,
        });
        tables.push(Table {
            file_name: "participation.csv",
            write: people::participation,
        });
    }
    tables.extend([
        Table {
            file_name: "figures.csv",
            write: people::figures,
        },
        Table {
            file_name: "agenda.csv",
            write: agenda,
        },
        Table {
            file_name: "entries.csv",
            write: entries::entries,
        },
        Table {
            file_name: "actions.csv",
            write: entries::actions,
        },
        Table {
            file_name: "recommendations.csv",
            write: entries::recommendations,
        },
        Table {
            file_name: "outcomes.csv",
            write: entries::outcomes,
        },
    ]);
    tables
}

/// Every file name a CSV export may contain (for recognising an earlier export folder).
pub const FILE_NAMES: [&str; 9] = [
    "participants.csv",
    "attendance.csv",
    "participation.csv",
    "figures.csv",
    "agenda.csv",
    "entries.csv",
    "actions.csv",
    "recommendations.csv",
    "outcomes.csv",
];

/// A cell of user text, neutralised if a spreadsheet would read it as a formula — the
/// full-width and small forms of `= + - @` too, which some spreadsheets fold to ASCII.
pub fn text_cell(text: &str) -> String {
    let folded = text.replace("\r\n", "\n");
    match folded.chars().next() {
        Some(
            '=' | '+' | '-' | '@' | '\t' | '\r' | '＝' | '＋' | '－' | '＠' | '﹦' | '﹢' | '﹣'
            | '﹫',
        ) => format!("'{folded}"),
        _ => folded,
    }
}

/// A number halaqa computed: written as is.
pub(super) fn number(n: impl ToString) -> String {
    n.to_string()
}

pub(super) fn yes_no(yes: bool) -> String {
    if yes { "yes" } else { "no" }.to_string()
}

pub(super) struct Sheet<'a> {
    writer: csv::Writer<&'a mut dyn Write>,
    rows: usize,
}

impl<'a> Sheet<'a> {
    pub(super) fn start(out: &'a mut dyn Write, header: &[&str]) -> io::Result<Sheet<'a>> {
        out.write_all("\u{FEFF}".as_bytes())?;
        let mut writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .quote_style(csv::QuoteStyle::NonNumeric)
            .from_writer(out);
        writer.write_record(header).map_err(io::Error::other)?;
        Ok(Sheet { writer, rows: 0 })
    }

    /// A row; every cell must already be a number or go through [`text_cell`].
    pub(super) fn row(&mut self, cells: &[String]) -> io::Result<()> {
        self.rows += 1;
        self.writer.write_record(cells).map_err(io::Error::other)
    }

    pub(super) fn finish(mut self) -> io::Result<usize> {
        self.writer.flush()?;
        Ok(self.rows)
    }
}

fn agenda(report: &Report, out: &mut dyn Write) -> io::Result<usize> {
    let mut sheet = Sheet::start(
        out,
        &[
            "item_id",
            "day",
            "date",
            "planned_start",
            "planned_end",
            "planned_minutes",
            "title",
            "kind",
            "speakers",
            "actual_start",
            "actual_end",
            "actual_minutes",
            "start_difference_minutes",
            "status",
            "replanned_start",
            "replanned_end",
            "room",
            "location",
            "fixed_time",
            "optional",
            "dropped",
        ],
    )?;
    let time = |t: Option<chrono::NaiveTime>| t.map(|t| t.format("%H:%M").to_string());
    for day in &report.agenda {
        let date = day.date.map(|d| d.format("%Y-%m-%d").to_string());
        for item in &day.items {
            sheet.row(&[
                text_cell(&item.id),
                number(day.day),
                date.clone().unwrap_or_default(),
                item.planned_start.format("%H:%M").to_string(),
                item.planned_end.format("%H:%M").to_string(),
                number(item.planned_minutes),
                text_cell(&item.title),
                text_cell(item.kind),
                text_cell(&item.people),
                time(item.actual_start).unwrap_or_default(),
                time(item.actual_end).unwrap_or_default(),
                item.actual_minutes.map(number).unwrap_or_default(),
                item.start_difference.map(number).unwrap_or_default(),
                text_cell(&item.status_text),
                time(item.replanned.map(|r| r.0)).unwrap_or_default(),
                time(item.replanned.map(|r| r.1)).unwrap_or_default(),
                text_cell(&item.room),
                text_cell(&item.location),
                yes_no(item.pinned),
                yes_no(item.optional),
                yes_no(item.dropped),
            ])?;
        }
    }
    sheet.finish()
}

#[cfg(test)]
mod tests {
    use super::text_cell;

    #[test]
    fn formula_starts_get_an_apostrophe() {
        for hostile in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert!(text_cell(hostile).starts_with('\''), "{hostile:?}");
        }
        assert_eq!(text_cell("plain"), "plain");
    }
}
