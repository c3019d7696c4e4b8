//! A small form drawn over the Groups and Review screens: one-line text fields and choices.
//! Letters type; Tab moves between fields; ↑ ↓ change a choice; Enter accepts.
//!
//! The Home forms' [`Field`] and [`FieldValue`] are reused; the container is separate so
//! these forms need no variant in the shell's form kinds.

use crate::tui::theme::Theme;
use crate::tui::widgets::centred;
pub use crate::tui::widgets::form::{Field, FieldValue};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

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
        MiniForm {
            title: title.into(),
            fields,
            focus: 0,
            error: None,
        }
    }

    pub fn text_field(label: &'static str, value: &str, hint: &str) -> Field {
        Field {
            label,
            value: FieldValue::Text(value.to_string()),
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

    pub fn on_last_field(&self) -> bool {
        self.focus + 1 >= self.fields.len()
    }

    pub fn next_field(&mut self) {
        if !self.fields.is_empty() {
            self.focus = (self.focus + 1) % self.fields.len();
        }
    }

    pub fn previous_field(&mut self) {
        if !self.fields.is_empty() {
            self.focus = (self.focus + self.fields.len() - 1) % self.fields.len();
        }
    }

    /// Type into the focused text field. Line breaks and other control characters become
    /// spaces: these are one-line fields, and a pasted newline must not submit.
    pub fn type_text(&mut self, text: &str) {
        if let Some(FieldValue::Text(value)) = self.fields.get_mut(self.focus).map(|f| &mut f.value)
        {
            value.extend(text.chars().map(|c| if c.is_control() { ' ' } else { c }));
        }
    }

    pub fn erase(&mut self) {
        if let Some(FieldValue::Text(value)) = self.fields.get_mut(self.focus).map(|f| &mut f.value)
        {
            value.pop();
        }
    }

    /// Move the choice of the focused field by `delta`, wrapping round.
    pub fn choose(&mut self, delta: isize) {
        if let Some(FieldValue::Choice { options, selected }) =
            self.fields.get_mut(self.focus).map(|f| &mut f.value)
            && !options.is_empty()
        {
            let len = options.len() as isize;
            *selected = (*selected as isize + delta).rem_euclid(len) as usize;
        }
    }

    /// The text of field `index` (empty for choices).
    pub fn text(&self, index: usize) -> &str {
        match self.fields.get(index).map(|f| &f.value) {
            Some(FieldValue::Text(text)) => text,
            _ => "",
        }
    }

    /// Which option of field `index` is chosen (0 for text fields).
    pub fn selected(&self, index: usize) -> usize {
        match self.fields.get(index).map(|f| &f.value) {
            Some(FieldValue::Choice { selected, .. }) => *selected,
            _ => 0,
        }
    }

    fn height(&self) -> u16 {
        let fields = self.fields.len() as u16 * 3;
        fields + 2 + u16::from(self.error.is_some()) * 2 + 2
    }
}

/// Draw the form in a box centred in `area`.
pub fn render(frame: &mut Frame, area: Rect, theme: Theme, form: &MiniForm) {
    let boxed = centred(area, area.width.saturating_sub(4).min(76), form.height());
    let mut lines = Vec::new();
    for (i, field) in form.fields.iter().enumerate() {
        let focused = i == form.focus;
        let label_style = if focused { theme.key() } else { theme.dim() };
        let value = match &field.value {
            FieldValue::Text(text) => {
                let cursor = if focused { "▏" } else { "" };
                format!("{}{cursor}", super::safe_line(text))
            }
            FieldValue::Choice { options, selected } => options
                .get(*selected)
                .map(|(name, description)| {
                    if options.len() > 1 {
                        format!("‹ {name} ›  {description}")
                    } else {
                        format!("{name}  {description}")
                    }
                })
                .unwrap_or_else(|| "(none to choose from)".to_string()),
        };
        let value_line = Line::from(vec![
            Span::styled(format!(" {:<12} ", field.label), label_style),
            Span::raw(value),
        ]);
        lines.push(if focused {
            value_line.patch_style(theme.selected())
        } else {
            value_line
        });
        lines.push(Line::styled(
            format!("              {}", field.hint),
            theme.dim(),
        ));
        lines.push(Line::raw(""));
    }
    if let Some(error) = &form.error {
        lines.push(Line::styled(format!(" {error}"), theme.error()));
    }
    lines.push(Line::styled(
        " Tab next field · ↑↓ choose · Enter accept · Esc cancel",
        theme.dim(),
    ));
    frame.render_widget(Clear, boxed);
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: false }).block(
            Block::bordered()
                .border_style(theme.border())
                .title(Span::styled(format!(" {} ", form.title), theme.title())),
        ),
        boxed,
    );
}
