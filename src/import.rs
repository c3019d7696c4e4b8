//! Participant lists from CSV (KoBoToolbox, Excel, Google Forms) into a workshop.
//!
//! [`plan`] reads the bytes of a file and works out, without changing anything, who would be
//! added, whose empty fields would be filled, which rows are duplicates and which cannot be
//! imported; the result carries one [`Change::Batch`] that the caller applies through
//! `Document::apply`, so an import is one undoable step. [`preview`] shows the column
//! mapping and the first rows before that. Uses `model` only; no terminal, no files.

pub mod agenda;
mod build;
mod columns;
mod decode;
mod dedupe;
mod error;
mod field;
pub mod governorate;
mod guard;
mod ods_guard;
mod plan;
mod remember;
mod report;
mod shape;
mod table;
pub mod values;
mod workbook;
mod zip_guard;

pub use columns::{ColumnMatch, MatchHow, header_key};
pub use dedupe::SameBy;
pub use error::{ImportError, RowProblem};
pub use field::Field;
pub use remember::header_hash;
pub use shape::Shaped;
pub use table::Row;

use crate::model::{Change, Workshop};

/// More rows than this are refused outright: no workshop has them, and a file this long is
/// almost certainly the wrong one (a whole survey database).
pub const MAX_ROWS: usize = 200_000;

/// The most participants a workshop may have after an import. Workshops have tens or hundreds;
/// far more means the wrong file, and a session of 100,000 people would pass the size a
/// session file may have (about 900 bytes each against 64 MiB).
pub const MAX_PARTICIPANTS: usize = 10_000;

/// What the user chose: column overrides, the separator, and whether to skip invalid rows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportOptions {
    /// `--map FIELD=COLUMN`: COLUMN is a header as written, its last group segment, or a
    /// column number (1 = first); an empty COLUMN means no column fills FIELD.
    pub map: Vec<(Field, String)>,
    /// `--ignore COLUMN`: columns left out as if they were not there.
    pub ignore: Vec<String>,
    /// `--sheet`: the workbook sheet, by name or number; the first with a header row when
    /// `None`.
    pub sheet: Option<String>,
    /// `--country`: the two-letter code of the country whose numbers are written without a
    /// country code; Iraq when `None`.
    pub country: Option<String>,
    /// `--delimiter`: detected from the header line when `None`.
    pub delimiter: Option<u8>,
    /// Import the valid rows and report the others, instead of refusing the file.
    pub skip_invalid: bool,
    /// Refuse the import when the workshop would have more participants than this.
    pub max_participants: usize,
}

impl Default for ImportOptions {
    fn default() -> Self {
        ImportOptions {
            map: Vec::new(),
            ignore: Vec::new(),
            sheet: None,
            country: None,
            delimiter: None,
            skip_invalid: false,
            max_participants: MAX_PARTICIPANTS,
        }
    }
}

impl ImportOptions {
    /// Parse `--map` pairs given as field names; an unknown field is refused with the list
    /// of known ones.
    pub fn with_map(mut self, pairs: &[(String, String)]) -> Result<Self, ImportError> {
        for (field, column) in pairs {
            let parsed = Field::from_key(field).ok_or_else(|| {
                ImportError::BadMapping(format!(
                    "--map {field}={column}: \"{field}\" is not a participant field (fields: {})",
                    Field::keys()
                ))
            })?;
            self.map.push((parsed, column.clone()));
        }
        Ok(self)
    }
}

/// How far the plan has come, for a progress bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub rows_done: usize,
    pub rows_total: usize,
}

/// A row that becomes a new participant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Added {
    pub row: usize,
    pub name: String,
}

/// A row that matched someone already in the workshop and filled fields they lacked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Updated {
    pub row: usize,
    /// The person as they are in the workshop.
    pub name: String,
    pub by: SameBy,
    pub filled: Vec<&'static str>,
}

/// A row that matched someone already known and added nothing to the workshop (or, when it
/// matched an earlier row of the same file, only filled that row's blanks).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Duplicate {
    pub row: usize,
    pub of: String,
    /// The earlier row of this file it repeats; `None` when it matched someone already in
    /// the workshop.
    pub of_row: Option<usize>,
    pub by: SameBy,
    pub filled: Vec<&'static str>,
}

