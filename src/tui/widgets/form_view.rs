//! Drawing a Home form.

use super::centred;
use super::form::{FieldValue, Form};
use crate::tui::app::App;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

pub fn render(app: &App, frame: &mut Frame, area: Rect, form: &Form) {
    let theme = app.theme;
    let boxed = centred(area, area.width.saturating_sub(4).min(76), form.height());
    let mut lines = Vec::new();
    for (i, field) in form.fields.iter().enumerate() {
        let focused = i == form.focus;
        let label_style = if focused { theme.key() } else { theme.dim() };
        let value = match &field.value {
            FieldValue::Text(text) => {
                let cursor = if focused { "▏" } else { "" };
                format!("{text}{cursor}")
            }
            FieldValue::Choice { options, selected } => options
                .get(*selected)
                .map(|(name, description)| format!("‹ {name} › {description}"))
                .unwrap_or_default(),
        };
        let value_line = Line::from(vec![
            Span::styled(format!(" {:<10} ", field.label), label_style),
            Span::raw(value),
        ]);
        lines.push(if focused {
            value_line.patch_style(theme.selected())
        } else {
            value_line
        });
        lines.push(Line::styled(
            format!("            {}", field.hint),
            theme.dim(),
        ));
        lines.push(Line::raw(""));
    }
    if let Some(error) = &form.error {
        lines.push(Line::styled(format!(" {error}"), theme.error()));
    }
    lines.push(Line::styled(
        " Tab next field · Enter accept · Esc cancel",
        theme.dim(),
    ));
    frame.render_widget(Clear, boxed);
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: false }).block(
            Block::bordered()
                .border_style(theme.border())
                .title(Span::styled(format!(" {} ", form.title()), theme.title())),
        ),
        boxed,
    );
}
