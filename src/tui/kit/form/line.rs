//! One line of text with a cursor, moved and edited by grapheme cluster: an Arabic letter
//! keeps its vowel marks, a Kurdish letter its dot, an emoji family stays one step.
//!
//! A value that is already there when the field is entered is *selected*: typing replaces
//! it (a pre-filled "30" plus "45" gives "45", not "3045"), an arrow key keeps it and moves.

use crate::tui::kit::text::{one_line, typed_line, width};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use unicode_segmentation::UnicodeSegmentation;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LineEdit {
    text: String,
    /// Where the cursor is, in grapheme clusters from the start.
    cursor: usize,
    /// The whole value is selected (entered with a value, or Ctrl-A): typing replaces it.
    selected: bool,
}

/// What a field of `width` cells shows: the text before the cursor, the cell under it, and
/// the text after, already made safe for the terminal and cut so the cursor is in sight.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LineView {
    pub before: String,
    pub at: String,
    pub after: String,
    pub selected: bool,
}

impl LineEdit {
    /// A field holding `text`, the cursor at its end.
    pub fn new(text: &str) -> LineEdit {
        let text = typed_line(text);
        let cursor = text.graphemes(true).count();
        LineEdit {
            text,
            cursor,
            selected: false,
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn is_selected(&self) -> bool {
        self.selected
    }

    /// Replace the whole value (a picked suggestion), the cursor at the end.
    pub fn set(&mut self, text: &str) {
        *self = LineEdit::new(text);
    }

    /// The field gets the focus: the cursor goes to the end and a value already there is
    /// selected, so typing replaces it.
    pub fn enter(&mut self) {
        self.cursor = self.len();
        self.selected = !self.text.is_empty();
    }

    pub fn leave(&mut self) {
        self.selected = false;
    }

    fn len(&self) -> usize {
        self.text.graphemes(true).count()
    }

    /// Byte offset of grapheme `index` (the end for one past the last).
    fn byte_at(&self, index: usize) -> usize {
        self.text
            .grapheme_indices(true)
            .nth(index)
            .map_or(self.text.len(), |(at, _)| at)
    }

    /// Drop the selected value, if it is selected.
    fn replace_selection(&mut self) {
        if self.selected {
            self.text.clear();
            self.cursor = 0;
            self.selected = false;
        }
    }

    /// Typed or pasted text at the cursor; line breaks and controls become spaces.
    pub fn type_text(&mut self, typed: &str) {
        let typed = typed_line(typed);
        if typed.is_empty() {
            return;
        }
        self.replace_selection();
        let at = self.byte_at(self.cursor);
        let before = self.text[..at].graphemes(true).count();
        self.text.insert_str(at, &typed);
        // Count again from the start: a typed vowel mark joins the letter before it.
        let end = at + typed.len();
        self.cursor = self.text[..end].graphemes(true).count().max(before);
    }

    /// Backspace: the cluster before the cursor, or the whole selected value.
    pub fn erase_before(&mut self) {
        if self.selected {
            self.replace_selection();
            return;
        }
        if self.cursor == 0 {
            return;
        }
        let (from, to) = (self.byte_at(self.cursor - 1), self.byte_at(self.cursor));
        self.text.replace_range(from..to, "");
        self.cursor -= 1;
    }

    /// Delete: the cluster under the cursor, or the whole selected value.
    pub fn erase_after(&mut self) {
        if self.selected {
            self.replace_selection();
            return;
        }
        if self.cursor >= self.len() {
            return;
        }
        let (from, to) = (self.byte_at(self.cursor), self.byte_at(self.cursor + 1));
        self.text.replace_range(from..to, "");
    }

    pub fn select_all(&mut self) {
        self.cursor = self.len();
        self.selected = !self.text.is_empty();
    }

    /// Move to grapheme `to`; any move ends the selection and keeps the value.
    fn move_to(&mut self, to: usize) {
        self.selected = false;
        self.cursor = to.min(self.len());
    }

    pub fn left(&mut self) {
        self.move_to(self.cursor.saturating_sub(1));
    }

    pub fn right(&mut self) {
        self.move_to(self.cursor + 1);
    }

    pub fn home(&mut self) {
        self.move_to(0);
    }

    pub fn end(&mut self) {
        self.move_to(usize::MAX);
    }

    /// Which graphemes are spaces: words are what lies between them.
    fn spaces(&self) -> Vec<bool> {
        self.text
            .graphemes(true)
            .map(|g| g.chars().all(char::is_whitespace))
            .collect()
    }

    /// To the start of this word, or of the one before.
    pub fn word_left(&mut self) {
        let spaces = self.spaces();
        let mut at = self.cursor.min(spaces.len());
        while at > 0 && spaces[at - 1] {
            at -= 1;
        }
        while at > 0 && !spaces[at - 1] {
            at -= 1;
        }
        self.move_to(at);
    }

    /// To the end of this word, or of the next one.
    pub fn word_right(&mut self) {
        let spaces = self.spaces();
        let mut at = self.cursor;
        while at < spaces.len() && spaces[at] {
            at += 1;
        }
        while at < spaces.len() && !spaces[at] {
            at += 1;
        }
        self.move_to(at);
    }

    /// The editing keys a line field understands. False for any other key.
    pub fn key(&mut self, key: KeyEvent) -> bool {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match key.code {
            KeyCode::Left if ctrl => self.word_left(),
            KeyCode::Right if ctrl => self.word_right(),
            KeyCode::Left => self.left(),
            KeyCode::Right => self.right(),
            KeyCode::Home => self.home(),
            KeyCode::End => self.end(),
            KeyCode::Backspace => self.erase_before(),
            KeyCode::Delete => self.erase_after(),
            KeyCode::Char('a') if ctrl => self.select_all(),
            KeyCode::Char('e') if ctrl => self.end(),
            _ => return false,
        }
        true
    }

    /// What a field `cells` wide shows: as much as fits, always including the cursor. When
    /// the value is longer, the view ends a cell after the cursor and starts with `…`.
    pub fn view(&self, cells: usize) -> LineView {
        let graphemes: Vec<&str> = self.text.graphemes(true).collect();
        let cell = |g: &str| width(&one_line(g));
        let cursor = self.cursor.min(graphemes.len());
        // One cell is kept for the cursor itself when it is past the end.
        let room = cells.max(1);
        let mut first = 0;
        let span = |from: usize, to: usize| graphemes[from..to].iter().map(|g| cell(g)).sum();
        let at_width = graphemes.get(cursor).map_or(1, |g| cell(g).max(1));
        while first < cursor {
            let marker = usize::from(first > 0);
            let used: usize = span(first, cursor);
            if used + at_width + marker <= room {
                break;
            }
            first += 1;
        }
        // When the cursor is near the end, show the end too: moving left from the end
        // should not slide the view away from the last words.
        let mut tail_first = graphemes.len();
        while tail_first > 0 {
            let marker = usize::from(tail_first > 1);
            if span(tail_first - 1, graphemes.len()) + 1 + marker > room {
                break;
            }
            tail_first -= 1;
        }
        if tail_first <= cursor {
            first = tail_first;
        }
        let marker = if first > 0 { "…" } else { "" };
        let mut used = width(marker) + span(first, cursor) + at_width;
        let mut last = (cursor + 1).min(graphemes.len());
        while last < graphemes.len() && used + cell(graphemes[last]) <= room {
            used += cell(graphemes[last]);
            last += 1;
        }
        let cut_end = last < graphemes.len();
        let join = |from: usize, to: usize| one_line(&graphemes[from.min(to)..to].concat());
        let mut after = join((cursor + 1).min(last), last);
        if cut_end && !after.is_empty() {
            // The last cell says there is more.
            let mut kept: Vec<&str> = after.graphemes(true).collect();
            kept.pop();
            after = format!("{}…", kept.concat());
        }
        LineView {
            before: format!("{marker}{}", join(first, cursor)),
            at: graphemes
                .get(cursor)
                .map_or_else(|| " ".to_string(), |g| one_line(g)),
            after,
            selected: self.selected,
        }
    }
}
