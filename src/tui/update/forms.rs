//! The Home forms: building them, and turning a filled form into work.

use super::Effect;
use crate::tui::app::{App, NewSession, Overlay};
use crate::tui::kit::form::LineEdit;
use crate::tui::widgets::form::FieldEditing;
use crate::tui::widgets::form::{Field, FieldValue, Form, FormKind};
use chrono::NaiveDate;
use std::path::PathBuf;

pub fn new_session_form(app: &App) -> Form {
    let options = if app.template_names.is_empty() {
        vec![("blank".to_string(), "an empty agenda".to_string())]
    } else {
        app.template_names.clone()
    };
    Form {
        kind: FormKind::NewSession,
        fields: vec![
            Field {
                label: "File",
                value: FieldValue::Text(LineEdit::default()),
                hint: "where to keep it, e.g. ~/workshops/erbil-closing.ron".to_string(),
            },
            Field {
                label: "Title",
                value: FieldValue::Text(LineEdit::default()),
                hint: "the workshop's title, as the report will show it".to_string(),
            },
            Field {
                label: "Template",
                value: FieldValue::Choice {
                    options,
                    selected: 0,
                },
                hint: "↑ ↓ to choose".to_string(),
            },
            Field {
                label: "First day",
                value: FieldValue::Text(LineEdit::new(&app.today().format("%Y-%m-%d").to_string())),
                hint: "YYYY-MM-DD, or empty if not known yet".to_string(),
            },
        ],
        focus: 0,
        error: None,
    }
}

pub fn open_path_form() -> Form {
    Form {
        kind: FormKind::OpenPath,
        fields: vec![Field {
            label: "File",
            value: FieldValue::Text(LineEdit::default()),
            hint: "the path of a .ron session file".to_string(),
        }],
        focus: 0,
        error: None,
    }
}

pub fn merge_path_form() -> Form {
    Form {
        kind: FormKind::MergePath,
        fields: vec![Field {
            label: "Copy",
            value: FieldValue::Text(LineEdit::default()),
            hint: "a note-taker's copy of this session, e.g. /media/usb/closing.ron".to_string(),
        }],
        focus: 0,
        error: None,
    }
}

/// Enter on the last field: check the form and hand over the work, or say what is wrong.
pub fn submit(app: &mut App) -> Vec<Effect> {
    let Some(Overlay::Form(form)) = app.layers.top_mut() else {
        return Vec::new();
    };
    let result = match form.kind {
        FormKind::OpenPath => file_path(form.text(0), false).map(Effect::Open),
        FormKind::MergePath => file_path(form.text(0), false).map(Effect::Merge),
        FormKind::NewSession => new_session(form).map(Effect::Create),
    };
    match result {
        Ok(effect) => {
            form.error = None;
            vec![effect]
        }
        Err(error) => {
            form.error = Some(error);
            Vec::new()
        }
    }
}

fn new_session(form: &Form) -> Result<NewSession, String> {
    let path = file_path(form.text(0), true)?;
    let title = form.text(1).trim().to_string();
    if title.is_empty() {
        return Err("the workshop needs a title".to_string());
    }
    let template = Some(form.choice(2).unwrap_or("blank").to_string());
    let start = match form.text(3).trim() {
        "" => None,
        text => Some(NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| {
            format!("\"{text}\" is not a date; write it as YYYY-MM-DD, e.g. 2025-05-12")
        })?),
    };
    Ok(NewSession {
        path,
        title,
        template,
        start,
        venue: None,
    })
}

/// A typed path made usable: `~/` is the home folder, relative paths are from the current
/// folder, and a new file without an extension gets `.ron`.
fn file_path(typed: &str, new_file: bool) -> Result<PathBuf, String> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Err("type the path of the file".to_string());
    }
    let mut path = crate::tui::typed_path::expand(typed);
    if new_file && path.extension().is_none() {
        path.set_extension("ron");
    }
    Ok(path)
}