/// What an import would do. Nothing has changed until `change` is applied.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPlan {
    pub added: Vec<Added>,
    pub updated: Vec<Updated>,
    pub duplicates: Vec<Duplicate>,
    /// Rows left out under `skip_invalid`, with the reason.
    pub skipped: Vec<RowProblem>,
    /// About the file as a whole: conversions, ignored columns, blank rows.
    pub notes: Vec<String>,
    /// About single rows that were imported: a value kept as written or in the notes.
    pub warnings: Vec<RowProblem>,
    pub columns: Vec<ColumnMatch>,
    pub delimiter: u8,
    /// What the file was read as: an encoding ("UTF-8", "Windows-1256") or a workbook.
    pub source: Source,
    /// Rows padded, trimmed, the hashtag row skipped.
    pub shaped: Shaped,
    /// Rows with nothing in them but form bookkeeping, skipped.
    pub blank_rows: usize,
    /// Data rows read (blank ones included, a hashtag row not).
    pub rows_read: usize,
    /// Every addition and update as one step; an empty batch when there is nothing to do.
    pub change: Change,
}

impl ImportPlan {
    /// True when applying the plan would change nothing.
    pub fn is_empty(&self) -> bool {
        matches!(&self.change, Change::Batch(changes) if changes.is_empty())
    }
}

/// The mapping and the first rows, for a preview before importing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preview {
    pub columns: Vec<ColumnMatch>,
    pub delimiter: u8,
    pub source: Source,
    pub notes: Vec<String>,
    /// Up to the number asked for, in file order.
    pub rows: Vec<Row>,
    pub rows_total: usize,
    /// The header row as read.
    pub header: Vec<String>,
    /// The workbook's sheets, in order; empty for a text list.
    pub sheets: Vec<String>,
}

/// Read the file and show how its columns would be used, with its first `max_rows` rows.
pub fn preview(
    bytes: &[u8],
    options: &ImportOptions,
    max_rows: usize,
) -> Result<Preview, ImportError> {
    let (table, notes, source) = read_table(bytes, options)?;
    let columns =
        columns::match_columns(&table.header, &table.rows, &options.map, &options.ignore)?;
    Ok(Preview {
        columns,
        delimiter: table.delimiter,
        source,
        notes,
        rows_total: table.rows.len(),
        rows: table.rows.into_iter().take(max_rows).collect(),
        header: table.header,
        sheets: if workbook::looks_like_workbook(bytes) {
            workbook::sheet_names(bytes)
        } else {
            Vec::new()
        },
    })
}

/// Work out what importing `bytes` into `workshop` would do. Changes nothing.
pub fn plan(
    bytes: &[u8],
    workshop: &Workshop,
    options: &ImportOptions,
) -> Result<ImportPlan, ImportError> {
    plan_with_progress(bytes, workshop, options, &mut |_| {})
}

