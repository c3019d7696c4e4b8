//! Screen 4 for now: the participant list, with today's check-ins.

use crate::model::Workshop;
use crate::tui::theme::Theme;
use chrono::NaiveDate;
use ratatui::text::{Line, Span};

pub fn lines(workshop: &Workshop, theme: Theme, today: NaiveDate) -> Vec<Line<'static>> {
    let mut people: Vec<_> = workshop.participants().collect();
    people.sort_by_key(|p| p.name.to_lowercase());
    people
        .into_iter()
        .map(|p| {
            let here = if p.attended_on(today) { "✓" } else { " " };
            let name = if p.erased {
                "(erased)"
            } else {
                p.name.as_str()
            };
            let mut detail = vec![p.organisation.as_str(), p.governorate.as_str()];
            detail.retain(|d| !d.is_empty());
            Line::from(vec![
                Span::styled(format!(" {here} "), theme.now_marker()),
                Span::raw(name.to_string()),
                Span::styled(format!("  {}", detail.join(" · ")), theme.dim()),
            ])
        })
        .collect()
}
