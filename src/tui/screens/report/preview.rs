//! The report's Markdown turned into blocks a terminal can show: headings without their
//! `#`, emphasis as styles, escapes undone, tables as rows of cells. Built once per
//! document revision (on a worker for large workshops) and kept; laying the blocks out for
//! a width happens per visible block only (see `layout`).
//!
//! The parser reads exactly what `report::markdown` writes (ATX headings, pipe tables,
//! `-` and `1.` lists, `>` quotes, `*em*`, `**strong**`, backslash escapes and hard
//! breaks), not Markdown in general.

use crate::model::{Stamp, Workshop};
use crate::report::Report;
use unicode_width::UnicodeWidthStr;

/// How a piece of text is drawn; mapped to the theme when drawn, so a theme change needs
/// no rebuild.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Text,
    Emphasis,
    Strong,
    /// A heading of level 1–6.
    Heading(u8),
    /// List bullets, quote bars, table lines.
    Frame,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub tone: Tone,
}

impl Piece {
    pub fn new(text: impl Into<String>, tone: Tone) -> Piece {
        Piece {
            text: text.into(),
            tone,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Blank,
    Heading {
        level: u8,
        /// The heading as plain text, for the "section" label.
        title: String,
    },
    /// A paragraph line, list item or quote line: `lead` before the first row, `hang`
    /// before the rows it wraps onto.
    Text {
        lead: Piece,
        hang: Piece,
        pieces: Vec<Piece>,
    },
    Row {
        table: usize,
        cells: Vec<Vec<Piece>>,
        header: bool,
    },
    /// The line under a table's header.
    Rule {
        table: usize,
    },
}

/// What a table's column widths are computed from, whatever the screen width.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    /// The widest cell of each column.
    pub natural: Vec<usize>,
    /// The same with the header's longest word instead of the whole header, which may
    /// wrap when space is short ("Start difference" over "+10 min").
    pub compact: Vec<usize>,
    /// Right-aligned columns (figures).
    pub right: Vec<bool>,
}

/// What identifies the preview a screen needs: the session, its revision and last stamp
/// (a reopened file starts again at revision 0), and whether it is anonymised.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PreviewKey {
    pub path: std::path::PathBuf,
    pub revision: u64,
    pub stamp: Stamp,
    pub anonymised: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preview {
    pub key: PreviewKey,
    pub blocks: Vec<Block>,
    pub tables: Vec<Table>,
    /// Indices into `blocks` of every heading, in order.
    pub headings: Vec<usize>,
    /// "50 registered, 36 attended, 96 entries from 3 groups".
    pub summary: String,
    /// Bytes of Markdown the preview was made from.
    pub markdown_bytes: usize,
}

impl Preview {
    /// The report of `workshop` as blocks.
    pub fn build(workshop: &Workshop, key: PreviewKey) -> Preview {
        let report = Report::build(workshop, key.anonymised);
        let markdown = report.to_markdown();
        let mut preview = parse(&markdown, key);
        preview.summary = report.summary();
        preview
    }

    /// The heading at or above block `block`: its index in `headings`.
    pub fn section_of(&self, block: usize) -> Option<usize> {
        self.headings
            .partition_point(|h| *h <= block)
            .checked_sub(1)
    }

