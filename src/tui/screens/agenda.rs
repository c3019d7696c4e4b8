//! Screen 3 for now: the agenda by day, with planned times.

use crate::model::Workshop;
use crate::model::schedule::clock_text as clock;
use crate::tui::theme::Theme;
use ratatui::text::{Line, Span};

pub fn lines(workshop: &Workshop, theme: Theme) -> Vec<Line<'static>> {
    let info = workshop.info();
    let mut out = Vec::new();
    for day in 1..=info.days.max(1) {
        let date = info
            .date_of_day(day)
            .map(|d| d.format(" — %a %-d %b %Y").to_string())
            .unwrap_or_default();
        out.push(Line::styled(format!(" Day {day}{date}"), theme.heading()));
        let plan = workshop.day_plan(day);
        if plan.is_empty() {
            out.push(Line::styled("   nothing planned", theme.dim()));
        }
        for slot in plan {
            let Some(item) = workshop.item(slot.id) else {
                continue;
            };
            let mut flags = String::new();
            if item.pinned {
                flags.push_str(" · pinned");
            }
            if item.optional {
                flags.push_str(" · optional");
            }
            out.push(Line::from(vec![
                Span::styled(
                    format!("   {}–{} ", clock(slot.start), clock(slot.end)),
                    theme.accent(),
                ),
                Span::raw(item.title.clone()),
                Span::styled(
                    format!("  {} · {} min{flags}", item.kind.label(), item.minutes),
                    theme.dim(),
                ),
            ]));
        }
    }
    out
}
