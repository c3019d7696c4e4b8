//! One form for the whole program: a column of typed fields — one line of text, several
//! lines, a choice, a date, a time — with one set of keys. Text fields have a cursor
//! (← → Home End, Ctrl-← → by word, Ctrl-A selects all, Backspace and Delete anywhere),
//! a value already there is replaced by typing, and a long value scrolls to keep the cursor
//! in sight. Checking names the field; a form that does not check changes nothing, because
//! screens only build their `Change` from a form that has.

mod choice;
mod line;
mod lines;
#[cfg(test)]
mod tests;
mod view;

pub use choice::Choice;
pub use line::{LineEdit, LineView};
pub use lines::LinesEdit;
pub use view::{Look, field_row, line_spans, render, render_field_line};

use crate::model::clock_text::parse_time;
use chrono::{NaiveDate, NaiveTime};
use ratatui::crossterm::event::KeyEvent;

/// What kind of value a field holds, and its editor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    Line(LineEdit),
    Lines(LinesEdit),
    Choice(Choice),
    /// YYYY-MM-DD, or empty when the field is not required.
    Date(LineEdit),
    /// HH:MM (Arabic-Indic digits too), or empty when the field is not required.
    Time(LineEdit),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    pub label: String,
    pub hint: String,
    pub input: Input,
    /// Empty is refused, naming the field.
    pub required: bool,
}

impl Field {
    fn new(label: &str, hint: &str, input: Input) -> Field {
        Field {
            label: label.to_string(),
            hint: hint.to_string(),
            input,
            required: false,
        }
    }

    pub fn line(label: &str, hint: &str, value: &str) -> Field {
        Field::new(label, hint, Input::Line(LineEdit::new(value)))
    }

    pub fn lines(label: &str, hint: &str, value: &str) -> Field {
        Field::new(label, hint, Input::Lines(LinesEdit::new(value)))
    }

    pub fn list(label: &str, hint: &str, items: &[String]) -> Field {
        Field::new(label, hint, Input::Lines(LinesEdit::from_list(items)))
    }

    pub fn choice(label: &str, hint: &str, options: Vec<String>, selected: usize) -> Field {
        Field::new(label, hint, Input::Choice(Choice::new(options, selected)))
    }

    pub fn date(label: &str, hint: &str, value: Option<NaiveDate>) -> Field {
        let text = value.map(|d| d.format("%Y-%m-%d").to_string());
        Field::new(
            label,
            hint,
            Input::Date(LineEdit::new(text.as_deref().unwrap_or(""))),
        )
    }

    pub fn time(label: &str, hint: &str, value: Option<NaiveTime>) -> Field {
        let text = value.map(|t| t.format("%H:%M").to_string());
        Field::new(
            label,
            hint,
            Input::Time(LineEdit::new(text.as_deref().unwrap_or(""))),
        )
    }

    pub fn required(mut self) -> Field {
        self.required = true;
        self
    }

    /// The field's text as typed (a choice's chosen name; several lines joined by `\n`).
    pub fn text(&self) -> String {
        match &self.input {
            Input::Line(edit) | Input::Date(edit) | Input::Time(edit) => edit.text().to_string(),
            Input::Lines(edit) => edit.text(),
            Input::Choice(choice) => choice.name().to_string(),
        }
    }

    fn enter(&mut self) {
        match &mut self.input {
            Input::Line(edit) | Input::Date(edit) | Input::Time(edit) => edit.enter(),
            Input::Lines(edit) => edit.enter(),
            Input::Choice(_) => {}
        }
    }

    fn leave(&mut self) {
        match &mut self.input {
            Input::Line(edit) | Input::Date(edit) | Input::Time(edit) => edit.leave(),
            Input::Lines(edit) => edit.leave(),
            Input::Choice(_) => {}
        }
    }

    /// Whether what is typed is a value of the field's kind; the sentence names the field.
    pub fn check(&self) -> Result<(), String> {
        let text = self.text();
        let typed = text.trim();
        if typed.is_empty() {
            return if self.required {
                Err(format!("{}: this is needed; it is empty", self.label))
            } else {
                Ok(())
            };
        }
        match &self.input {
            Input::Date(_) => parse_date(typed)
                .map(|_| ())
                .map_err(|e| format!("{}: {e}", self.label)),
            Input::Time(_) => parse_time(typed)
                .map(|_| ())
                .map_err(|e| format!("{}: {e}", self.label)),
            _ => Ok(()),
        }
    }
}

