//! Workbooks (`.xlsx`, `.xls`, `.xlsb`, `.ods`, as KoBo and Excel hand them out) read with
//! `calamine` into the same table a CSV gives: the chosen sheet (by name or number; the
//! first with a header row by default), its first non-empty row as the header. Cells are
//! read as what they are: text as written (a phone kept as text keeps its leading zero),
//! whole numbers without a decimal point (an age 34, a phone Excel made a number,
//! 7701234567), dates as `YYYY-MM-DD`, true and false as words. A formula gives the value
//! the workbook saved for it; nothing is ever evaluated.

use super::ImportError;
use super::table::{Row, Table};
use calamine::{Data, Reader, Sheets, Xlsx, open_workbook_auto_from_rs};
use std::io::{Cursor, Read, Seek};

/// The most cells a sheet may span (rows × columns from its first cell to its last): the
/// parser lays a sheet out as a full grid, so a sheet with one cell in A1 and one in XFD1048576
/// would take many gigabytes. 200,000 rows of 50 columns is 10 million.
pub const MAX_CELLS: u64 = 10_000_000;

/// True for the first bytes of a workbook: a zip (`.xlsx`, `.ods`) or an OLE container
/// (`.xls`, and an `.xlsx` with a password).
pub fn looks_like_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"\xD0\xCF\x11\xE0")
}

/// A sheet read as a table, and what it was.
pub struct Sheet {
    pub table: Table,
    /// "an Excel workbook (.xlsx)".
    pub kind: &'static str,
    pub name: String,
}

fn refused(why: impl std::fmt::Display) -> ImportError {
    ImportError::Workbook(why.to_string())
}

/// Read the chosen sheet. A panic in the parser on a damaged file is a refusal like any
/// other damage.
pub fn read(bytes: &[u8], wanted: Option<&str>, max_rows: usize) -> Result<Sheet, ImportError> {
    super::zip_guard::check(bytes)?;
    super::ods_guard::check(bytes, max_rows)?;
    super::guard::guarded(|| read_unguarded(bytes, wanted, max_rows)).unwrap_or_else(|| {
        Err(refused(
            "the workbook could not be read: it is damaged; open it in Excel or LibreOffice \
             and save it again (or save it as \"CSV UTF-8\")",
        ))
    })
}

/// The names of a workbook's sheets, in order; none when it cannot be opened.
pub fn sheet_names(bytes: &[u8]) -> Vec<String> {
    super::guard::guarded(|| {
        open_workbook_auto_from_rs(Cursor::new(bytes))
            .map(|w| w.sheet_names())
            .unwrap_or_default()
    })
    .unwrap_or_default()
}

fn read_unguarded(
    bytes: &[u8],
    wanted: Option<&str>,
    max_rows: usize,
) -> Result<Sheet, ImportError> {
    let mut workbook = open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|_| {
        refused(
            "the workbook could not be opened: it is damaged, password-protected, or not a \
             workbook; open it in Excel or LibreOffice, remove any password and save it again \
             (or save it as \"CSV UTF-8\")",
        )
    })?;
    let kind = match &workbook {
        Sheets::Xls(_) => "an Excel 97–2003 workbook (.xls)",
        Sheets::Xlsx(_) => "an Excel workbook (.xlsx)",
        Sheets::Xlsb(_) => "an Excel binary workbook (.xlsb)",
        Sheets::Ods(_) => "an OpenDocument spreadsheet (.ods)",
    };
    let names = workbook.sheet_names();
    if names.is_empty() {
        return Err(refused("the workbook has no sheets"));
    }
    let listed = names
        .iter()
        .map(|n| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let chosen: Vec<String> = match wanted {
        Some(wanted) => {
            let wanted = wanted.trim();
            let by_name = names
                .iter()
                .find(|n| n.trim().to_lowercase() == wanted.to_lowercase());
            let by_number = wanted
                .parse::<usize>()
                .ok()
                .and_then(|n| n.checked_sub(1))
                .and_then(|i| names.get(i));
            match by_name.or(by_number) {
                Some(name) => vec![name.clone()],
                None => {
                    return Err(refused(format!(
                        "--sheet {wanted}: the workbook has no such sheet (sheets: {listed})"
                    )));
                }
            }
        }
        None => names.clone(),
    };
    for name in &chosen {
        if let Sheets::Xlsx(xlsx) = &mut workbook {
            measure_xlsx(xlsx, name, max_rows)?;
        }
        let range = workbook.worksheet_range(name).map_err(|error| {
            refused(format!("the sheet \"{name}\" could not be read ({error})"))
        })?;
        if range.height() > max_rows.saturating_add(1) {
            return Err(ImportError::TooManyRows {
                rows: range.height().saturating_sub(1),
                max: max_rows,
            });
        }
        let first_row = range.start().map_or(0, |(row, _)| row as usize);
        let mut rows = range.rows().enumerate().map(|(i, cells)| Row {
            number: first_row + i + 1,
            cells: cells.iter().map(cell_text).collect(),
        });
        let Some(header) = rows
            .by_ref()
            .find(|r| r.cells.iter().any(|c| !c.trim().is_empty()))
        else {
            continue;
        };
        let table = Table {
            delimiter: b',',
            header: header.cells,
            rows: rows.collect(),
            ..Table::default()
        };
        return Ok(Sheet {
            table,
            kind,
            name: name.clone(),
        });
    }
    Err(match wanted {
        Some(_) => refused(format!("the sheet \"{}\" is empty", chosen.join(""))),
        None => refused(format!(
            "no sheet of the workbook has a header row; every sheet is empty (sheets: {listed})"
        )),
    })
}

