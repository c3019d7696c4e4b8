//! One block of the preview laid out for a width: rows of pieces. Only the blocks on the
//! screen (and the few a scroll key passes) are laid out, so a 5 MB report scrolls as
//! fast as a short one.

use super::preview::{Block, Piece, Preview, Table, Tone};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

pub type Row = Vec<Piece>;

/// Between two table cells.
const SEPARATOR: &str = " │ ";

/// The rows block `index` takes at `width` columns; at least one for any block.
pub fn rows(preview: &Preview, index: usize, width: usize) -> Vec<Row> {
    let width = width.max(1);
    let Some(block) = preview.blocks.get(index) else {
        return vec![Vec::new()];
    };
    let out = match block {
        Block::Blank => vec![Vec::new()],
        Block::Heading { level, title } => heading(*level, title, width),
        Block::Text { lead, hang, pieces } => text(lead, hang, pieces, width),
        Block::Row { table, cells, .. } => match preview.tables.get(*table) {
            Some(t) => table_row(t, cells, width),
            None => vec![Vec::new()],
        },
        Block::Rule { table } => match preview.tables.get(*table) {
            Some(t) => vec![rule(t, width)],
            None => vec![Vec::new()],
        },
    };
    if out.is_empty() {
        vec![Vec::new()]
    } else {
        out
    }
}

/// How many rows block `index` takes at `width`.
pub fn row_count(preview: &Preview, index: usize, width: usize) -> usize {
    rows(preview, index, width).len()
}

fn heading(level: u8, title: &str, width: usize) -> Vec<Row> {
    let tone = Tone::Heading(level);
    let mut out = wrap(&[Piece::new(title, tone)], width);
    // The two top levels are underlined, so they stand out without colour too.
    let underline = match level {
        1 => Some("═"),
        2 => Some("─"),
        _ => None,
    };
    if let Some(mark) = underline {
        let length = out
            .iter()
            .map(|row| row.iter().map(|p| p.text.width()).sum::<usize>())
            .max()
            .unwrap_or(0)
            .clamp(1, width);
        out.push(vec![Piece::new(mark.repeat(length), tone)]);
    }
    out
}

fn text(lead: &Piece, hang: &Piece, pieces: &[Piece], width: usize) -> Vec<Row> {
    let lead_width = lead.text.width();
    let room = width
        .saturating_sub(lead_width.max(hang.text.width()))
        .max(1);
    wrap(pieces, room)
        .into_iter()
        .enumerate()
        .map(|(i, mut row)| {
            let prefix = if i == 0 { lead } else { hang };
            if !prefix.text.is_empty() {
                row.insert(0, prefix.clone());
            }
            row
        })
        .collect()
}

/// Column widths for `table` in `width` columns: every column its natural width when
/// that fits; otherwise the widest are capped at one width, chosen as large as fits, so
/// short columns (figures, dates) keep theirs.
pub fn column_widths(table: &Table, width: usize) -> Vec<usize> {
    let full = &table.natural;
    let n = full.len();
    if n == 0 {
        return Vec::new();
    }
    let room = width.saturating_sub(SEPARATOR.width() * (n - 1));
    if full.iter().sum::<usize>() <= room {
        return full.clone();
    }
    // Short of room: headers may wrap, so each column first wants its compact width.
    let wanted = if table.compact.len() == n {
        &table.compact
    } else {
        full
    };
    let fits = |cap: usize| wanted.iter().map(|w| (*w).min(cap)).sum::<usize>() <= room;
    let (mut low, mut high) = (1, wanted.iter().copied().max().unwrap_or(1));
    if !fits(low) {
        // Too narrow for every column to have one cell: one each, the row is clipped.
        return wanted.iter().map(|w| (*w).min(1)).collect();
    }
    while low < high {
        let mid = (low + high).div_ceil(2);
        if fits(mid) { low = mid } else { high = mid - 1 }
    }
    let mut widths: Vec<usize> = wanted.iter().map(|w| (*w).min(low)).collect();
    // What is left completes the columns closest to their full width first: a cell that
    // fits on one line saves a row, a column one short of fitting saves nothing.
    let mut spare = room - widths.iter().sum::<usize>();
    let mut short: Vec<usize> = (0..n).filter(|i| widths[*i] < full[*i]).collect();
    short.sort_by_key(|i| full[*i] - widths[*i]);
    for i in short {
        let give = (full[i] - widths[i]).min(spare);
        widths[i] += give;
        spare -= give;
    }
    widths
}