/// A date as people type it here: 2026-03-14 (Arabic-Indic digits too).
pub fn parse_date(typed: &str) -> Result<NaiveDate, String> {
    let western: String = typed
        .trim()
        .chars()
        .map(|c| match c {
            '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
            '۰'..='۹' => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
            other => other,
        })
        .collect();
    NaiveDate::parse_from_str(&western, "%Y-%m-%d")
        .map_err(|_| format!("\"{}\" is not a date: write it as 2026-03-14", typed.trim()))
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Form {
    pub title: String,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// Why the last submit was refused; shown under the fields.
    pub error: Option<String>,
}

impl Form {
    /// A form on its first field (a value there is selected, ready to be replaced).
    pub fn new(title: &str, fields: Vec<Field>) -> Form {
        let mut form = Form {
            title: title.to_string(),
            fields,
            focus: 0,
            error: None,
        };
        form.focus_on(0);
        form
    }

    pub fn focused(&self) -> Option<&Field> {
        self.fields.get(self.focus)
    }

    fn focused_mut(&mut self) -> Option<&mut Field> {
        self.fields.get_mut(self.focus)
    }

    /// Move the focus to field `index`, leaving the one before.
    pub fn focus_on(&mut self, index: usize) {
        if let Some(field) = self.focused_mut() {
            field.leave();
        }
        self.focus = index.min(self.fields.len().saturating_sub(1));
        if let Some(field) = self.focused_mut() {
            field.enter();
        }
    }

    /// The field called `label`.
    pub fn index_of(&self, label: &str) -> Option<usize> {
        self.fields.iter().position(|f| f.label == label)
    }

    pub fn next_field(&mut self) {
        let count = self.fields.len().max(1);
        self.focus_on((self.focus + 1) % count);
    }

    pub fn previous_field(&mut self) {
        let count = self.fields.len().max(1);
        self.focus_on((self.focus + count - 1) % count);
    }

    pub fn on_last_field(&self) -> bool {
        self.focus + 1 >= self.fields.len()
    }

    /// Text typed or pasted into the focused field; on a choice, a first letter chooses.
    pub fn type_text(&mut self, typed: &str) {
        self.error = None;
        let Some(field) = self.focused_mut() else {
            return;
        };
        match &mut field.input {
            Input::Line(edit) | Input::Date(edit) | Input::Time(edit) => edit.type_text(typed),
            Input::Lines(edit) => edit.type_text(typed),
            Input::Choice(choice) => choice.first_letter(typed),
        }
    }

    /// Backspace.
    pub fn erase(&mut self) {
        self.error = None;
        if let Some(field) = self.focused_mut() {
            match &mut field.input {
                Input::Line(edit) | Input::Date(edit) | Input::Time(edit) => edit.erase_before(),
                Input::Lines(edit) => edit.erase_before(),
                Input::Choice(_) => {}
            }
        }
    }

    /// ↑ ↓: a choice's previous or next option; in several lines, the line above or below.
    pub fn choose(&mut self, delta: isize) {
        if let Some(field) = self.focused_mut() {
            match &mut field.input {
                Input::Choice(choice) => choice.step(delta),
                Input::Lines(edit) => edit.move_row(delta),
                _ => {}
            }
        }
    }

    /// Whether Enter belongs to the focused field (a line break) rather than the form.
    pub fn takes_enter(&self) -> bool {
        matches!(self.focused().map(|f| &f.input), Some(Input::Lines(_)))
    }

    /// An editing key the keymap left alone (← → Home End Delete, Ctrl-←/→, Ctrl-A, and
    /// Enter in a field of several lines). False when the focused field has no use for it.
    pub fn edit_key(&mut self, key: KeyEvent) -> bool {
        let Some(field) = self.focused_mut() else {
            return false;
        };
        let used = match &mut field.input {
            Input::Line(edit) | Input::Date(edit) | Input::Time(edit) => edit.key(key),
            Input::Lines(edit) => edit.key(key),
            Input::Choice(choice) => choice.key(key),
        };
        if used {
            self.error = None;
        }
        used
    }

    /// The text of the field called `label` (empty when there is none).
    pub fn text(&self, label: &str) -> String {
        self.index_of(label)
            .and_then(|i| self.fields.get(i))
            .map(Field::text)
            .unwrap_or_default()
    }

    /// The items of a list field, one per non-empty line.
    pub fn list(&self, label: &str) -> Vec<String> {
        match self.index_of(label).map(|i| &self.fields[i].input) {
            Some(Input::Lines(edit)) => edit.list(),
            _ => Vec::new(),
        }
    }

    /// The chosen option of a choice field.
    pub fn selected(&self, label: &str) -> usize {
        match self.index_of(label).map(|i| &self.fields[i].input) {
            Some(Input::Choice(choice)) => choice.selected(),
            _ => 0,
        }
    }

    /// A date field's value (None when empty or not a date: [`Form::check`] says which).
    pub fn date(&self, label: &str) -> Option<NaiveDate> {
        parse_date(&self.text(label)).ok()
    }

    pub fn time(&self, label: &str) -> Option<NaiveTime> {
        parse_time(self.text(label).trim()).ok()
    }

    /// Check every field; the first that is wrong gets the focus and its sentence.
    pub fn check(&mut self) -> bool {
        let failed = self
            .fields
            .iter()
            .enumerate()
            .find_map(|(i, f)| f.check().err().map(|e| (i, e)));
        match failed {
            Some((index, sentence)) => {
                self.refuse(index, sentence);
                false
            }
            None => true,
        }
    }

    /// Refuse the form at field `index` with `sentence` (which names the field).
    pub fn refuse(&mut self, index: usize, sentence: String) {
        self.focus_on(index);
        self.error = Some(sentence);
    }

    /// Refuse at the field called `label`.
    pub fn refuse_at(&mut self, label: &str, sentence: String) {
        let index = self.index_of(label).unwrap_or(self.focus);
        self.refuse(index, sentence);
    }
}
