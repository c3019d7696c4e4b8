//! File text on a terminal row: the one set of rules every screen uses.
//!
//! Entries and names keep every character typed, pasted or imported (the file escapes the
//! dangerous ones). On screen, though, a control character could move the cursor and a bidi
//! override (U+202E) could reorder the rest of the row in terminals that do bidi. So for
//! display, controls and direction controls become visible by the one rule of
//! [`crate::model::printable`] (a tab four spaces, line breaks `⏎` on one-line views), and
//! wherever unicode-width would count two cells as one (lam-alef, `لا`, is one cell to
//! `str::width` but two graphemes, hence two cells, to ratatui), a zero-width joiner is put
//! between them. ratatui places each span by `str::width` and paints it per grapheme; when
//! the two disagree the next span or column overwrites the last letters ("شيلان عم").
//! The joiner breaks that ligature rule while keeping the letters joined, so both counts
//! agree for every string this module returns.
//!
//! Widths are cells as ratatui paints them (per grapheme cluster), and cutting never splits
//! a cluster: a letter keeps its vowel marks, an emoji family stays one picture.

use crate::model::printable;
use textwrap::core::Fragment;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// One line for a list row or a table cell: controls visible, direction controls tagged,
/// line breaks as `⏎`.
pub fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' | '\u{2028}' | '\u{2029}' => out.push_str(" ⏎ "),
            other => push_visible(&mut out, other),
        }
    }
    keep_cells_apart(out)
}

/// Several lines for a pane or a card: like [`one_line`], but each line break starts a line.
pub fn lines(text: &str) -> Vec<String> {
    paragraphs(text).map(one_line).collect()
}

/// The text's own lines: `\n`, `\r\n`, `\r` and the Unicode line and paragraph separators.
fn paragraphs(text: &str) -> impl Iterator<Item = &str> {
    text.split('\n')
        .map(|line| line.strip_suffix('\r').unwrap_or(line))
        .flat_map(|line| line.split(['\r', '\u{2028}', '\u{2029}']))
}

/// Whether [`one_line`] has to show anything differently from how it was typed (the
/// editor says so, so nobody wonders about a `[RLO]` they did not type).
pub fn has_hidden(text: &str) -> bool {
    text.chars()
        .any(|c| c != '\n' && c != '\t' && printable::is_hidden(c))
}

fn push_visible(out: &mut String, c: char) {
    match c {
        '\t' => out.push_str("    "),
        other => printable::push_visible(out, other),
    }
}

/// A joiner between two grapheme clusters that unicode-width would fuse into fewer cells
/// than ratatui paints (see the module notes). Arabic gets the zero-width joiner, which keeps
/// the letters connected; other scripts the non-joiner, which their ligature rules ignore
/// less often.
fn keep_cells_apart(text: String) -> String {
    if text.is_ascii() {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut pair = String::new();
    let mut previous: Option<&str> = None;
    for grapheme in text.graphemes(true) {
        if let Some(before) = previous.filter(|b| !b.is_ascii() || !grapheme.is_ascii()) {
            pair.clear();
            pair.push_str(before);
            pair.push_str(grapheme);
            if pair.width() != before.width() + grapheme.width() {
                out.push(breaker(before, grapheme));
            }
        }
        out.push_str(grapheme);
        previous = Some(grapheme);
    }
    out
}

/// The first joiner that makes `before` and `after` add up; the zero-width joiner when the
/// scripts' rules leave no choice.
fn breaker(before: &str, after: &str) -> char {
    ['\u{200d}', '\u{200c}']
        .into_iter()
        .find(|joiner| {
            let joined = format!("{before}{joiner}{after}");
            joined.width() == before.width() + after.width()
        })
        .unwrap_or('\u{200d}')
}

/// The cells `text` takes on a terminal row, counted per grapheme cluster as ratatui
/// paints it. For text from [`one_line`] this equals `str::width`.
pub fn width(text: &str) -> usize {
    text.graphemes(true).map(UnicodeWidthStr::width).sum()
}

/// How much of a long text is made safe before cutting: a pasted megabyte is not copied on
/// every frame. Generous, as vowel marks and joiners take no cells.
fn enough_chars(width: usize) -> usize {
    width.saturating_mul(8).saturating_add(64)
}

/// `text` made safe and cut to at most `width` cells, ending in `…` when something was cut.
/// Grapheme clusters are kept whole: a wide one that does not fit is left out entirely.
pub fn fit(text: &str, width: usize) -> String {
    let (head, longer) = match text.char_indices().nth(enough_chars(width)) {
        Some((end, _)) => (&text[..end], true),
        None => (text, false),
    };
    let safe = one_line(head);
    if !longer && self::width(&safe) <= width {
        return safe;
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for grapheme in safe.graphemes(true) {
        let w = grapheme.width();
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push_str(grapheme);
    }
    out.push('…');
    out
}

/// The start of a long text as one line: list rows never need more than a screen's width,
/// and a pasted megabyte should not be copied on every frame.
pub fn preview(text: &str) -> String {
    fit(text, PREVIEW_CELLS)
}

/// Cells of an entry shown in one list row or message at most.
const PREVIEW_CELLS: usize = 400;

/// What a one-line field keeps of what was typed or pasted: line breaks, tabs and other
/// controls as spaces, direction controls left out. For storing, not for display: no
/// joiner is added.
pub fn typed_line(text: &str) -> String {
    text.chars()
        .filter(|c| {
            !printable::is_direction_control(*c)
                && !matches!(c, '\u{200e}' | '\u{200f}' | '\u{61c}')
        })
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// [`fit`], then spaces up to exactly `width` cells, so columns line up whatever the script.
pub fn pad(text: &str, width: usize) -> String {
    let mut out = fit(text, width);
    let used = self::width(&out);
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(used)));
    out
}

/// The end of `text` in at most `width` cells, `…` first when cut: where typing happens, or
/// a path's file name, stays in sight.
pub fn tail(text: &str, width: usize) -> String {
    let safe = one_line(text);
    if self::width(&safe) <= width {
        return safe;
    }
    if width == 0 {
        return String::new();
    }
    let mut kept: Vec<&str> = Vec::new();
    let mut used = 1;
    for grapheme in safe.graphemes(true).rev() {
        let w = grapheme.width();
        if used + w > width {
            break;
        }
        used += w;
        kept.push(grapheme);
    }
    let mut out = String::from("…");
    out.extend(kept.into_iter().rev());
    out
}

/// A word (or the piece of a word too long for a line) handed to textwrap's line breaker,
/// measured in cells.
#[derive(Debug)]
struct Piece<'a> {
    text: &'a str,
    cells: usize,
    /// What follows it on the same line: a space, a separator, or nothing where a long word
    /// was broken.
    gap: &'a str,
}

