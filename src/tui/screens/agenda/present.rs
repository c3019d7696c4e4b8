//! The present view: the whole terminal for the projector. The running item's remaining
//! time in large block digits, its title, and what comes next; with nothing running, the
//! time of day and the next item. Falls back to plain lines when the screen is too small
//! for the digits.

use super::big_digits::{GLYPH_HEIGHT, rows, scale_for};
use super::handlers::live_day;
use super::live_panel::time_style;
use crate::model::live::{countdown_text, progress};
use crate::model::schedule::clock_text;
use crate::tui::app::App;
use crate::tui::kit::text::fit;
use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

/// What the view says, before it is laid out.
struct Board {
    heading: String,
    title: String,
    clock: String,
    clock_style: Style,
    under: String,
    next: String,
}

pub fn render(app: &App, frame: &mut Frame) {
    let area = frame.area();
    if area.width == 0 || area.height == 0 {
        return;
    }
    let Some(board) = board(app) else {
        frame.render_widget(
            Paragraph::new("No session is open. Esc goes back.").alignment(Alignment::Center),
            area,
        );
        return;
    };
    let theme = app.theme;
    let width = usize::from(area.width);
    let height = usize::from(area.height);
    // heading, title, blank — digits — blank, under, blank, next, keys
    let text_rows = 8;
    let scale = scale_for(
        &board.clock,
        width.saturating_sub(2),
        height.saturating_sub(text_rows),
    );
    let centred = |text: &str, style: Style| Line::styled(fit(text, width), style).centered();
    let mut lines = vec![
        centred(&board.heading, theme.dim()),
        centred(&board.title, theme.title()),
        Line::raw(""),
    ];
    match scale {
        Some((sx, sy)) => {
            lines.extend(
                rows(&board.clock, sx, sy)
                    .into_iter()
                    .map(|row| Line::styled(row, board.clock_style).centered()),
            );
            debug_assert!(lines.len() <= 3 + GLYPH_HEIGHT * sy);
        }
        None => lines.push(centred(&board.clock, board.clock_style)),
    }
    lines.push(Line::raw(""));
    lines.push(centred(&board.under, board.clock_style));
    lines.push(Line::raw(""));
    lines.push(centred(&board.next, theme.text()));
    // Centre the whole board vertically; the key hint sits on the last row.
    let top = height.saturating_sub(lines.len() + 1) / 2;
    let mut all: Vec<Line> = std::iter::repeat_n(Line::raw(""), top).collect();
    all.extend(lines);
    all.truncate(height.saturating_sub(1));
    frame.render_widget(Paragraph::new(all), area);
    if height >= 2 {
        let keys = Rect {
            y: area.y + area.height - 1,
            height: 1,
            ..area
        };
        frame.render_widget(
            Paragraph::new(Line::styled(
                fit("Esc back · s start/stop · n next", width),
                theme.dim(),
            ))
            .alignment(Alignment::Right),
            keys,
        );
    }
}

fn board(app: &App) -> Option<Board> {
    let workshop = app.session.as_ref()?.workshop();
    let theme = app.theme;
    let day = live_day(app);
    let next = workshop.next_to_start(day).map(|item| {
        let at = workshop
            .day_plan(item.day)
            .iter()
            .find(|s| s.id == item.id)
            .map(|s| clock_text(s.start))
            .unwrap_or_default();
        (item.title.clone(), at)
    });
    let next_text = match &next {
        Some((title, at)) => format!("Next: {title} · {at}"),
        None => "Last item of the day".to_string(),
    };
    let Some(running) = workshop.running_item() else {
        return Some(Board {
            heading: workshop.info().title.clone(),
            title: next.as_ref().map_or_else(
                || "Nothing more today".to_string(),
                |(t, at)| format!("Next: {t} at {at}"),
            ),
            clock: app.now.format("%H:%M").to_string(),
            clock_style: theme.accent(),
            under: "time now".to_string(),
            next: String::new(),
        });
    };
    let p = progress(running, app.now)?;
    let under = if p.over() {
        format!("OVER TIME by {}", countdown_text(-p.remaining()))
    } else {
        format!(
            "left of {} min · ends {}",
            running.minutes,
            (running.actual_start? + chrono::Duration::minutes(i64::from(running.minutes)))
                .format("%H:%M")
        )
    };
    Some(Board {
        heading: format!("Now · started {}", running.actual_start?.format("%H:%M")),
        title: running.title.clone(),
        clock: countdown_text(p.remaining()),
        clock_style: time_style(theme, &p),
        under,
        next: next_text,
    })
}
