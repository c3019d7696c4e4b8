//! Rows as form tools really write them: ODK Central and R leave the trailing empty cells
//! off (30 cells under 31 headers), spreadsheets add empty cells past the last column, and
//! KoBo's "labels" export puts a row of HXL hashtags (`#adm1`, `#sector`) under the header.
//! Short rows are padded, empty extras dropped, the hashtag row skipped; each is said.

use super::report::row_ranges;
use super::table::{Row, Table};

/// What shaping did, for the report.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Shaped {
    /// Rows that had fewer cells than the header: padded with empty cells.
    pub padded: Vec<usize>,
    /// Rows with empty cells past the last column: those cells dropped.
    pub trimmed: Vec<usize>,
    /// The row of HXL hashtags that was skipped.
    pub hashtags: Option<usize>,
}

impl Shaped {
    pub fn notes(&self, columns: usize) -> Vec<String> {
        let mut notes = Vec::new();
        if let Some(row) = self.hashtags {
            notes.push(format!(
                "row {row} holds HXL hashtags (#adm1, #sector, …), not a person; it was skipped"
            ));
        }
        if !self.padded.is_empty() {
            notes.push(format!(
                "{} fewer cells than the header's {columns} columns (as ODK Central and R write them); the missing cells at the end were read as empty",
                rows_have(&self.padded)
            ));
        }
        if !self.trimmed.is_empty() {
            notes.push(format!(
                "{} empty cells past the last column; they were ignored",
                rows_have(&self.trimmed)
            ));
        }
        notes
    }
}

fn rows_have(rows: &[usize]) -> String {
    match rows {
        [one] => format!("row {one} has"),
        _ => format!("rows {} have", row_ranges(rows.iter().copied())),
    }
}

/// A cell that is an HXL hashtag: `#` then a letter (`#adm1+name`, `#contact+phone`).
fn is_hashtag(cell: &str) -> bool {
    let mut chars = cell.trim().chars();
    chars.next() == Some('#') && chars.next().is_some_and(|c| c.is_ascii_alphabetic())
}

fn is_hashtag_row(row: &Row) -> bool {
    let filled: Vec<&String> = row.cells.iter().filter(|c| !c.trim().is_empty()).collect();
    !filled.is_empty() && filled.iter().all(|c| is_hashtag(c))
}

/// Pad, trim and skip as described above; rows whose extra cells hold something are left as
/// they are, for the plan to refuse (their data has no column).
pub fn shape(table: &mut Table) -> Shaped {
    let mut shaped = Shaped::default();
    if table.rows.first().is_some_and(is_hashtag_row) {
        shaped.hashtags = Some(table.rows.remove(0).number);
    }
    let width = table.header.len();
    for row in &mut table.rows {
        if row.cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if row.cells.len() < width {
            row.cells.resize(width, String::new());
            shaped.padded.push(row.number);
        } else if row.cells.len() > width && row.cells[width..].iter().all(|c| c.trim().is_empty())
        {
            row.cells.truncate(width);
            shaped.trimmed.push(row.number);
        }
    }
    shaped
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(header: &[&str], rows: &[&[&str]]) -> Table {
        Table {
            header: header.iter().map(|h| h.to_string()).collect(),
            rows: rows
                .iter()
                .enumerate()
                .map(|(i, r)| Row {
                    number: i + 2,
                    cells: r.iter().map(|c| c.to_string()).collect(),
                })
                .collect(),
            ..Table::default()
        }
    }

    #[test]
    fn hashtags_short_and_long_rows() {
        let mut t = table(
            &["name", "adm1", "phone"],
            &[
                &["#contact+name", "#adm1", ""],
                &["Amal", "Basra"],
                &["Zaid", "Erbil", "0770", "", ""],
                &["Noor", "Duhok", "0750", "extra"],
                &[""],
            ],
        );
        let shaped = shape(&mut t);
        assert_eq!(shaped.hashtags, Some(2));
        assert_eq!(shaped.padded, [3]);
        assert_eq!(shaped.trimmed, [4]);
        assert_eq!(t.rows[0].cells, ["Amal", "Basra", ""]);
        assert_eq!(t.rows[1].cells.len(), 3);
        assert_eq!(
            t.rows[2].cells.len(),
            4,
            "data past the last column is kept"
        );
        let notes = shaped.notes(3).join("\n");
        assert!(notes.contains("row 2 holds HXL hashtags"), "{notes}");
        assert!(notes.contains("row 3 has fewer cells"), "{notes}");
        assert!(notes.contains("row 4 has empty cells past"), "{notes}");
    }

    #[test]
    fn a_person_whose_cell_starts_with_a_hash_is_not_a_hashtag_row() {
        let mut t = table(&["name", "notes"], &[&["Amal", "#1 fan"]]);
        assert_eq!(shape(&mut t).hashtags, None);
        assert_eq!(t.rows.len(), 1);
    }
}
