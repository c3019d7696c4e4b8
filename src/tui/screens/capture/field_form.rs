//! A small form of one-line text fields and choices: plan, recommendation and outcome
//! details, the attribution level, the All-entries filters. Letters type; Tab / ↑↓ move
//! between fields; ←→ change a choice; Enter moves on and, on the last field, accepts.

use super::state::{one_line_input, text_area};
use crate::model::Id;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui_textarea::TextArea;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormPurpose {
    Plan {
        entry: Id,
    },
    Recommendation {
        entry: Id,
    },
    Outcome {
        entry: Id,
    },
    /// The level for attributing `entry` to `person` (`None`: take the attribution away).
    Attribution {
        entry: Id,
        person: Option<Id>,
    },
    Filter,
}

pub enum FieldInput {
    Text(Box<TextArea<'static>>),
    Choice {
        options: Vec<String>,
        selected: usize,
    },
}

pub struct FormField {
    pub label: &'static str,
    pub input: FieldInput,
    pub hint: &'static str,
}

impl FormField {
    pub fn text(label: &'static str, value: &str, hint: &'static str) -> FormField {
        FormField {
            label,
            input: FieldInput::Text(Box::new(text_area(value, false))),
            hint,
        }
    }

    pub fn choice(
        label: &'static str,
        options: Vec<String>,
        selected: usize,
        hint: &'static str,
    ) -> FormField {
        let selected = selected.min(options.len().saturating_sub(1));
        FormField {
            label,
            input: FieldInput::Choice { options, selected },
            hint,
        }
    }
}

pub struct FieldForm {
    pub purpose: FormPurpose,
    pub title: String,
    pub fields: Vec<FormField>,
    pub focus: usize,
    pub error: Option<String>,
}

impl FieldForm {
    pub fn new(purpose: FormPurpose, title: impl Into<String>, fields: Vec<FormField>) -> Self {
        FieldForm {
            purpose,
            title: title.into(),
            fields,
            focus: 0,
            error: None,
        }
    }

    pub fn on_last_field(&self) -> bool {
        self.focus + 1 >= self.fields.len()
    }

    pub fn step(&mut self, delta: isize) {
        let len = self.fields.len();
        if len > 0 {
            self.focus = (self.focus as isize + delta).rem_euclid(len as isize) as usize;
        }
    }

    /// Move the focused choice by `delta`; false when the focus is on a text field.
    pub fn choose(&mut self, delta: isize) -> bool {
        match self.fields.get_mut(self.focus).map(|f| &mut f.input) {
            Some(FieldInput::Choice { options, selected }) => {
                if !options.is_empty() {
                    let len = options.len() as isize;
                    *selected = (*selected as isize + delta).rem_euclid(len) as usize;
                }
                true
            }
            _ => false,
        }
    }

    pub fn type_text(&mut self, text: &str) {
        if let Some(FieldInput::Text(area)) = self.fields.get_mut(self.focus).map(|f| &mut f.input)
        {
            area.insert_str(one_line_input(text));
            self.error = None;
        }
    }

    /// A key no binding took: ←→ change a choice; other keys edit the focused text.
    pub fn raw_key(&mut self, key: KeyEvent) {
        let delta = match key.code {
            KeyCode::Left => -1,
            KeyCode::Right => 1,
            _ => 0,
        };
        if delta != 0 && self.choose(delta) {
            return;
        }
        if let Some(FieldInput::Text(area)) = self.fields.get_mut(self.focus).map(|f| &mut f.input)
            && key.code != KeyCode::Enter
        {
            area.input(key);
        }
    }

    pub fn erase(&mut self) {
        match self.fields.get_mut(self.focus).map(|f| &mut f.input) {
            Some(FieldInput::Text(area)) => {
                area.delete_char();
            }
            Some(FieldInput::Choice { .. }) => {}
            None => {}
        }
    }

    /// The text of field `index` (empty for a choice).
    pub fn text(&self, index: usize) -> String {
        match self.fields.get(index).map(|f| &f.input) {
            Some(FieldInput::Text(area)) => area.lines().join(" "),
            _ => String::new(),
        }
    }

    /// The chosen position of field `index`.
    pub fn choice(&self, index: usize) -> usize {
        match self.fields.get(index).map(|f| &f.input) {
            Some(FieldInput::Choice { selected, .. }) => *selected,
            _ => 0,
        }
    }
}
