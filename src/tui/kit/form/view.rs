//! Drawing a kit form: a label and a value on each line, the focused field's cursor (a
//! reversed cell) with its value scrolled so the cursor is in sight, the focused field's hint,
//! why the last submit was refused, and the keys.

use super::{Field, Form, Input, LineEdit};
use crate::tui::kit::text::{fit, one_line, width, wrap};
use crate::tui::theme::Theme;
use crate::tui::widgets::centred;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

/// The most lines a refusal takes under the fields.
const ERROR_LINES: usize = 3;

/// What differs between forms: how wide the labels are, the widest the box may be, and
/// the keys line.
pub struct Look<'a> {
    pub label_width: usize,
    pub max_width: u16,
    pub keys: &'a str,
}

/// The form in a centred box over `area`. When the fields do not all fit, a window of them
/// around the focused one.
pub fn render(frame: &mut Frame, area: Rect, theme: Theme, form: &Form, look: &Look) {
    let width = area.width.saturating_sub(2).min(look.max_width);
    let inner = usize::from(width.saturating_sub(2));
    let mut footer: Vec<Line> = vec![Line::raw("")];
    if let Some(field) = form.focused() {
        footer.push(Line::styled(
            fit(&format!(" {}", field.hint), inner),
            theme.dim(),
        ));
    }
    if let Some(error) = &form.error {
        // A refusal or a question must be read whole: up to three lines, the last cut.
        let mut rows = wrap(error, inner.saturating_sub(1).max(1));
        if rows.len() > ERROR_LINES {
            let rest = rows.split_off(ERROR_LINES - 1).join(" ");
            rows.push(rest);
        }
        for row in rows {
            footer.push(Line::styled(fit(&format!(" {row}"), inner), theme.error()));
        }
    }
    footer.push(Line::styled(fit(look.keys, inner), theme.dim()));
    let rows: Vec<Vec<Line>> = form
        .fields
        .iter()
        .enumerate()
        .map(|(i, field)| field_lines(field, i == form.focus, inner, look.label_width, theme))
        .collect();
    let wanted: usize = rows.iter().map(Vec::len).sum::<usize>() + footer.len() + 2;
    let boxed = centred(area, width, wanted.min(usize::from(u16::MAX)) as u16);
    let room = usize::from(boxed.height.saturating_sub(2));
    let field_room = room.saturating_sub(footer.len()).max(room.min(3));
    // The window of fields: from the focused one back as far as they fit.
    let mut first = form.focus.min(rows.len().saturating_sub(1));
    let mut used = rows.get(first).map_or(0, Vec::len);
    while first > 0 && used + rows[first - 1].len() <= field_room {
        first -= 1;
        used += rows[first].len();
    }
    let mut lines: Vec<Line> = rows
        .into_iter()
        .skip(first)
        .flatten()
        .take(field_room)
        .collect();
    lines.extend(footer);
    frame.render_widget(Clear, boxed);
    frame.render_widget(
        Paragraph::new(lines).block(Block::bordered().border_style(theme.border()).title(
            Span::styled(format!(" {} ", one_line(&form.title)), theme.title()),
        )),
        boxed,
    );
}

/// The lines one field takes: one, or up to three for a field of several lines.
fn field_lines(
    field: &Field,
    focused: bool,
    inner: usize,
    label_width: usize,
    theme: Theme,
) -> Vec<Line<'static>> {
    let label_style = if focused { theme.key() } else { theme.dim() };
    let cells = inner.saturating_sub(label_width + 2);
    let label = |text: &str| {
        Span::styled(
            format!(" {} ", crate::tui::kit::text::pad(text, label_width)),
            label_style,
        )
    };
    let mut out = Vec::new();
    match &field.input {
        Input::Lines(edit) => {
            let rows = edit.rows();
            let shown = 3.min(rows.len().max(1));
            let first = if focused {
                edit.row().saturating_sub(shown - 1)
            } else {
                0
            };
            for (n, i) in (first..first + shown).enumerate() {
                let head = if n == 0 {
                    label(&field.label)
                } else {
                    Span::raw(" ".repeat(label_width + 2))
                };
                let value = match rows.get(i) {
                    Some(row) if focused && i == edit.row() => {
                        line_spans(row, cells, edit.is_selected(), theme)
                    }
                    Some(row) => vec![Span::raw(fit(row.text(), cells))],
                    None => Vec::new(),
                };
                out.push(field_row(head, value, focused, theme));
            }
        }
        _ => {
            let value = render_field_line(field, focused, cells, theme);
            out.push(field_row(label(&field.label), value, focused, theme));
        }
    }
    out
}

/// One field's row: its label, then its value; the whole row highlighted when focused.
pub fn field_row(
    head: Span<'static>,
    value: Vec<Span<'static>>,
    focused: bool,
    theme: Theme,
) -> Line<'static> {
    let mut spans = vec![head];
    spans.extend(value);
    let line = Line::from(spans);
    if focused {
        line.patch_style(theme.selected())
    } else {
        line
    }
}

/// The value of a one-line field in `cells` cells: with the cursor when focused.
pub fn render_field_line(
    field: &Field,
    focused: bool,
    cells: usize,
    theme: Theme,
) -> Vec<Span<'static>> {
    match &field.input {
        Input::Line(edit) | Input::Date(edit) | Input::Time(edit) if focused => {
            line_spans(edit, cells, edit.is_selected(), theme)
        }
        Input::Line(edit) | Input::Date(edit) | Input::Time(edit) => {
            vec![Span::raw(fit(edit.text(), cells))]
        }
        Input::Lines(edit) => vec![Span::raw(fit(&edit.text(), cells))],
        Input::Choice(choice) => {
            let text = if choice.options().len() > 1 {
                format!("‹ {} ›", choice.name())
            } else {
                choice.name().to_string()
            };
            vec![Span::raw(fit(&text, cells))]
        }
    }
}

/// A line editor's view: the bar cursor `▏` between clusters, as everywhere in the program,
/// in the accent colour; a selected value underlined, so it is plain that typing replaces it.
pub fn line_spans(
    edit: &LineEdit,
    cells: usize,
    selected: bool,
    theme: Theme,
) -> Vec<Span<'static>> {
    // One cell is the cursor bar's.
    let view = edit.view(cells.saturating_sub(1));
    let marked = if selected {
        Style::default().add_modifier(Modifier::UNDERLINED)
    } else {
        Style::default()
    };
    let at_end = edit.cursor()
        >= unicode_segmentation::UnicodeSegmentation::graphemes(edit.text(), true).count();
    let rest = if at_end {
        view.after
    } else {
        format!("{}{}", view.at, view.after)
    };
    let mut spans = vec![
        Span::styled(view.before, marked),
        Span::styled("▏", theme.accent()),
    ];
    if width(&rest) > 0 {
        spans.push(Span::styled(rest, marked));
    }
    spans
}
