//! Drawing a column of one-line fields in a centred box: the Home forms and the screens'
//! small forms (groups, review) look and read the same.

use super::centred;
use super::form::{Field, FieldValue, Form};
use crate::tui::app::App;
use crate::tui::kit::form::line_spans;
use crate::tui::kit::text::fit;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

/// What differs between forms: the title, how wide the labels are, the keys line, and how
/// many lines the box needs.
pub struct Look<'a> {
    pub title: &'a str,
    pub label_width: usize,
    pub keys: &'a str,
    pub height: u16,
}

/// A Home form (new session, open, merge).
pub fn render(app: &App, frame: &mut Frame, area: Rect, form: &Form) {
    let look = Look {
        title: form.title(),
        label_width: 10,
        keys: " Tab next field · Enter accept · Esc cancel",
        height: form.height(),
    };
    render_fields(
        frame,
        area,
        app.theme,
        &form.fields,
        form.focus,
        form.error.as_deref(),
        &look,
    );
}

pub fn render_fields(
    frame: &mut Frame,
    area: Rect,
    theme: Theme,
    fields: &[Field],
    focus: usize,
    error: Option<&str>,
    look: &Look,
) {
    let boxed = centred(area, area.width.saturating_sub(4).min(76), look.height);
    let mut lines = Vec::new();
    for (i, field) in fields.iter().enumerate() {
        let focused = i == focus;
        let label_style = if focused { theme.key() } else { theme.dim() };
        let cells = usize::from(boxed.width.saturating_sub(2)).saturating_sub(look.label_width + 2);
        let value: Vec<Span> = match &field.value {
            FieldValue::Text(edit) if focused => line_spans(edit, cells, edit.is_selected(), theme),
            FieldValue::Text(edit) => vec![Span::raw(fit(edit.text(), cells))],
            FieldValue::Choice { options, selected } => options
                .get(*selected)
                .map(|(name, description)| {
                    if options.len() > 1 {
                        format!("‹ {name} ›  {description}")
                    } else {
                        format!("{name}  {description}")
                    }
                })
                .map(|text| vec![Span::raw(text)])
                .unwrap_or_else(|| vec![Span::raw("(none to choose from)")]),
        };
        let mut spans = vec![Span::styled(
            format!(" {:<width$} ", field.label, width = look.label_width),
            label_style,
        )];
        spans.extend(value);
        let value_line = Line::from(spans);
        lines.push(if focused {
            value_line.patch_style(theme.selected())
        } else {
            value_line
        });
        let indent = " ".repeat(look.label_width + 2);
        lines.push(Line::styled(format!("{indent}{}", field.hint), theme.dim()));
        lines.push(Line::raw(""));
    }
    if let Some(error) = error {
        lines.push(Line::styled(format!(" {error}"), theme.error()));
    }
    lines.push(Line::styled(look.keys, theme.dim()));
    frame.render_widget(Clear, boxed);
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: false }).block(
            Block::bordered()
                .border_style(theme.border())
                .title(Span::styled(format!(" {} ", look.title), theme.title())),
        ),
        boxed,
    );
}