/// Go through an `.xlsx` sheet's cells one at a time, keeping nothing, before the parser lays
/// it out in memory: a sheet longer than `max_rows`, or spanning more than [`MAX_CELLS`], is
/// refused with the limit it passes, its memory never taken.
fn measure_xlsx<RS: Read + Seek>(
    xlsx: &mut Xlsx<RS>,
    name: &str,
    max_rows: usize,
) -> Result<(), ImportError> {
    // A sheet the cell reader cannot read is left to the parser, which says why.
    let Ok(mut cells) = xlsx.worksheet_cells_reader(name) else {
        return Ok(());
    };
    let too_long = || {
        refused(format!(
            "the sheet \"{name}\" has more than the {max_rows} rows halaqa reads at once; is it \
             the registration list?"
        ))
    };
    // The sheet's own record of its size, when it says it is too long, is believed at once.
    let said = cells.dimensions();
    if said.end.0 > said.start.0
        && usize::try_from(said.end.0 - said.start.0).unwrap_or(usize::MAX) > max_rows
    {
        return Err(ImportError::TooManyRows {
            rows: usize::try_from(said.end.0 - said.start.0).unwrap_or(usize::MAX),
            max: max_rows,
        });
    }
    let (mut first, mut last) = ((u32::MAX, u32::MAX), (0u32, 0u32));
    while let Ok(Some(cell)) = cells.next_cell() {
        let (row, column) = cell.get_position();
        first = (first.0.min(row), first.1.min(column));
        last = (last.0.max(row), last.1.max(column));
        // Rows past the limit (the first row is the header): no need to read on.
        if usize::try_from(last.0 - first.0).unwrap_or(usize::MAX) > max_rows {
            return Err(too_long());
        }
    }
    if first.0 > last.0 {
        return Ok(());
    }
    let rows = u64::from(last.0 - first.0) + 1;
    let columns = u64::from(last.1.saturating_sub(first.1)) + 1;
    if rows.saturating_mul(columns) > MAX_CELLS {
        return Err(refused(format!(
            "the sheet \"{name}\" spans {rows} rows by {columns} columns, more than the \
             {MAX_CELLS} cells halaqa reads; delete the empty rows and columns around the list \
             (or save it as \"CSV UTF-8\")"
        )));
    }
    Ok(())
}

/// A cell as the text a CSV would have held.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(text) => text.clone(),
        Data::Int(n) => n.to_string(),
        Data::Float(f) => {
            if f.fract() == 0.0 && f.abs() < 1e15 {
                format!("{f:.0}")
            } else {
                f.to_string()
            }
        }
        Data::Bool(yes) => if *yes { "true" } else { "false" }.to_string(),
        Data::DateTime(when) => match when.as_datetime() {
            Some(at) if !when.is_duration() => {
                if at.time() == chrono::NaiveTime::MIN {
                    at.date().format("%Y-%m-%d").to_string()
                } else {
                    at.format("%Y-%m-%d %H:%M:%S").to_string()
                }
            }
            _ => when.as_f64().to_string(),
        },
        Data::DateTimeIso(text) | Data::DurationIso(text) => text.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sheet_longer_than_the_limit_is_refused_before_it_is_read() {
        let mut workbook = rust_xlsxwriter::Workbook::new();
        let sheet = workbook.add_worksheet();
        sheet.write_string(0, 0, "name").unwrap();
        for row in 1..=20 {
            sheet.write_string(row, 0, "Amal").unwrap();
        }
        let bytes = workbook.save_to_buffer().unwrap();
        // The workbook records its size (A1:A21): the count is said.
        assert!(matches!(
            read(&bytes, None, 10),
            Err(ImportError::TooManyRows { rows: 20, max: 10 })
        ));
        assert_eq!(read(&bytes, None, 20).unwrap().table.rows.len(), 20);
    }

    #[test]
    fn cells_as_what_they_are() {
        assert_eq!(cell_text(&Data::Float(7701234567.0)), "7701234567");
        assert_eq!(cell_text(&Data::Float(34.5)), "34.5");
        assert_eq!(cell_text(&Data::Int(61)), "61");
        assert_eq!(cell_text(&Data::Bool(true)), "true");
        assert_eq!(cell_text(&Data::String("0770".into())), "0770");
        assert_eq!(cell_text(&Data::Empty), "");
    }
}
