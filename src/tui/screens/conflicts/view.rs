//! Drawing the conflicts overlay: the list on top, the selected conflict's two versions and
//! the fields that differ below, the keys (or why they do not work) at the bottom.

use super::{ConflictsState, Described, describe};
use crate::model::Stamp;
use crate::tui::app::App;
use crate::tui::kit::text::{fit, wrap};
use crate::tui::theme::Theme;
use crate::tui::widgets::centred;
use chrono::FixedOffset;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

/// At most this many conflicts are listed at once; the rest scroll.
const LIST_LINES: usize = 5;

pub fn render(app: &App, frame: &mut Frame, area: Rect, state: &ConflictsState) {
    let theme = app.theme;
    let Some(workshop) = app.session.as_ref().map(|s| s.workshop()) else {
        return;
    };
    let conflicts = workshop.conflicts();
    let boxed = centred(area, area.width.saturating_sub(2).min(100), area.height);
    let selected = state.selected.min(conflicts.len().saturating_sub(1));
    let title = if conflicts.is_empty() {
        " Merge conflicts (Esc closes) ".to_string()
    } else {
        format!(
            " Merge conflicts — {} of {} (Esc closes) ",
            selected + 1,
            conflicts.len()
        )
    };
    let block = Block::bordered()
        .border_style(theme.border())
        .title(Span::styled(title, theme.title()));
    let inner = block.inner(boxed);
    // The whole body, not only the box: the screen below would show in the margins.
    frame.render_widget(Clear, area);
    frame.render_widget(block, boxed);
    let width = usize::from(inner.width);
    if conflicts.is_empty() {
        let lines = vec![
            Line::raw(" No merge conflicts left."),
            Line::styled(" Ctrl-Z brings the last one back; Esc closes.", theme.dim()),
        ];
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
        return;
    }
    let described: Vec<Described> = conflicts.iter().map(|c| describe(workshop, c)).collect();
    let list_height = described.len().min(LIST_LINES) as u16;
    let [list_area, _, detail_area, keys_area] = Layout::vertical([
        Constraint::Length(list_height),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    let offset = selected.saturating_sub(usize::from(list_area.height).saturating_sub(1));
    let rows: Vec<Line> = described
        .iter()
        .enumerate()
        .skip(offset)
        .take(usize::from(list_area.height))
        .map(|(i, d)| list_line(d, i == selected, theme, width, state.utc_offset))
        .collect();
    frame.render_widget(Paragraph::new(rows), list_area);
    if let Some(chosen) = described.get(selected) {
        frame.render_widget(
            Paragraph::new(detail_lines(chosen, theme, width, state.utc_offset))
                .wrap(Wrap { trim: false }),
            detail_area,
        );
    }
    let keys = match app.read_only_reason() {
        Some(reason) => Line::styled(
            fit(
                &format!(" read-only: you can look, not settle ({reason})"),
                width,
            ),
            theme.warning(),
        ),
        None => Line::styled(
            fit(
                " Enter/k keep the version in use · o use the other · ↑↓ choose",
                width,
            ),
            theme.key(),
        ),
    };
    frame.render_widget(Paragraph::new(keys), keys_area);
}

/// "▸ entry in Challenges · Permits for…                   noor, 11 Mar 12:00"
fn list_line(
    d: &Described,
    selected: bool,
    theme: Theme,
    width: usize,
    offset: Option<FixedOffset>,
) -> Line<'static> {
    let marker = if selected { " ▸ " } else { "   " };
    // Which laptop the other version came from, and when (the detail says it in full).
    let from = format!(" {}, {} ", d.other.device, short_when(&d.other, offset));
    let room = width.saturating_sub(marker.width() + from.width());
    // A long agenda title must leave room for the entry's text, which tells entries apart.
    let what = if d.subject.is_empty() {
        fit(&d.what, room)
    } else {
        let what = fit(&d.what, room / 2);
        let rest = room.saturating_sub(what.width() + 3);
        format!("{what} · {}", fit(&d.subject, rest))
    };
    let pad = room.saturating_sub(what.width());
    let line = Line::from(vec![
        Span::raw(marker),
        Span::raw(what),
        Span::raw(" ".repeat(pad)),
        Span::styled(from, theme.dim()),
    ]);
    if selected {
        line.patch_style(theme.selected())
    } else {
        line
    }
}

fn detail_lines(
    d: &Described,
    theme: Theme,
    width: usize,
    offset: Option<FixedOffset>,
) -> Vec<Line<'static>> {
    let in_use = match &d.in_use {
        Some(stamp) => format!("{}, {}", stamp.device, when(stamp, offset)),
        None => "missing from this copy".to_string(),
    };
    let mut lines: Vec<Line<'static>> = wrap(&d.what, width.saturating_sub(1))
        .into_iter()
        .map(|row| Line::styled(format!(" {row}"), theme.heading()))
        .collect();
    lines.push(Line::from(vec![
        Span::styled(" In use  ", theme.dim()),
        Span::raw(format!("from {in_use}")),
    ]));
    lines.push(Line::from(vec![
        Span::styled(" Other   ", theme.dim()),
        Span::raw(format!(
            "from {}, {}",
            d.other.device,
            when(&d.other, offset)
        )),
    ]));
    if d.differences.is_empty() {
        lines.push(Line::styled(
            " The two versions hold the same values.",
            theme.dim(),
        ));
        return lines;
    }
    lines.push(Line::styled(" What differs (in use → other):", theme.dim()));
    for diff in &d.differences {
        let short = format!("   {}: {} → {}", diff.field, diff.in_use, diff.other);
        if short.width() <= width {
            lines.push(Line::from(vec![
                Span::styled(format!("   {}: ", diff.field), theme.accent()),
                Span::raw(diff.in_use.clone()),
                Span::styled(" → ", theme.dim()),
                Span::raw(diff.other.clone()),
            ]));
            continue;
        }
        // Too long for one line: one above the other, so the difference can be read.
        lines.push(Line::styled(format!("   {}", diff.field), theme.accent()));
        for (label, value) in [("in use", &diff.in_use), ("other", &diff.other)] {
            let indent = "             ";
            let rows = wrap(value, width.saturating_sub(indent.len()));
            for (i, row) in rows.into_iter().enumerate() {
                let head = if i == 0 {
                    format!("     {label:<8}")
                } else {
                    indent.to_string()
                };
                lines.push(Line::from(vec![
                    Span::styled(head, theme.dim()),
                    Span::raw(row),
                ]));
            }
        }
    }
    lines
}

