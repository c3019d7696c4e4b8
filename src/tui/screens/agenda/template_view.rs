//! Drawing the apply-a-template overlay: which template, append or replace, and the agenda
//! exactly as it will be, new items marked, before anything changes.

use super::state::TemplateState;
use super::template_plan::plan;
use crate::model::Workshop;
use crate::model::schedule::clock_text;
use crate::store::templates;
use crate::tui::app::App;
use crate::tui::kit::text::{fit, pad};
use crate::tui::widgets::centred;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

pub fn render(
    app: &App,
    workshop: &Workshop,
    frame: &mut Frame,
    area: Rect,
    state: &TemplateState,
) {
    let theme = app.theme;
    let width = area.width.saturating_sub(2).min(90);
    let inner = usize::from(width.saturating_sub(2));
    let all = templates::all();
    let mut lines = Vec::new();
    let Some(template) = all.get(state.chosen) else {
        lines.push(Line::raw(" No templates are bundled."));
        draw(frame, centred(area, width, 3), lines, theme);
        return;
    };
    lines.push(Line::from(vec![
        Span::styled(" Template ", theme.dim()),
        Span::styled(format!("‹ {} ›", template.name), theme.selected()),
        Span::raw(fit(
            &format!(" {}", template.description),
            inner.saturating_sub(14),
        )),
    ]));
    let how = if state.replace {
        "replace the agenda (the old items are deleted, undoable)"
    } else {
        "append after each day's last item"
    };
    lines.push(Line::from(vec![
        Span::styled(" Mode     ", theme.dim()),
        Span::styled(format!("‹ {how} ›"), theme.key()),
    ]));
    let mut body: Vec<Line> = Vec::new();
    match plan(workshop, template.name, state.replace) {
        Err(error) => body.push(Line::styled(format!(" {error}"), theme.error())),
        Ok((_, after)) => {
            let added = after
                .agenda()
                .iter()
                .filter(|i| workshop.item(i.id).is_none())
                .count();
            body.push(Line::styled(
                format!(
                    " {} added; the agenda will have {} over {}:",
                    crate::tui::kit::text::count(added, "item", "items"),
                    after.agenda().len(),
                    crate::tui::kit::text::count(usize::from(after.info().days), "day", "days")
                ),
                theme.text(),
            ));
            for day in 1..=after.info().days {
                body.push(Line::styled(format!(" Day {day}"), theme.heading()));
                let items = after.agenda_of_day(day);
                for (item, slot) in items.iter().zip(after.day_plan(day)) {
                    let new = workshop.item(item.id).is_none();
                    let mark = if new { "+ " } else { "  " };
                    body.push(Line::from(vec![
                        Span::styled(format!("  {mark}"), theme.now_marker()),
                        Span::styled(
                            format!("{}–{} ", clock_text(slot.start), clock_text(slot.end)),
                            theme.accent(),
                        ),
                        Span::styled(
                            pad(&item.title, inner.saturating_sub(16)),
                            if new { theme.text() } else { theme.dim() },
                        ),
                    ]));
                }
            }
        }
    }
    let wanted = lines.len() + body.len() + 3;
    let boxed = centred(area, width, u16::try_from(wanted).unwrap_or(u16::MAX));
    let room = usize::from(boxed.height.saturating_sub(2)).saturating_sub(lines.len() + 1);
    let scroll = state.scroll.min(body.len().saturating_sub(room));
    lines.extend(body.into_iter().skip(scroll).take(room));
    lines.push(Line::styled(
        fit(
            " ↑↓ template · Tab append/replace · Enter apply (one undo) · Esc cancel",
            inner,
        ),
        theme.dim(),
    ));
    draw(frame, boxed, lines, theme);
}

fn draw(frame: &mut Frame, boxed: Rect, lines: Vec<Line>, theme: crate::tui::theme::Theme) {
    frame.render_widget(Clear, boxed);
    frame.render_widget(
        Paragraph::new(lines).block(
            Block::bordered()
                .border_style(theme.border())
                .title(Span::styled(" Apply a template's agenda ", theme.title())),
        ),
        boxed,
    );
}
