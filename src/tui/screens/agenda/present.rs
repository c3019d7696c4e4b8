//! The present view: the whole terminal for the projector. The running item's remaining
//! time in large block digits, its title, the other rooms' sessions running at the same time,
//! and what really comes next (at the time it can begin); with nothing running, the time of
//! day and the next item. Falls back to plain lines when the screen is too small
//! for the digits.

use super::big_digits::{GLYPH_HEIGHT, rows, scale_for};
use super::handlers::live_day;
use super::live_panel::{left_text, time_style};
use crate::model::AgendaItem;
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
    /// The other sessions running at the same time, one line each.
    others: Vec<String>,
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
    // heading, title, blank — digits — blank, under, others, blank, next, keys
    let text_rows = 8 + board.others.len();
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
    for other in &board.others {
        lines.push(centred(other, theme.text()));
    }
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
    // The next item of the re-planned schedule, at the time it can really begin.
    let next = workshop
        .next_up(day, app.now)
        .map(|(item, at)| (item.title.clone(), clock_text(at)));
    let next_text = match &next {
        Some((title, at)) => format!("Next: {title} · {at}"),
        None => "Last item of the day".to_string(),
    };
    let running = workshop.running_items();
    // The digits count down the session that ends first; the others are listed under it.
    let Some(first) = running
        .iter()
        .min_by_key(|item| progress(item, app.now).map(|p| p.remaining()))
        .copied()
    else {
        return Some(Board {
            heading: workshop.info().title.clone(),
            title: next.as_ref().map_or_else(
                || "Nothing more today".to_string(),
                |(t, at)| format!("Next: {t} at {at}"),
            ),
            clock: app.now.format("%H:%M").to_string(),
            clock_style: theme.accent(),
            under: "time now".to_string(),
            others: Vec::new(),
            next: String::new(),
        });
    };
    let p = progress(first, app.now)?;
    let ends =
        (first.actual_start? + chrono::Duration::minutes(i64::from(first.minutes))).format("%H:%M");
    let under = if p.over() {
        format!("OVER TIME by {}", countdown_text(-p.remaining()))
    } else {
        format!("left of {} min · ends {ends}", first.minutes)
    };
    let parallel = running.len() > 1;
    let named = |item: &AgendaItem| match item.room.trim() {
        "" if parallel => format!("{} (main room)", item.title),
        "" => item.title.clone(),
        room => format!("{} ({room})", item.title),
    };
    let others = running
        .iter()
        .filter(|item| item.id != first.id)
        .filter_map(|item| {
            let p = progress(item, app.now)?;
            Some(format!("Also now: {} · {}", named(item), left_text(&p)))
        })
        .collect();
    let heading = if parallel {
        format!("Now · {} sessions at once", running.len())
    } else {
        format!("Now · started {}", first.actual_start?.format("%H:%M"))
    };
    Some(Board {
        heading,
        title: named(first),
        clock: countdown_text(p.remaining()),
        clock_style: time_style(theme, &p),
        under,
        others,
        next: next_text,
    })
}
