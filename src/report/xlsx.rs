//! The report's tables as one Excel workbook: one sheet per CSV table (the same tidy tables,
//! the same columns, the same anonymisation), with typed cells — whole numbers as numbers,
//! dates as dates, clock times as times, and everything else, phones and ids included, as
//! text that no spreadsheet turns into a number or a formula. Each sheet has a bold, frozen
//! header row with an autofilter and columns sized to their content; Arabic and Kurdish cells
//! read right to left.
//!
//! Built from the CSV writers' own output, so the two formats cannot drift apart.

use super::Report;
use super::script::is_rtl;
use super::tables;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};
use std::io::{self, Write};

/// Widest a column gets, in characters: long texts wrap instead.
const MAX_WIDTH: f64 = 60.0;

/// Write the workbook.
pub fn write(report: &Report, out: &mut impl Write) -> io::Result<()> {
    let mut workbook = Workbook::new();
    let styles = Styles::new();
    for table in tables::tables(report) {
        let mut csv = Vec::new();
        table.write(report, &mut csv)?;
        let rows = read_rows(&csv)?;
        let sheet = workbook.add_worksheet();
        let name = table.file_name.trim_end_matches(".csv");
        sheet.set_name(name).map_err(sheet_error)?;
        fill(sheet, &rows, &styles).map_err(sheet_error)?;
    }
    let bytes = workbook.save_to_buffer().map_err(sheet_error)?;
    out.write_all(&bytes)
}

fn sheet_error(error: XlsxError) -> io::Error {
    io::Error::other(format!("the workbook could not be made: {error}"))
}

fn read_rows(csv: &[u8]) -> io::Result<Vec<Vec<String>>> {
    let text = csv.strip_prefix("\u{FEFF}".as_bytes()).unwrap_or(csv);
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text)
        .records()
        .map(|record| {
            record
                .map(|r| r.iter().map(str::to_string).collect())
                .map_err(io::Error::other)
        })
        .collect()
}

struct Styles {
    header: Format,
    date: Format,
    time: Format,
    text: Format,
    rtl: Format,
}

impl Styles {
    fn new() -> Styles {
        Styles {
            header: Format::new().set_bold().set_background_color("#EEF2F6"),
            date: Format::new().set_num_format("yyyy-mm-dd"),
            time: Format::new().set_num_format("hh:mm"),
            text: Format::new().set_num_format("@").set_text_wrap(),
            // 2: right to left.
            rtl: Format::new()
                .set_num_format("@")
                .set_text_wrap()
                .set_reading_direction(2),
        }
    }
}

/// What a column holds, from its header.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Date,
    Time,
    /// Ids and phones: text even when they look like numbers.
    Text,
    Other,
}

fn kind_of(header: &str) -> Kind {
    match header {
        "date" | "due" => Kind::Date,
        "time" | "first_check_in" => Kind::Time,
        h if h.ends_with("_start") || h.ends_with("_end") => Kind::Time,
        h if h.ends_with("_id") || h.ends_with("_ids") || h == "phone" => Kind::Text,
        _ => Kind::Other,
    }
}

fn fill(sheet: &mut Worksheet, rows: &[Vec<String>], styles: &Styles) -> Result<(), XlsxError> {
    let Some(header) = rows.first() else {
        return Ok(());
    };
    let kinds: Vec<Kind> = header.iter().map(|h| kind_of(h)).collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count() + 3).collect();
    for (col, name) in header.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, name, &styles.header)?;
    }
    for (index, row) in rows.iter().enumerate().skip(1) {
        let r = index as u32;
        for (col, value) in row.iter().enumerate() {
            let c = col as u16;
            let kind = kinds.get(col).copied().unwrap_or(Kind::Other);
            if let Some(width) = widths.get_mut(col) {
                *width = (*width).max(value.chars().count() + 1);
            }
            write_cell(sheet, r, c, value, kind, styles)?;
        }
    }
    for (col, width) in widths.iter().enumerate() {
        sheet.set_column_width(col as u16, (*width as f64).min(MAX_WIDTH))?;
    }
    sheet.set_freeze_panes(1, 0)?;
    let last_row = (rows.len() - 1) as u32;
    let last_col = (header.len().max(1) - 1) as u16;
    sheet.autofilter(0, 0, last_row, last_col)?;
    Ok(())
}

fn write_cell(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    value: &str,
    kind: Kind,
    styles: &Styles,
) -> Result<(), XlsxError> {
    if value.is_empty() {
        return Ok(());
    }
    match kind {
        Kind::Date => {
            if let Some(date) = date(value) {
                sheet.write_datetime_with_format(row, col, &date, &styles.date)?;
                return Ok(());
            }
        }
        Kind::Time => {
            if let Some(time) = time(value) {
                sheet.write_datetime_with_format(row, col, &time, &styles.time)?;
                return Ok(());
            }
        }
        Kind::Other => {
            // Whole numbers halaqa computed (votes, minutes, days); "007" stays text.
            if let Ok(number) = value.parse::<i64>()
                && !(value.len() > 1 && value.starts_with('0'))
            {
                sheet.write_number(row, col, number as f64)?;
                return Ok(());
            }
        }
        Kind::Text => {}
    }
    // A text cell is never evaluated: the apostrophe the CSV puts before a formula-like
    // start is not needed here, and would show.
    let text = match value.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => value,
    };
    let format = if is_rtl(text) {
        &styles.rtl
    } else {
        &styles.text
    };
    sheet.write_string_with_format(row, col, text, format)?;
    Ok(())
}

fn date(value: &str) -> Option<ExcelDateTime> {
    let date = chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d").ok()?;
    use chrono::Datelike;
    ExcelDateTime::from_ymd(
        u16::try_from(date.year()).ok()?,
        date.month() as u8,
        date.day() as u8,
    )
    .ok()
}

fn time(value: &str) -> Option<ExcelDateTime> {
    let time = chrono::NaiveTime::parse_from_str(value, "%H:%M").ok()?;
    use chrono::Timelike;
    ExcelDateTime::from_hms(time.hour() as u16, time.minute() as u8, 0).ok()
}

/// Where the workbook goes without `--output`: `FILE.xlsx` beside the session, with
/// `-anonymised` before the extension when anonymised.
pub fn default_xlsx_output(session: &std::path::Path, anonymise: bool) -> std::path::PathBuf {
    let stem = session
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "report".to_string());
    let suffix = if anonymise { "-anonymised" } else { "" };
    session.with_file_name(format!("{stem}{suffix}.xlsx"))
}

/// Compute the report and write the workbook to `output` atomically (mode 0600, like every
/// export). Returns the report's one-line summary and the bytes written.
pub fn export_xlsx(
    workshop: &crate::model::Workshop,
    output: &std::path::Path,
    anonymise: bool,
    include_internal: bool,
) -> Result<(String, u64), super::ExportError> {
    super::export::export_office(workshop, output, anonymise, include_internal, |r, out| {
        write(r, out)
    })
}
