//! Text to a table: the delimiter, a check for a quote that never closes, then the rows as
//! the csv crate reads them (CRLF, quoted commas and newlines, doubled quotes).

use super::ImportError;

/// The separators a registration list comes with, in the order a tie is decided.
const DELIMITERS: [u8; 3] = [b',', b';', b'\t'];

/// A table as read: the header cells and the data rows, each with its spreadsheet row number.
#[derive(Debug, Default)]
pub struct Table {
    pub delimiter: u8,
    pub header: Vec<String>,
    pub rows: Vec<Row>,
    /// Lines such as `sep=;` (Excel's hint) that were read as instructions, not data.
    pub notes: Vec<String>,
    /// Where each row (the header first) begins in the text given to [`read`], in bytes.
    pub starts: Vec<usize>,
    /// What [`super::shape::shape`] did to the rows.
    pub shaped: super::Shaped,
}

impl Table {
    /// The spreadsheet row number (header = 1) of the text at byte `offset`.
    pub fn row_at(&self, offset: usize) -> usize {
        self.starts.partition_point(|start| *start <= offset).max(1)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// As in a spreadsheet: the header is row 1.
    pub number: usize,
    pub cells: Vec<String>,
}

/// Read the whole table. `delimiter` overrides detection.
pub fn read(text: &str, delimiter: Option<u8>) -> Result<Table, ImportError> {
    let mut table = Table::default();
    let whole = text.len();
    let mut text = text;
    // Excel writes and reads a first line `sep=;` naming the separator.
    let mut hinted = None;
    if let Some(first) = text.lines().next()
        && let Some(sep) = first.trim().strip_prefix("sep=")
        && let [byte] = sep.as_bytes()
    {
        hinted = Some(*byte);
        text = &text[first.len()..];
        text = text
            .strip_prefix("\r\n")
            .or(text.strip_prefix('\n'))
            .unwrap_or(text);
        table.notes.push(format!(
            "the first line `{first}` names the separator; it was not read as data"
        ));
    }
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    check_quotes(text)?;
    table.delimiter = delimiter
        .or(hinted)
        .unwrap_or_else(|| detect_delimiter(text));

    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(table.delimiter)
        .from_reader(text.as_bytes());
    let mut record = csv::StringRecord::new();
    let mut number = 0;
    let skipped = whole - text.len();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(error) => {
                return Err(ImportError::Malformed {
                    row: number + 1,
                    reason: error.to_string(),
                });
            }
        }
        number += 1;
        let start = record.position().map_or(0, |p| p.byte());
        table
            .starts
            .push(skipped + usize::try_from(start).unwrap_or(usize::MAX));
        let cells: Vec<String> = record.iter().map(str::to_string).collect();
        if number == 1 {
            table.header = cells;
        } else {
            table.rows.push(Row { number, cells });
        }
    }
    Ok(table)
}

/// The separator the header line uses most, counting only outside quotes. A one-column
/// file has none: a comma then.
pub fn detect_delimiter(text: &str) -> u8 {
    let mut counts = [0usize; DELIMITERS.len()];
    let mut in_quotes = false;
    for byte in text.bytes() {
        match byte {
            b'"' => in_quotes = !in_quotes,
            b'\n' | b'\r' if !in_quotes => break,
            _ if !in_quotes => {
                if let Some(i) = DELIMITERS.iter().position(|d| *d == byte) {
                    counts[i] += 1;
                }
            }
            _ => {}
        }
    }
    let mut best = 0;
    for i in 1..DELIMITERS.len() {
        if counts[i] > counts[best] {
            best = i;
        }
    }
    DELIMITERS[best]
}

/// Refuse a file in which a quoted cell opens and never closes: the csv reader would take
/// the rest of the file as that one cell and the rows after it would silently vanish.
///
/// Follows the same rules as the reader: a quote opens a quoted cell only at the start of a
/// cell; inside one, `""` is a quote character and a lone `"` closes it.
fn check_quotes(text: &str) -> Result<(), ImportError> {
    let bytes = text.as_bytes();
    let mut row = 1;
    let mut line: u64 = 1;
    let mut at_cell_start = true;
    let mut open: Option<(usize, u64)> = None;
    let mut i = 0;
    while i < bytes.len() {
        let byte = bytes[i];
        if open.is_some() {
            match byte {
                b'"' if bytes.get(i + 1) == Some(&b'"') => i += 1,
                b'"' => open = None,
                b'\n' => line += 1,
                _ => {}
            }
        } else {
            match byte {
                b'"' if at_cell_start => open = Some((row, line)),
                b'\n' => {
                    row += 1;
                    line += 1;
                }
                _ => {}
            }
            // Any of the separators starts a cell: the check runs before the delimiter is
            // known, and a quote right after one of them opens a cell in every reading.
            at_cell_start = matches!(byte, b'\n' | b'\r' | b',' | b';' | b'\t');
        }
        i += 1;
    }
    match open {
        Some((row, line)) => Err(ImportError::UnclosedQuote { row, line }),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_delimiter_is_the_one_the_header_uses_outside_quotes() {
        assert_eq!(detect_delimiter("name;phone;email\n"), b';');
        assert_eq!(detect_delimiter("name\tphone\n"), b'\t');
        assert_eq!(detect_delimiter("\"name; full\",phone\n"), b',');
        assert_eq!(detect_delimiter("name\n"), b',');
        // Separators in later lines do not count.
        assert_eq!(detect_delimiter("a;b\nx,y,z,w\n"), b';');
    }

    #[test]
    fn quoted_commas_newlines_and_crlf_are_one_cell() {
        let table = read(
            "name,notes\r\n\"Ali, Jr.\",\"two\r\nlines\"\r\nZaid,\r\n",
            None,
        )
        .unwrap();
        assert_eq!(table.header, ["name", "notes"]);
        assert_eq!(table.rows[0].cells, ["Ali, Jr.", "two\r\nlines"]);
        assert_eq!(table.rows[1].number, 3);
    }

    #[test]
    fn an_unclosed_quote_names_its_row() {
        let error = read("name,org\nAli,A\n\"Zaid,B\nOmar,C\n", None).unwrap_err();
        assert_eq!(error, ImportError::UnclosedQuote { row: 3, line: 3 });
    }

    #[test]
    fn a_quote_inside_a_cell_is_a_character() {
        let table = read("name,nick\nAli,The \"boss\"\n", None).unwrap();
        assert_eq!(table.rows[0].cells[1], "The \"boss\"");
    }

    #[test]
    fn excel_sep_line_sets_the_delimiter() {
        let table = read("sep=;\nname;org\nAli;A, B\n", None).unwrap();
        assert_eq!(table.delimiter, b';');
        assert_eq!(table.rows[0].cells, ["Ali", "A, B"]);
    }

    #[test]
    fn whitespace_only_is_empty() {
        assert_eq!(read(" \n\r\n", None).unwrap_err(), ImportError::Empty);
    }
}
