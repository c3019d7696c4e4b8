//! The import report as text: what was read, added, updated, duplicated and skipped, with
//! row numbers, for the command line (and any screen that wants the same words).

use super::columns::{ColumnMatch, MatchHow};
use super::{Duplicate, ImportPlan, RowProblem, Updated};
use std::fmt::{self, Display, Formatter};

/// How many lines a section lists before summing up the rest by row number.
const LINES_LISTED: usize = 50;

/// Row numbers as short runs: "2–4, 7, 9–12".
pub fn row_ranges(rows: impl IntoIterator<Item = usize>) -> String {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for row in rows {
        match runs.last_mut() {
            Some((_, end)) if *end + 1 == row => *end = row,
            _ => runs.push((row, row)),
        }
    }
    runs.iter()
        .map(|(start, end)| {
            if start == end {
                start.to_string()
            } else {
                format!("{start}–{end}")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Each column's fate, one line per used column, then the others grouped by why.
fn columns_section(f: &mut Formatter<'_>, columns: &[ColumnMatch]) -> fmt::Result {
    writeln!(f, "Columns:")?;
    for c in columns {
        let Some(field) = c.field else { continue };
        let how = match c.how {
            MatchHow::Keyword => format!("by keyword: {}", c.why),
            MatchHow::Mapped => "--map".to_string(),
            _ => "by header".to_string(),
        };
        writeln!(f, "  \"{}\" → {} ({how})", c.header, field.key())?;
    }
    let listed = |how: MatchHow| -> Vec<String> {
        columns
            .iter()
            .filter(|c| c.field.is_none() && c.how == how)
            .map(|c| format!("\"{}\"", c.header))
            .collect()
    };
    let meta = listed(MatchHow::Meta);
    if !meta.is_empty() {
        writeln!(f, "  ignored as form bookkeeping: {}", meta.join(", "))?;
    }
    let ignored = listed(MatchHow::Ignored);
    if !ignored.is_empty() {
        writeln!(f, "  ignored (--ignore): {}", ignored.join(", "))?;
    }
    for c in columns
        .iter()
        .filter(|c| c.field.is_none() && matches!(c.how, MatchHow::Refused | MatchHow::Repeated))
    {
        writeln!(f, "  not used: \"{}\": {}", c.header, c.why)?;
    }
    let unknown: Vec<String> = columns
        .iter()
        .filter(|c| c.field.is_none() && c.how == MatchHow::Unknown)
        .map(|c| {
            if c.why == "not a participant field" {
                format!("\"{}\"", c.header)
            } else {
                format!("\"{}\" ({})", c.header, c.why)
            }
        })
        .collect();
    if !unknown.is_empty() {
        writeln!(
            f,
            "  not used (not a participant field; --map FIELD=COLUMN to use one): {}",
            unknown.join(", ")
        )?;
    }
    Ok(())
}

/// One line with every row accounted for.
fn rows_line(plan: &ImportPlan) -> String {
    let mut parts = vec![
        format!("{} added", plan.added.len()),
        format!("{} updated", plan.updated.len()),
        format!("{} duplicate(s)", plan.duplicates.len()),
        format!("{} skipped", plan.skipped.len()),
    ];
    if plan.blank_rows > 0 {
        parts.push(format!("{} blank", plan.blank_rows));
    }
    let mut shaped = Vec::new();
    if !plan.shaped.padded.is_empty() {
        shaped.push(format!("{} padded", plan.shaped.padded.len()));
    }
    if !plan.shaped.trimmed.is_empty() {
        shaped.push(format!(
            "{} with empty cells cut",
            plan.shaped.trimmed.len()
        ));
    }
    if plan.shaped.hashtags.is_some() {
        shaped.push("the hashtag row skipped".to_string());
    }
    let shaped = if shaped.is_empty() {
        String::new()
    } else {
        format!("; {}", shaped.join(", "))
    };
    format!("Rows: {}{shaped}.", parts.join(", "))
}

/// Lines of a section, the first few in full and the rest as row numbers.
fn section<T>(
    f: &mut Formatter<'_>,
    items: &[T],
    row: impl Fn(&T) -> usize,
    line: impl Fn(&T) -> String,
) -> fmt::Result {
    for item in items.iter().take(LINES_LISTED) {
        writeln!(f, "  {}", line(item))?;
    }
    if items.len() > LINES_LISTED {
        let rest = items[LINES_LISTED..].iter().map(&row);
        writeln!(
            f,
            "  … and {} more: rows {}",
            items.len() - LINES_LISTED,
            row_ranges(rest)
        )?;
    }
    Ok(())
}

fn updated_line(u: &Updated) -> String {
    format!(
        "row {}: {} ({}): filled {}",
        u.row,
        u.name,
        u.by.describe(),
        u.filled.join(", ")
    )
}

fn duplicate_line(d: &Duplicate) -> String {
    let whom = match d.of_row {
        Some(row) => format!("row {row}, {}", d.of),
        None => format!("{}, already in the workshop", d.of),
    };
    let filled = if d.filled.is_empty() {
        String::new()
    } else {
        format!(
            "; filled {} of row {}",
            d.filled.join(", "),
            d.of_row.unwrap_or(0)
        )
    };
    format!("row {}: {whom} ({}){filled}", d.row, d.by.describe())
}

fn problem_line(p: &RowProblem) -> String {
    p.to_string()
}

impl Display for ImportPlan {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let separator = match self.delimiter {
            b'\t' => "tab".to_string(),
            other => format!("\"{}\"", char::from(other)),
        };
        let separator = match self.source {
            super::Source::Text { .. } => format!(", separator {separator}"),
            super::Source::Workbook { .. } => String::new(),
        };
        writeln!(
            f,
            "Read {} row(s) from {}{separator}.",
            self.rows_read, self.source
        )?;
        columns_section(f, &self.columns)?;
        writeln!(f, "{}", rows_line(self))?;
        if self.added.is_empty() {
            writeln!(f, "Added 0.")?;
        } else {
            writeln!(
                f,
                "Added {}: rows {}",
                self.added.len(),
                row_ranges(self.added.iter().map(|a| a.row))
            )?;
        }
        writeln!(
            f,
            "Updated {}{}",
            self.updated.len(),
            if self.updated.is_empty() {
                "."
            } else {
                " (only empty fields are filled; nothing already recorded is overwritten):"
            }
        )?;
        section(f, &self.updated, |u| u.row, updated_line)?;
        writeln!(
            f,
            "Duplicates {}{}",
            self.duplicates.len(),
            if self.duplicates.is_empty() { "." } else { ":" }
        )?;
        section(f, &self.duplicates, |d| d.row, duplicate_line)?;
        writeln!(
            f,
            "Skipped {}{}",
            self.skipped.len(),
            if self.skipped.is_empty() { "." } else { ":" }
        )?;
        section(f, &self.skipped, |p| p.row, problem_line)?;
        if !self.notes.is_empty() || !self.warnings.is_empty() {
            writeln!(f, "Notes:")?;
            for note in &self.notes {
                writeln!(f, "  {note}")?;
            }
            section(f, &self.warnings, |p| p.row, problem_line)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_written_as_runs() {
        assert_eq!(row_ranges([2, 3, 4, 7, 9, 10]), "2–4, 7, 9–10");
        assert_eq!(row_ranges([]), "");
    }
}
