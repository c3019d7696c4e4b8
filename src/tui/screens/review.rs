//! Screen 7 for now: each group's entries, most votes first.

use super::capture::entry_line;
use crate::model::{Entry, Workshop};
use crate::tui::theme::Theme;
use ratatui::text::Line;

pub fn lines(workshop: &Workshop, theme: Theme) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for group in workshop.groups() {
        let mut entries: Vec<&Entry> = workshop.entries_of_group(group.id).collect();
        entries.sort_by_key(|e| std::cmp::Reverse(e.votes));
        out.push(Line::styled(
            format!(" {} — {} entries", group.name, entries.len()),
            theme.heading(),
        ));
        out.extend(entries.into_iter().map(|e| entry_line(e, theme)));
    }
    let loose: Vec<&Entry> = workshop.entries().filter(|e| e.group.is_none()).collect();
    if !loose.is_empty() {
        out.push(Line::styled(
            format!(" Plenary and other — {} entries", loose.len()),
            theme.heading(),
        ));
        out.extend(loose.into_iter().map(|e| entry_line(e, theme)));
    }
    out
}
