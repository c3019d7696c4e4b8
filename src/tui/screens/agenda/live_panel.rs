//! The live panel above the agenda: each running item's elapsed and remaining time (warning
//! colour in the last tenth and when over; one line per room when sessions run in parallel),
//! how far the day is ahead or behind, what really comes next and when, and for a
//! working-groups item each group's time left.

use super::handlers::live_day;
use super::view::behind_text;
use crate::model::live::{Progress, countdown_text, progress};
use crate::model::schedule::clock_text;
use crate::model::{AgendaItem, ItemKind, Workshop};
use crate::tui::app::App;
use crate::tui::kit::text::{fit, one_line as safe, pad};
use crate::tui::theme::Theme;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

pub fn lines(app: &App, workshop: &Workshop, width: u16) -> Vec<Line<'static>> {
    let theme = app.theme;
    let width = usize::from(width);
    let day = live_day(app);
    let drift = match workshop.drift(day, app.now) {
        Some(d) => (
            format!("day {day}: {}", behind_text(d)),
            drift_style(theme, d),
        ),
        None => (format!("day {day}: not started"), theme.dim()),
    };
    // The next item of the re-planned schedule, at the time it can really begin.
    let next = workshop
        .next_up(day, app.now)
        .map(|(next, at)| format!("next: {} at {}", next.title, clock_text(at)));
    let running = workshop.running_items();
    if running.is_empty() {
        let mut first = vec![Span::styled(" ○ Nothing running", theme.dim())];
        if let Some(next) = &next {
            first.push(Span::raw(fit(
                &format!(" · {next}"),
                width.saturating_sub(19),
            )));
        }
        return vec![
            Line::from(first),
            Line::from(vec![
                Span::styled(format!("   {}", drift.0), drift.1),
                Span::styled(
                    fit(
                        " · s starts the selected item, n the next, r re-plans",
                        width,
                    ),
                    theme.dim(),
                ),
            ]),
        ];
    }
    let parallel = running.len() > 1;
    let mut out = Vec::new();
    for item in &running {
        if let Some(line) = now_line(app, item, parallel, width) {
            out.push(line);
        }
    }
    let Some(p) = running.last().and_then(|item| progress(item, app.now)) else {
        return out;
    };
    let clock_style = time_style(theme, &p);
    // One running item: a bar of its time; several: each has its own line above.
    let bar_width = if parallel {
        0
    } else {
        (width / 4).clamp(4, 24)
    };
    let done = if p.planned > 0 {
        (p.elapsed.min(p.planned) as usize * bar_width) / p.planned as usize
    } else {
        bar_width
    };
    let mut second = vec![
        Span::styled(format!("   {}", "█".repeat(done)), clock_style),
        Span::styled("░".repeat(bar_width - done.min(bar_width)), theme.dim()),
        Span::styled(format!(" {}", drift.0), drift.1),
    ];
    if let Some(next) = next {
        let used = bar_width + drift.0.chars().count() + 4;
        second.push(Span::styled(
            fit(&format!(" · {next}"), width.saturating_sub(used)),
            theme.dim(),
        ));
    }
    out.push(Line::from(second));
    for item in running {
        if item.kind == ItemKind::WorkingGroups
            && let Some(p) = progress(item, app.now)
            && let Some(line) = group_line(workshop, item, &p, width, theme)
        {
            out.push(line);
        }
    }
    out
}

/// "19:59 left", or "OVER by 03:10": a remaining time that cannot be read as a time of day.
pub fn left_text(p: &Progress) -> String {
    if p.over() {
        format!("OVER by {}", countdown_text(-p.remaining()))
    } else {
        format!("{} left", countdown_text(p.remaining()))
    }
}

/// "▶ NOW Title (room)   elapsed 10:01 · 19:59 left", the times at the right edge.
fn now_line(app: &App, item: &AgendaItem, parallel: bool, width: usize) -> Option<Line<'static>> {
    let theme = app.theme;
    let p = progress(item, app.now)?;
    let times = format!(
        " elapsed {} · {} ",
        countdown_text(p.elapsed),
        left_text(&p)
    );
    let title = if parallel && !item.room.trim().is_empty() {
        format!("{} · {}", item.room.trim(), item.title)
    } else if parallel {
        format!("main room · {}", item.title)
    } else {
        item.title.clone()
    };
    // The times sit at the right edge, where the eye finds them in the same place.
    let title_width = width.saturating_sub(times.chars().count() + 7);
    Some(Line::from(vec![
        Span::styled(" ▶ NOW ", theme.now_marker()),
        Span::styled(pad(&safe(&title), title_width), theme.title()),
        Span::styled(times, time_style(theme, &p)),
    ]))
}

/// Each group meeting in `item`, with the time it has left (the groups keep the item's
/// clock).
fn group_line(
    workshop: &Workshop,
    item: &AgendaItem,
    p: &Progress,
    width: usize,
    theme: Theme,
) -> Option<Line<'static>> {
    let groups: Vec<String> = workshop
        .groups()
        .iter()
        .filter(|g| g.agenda_item == Some(item.id))
        .map(|g| {
            let room = if g.room.is_empty() {
                String::new()
            } else {
                format!(" ({})", g.room)
            };
            format!("{}{room} {}", g.name, countdown_text(p.remaining()))
        })
        .collect();
    if groups.is_empty() {
        return None;
    }
    Some(Line::from(vec![
        Span::styled("   groups: ", theme.dim()),
        Span::styled(
            fit(&groups.join(" · "), width.saturating_sub(11)),
            time_style(theme, p),
        ),
    ]))
}

/// Warning in the last tenth, error colour when over, calm otherwise.
pub fn time_style(theme: Theme, p: &Progress) -> Style {
    if p.over() {
        theme.error()
    } else if p.warning() {
        theme.warning()
    } else {
        theme.now_marker()
    }
}

fn drift_style(theme: Theme, drift: i64) -> Style {
    match drift {
        d if d > 10 => theme.error(),
        d if d > 0 => theme.warning(),
        _ => theme.saved(),
    }
}
