//! Drawing the item form: one line per field, the focused field's hint, participant
//! suggestions while a name is typed, and why the last save was refused.

use super::form::{Field, ItemForm};
use crate::model::Workshop;
use crate::tui::app::App;
use crate::tui::kit::form::{field_row, line_spans};
use crate::tui::kit::text::fit;
use crate::tui::widgets::centred;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

pub fn render(app: &App, workshop: &Workshop, frame: &mut Frame, area: Rect, form: &ItemForm) {
    let theme = app.theme;
    let width = area.width.saturating_sub(2).min(80);
    let inner = usize::from(width.saturating_sub(2));
    let suggestions = form.suggestions(workshop);
    let mut footer: Vec<Line> = vec![Line::raw("")];
    footer.push(Line::styled(
        fit(&format!(" {}", form.field().hint()), inner),
        theme.dim(),
    ));
    for (i, s) in suggestions.iter().enumerate() {
        let other = if s.other.is_empty() {
            String::new()
        } else {
            format!(" · {}", s.other)
        };
        let text = fit(&format!("   ▸ {}{other}", s.name), inner);
        footer.push(if i == form.pick {
            Line::styled(text, theme.selected())
        } else {
            Line::raw(text)
        });
    }
    if let Some(error) = &form.error {
        footer.push(Line::styled(format!(" {error}"), theme.error()));
    }
    footer.push(Line::styled(
        fit(
            " Tab next field · ← → Home End move · ↑↓ choose · Enter save · Esc cancel",
            inner,
        ),
        theme.dim(),
    ));
    let wanted = Field::ALL.len() + footer.len() + 2 + usize::from(form.error.is_some());
    let boxed = centred(area, width, wanted.min(usize::from(u16::MAX)) as u16);
    let room = usize::from(boxed.height.saturating_sub(2));
    // Fields first; when the box is short, a window of them around the focus.
    let field_rows = room.saturating_sub(footer.len()).max(room.min(3));
    let first = form.focus.saturating_sub(field_rows.saturating_sub(1));
    let mut lines: Vec<Line> = Field::ALL
        .iter()
        .enumerate()
        .skip(first)
        .take(field_rows)
        .map(|(i, field)| {
            let focused = i == form.focus;
            let label_style = if focused { theme.key() } else { theme.dim() };
            let cells = inner.saturating_sub(12);
            let value = match form.edit_of(*field) {
                Some(edit) if focused => line_spans(edit, cells, edit.is_selected(), theme),
                _ => vec![Span::raw(fit(&form.value(*field), cells))],
            };
            field_row(
                Span::styled(format!(" {:<10} ", field.label()), label_style),
                value,
                focused,
                theme,
            )
        })
        .collect();
    lines.extend(footer);
    frame.render_widget(Clear, boxed);
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: false }).block(
            Block::bordered()
                .border_style(theme.border())
                .title(Span::styled(form.title(), theme.title())),
        ),
        boxed,
    );
}
