//! Screen 5 for now: the groups and their members.

use crate::model::{Id, Workshop};
use crate::tui::theme::Theme;
use ratatui::text::{Line, Span};

pub fn lines(workshop: &Workshop, theme: Theme) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    let name_of = |id: Id| {
        workshop
            .participant(id)
            .map_or_else(|| format!("(unknown {})", id.short()), |p| p.name.clone())
    };
    for group in workshop.groups() {
        let mut roles = Vec::new();
        if let Some(id) = group.facilitator {
            roles.push(format!("facilitator {}", name_of(id)));
        }
        if let Some(id) = group.note_taker {
            roles.push(format!("note-taker {}", name_of(id)));
        }
        if !group.room.is_empty() {
            roles.push(format!("room {}", group.room));
        }
        out.push(Line::from(vec![
            Span::styled(format!(" {}", group.name), theme.heading()),
            Span::styled(
                format!(
                    "  {} · {} members{}",
                    group.purpose.label(),
                    group.members.len(),
                    if roles.is_empty() {
                        String::new()
                    } else {
                        format!(" · {}", roles.join(" · "))
                    }
                ),
                theme.dim(),
            ),
        ]));
        for member in &group.members {
            out.push(Line::raw(format!("   {}", name_of(*member))));
        }
    }
    out
}
