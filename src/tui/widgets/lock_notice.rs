//! The Overview's notice for a session opened read-only because its lock names another
//! computer (or cannot be read): who holds it, since when, and the deliberate way to take it.

use crate::tui::app::Session;
use crate::tui::kit::text::wrap;
use crate::tui::theme::Theme;
use ratatui::text::Line;

/// The notice's lines, wrapped to `width`, or none when the lock is not in doubt.
pub fn lines(session: &Session, theme: Theme, width: usize) -> Vec<Line<'static>> {
    let Some(holder) = &session.held_by else {
        return Vec::new();
    };
    let Some(why) = &holder.unconfirmed else {
        return Vec::new();
    };
    let text = format!(
        "⚠ Read-only: {} on {} holds the lock since {} (process {}); {why}. If it is closed \
         there, press : and choose take-over to write here instead.",
        holder.user, holder.host, holder.since, holder.pid
    );
    wrap(&text, width.saturating_sub(2).max(1))
        .into_iter()
        .map(|line| Line::styled(format!(" {line}"), theme.warning()))
        .collect()
}