impl Fragment for Piece<'_> {
    fn width(&self) -> f64 {
        self.cells as f64
    }
    fn whitespace_width(&self) -> f64 {
        width(self.gap) as f64
    }
    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// Lines of at most `width` cells, made safe: broken at spaces where possible and inside a
/// word (between grapheme clusters) only when it is longer than a line. The text's own line
/// breaks are kept; runs of spaces count as one.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut out = Vec::new();
    for paragraph in lines(text) {
        let words: Vec<&str> = paragraph.split(' ').filter(|w| !w.is_empty()).collect();
        if words.is_empty() {
            out.push(String::new());
            continue;
        }
        out.extend(break_lines(&words, " ", width));
    }
    out
}

/// `items` on lines of at most `width` cells with `separator` between them on a line, an
/// item broken only when it is longer than a line ("a → name · b → phone").
pub fn wrap_items(items: &[String], separator: &str, width: usize) -> Vec<String> {
    let items: Vec<String> = items.iter().map(|item| one_line(item)).collect();
    let items: Vec<&str> = items.iter().map(String::as_str).collect();
    break_lines(&items, separator, width.max(1))
}

fn break_lines(words: &[&str], gap: &str, width: usize) -> Vec<String> {
    let pieces: Vec<Piece> = words.iter().flat_map(|w| pieces(w, gap, width)).collect();
    textwrap::wrap_algorithms::wrap_first_fit(&pieces, &[width as f64])
        .into_iter()
        .map(|line| {
            let mut row = String::new();
            for (i, piece) in line.iter().enumerate() {
                row.push_str(piece.text);
                if i + 1 < line.len() {
                    row.push_str(piece.gap);
                }
            }
            row
        })
        .collect()
}

/// One word followed by `gap`, cut into line-sized pieces when wider than `width`.
fn pieces<'a>(word: &'a str, gap: &'a str, width: usize) -> Vec<Piece<'a>> {
    let cells = self::width(word);
    if cells <= width {
        return vec![Piece {
            text: word,
            cells,
            gap,
        }];
    }
    let mut out = Vec::new();
    let mut start = 0;
    let mut used = 0;
    for (at, grapheme) in word.grapheme_indices(true) {
        let w = grapheme.width();
        if used + w > width && used > 0 {
            out.push(Piece {
                text: &word[start..at],
                cells: used,
                gap: "",
            });
            start = at;
            used = 0;
        }
        used += w;
    }
    out.push(Piece {
        text: &word[start..],
        cells: used,
        gap,
    });
    out
}

/// Right-to-left script: Hebrew, Arabic (Kurdish and Persian letters included), Syriac,
/// Thaana, N'Ko, and the Arabic presentation forms.
fn is_rtl_char(c: char) -> bool {
    matches!(c,
        '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}'
        | '\u{10800}'..='\u{10FFF}' | '\u{1E800}'..='\u{1EFFF}')
}

/// Whether the text reads right to left: decided by its first letter, as the Unicode
/// paragraph rule does (quotation marks and digits before it do not count).
pub fn is_rtl(text: &str) -> bool {
    text.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(is_rtl_char)
}

/// "1 entry", "3 entries", "0 entries": the number and the word that agrees with it.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", noun(n, one, many))
}

/// The word alone that agrees with `n`, for a count drawn in its own colour.
pub fn noun<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}

/// "a lesson", "an outcome": the word after the indefinite article its sound takes. Our
/// words starting with a vowel letter all start with a vowel sound, except "use…" and "uni…".
pub fn with_article(word: &str) -> String {
    let lower = word.to_lowercase();
    let vowel = lower.starts_with(['a', 'e', 'i', 'o'])
        || (lower.starts_with('u') && !lower.starts_with("us") && !lower.starts_with("uni"));
    format!("{} {word}", if vowel { "an" } else { "a" })
}

#[cfg(test)]
mod tests;