fn table_row(table: &Table, cells: &[Vec<Piece>], width: usize) -> Vec<Row> {
    let widths = column_widths(table, width);
    let wrapped: Vec<Vec<Row>> = widths
        .iter()
        .enumerate()
        .map(|(i, w)| match cells.get(i) {
            Some(cell) if *w > 0 => wrap(cell, *w),
            _ => Vec::new(),
        })
        .collect();
    let height = wrapped.iter().map(Vec::len).max().unwrap_or(0).max(1);
    (0..height)
        .map(|r| {
            let mut row: Row = Vec::new();
            for (i, w) in widths.iter().enumerate() {
                if i > 0 {
                    row.push(Piece::new(SEPARATOR, Tone::Frame));
                }
                let cell = wrapped.get(i).and_then(|rows| rows.get(r));
                let used: usize = cell.map_or(0, |c| c.iter().map(|p| p.text.width()).sum());
                let pad = Piece::new(" ".repeat(w.saturating_sub(used)), Tone::Text);
                let right = table.right.get(i).copied().unwrap_or(false);
                if right {
                    row.push(pad.clone());
                }
                if let Some(cell) = cell {
                    row.extend(cell.iter().cloned());
                }
                // The last column needs no padding after it.
                if !right && i + 1 < widths.len() {
                    row.push(pad);
                }
            }
            row
        })
        .collect()
}

fn rule(table: &Table, width: usize) -> Row {
    let line: Vec<String> = column_widths(table, width)
        .iter()
        .map(|w| "─".repeat(*w))
        .collect();
    vec![Piece::new(line.join("─┼─"), Tone::Frame)]
}

/// Word-wrap pieces into rows of at most `width` columns. Runs of spaces become one;
/// a word longer than a row is cut; marks of width 0 (Arabic vowels) stay with their
/// letter.
pub fn wrap(pieces: &[Piece], width: usize) -> Vec<Row> {
    let width = width.max(1);
    let mut rows: Vec<Row> = Vec::new();
    let mut row: Row = Vec::new();
    let mut used = 0;
    for (word, word_width) in words(pieces) {
        if used > 0 && used + 1 + word_width <= width {
            let tone = row.last().map_or(Tone::Text, |p| p.tone);
            push(&mut row, " ", tone);
            used += 1;
        } else if used > 0 {
            rows.push(std::mem::take(&mut row));
            used = 0;
        }
        for piece in word {
            for c in piece.text.chars() {
                let w = c.width().unwrap_or(0);
                if used + w > width && used > 0 {
                    rows.push(std::mem::take(&mut row));
                    used = 0;
                }
                push_char(&mut row, c, piece.tone);
                used += w;
            }
        }
    }
    if !row.is_empty() || rows.is_empty() {
        rows.push(row);
    }
    rows
}

/// The words of `pieces` with their display widths; a word may span pieces of different
/// tones ("**endorsed**," is one word).
fn words(pieces: &[Piece]) -> Vec<(Vec<Piece>, usize)> {
    let mut out = Vec::new();
    let mut word: Vec<Piece> = Vec::new();
    let mut width = 0;
    for piece in pieces {
        for c in piece.text.chars() {
            if c == ' ' || c == '\t' {
                if !word.is_empty() {
                    out.push((std::mem::take(&mut word), width));
                    width = 0;
                }
            } else {
                push_char(&mut word, c, piece.tone);
                width += c.width().unwrap_or(0);
            }
        }
    }
    if !word.is_empty() {
        out.push((word, width));
    }
    out
}

fn push(row: &mut Row, text: &str, tone: Tone) {
    match row.last_mut() {
        Some(last) if last.tone == tone => last.text.push_str(text),
        _ => row.push(Piece::new(text, tone)),
    }
}

fn push_char(row: &mut Row, c: char, tone: Tone) {
    match row.last_mut() {
        Some(last) if last.tone == tone => last.text.push(c),
        _ => row.push(Piece::new(c.to_string(), tone)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(rows: &[Row]) -> Vec<String> {
        rows.iter()
            .map(|r| r.iter().map(|p| p.text.as_str()).collect())
            .collect()
    }

    #[test]
    fn words_wrap_at_the_width_and_long_words_are_cut() {
        let pieces = [Piece::new("one two three abcdefghij", Tone::Text)];
        assert_eq!(
            plain(&wrap(&pieces, 7)),
            vec!["one two", "three", "abcdefg", "hij"]
        );
        assert_eq!(plain(&wrap(&[], 5)), vec![""]);
    }

    #[test]
    fn arabic_marks_stay_with_their_letter_and_nothing_exceeds_the_width() {
        let pieces = [Piece::new("غيّروا المجلس الشباب", Tone::Text)];
        for width in 1..12 {
            for row in plain(&wrap(&pieces, width)) {
                assert!(row.width() <= width, "{row:?} at {width}");
            }
        }
    }

    #[test]
    fn wide_tables_cap_the_widest_columns_first() {
        let table = Table {
            natural: vec![60, 5, 40],
            compact: vec![60, 5, 40],
            right: vec![false, true, false],
        };
        let widths = column_widths(&table, 56);
        assert_eq!(widths[1], 5, "the short column keeps its width: {widths:?}");
        assert_eq!(widths.iter().sum::<usize>() + 6, 56, "{widths:?}");
        assert_eq!(column_widths(&table, 200), vec![60, 5, 40]);
        assert_eq!(column_widths(&table, 3), vec![1, 1, 1]);
    }
}
