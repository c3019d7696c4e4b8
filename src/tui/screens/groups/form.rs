//! A small form drawn over the Groups and Review screens: one-line text fields and choices.
//! Letters type; ← → Home End move the cursor; Tab moves between fields; ↑ ↓ change a
//! choice; Enter accepts.
//!
//! The Home forms' [`Field`] and [`FieldValue`] are reused; the container is separate so
//! these forms need no variant in the shell's form kinds.

use crate::tui::theme::Theme;
pub use crate::tui::widgets::form::{Field, FieldEditing, FieldValue};
use crate::tui::widgets::form_view::{Look, render_fields};
use ratatui::Frame;
use ratatui::layout::Rect;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MiniForm {
    pub title: String,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// Why the last attempt was refused; shown in the form.
    pub error: Option<String>,
}

impl MiniForm {
    pub fn new(title: impl Into<String>, fields: Vec<Field>) -> MiniForm {
        let mut form = MiniForm {
            title: title.into(),
            fields,
            focus: 0,
            error: None,
        };
        // The first field is entered: a value there is selected, ready to be replaced.
        form.focus_field(0);
        form
    }

    pub fn text_field(label: &'static str, value: &str, hint: &str) -> Field {
        Field {
            label,
            value: FieldValue::Text(crate::tui::kit::form::LineEdit::new(value)),
            hint: hint.to_string(),
        }
    }

    pub fn choice_field(
        label: &'static str,
        options: Vec<(String, String)>,
        selected: usize,
        hint: &str,
    ) -> Field {
        let selected = selected.min(options.len().saturating_sub(1));
        Field {
            label,
            value: FieldValue::Choice { options, selected },
            hint: hint.to_string(),
        }
    }

    fn height(&self) -> u16 {
        let fields = self.fields.len() as u16 * 3;
        fields + 2 + u16::from(self.error.is_some()) * 2 + 2
    }
}

impl FieldEditing for MiniForm {
    fn fields(&self) -> &[Field] {
        &self.fields
    }
    fn fields_mut(&mut self) -> &mut [Field] {
        &mut self.fields
    }
    fn focus(&self) -> usize {
        self.focus
    }
    fn set_focus(&mut self, focus: usize) {
        self.focus = focus;
    }
}

/// Draw the form in a box centred in `area`.
pub fn render(frame: &mut Frame, area: Rect, theme: Theme, form: &MiniForm) {
    let look = Look {
        title: &form.title,
        label_width: 12,
        keys: " Tab next field · ↑↓ choose · Enter accept · Esc cancel",
        height: form.height(),
    };
    render_fields(
        frame,
        area,
        theme,
        &form.fields,
        form.focus,
        form.error.as_deref(),
        &look,
    );
}