    /// The title of heading number `index`.
    pub fn heading_title(&self, index: usize) -> &str {
        match self.headings.get(index).and_then(|b| self.blocks.get(*b)) {
            Some(Block::Heading { title, .. }) => title,
            _ => "",
        }
    }
}

/// Markdown as `report::markdown` writes it, as blocks.
pub fn parse(markdown: &str, key: PreviewKey) -> Preview {
    let mut preview = Preview {
        key,
        blocks: Vec::new(),
        tables: Vec::new(),
        headings: Vec::new(),
        summary: String::new(),
        markdown_bytes: markdown.len(),
    };
    // The table being read, and whether its header row was shown.
    let mut table: Option<(usize, bool)> = None;
    for raw in markdown.lines() {
        let line = raw.trim_end_matches('\r');
        if !line.starts_with('|') {
            table = None;
        }
        if line.trim().is_empty() {
            if !matches!(preview.blocks.last(), None | Some(Block::Blank)) {
                preview.blocks.push(Block::Blank);
            }
            continue;
        }
        if line.starts_with('|') {
            table_line(&mut preview, &mut table, line);
            continue;
        }
        if let Some((level, text)) = heading(line) {
            preview.headings.push(preview.blocks.len());
            let pieces = inline(text, Tone::Heading(level));
            let title: String = pieces.iter().map(|p| p.text.as_str()).collect();
            preview.blocks.push(Block::Heading { level, title });
            continue;
        }
        preview.blocks.push(text_line(line));
    }
    while matches!(preview.blocks.last(), Some(Block::Blank)) {
        preview.blocks.pop();
    }
    preview
}

fn heading(line: &str) -> Option<(u8, &str)> {
    let hashes = line.chars().take_while(|c| *c == '#').count();
    let rest = line.get(hashes..)?;
    if (1..=6).contains(&hashes) && rest.starts_with(' ') {
        Some((hashes as u8, rest.trim()))
    } else {
        None
    }
}

/// A paragraph line, a list item, a quote line or the indented continuation of one.
fn text_line(line: &str) -> Block {
    let frame = |s: &str| Piece::new(s, Tone::Frame);
    let plain = |s: &str| Piece::new(s, Tone::Text);
    if let Some(rest) = line.strip_prefix('>') {
        let rest = rest.strip_prefix(' ').unwrap_or(rest);
        return Block::Text {
            lead: frame("│ "),
            hang: frame("│ "),
            pieces: inline(rest, Tone::Emphasis),
        };
    }
    if let Some(rest) = line.strip_prefix("- ") {
        return Block::Text {
            lead: frame("• "),
            hang: plain("  "),
            pieces: inline(rest, Tone::Text),
        };
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && line[digits..].starts_with(". ") {
        let marker = &line[..digits + 2];
        return Block::Text {
            lead: frame(marker),
            hang: plain(&" ".repeat(marker.len())),
            pieces: inline(&line[digits + 2..], Tone::Text),
        };
    }
    let indent = line.len() - line.trim_start_matches(' ').len();
    let spaces = " ".repeat(indent);
    Block::Text {
        lead: plain(&spaces),
        hang: plain(&spaces),
        pieces: inline(line.trim_start_matches(' '), Tone::Text),
    }
}

fn table_line(preview: &mut Preview, table: &mut Option<(usize, bool)>, line: &str) {
    let cells = split_cells(line);
    let is_rule = cells.iter().all(|c| {
        let c = c.trim();
        !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':'))
    });
    match *table {
        None => {
            // The first row is the header; an all-empty header (the title block's
            // `| | |`) is left out.
            let index = preview.tables.len();
            preview.tables.push(Table::default());
            let shown = cells.iter().any(|c| !c.trim().is_empty());
            *table = Some((index, shown));
            if shown {
                push_row(preview, index, &cells, true);
            }
        }
        Some((index, header_shown)) if is_rule => {
            if let Some(t) = preview.tables.get_mut(index) {
                t.right = cells.iter().map(|c| c.trim().ends_with(':')).collect();
            }
            if header_shown {
                preview.blocks.push(Block::Rule { table: index });
            }
        }
        Some((index, _)) => push_row(preview, index, &cells, false),
    }
}

fn push_row(preview: &mut Preview, index: usize, cells: &[&str], header: bool) {
    let base = if header { Tone::Strong } else { Tone::Text };
    let cells: Vec<Vec<Piece>> = cells.iter().map(|c| inline(c.trim(), base)).collect();
    if let Some(table) = preview.tables.get_mut(index) {
        if table.natural.len() < cells.len() {
            table.natural.resize(cells.len(), 0);
            table.compact.resize(cells.len(), 0);
        }
        for (column, cell) in cells.iter().enumerate() {
            let text: String = cell.iter().map(|p| p.text.as_str()).collect();
            let width = text.width();
            let compact = if header {
                text.split(' ').map(str::width).max().unwrap_or(0)
            } else {
                width
            };
            table.natural[column] = table.natural[column].max(width);
            table.compact[column] = table.compact[column].max(compact);
        }
    }
    preview.blocks.push(Block::Row {
        table: index,
        cells,
        header,
    });
}