/// A stamp's time as the people in the room read it: "Tue 11 Mar 12:00".
fn when(stamp: &Stamp, offset: Option<FixedOffset>) -> String {
    const FORMAT: &str = "%a %-d %b %H:%M";
    match offset {
        Some(offset) => stamp.wall.with_timezone(&offset).format(FORMAT).to_string(),
        None => stamp
            .wall
            .with_timezone(&chrono::Local)
            .format(FORMAT)
            .to_string(),
    }
}

/// A stamp's time in few columns, for the list: "10 Mar 13:00".
fn short_when(stamp: &Stamp, offset: Option<FixedOffset>) -> String {
    when(stamp, offset)
        .split_once(' ')
        .map_or_else(String::new, |(_, rest)| rest.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_rows_fit_and_keep_every_word() {
        let texts = [
            "Held its first public hearing on the investment budget and funded three projects",
            "«عندما نطلب المعلومة يسألوننا: لماذا تريدها؟ ومن أرسلك؟»",
            "averyveryverylongwordwithoutanyspaceatall and then some",
            "",
        ];
        for text in texts {
            for width in 1..40 {
                let rows = wrap(text, width);
                assert!(rows.iter().all(|r| r.width() <= width), "{rows:?}");
                let joined: String = rows.concat().split_whitespace().collect();
                let wanted: String = text.split_whitespace().collect();
                assert_eq!(joined, wanted);
            }
        }
    }
}
