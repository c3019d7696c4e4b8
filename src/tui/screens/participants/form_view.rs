//! Drawing the person form and the erase question: boxes over the screen, one line per
//! field, scrolled so the focused field always shows, whatever the height.

use super::form::{PersonForm, Value};
use super::import_view::indented;
use crate::model::Participant;
use crate::tui::kit::form::{field_row, line_spans};
use crate::tui::kit::text::{fit, one_line as safe};
use crate::tui::theme::Theme;
use crate::tui::widgets::centred;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

/// Label column width.
const LABEL: usize = 15;

pub fn render(frame: &mut Frame, area: Rect, form: &PersonForm, theme: Theme) {
    let width = area.width.saturating_sub(2).min(74);
    let inner_width = usize::from(width.saturating_sub(2));
    let mut bottom: Vec<Line> = Vec::new();
    if let Some(error) = &form.error {
        for part in indented(error, inner_width) {
            bottom.push(Line::styled(part, theme.error()));
        }
    } else if let Some(warning) = &form.warning {
        for part in indented(warning, inner_width) {
            bottom.push(Line::styled(part, theme.warning()));
        }
    }
    let hint = form
        .fields
        .get(form.focus)
        .map(|f| f.kind.hint())
        .unwrap_or_default();
    if !hint.is_empty() {
        bottom.push(Line::styled(format!(" {hint}"), theme.dim()));
    }
    bottom.push(Line::styled(
        " Enter save · Tab next field · Esc cancel",
        theme.dim(),
    ));
    let wanted = (form.fields.len() + bottom.len() + 2) as u16;
    let boxed = centred(area, width, wanted);
    let inner_height = usize::from(boxed.height.saturating_sub(2));
    // The fields get what the messages leave; scrolled to keep the focus in view.
    let room = inner_height.saturating_sub(bottom.len()).max(1);
    let offset = form.focus.saturating_sub(room.saturating_sub(1));
    let mut lines: Vec<Line> = form
        .fields
        .iter()
        .enumerate()
        .skip(offset)
        .take(room)
        .map(|(i, field)| {
            let focused = i == form.focus;
            let room = inner_width.saturating_sub(LABEL + 3);
            let mut value = match &field.value {
                Value::Text(edit) if focused => line_spans(edit, room, edit.is_selected(), theme),
                Value::Text(edit) => vec![Span::raw(fit(edit.text(), room))],
                Value::Choice(choice) if focused => {
                    vec![Span::raw(format!("‹ {} ›", safe(choice.name())))]
                }
                Value::Choice(choice) => vec![Span::raw(safe(choice.name()))],
            };
            // Each consent shows when it was answered, as the record has it.
            if let Some(date) = form.consent_given(field.kind) {
                value.push(Span::styled(format!("  since {date}"), theme.dim()));
            }
            field_row(
                Span::styled(
                    format!(" {:<LABEL$} ", field.kind.label()),
                    if focused { theme.key() } else { theme.dim() },
                ),
                value,
                focused,
                theme,
            )
        })
        .collect();
    lines.extend(bottom);
    frame.render_widget(Clear, boxed);
    frame.render_widget(
        Paragraph::new(lines).block(
            Block::bordered()
                .border_style(theme.border())
                .title(Span::styled(format!(" {} ", form.title()), theme.title())),
        ),
        boxed,
    );
}

/// "Erase this person?" with what it does.
pub fn render_erase(frame: &mut Frame, area: Rect, person: Option<&Participant>, theme: Theme) {
    let name = person.map(|p| safe(&p.name)).unwrap_or_default();
    let lines = vec![
        Line::from(vec![
            Span::raw(" Erase "),
            Span::styled(name, theme.key()),
            Span::raw("?"),
        ]),
        Line::raw(""),
        Line::raw(" Name, contact, organisation, position, notes and consent are blanked."),
        Line::raw(" The record stays (as erased) so the counts still add up, and entries"),
        Line::raw(" that named them become anonymous. Ctrl-Z can undo it in this session."),
        Line::raw(""),
        Line::styled(" Enter erases · Esc keeps them", theme.dim()),
    ];
    let boxed = centred(area, area.width.saturating_sub(2).min(76), 9);
    frame.render_widget(Clear, boxed);
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: false }).block(
            Block::bordered()
                .border_style(theme.error())
                .title(Span::styled(" Erase a person ", theme.title())),
        ),
        boxed,
    );
}