/// `| a | b \| c |` → ["a", "b \| c"]: split on unescaped bars, outer bars dropped.
fn split_cells(line: &str) -> Vec<&str> {
    let inner = line.trim();
    let inner = inner.strip_prefix('|').unwrap_or(inner);
    let mut cells = Vec::new();
    let mut start = 0;
    let mut escaped = false;
    for (i, c) in inner.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '|' => {
                cells.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    let last = &inner[start..];
    if !last.trim().is_empty() {
        cells.push(last);
    }
    cells
}

/// One line of inline Markdown as pieces: escapes undone, `**strong**` and `*em*` as
/// tones, a hard break (`\` or two spaces at the end) dropped.
pub fn inline(text: &str, base: Tone) -> Vec<Piece> {
    let text = text.strip_suffix('\\').unwrap_or(text).trim_end();
    let mut pieces: Vec<Piece> = Vec::new();
    let (mut strong, mut em) = (false, false);
    let mut chars = text.chars().peekable();
    let tone = |strong: bool, em: bool| match base {
        Tone::Heading(_) | Tone::Frame => base,
        _ if strong => Tone::Strong,
        _ if em => Tone::Emphasis,
        _ => base,
    };
    let mut push = |c: char, tone: Tone| match pieces.last_mut() {
        Some(last) if last.tone == tone => last.text.push(c),
        _ => pieces.push(Piece::new(c.to_string(), tone)),
    };
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.peek() {
                Some(next) if next.is_ascii_punctuation() => {
                    let next = *next;
                    chars.next();
                    push(next, tone(strong, em));
                }
                _ => push('\\', tone(strong, em)),
            },
            '*' if chars.peek() == Some(&'*') => {
                chars.next();
                strong = !strong;
            }
            '*' => em = !em,
            _ => push(c, tone(strong, em)),
        }
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> PreviewKey {
        PreviewKey {
            path: "s.ron".into(),
            revision: 0,
            stamp: Stamp::default(),
            anonymised: false,
        }
    }

    fn text(pieces: &[Piece]) -> String {
        pieces.iter().map(|p| p.text.as_str()).collect()
    }

    #[test]
    fn escapes_are_undone_and_emphasis_becomes_tones() {
        let pieces = inline(r"a \| b \*not\* **bold** *it* https\://x\_y\", Tone::Text);
        assert_eq!(text(&pieces), "a | b *not* bold it https://x_y");
        assert!(pieces.contains(&Piece::new("bold", Tone::Strong)));
        assert!(pieces.contains(&Piece::new("it", Tone::Emphasis)));
    }

    #[test]
    fn tables_split_on_unescaped_bars_and_note_right_columns() {
        let md = "## Method\n\n| Group | Size |\n|---|---:|\n| a \\| b | 15 |\n\nAfter.\n";
        let p = parse(md, key());
        assert_eq!(p.headings, vec![0]);
        assert_eq!(p.tables[0].right, vec![false, true]);
        assert_eq!(p.tables[0].natural, vec![5, 4]);
        assert_eq!(p.tables[0].compact, vec![5, 4]);
        let Block::Row { cells, .. } = &p.blocks[4] else {
            panic!("a row: {:?}", p.blocks);
        };
        assert_eq!(text(&cells[0]), "a | b");
    }

    #[test]
    fn the_title_blocks_empty_header_is_left_out() {
        let p = parse("| | |\n|---|---|\n| Dates | 1 May |\n", key());
        assert_eq!(p.blocks.len(), 1, "{:?}", p.blocks);
    }

    #[test]
    fn lists_quotes_and_continuations_keep_their_lead() {
        let md = "- one\\\n  two\n1. first\n> “q”  \n> — someone\n";
        let p = parse(md, key());
        let leads: Vec<&str> = p
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Text { lead, .. } => Some(lead.text.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(leads, vec!["• ", "  ", "1. ", "│ ", "│ "]);
    }
}
