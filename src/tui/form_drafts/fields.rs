//! Every form's fields as (label, text) pairs, and back: what a form draft keeps. A choice
//! is kept by the name of its option, so a draft still fits when the options moved.

use crate::tui::kit::form::{Choice, Form, Input, LineEdit, LinesEdit};
use crate::tui::screens::agenda::ItemForm;
use crate::tui::screens::groups::form::MiniForm;
use crate::tui::screens::participants::{PersonForm, Value};
use crate::tui::widgets::form::FieldValue;

/// A form whose typing can be kept as a draft.
pub trait Drafted {
    fn fields(&self) -> Vec<(String, String)>;
    /// Put kept values back; fields the draft does not name keep what they have.
    fn restore(&mut self, kept: &[(String, String)]);
}

fn kept<'k>(kept: &'k [(String, String)], label: &str) -> Option<&'k str> {
    kept.iter()
        .find(|(l, _)| l == label)
        .map(|(_, v)| v.as_str())
}

fn restore_line(edit: &mut LineEdit, value: Option<&str>) {
    if let Some(value) = value {
        edit.set(value);
    }
}

fn restore_choice(choice: &mut Choice, value: Option<&str>) {
    if let Some(index) = value.and_then(|v| choice.options().iter().position(|o| o == v)) {
        *choice = Choice::new(choice.options().to_vec(), index);
    }
}

impl Drafted for ItemForm {
    fn fields(&self) -> Vec<(String, String)> {
        let line = |label: &str, edit: &LineEdit| (label.to_string(), edit.text().to_string());
        vec![
            line("Title", &self.title),
            ("Kind".to_string(), self.kind.label().to_string()),
            line("Day", &self.day),
            line("Starts", &self.start),
            line("Minutes", &self.minutes),
            line("Speakers", &self.speakers),
            line("Moderator", &self.moderator),
            line("Room", &self.room),
            line("Location", &self.location),
            ("Pinned".to_string(), self.pinned.to_string()),
            ("Optional".to_string(), self.optional.to_string()),
            line("Notes", &self.notes),
        ]
    }

    fn restore(&mut self, values: &[(String, String)]) {
        for (label, edit) in [
            ("Title", &mut self.title),
            ("Day", &mut self.day),
            ("Starts", &mut self.start),
            ("Minutes", &mut self.minutes),
            ("Speakers", &mut self.speakers),
            ("Moderator", &mut self.moderator),
            ("Room", &mut self.room),
            ("Location", &mut self.location),
            ("Notes", &mut self.notes),
        ] {
            restore_line(edit, kept(values, label));
        }
        if let Some(kind) = kept(values, "Kind").and_then(|name| {
            crate::model::ItemKind::ALL
                .into_iter()
                .find(|k| k.label() == name)
        }) {
            self.kind = kind;
        }
        if let Some(pinned) = kept(values, "Pinned").and_then(|v| v.parse().ok()) {
            self.pinned = pinned;
        }
        if let Some(optional) = kept(values, "Optional").and_then(|v| v.parse().ok()) {
            self.optional = optional;
        }
    }
}

impl Drafted for PersonForm {
    fn fields(&self) -> Vec<(String, String)> {
        self.fields
            .iter()
            .map(|f| {
                let text = match &f.value {
                    Value::Text(edit) => edit.text().to_string(),
                    Value::Choice(choice) => choice.name().to_string(),
                };
                (f.kind.label().to_string(), text)
            })
            .collect()
    }

    fn restore(&mut self, values: &[(String, String)]) {
        for field in &mut self.fields {
            let value = kept(values, field.kind.label());
            match &mut field.value {
                Value::Text(edit) => restore_line(edit, value),
                Value::Choice(choice) => restore_choice(choice, value),
            }
        }
    }
}

impl Drafted for MiniForm {
    fn fields(&self) -> Vec<(String, String)> {
        self.fields
            .iter()
            .map(|f| {
                let text = match &f.value {
                    FieldValue::Text(edit) => edit.text().to_string(),
                    FieldValue::Choice { options, selected } => options
                        .get(*selected)
                        .map(|(name, _)| name.clone())
                        .unwrap_or_default(),
                };
                (f.label.to_string(), text)
            })
            .collect()
    }

    fn restore(&mut self, values: &[(String, String)]) {
        for field in &mut self.fields {
            let value = kept(values, field.label);
            match &mut field.value {
                FieldValue::Text(edit) => restore_line(edit, value),
                FieldValue::Choice { options, selected } => {
                    if let Some(index) =
                        value.and_then(|v| options.iter().position(|(name, _)| name == v))
                    {
                        *selected = index;
                    }
                }
            }
        }
    }
}

impl Drafted for Form {
    fn fields(&self) -> Vec<(String, String)> {
        self.fields
            .iter()
            .map(|f| (f.label.clone(), f.text()))
            .collect()
    }

    fn restore(&mut self, values: &[(String, String)]) {
        for field in &mut self.fields {
            let value = kept(values, &field.label);
            match &mut field.input {
                Input::Line(edit) | Input::Date(edit) | Input::Time(edit) => {
                    restore_line(edit, value);
                }
                Input::Lines(edit) => {
                    if let Some(value) = value {
                        *edit = LinesEdit::new(value);
                    }
                }
                Input::Choice(choice) => restore_choice(choice, value),
            }
        }
    }
}