/// [`plan`], telling `progress` how far it has come every thousand rows.
pub fn plan_with_progress(
    bytes: &[u8],
    workshop: &Workshop,
    options: &ImportOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<ImportPlan, ImportError> {
    let (table, mut notes, source) = read_table(bytes, options)?;
    let columns =
        columns::match_columns(&table.header, &table.rows, &options.map, &options.ignore)?;
    let has_name = columns.iter().any(|c| {
        matches!(
            c.field,
            Some(Field::Name | Field::GivenName | Field::FamilyName | Field::NameOtherScript)
        )
    });
    if !has_name {
        return Err(ImportError::NoNameColumn {
            columns: table.header.join(", "),
        });
    }
    let reading = build::Reading {
        country: match &options.country {
            // The workshop's country, when its details give one; else Iraq.
            None => values::workshop_country(&workshop.info().settings.country),
            Some(code) => values::country(code).ok_or_else(|| {
                ImportError::BadMapping(format!(
                    "--country {code}: not a country's two-letter code (IQ, JO, PK, …)"
                ))
            })?,
        },
        first_day: first_day(
            workshop,
            columns.iter().any(|c| c.field == Some(Field::DateOfBirth)),
            &mut notes,
        ),
    };
    let outcome = plan::go_through(
        &table.rows,
        table.header.len(),
        &columns,
        workshop,
        &reading,
        options.skip_invalid,
        progress,
    );
    plan::refuse_invalid(&outcome, options.skip_invalid)?;
    let would_be = workshop.participants().count() + outcome.added.len();
    if would_be > options.max_participants {
        return Err(ImportError::TooManyParticipants {
            would_be,
            max: options.max_participants,
        });
    }
    if outcome.blank_rows > 0 {
        notes.push(format!(
            "{} blank row(s) (or with only form bookkeeping) were skipped",
            outcome.blank_rows
        ));
    }
    if table.rows.is_empty() {
        notes.push("the file has a header but no rows".to_string());
    }
    Ok(ImportPlan {
        added: outcome.added,
        updated: outcome.updated,
        duplicates: outcome.duplicates,
        skipped: outcome.invalid,
        notes,
        warnings: outcome.warnings,
        columns,
        delimiter: table.delimiter,
        source,
        shaped: table.shaped,
        blank_rows: outcome.blank_rows,
        rows_read: table.rows.len(),
        change: Change::Batch(outcome.change),
    })
}

/// The day ages are counted on: the workshop's first, or today when it has no start date
/// yet (said in the notes when a date of birth is read at all).
fn first_day(workshop: &Workshop, births: bool, notes: &mut Vec<String>) -> chrono::NaiveDate {
    match workshop.info().start {
        Some(day) => day,
        None => {
            if !births {
                return chrono::Local::now().date_naive();
            }
            notes.push(
                "the workshop has no start date, so ages from dates of birth are counted on today"
                    .to_string(),
            );
            chrono::Local::now().date_naive()
        }
    }
}

/// The sentence for a UTF-8 file with a few bytes that are not UTF-8, naming their rows.
fn damaged_bytes_note(table: &table::Table, replaced_at: &[usize]) -> String {
    let mut rows: Vec<usize> = replaced_at.iter().map(|at| table.row_at(*at)).collect();
    rows.dedup();
    let count = replaced_at.len();
    format!(
        "the file is UTF-8 with {count} damaged {}, shown as \u{FFFD} in {} {}; check the names there",
        if count == 1 {
            "character"
        } else {
            "characters"
        },
        if rows.len() == 1 { "row" } else { "rows" },
        report::row_ranges(rows)
    )
}

/// What a list was read as, for the report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// Text, in this encoding.
    Text { encoding: &'static str },
    /// One sheet of a workbook of this kind ("an Excel workbook (.xlsx)").
    Workbook { kind: &'static str, sheet: String },
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::Text { encoding } => write!(f, "text in {encoding}"),
            Source::Workbook { kind, sheet } => write!(f, "the sheet \"{sheet}\" of {kind}"),
        }
    }
}

fn read_table(
    bytes: &[u8],
    options: &ImportOptions,
) -> Result<(table::Table, Vec<String>, Source), ImportError> {
    if workbook::looks_like_workbook(bytes) {
        let sheet = workbook::read(bytes, options.sheet.as_deref(), MAX_ROWS)?;
        let mut table = sheet.table;
        let mut notes = Vec::new();
        table.shaped = shape::shape(&mut table);
        notes.extend(table.shaped.notes(table.header.len()));
        let source = Source::Workbook {
            kind: sheet.kind,
            sheet: sheet.name,
        };
        return Ok((table, notes, source));
    }
    let decoded = decode::decode(bytes)?;
    let source = Source::Text {
        encoding: decoded.encoding,
    };
    let mut table = table::read(&decoded.text, options.delimiter)?;
    if table.rows.len() > MAX_ROWS {
        return Err(ImportError::TooManyRows {
            rows: table.rows.len(),
            max: MAX_ROWS,
        });
    }
    let mut notes: Vec<String> = decoded.note.into_iter().collect();
    if options.sheet.is_some() {
        notes.push("--sheet is for workbooks; this list is text, so it was not used".to_string());
    }
    if !decoded.replaced_at.is_empty() {
        notes.push(damaged_bytes_note(&table, &decoded.replaced_at));
    }
    notes.append(&mut table.notes);
    table.shaped = shape::shape(&mut table);
    notes.extend(table.shaped.notes(table.header.len()));
    Ok((table, notes, source))
}
