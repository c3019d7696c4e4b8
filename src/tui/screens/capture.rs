//! Screen 6 for now: one group's entries (the note-taker's group, or the first group).

use crate::model::{Entry, Id, Workshop};
use crate::tui::theme::Theme;
use ratatui::text::{Line, Span};

pub fn lines(workshop: &Workshop, theme: Theme, chosen: Option<Id>) -> Vec<Line<'static>> {
    let group = chosen
        .and_then(|id| workshop.group(id))
        .or_else(|| workshop.groups().first().copied());
    let Some(group) = group else {
        return vec![Line::styled(
            " This workshop has no groups yet.",
            theme.dim(),
        )];
    };
    let mut out = vec![Line::styled(
        format!(" {} — {}", group.name, group.purpose.label()),
        theme.heading(),
    )];
    let entries: Vec<&Entry> = workshop.entries_of_group(group.id).collect();
    if entries.is_empty() {
        out.push(Line::styled("   no entries yet", theme.dim()));
    }
    out.extend(entries.into_iter().map(|e| entry_line(e, theme)));
    out
}

/// "  [lesson] text  +3"
pub fn entry_line(entry: &Entry, theme: Theme) -> Line<'static> {
    let votes = match entry.votes {
        0 => String::new(),
        n => format!("  {n:+}"),
    };
    Line::from(vec![
        Span::styled(format!("   [{}] ", entry.kind.label()), theme.accent()),
        Span::raw(entry.text.replace(['\n', '\r'], " ")),
        Span::styled(votes, theme.now_marker()),
    ])
}
