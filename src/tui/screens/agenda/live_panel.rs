//! The live panel above the agenda: the running item's elapsed and remaining time (warning
//! colour in the last tenth and when over), how far the day is ahead or behind, what comes
//! next, and for a working-groups item each group's time left.

use super::handlers::live_day;
use super::view::behind_text;
use crate::model::live::{Progress, countdown_text, progress};
use crate::model::schedule::clock_text;
use crate::model::{AgendaItem, ItemKind, Workshop};
use crate::tui::app::App;
use crate::tui::kit::text::{fit, pad};
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
    let next = workshop.next_to_start(day).map(|next| {
        let at = workshop
            .day_plan(next.day)
            .iter()
            .find(|s| s.id == next.id)
            .map(|s| clock_text(s.start))
            .unwrap_or_default();
        format!("next: {} at {at}", next.title)
    });
    let Some(running) = workshop.running_item() else {
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
    };
    let Some(p) = progress(running, app.now) else {
        return Vec::new();
    };
    let clock_style = time_style(theme, &p);
    let left = if p.over() {
        format!("OVER by {}", countdown_text(-p.remaining()))
    } else {
        format!("left {}", countdown_text(p.remaining()))
    };
    let times = format!(" elapsed {} · {left} ", countdown_text(p.elapsed));
    // The times sit at the right edge, where the eye finds them in the same place.
    let title_width = width.saturating_sub(times.chars().count() + 7);
    let mut out = vec![Line::from(vec![
        Span::styled(" ▶ NOW ", theme.now_marker()),
        Span::styled(pad(&running.title, title_width), theme.title()),
        Span::styled(times, clock_style),
    ])];
    let bar_width = (width / 4).clamp(4, 24);
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
    if running.kind == ItemKind::WorkingGroups
        && let Some(line) = group_line(workshop, running, &p, width, theme)
    {
        out.push(line);
    }
    out
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
