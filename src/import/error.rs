//! Why an import was refused. A refused import changes nothing.

use thiserror::Error;

/// One row that cannot be imported, and why; rows are numbered as in a spreadsheet (the
/// header is row 1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowProblem {
    pub row: usize,
    pub reason: String,
}

impl std::fmt::Display for RowProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "row {}: {}", self.row, self.reason)
    }
}

/// How many problem rows an error message names before saying "and N more".
const PROBLEMS_NAMED: usize = 10;

fn list_problems(problems: &[RowProblem]) -> String {
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
pub enum ImportError {
    #[error("the file is empty: there is no header row and no participants")]
    Empty,
    #[error("{0}")]
    NotCsv(String),
    #[error(
        "row {row} (line {line}): a quoted value starts here but its closing quote is missing, so the rest of the file would be read as one cell"
    )]
    UnclosedQuote { row: usize, line: u64 },
    #[error("the file could not be read as CSV at row {row}: {reason}")]
    Malformed { row: usize, reason: String },
    #[error(
        "no column holds the participants' names (columns: {columns}); say which one with --map name=COLUMN"
    )]
    NoNameColumn { columns: String },
    #[error("{0}")]
    BadMapping(String),
    #[error("{0}")]
    Workbook(String),
    #[error(
        "{count} row(s) cannot be imported, so nothing was imported ({problems}); fix them, or use --skip-invalid to import the rest",
        count = .0.len(),
        problems = list_problems(.0)
    )]
    InvalidRows(Vec<RowProblem>),
    #[error(
        "the file has {rows} rows, more than the {max} halaqa reads at once; is it the registration list?"
    )]
    TooManyRows { rows: usize, max: usize },
    #[error(
        "importing would give the workshop {would_be} participants, more than the {max} a session holds; is this the registration list, not a whole survey database?"
    )]
    TooManyParticipants { would_be: usize, max: usize },
}

impl ImportError {
    /// What went wrong, without the file's content (cells, column names): for the log.
    pub fn kind(&self) -> String {
        match self {
            ImportError::Empty => "empty file".to_string(),
            ImportError::NotCsv(_) => "not CSV".to_string(),
            ImportError::UnclosedQuote { row, .. } => format!("unclosed quote at row {row}"),
            ImportError::Malformed { row, .. } => format!("malformed at row {row}"),
            ImportError::NoNameColumn { .. } => "no name column".to_string(),
            ImportError::BadMapping(_) => "bad --map".to_string(),
            ImportError::Workbook(_) => "unreadable workbook".to_string(),
            ImportError::InvalidRows(rows) => format!("{} invalid rows", rows.len()),
            ImportError::TooManyRows { rows, .. } => format!("too many rows ({rows})"),
            ImportError::TooManyParticipants { would_be, .. } => {
                format!("too many participants ({would_be})")
            }
        }
    }
}
