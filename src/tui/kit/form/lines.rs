//! Several lines of text (a description, a list of objectives one per line): each line is a
//! [`LineEdit`], so every line has the same cursor and keys as a one-line field. Enter
//! breaks the line at the cursor; ↑ ↓ move between lines.

use super::line::LineEdit;
use ratatui::crossterm::event::{KeyCode, KeyEvent};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinesEdit {
    rows: Vec<LineEdit>,
    row: usize,
    /// Everything is selected (entered with a value): typing replaces it all.
    selected: bool,
}

impl Default for LinesEdit {
    fn default() -> Self {
        LinesEdit::new("")
    }
}

impl LinesEdit {
    pub fn new(text: &str) -> LinesEdit {
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let rows: Vec<LineEdit> = text.split('\n').map(LineEdit::new).collect();
        LinesEdit {
            row: rows.len().saturating_sub(1),
            rows,
            selected: false,
        }
    }

    /// From a list, one item a line.
    pub fn from_list(items: &[String]) -> LinesEdit {
        LinesEdit::new(&items.join("\n"))
    }

    pub fn text(&self) -> String {
        let rows: Vec<&str> = self.rows.iter().map(LineEdit::text).collect();
        rows.join("\n")
    }

    /// The non-empty lines, trimmed: a list field's items.
    pub fn list(&self) -> Vec<String> {
        self.rows
            .iter()
            .map(|r| r.text().trim().to_string())
            .filter(|r| !r.is_empty())
            .collect()
    }

    pub fn rows(&self) -> &[LineEdit] {
        &self.rows
    }

    pub fn row(&self) -> usize {
        self.row
    }

    pub fn is_selected(&self) -> bool {
        self.selected
    }

    pub fn enter(&mut self) {
        self.row = self.rows.len().saturating_sub(1);
        if let Some(row) = self.rows.get_mut(self.row) {
            row.end();
        }
        self.selected = !self.text().is_empty();
    }

    pub fn leave(&mut self) {
        self.selected = false;
    }

    fn current(&mut self) -> &mut LineEdit {
        if self.rows.is_empty() {
            self.rows.push(LineEdit::default());
        }
        self.row = self.row.min(self.rows.len() - 1);
        &mut self.rows[self.row]
    }

    fn replace_selection(&mut self) {
        if self.selected {
            *self = LinesEdit::new("");
        }
    }

    /// Typed or pasted text; a pasted line break starts a new line.
    pub fn type_text(&mut self, typed: &str) {
        self.replace_selection();
        let typed = typed.replace("\r\n", "\n").replace('\r', "\n");
        for (i, part) in typed.split('\n').enumerate() {
            if i > 0 {
                self.break_line();
            }
            self.current().type_text(part);
        }
    }

    /// Enter: the rest of this line becomes the next line.
    pub fn break_line(&mut self) {
        self.replace_selection();
        let current = self.current().clone();
        let graphemes: Vec<&str> =
            unicode_segmentation::UnicodeSegmentation::graphemes(current.text(), true).collect();
        let at = current.cursor().min(graphemes.len());
        let head = graphemes[..at].concat();
        let rest = graphemes[at..].concat();
        self.rows[self.row] = LineEdit::new(&head);
        let mut next = LineEdit::new(&rest);
        next.home();
        self.rows.insert(self.row + 1, next);
        self.row += 1;
    }

    /// ↑ ↓: to the line above or below (at its end).
    pub fn move_row(&mut self, delta: isize) {
        self.selected = false;
        let last = self.rows.len().saturating_sub(1) as isize;
        self.row = (self.row as isize + delta).clamp(0, last) as usize;
        self.current().end();
    }

    /// Backspace at the start of a line joins it to the one above.
    pub fn erase_before(&mut self) {
        if self.selected {
            self.replace_selection();
            return;
        }
        if self.current().cursor() == 0 && self.row > 0 {
            let line = self.rows.remove(self.row);
            self.row -= 1;
            let above = self.current();
            let at =
                unicode_segmentation::UnicodeSegmentation::graphemes(above.text(), true).count();
            let joined = format!("{}{}", above.text(), line.text());
            *above = LineEdit::new(&joined);
            above.home();
            for _ in 0..at {
                above.right();
            }
            return;
        }
        self.current().erase_before();
    }

    pub fn key(&mut self, key: KeyEvent) -> bool {
        let ctrl = key
            .modifiers
            .contains(ratatui::crossterm::event::KeyModifiers::CONTROL);
        match key.code {
            KeyCode::Enter => self.break_line(),
            KeyCode::Backspace => self.erase_before(),
            KeyCode::Delete if self.selected => self.replace_selection(),
            KeyCode::Up => self.move_row(-1),
            KeyCode::Down => self.move_row(1),
            KeyCode::Char('a') if ctrl => {
                self.enter();
            }
            _ => {
                // Moving keeps the value and ends the selection.
                self.selected = false;
                return self.current().key(key);
            }
        }
        true
    }
}
