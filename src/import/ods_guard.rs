//! An OpenDocument spreadsheet says "this row, a million times" in a few bytes
//! (`table:number-rows-repeated`), and the parser lays every sheet out in memory when the
//! file is opened: a small `.ods` can take gigabytes. Before it is opened, the sheets' XML is
//! streamed through, keeping nothing, and their rows and cells counted as the parser would
//! lay them out. Empty rows and cells at the end of a sheet or row (LibreOffice writes a
//! million of them) are not counted: the parser leaves them out too.

use super::ImportError;
use super::workbook::MAX_CELLS;
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use std::io::{BufReader, Cursor, Read};

/// The sheets of an `.ods`, measured: refused when one has more than `max_rows` rows under
/// its header, or all together would take more than [`MAX_CELLS`] cells. Anything that is
/// not an `.ods`, or does not read, is left to the parser.
pub fn check(bytes: &[u8], max_rows: usize) -> Result<(), ImportError> {
    if !bytes.starts_with(b"PK\x03\x04") {
        return Ok(());
    }
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(());
    };
    let is_ods = match archive.by_name("mimetype") {
        Ok(mut part) => {
            let mut kind = String::new();
            let _ = part.by_ref().take(100).read_to_string(&mut kind);
            kind.trim() == "application/vnd.oasis.opendocument.spreadsheet"
        }
        Err(_) => false,
    };
    if !is_ods {
        return Ok(());
    }
    let Ok(content) = archive.by_name("content.xml") else {
        return Ok(());
    };
    measure(BufReader::new(content), max_rows)
}

/// How a sheet is laid out so far.
#[derive(Default)]
struct Sheet {
    name: String,
    /// Rows up to the last one with something in it.
    rows: u64,
    /// Empty rows since then, counted only if a row with something follows.
    empty_since: u64,
    /// The widest row, up to its last cell with something in it.
    width: u64,
}

/// The row being read: its repeat, its cells so far, up to its last cell with content.
#[derive(Default)]
struct RowSoFar {
    repeats: u64,
    cells: u64,
    width: u64,
}

fn repeats(tag: &BytesStart, attribute: &str) -> u64 {
    tag.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == attribute)
        .and_then(|a| a.value.trim().parse().ok())
        .unwrap_or(1)
}

fn is_cell(tag: &BytesStart) -> bool {
    matches!(
        tag.name().as_ref(),
        "table:table-cell" | "table:covered-table-cell"
    )
}

fn has_value(tag: &BytesStart) -> bool {
    tag.attributes()
        .flatten()
        .any(|a| a.key.as_ref() == "office:value-type")
}

fn measure(source: impl std::io::BufRead, max_rows: usize) -> Result<(), ImportError> {
    let mut reader = Reader::from_reader(source);
    let mut buf = Vec::new();
    let mut sheet = Sheet::default();
    let mut row: Option<RowSoFar> = None;
    // The cell being read (its repeat), and whether text was seen in it.
    let mut cell: Option<(u64, bool)> = None;
    // Cells of the sheets before this one, as laid out (rows × widest row).
    let mut finished: u64 = 0;
    loop {
        let event = match reader.read_event_into(&mut buf) {
            Ok(event) => event,
            // Broken XML: the parser refuses it in its own words.
            Err(_) => return Ok(()),
        };
        match event {
            Event::Eof => return Ok(()),
            Event::Start(tag) | Event::Empty(tag) if tag.name().as_ref() == "table:table" => {
                finished = finished.saturating_add(sheet.rows.saturating_mul(sheet.width));
                sheet = Sheet {
                    name: tag
                        .attributes()
                        .flatten()
                        .find(|a| a.key.as_ref() == "table:name")
                        .map(|a| a.value.into_owned())
                        .unwrap_or_default(),
                    ..Sheet::default()
                };
            }
            Event::Start(tag) if tag.name().as_ref() == "table:table-row" => {
                row = Some(RowSoFar {
                    repeats: repeats(&tag, "table:number-rows-repeated"),
                    ..RowSoFar::default()
                });
            }
            Event::Start(tag) if is_cell(&tag) => {
                cell = Some((
                    repeats(&tag, "table:number-columns-repeated"),
                    has_value(&tag),
                ));
            }
            Event::Empty(tag) if is_cell(&tag) => {
                if let Some(row) = row.as_mut() {
                    row.cells = row
                        .cells
                        .saturating_add(repeats(&tag, "table:number-columns-repeated"));
                    if has_value(&tag) {
                        row.width = row.cells;
                    }
                }
            }
            Event::Text(text) => {
                if let Some((_, seen)) = cell.as_mut()
                    && !text.trim().is_empty()
                {
                    *seen = true;
                }
            }
            Event::End(tag) => match tag.name().as_ref() {
                "table:table-cell" | "table:covered-table-cell" => {
                    if let (Some((times, seen)), Some(row)) = (cell.take(), row.as_mut()) {
                        row.cells = row.cells.saturating_add(times);
                        if seen {
                            row.width = row.cells;
                        }
                    }
                }
                "table:table-row" => {
                    let Some(done) = row.take() else { continue };
                    if done.width == 0 {
                        sheet.empty_since = sheet.empty_since.saturating_add(done.repeats);
                        continue;
                    }
                    let added = sheet.empty_since.saturating_add(done.repeats);
                    sheet.rows = sheet.rows.saturating_add(added);
                    sheet.empty_since = 0;
                    sheet.width = sheet.width.max(done.width);
                    let cells_total =
                        finished.saturating_add(sheet.rows.saturating_mul(sheet.width));
                    let under_header =
                        usize::try_from(sheet.rows.saturating_sub(1)).unwrap_or(usize::MAX);
                    if under_header > max_rows {
                        return Err(ImportError::TooManyRows {
                            rows: under_header,
                            max: max_rows,
                        });
                    }
                    if cells_total > MAX_CELLS {
                        return Err(ImportError::Workbook(format!(
                            "the sheet \"{}\" spans {} rows by {} columns, more than the \
                             {MAX_CELLS} cells halaqa reads; delete the empty rows and columns \
                             around the list (or save it as \"CSV UTF-8\")",
                            sheet.name, sheet.rows, sheet.width
                        )));
                    }
                }
                _ => {}
            },
            _ => {}
        }
        buf.clear();
    }
}
