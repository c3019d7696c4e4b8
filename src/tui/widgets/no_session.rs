//! What a screen that needs a session shows when none is open: its name and the way to Home.

use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

pub fn render(frame: &mut Frame, area: Rect, theme: Theme, title: &str) {
    let text = vec![
        Line::styled(format!(" {title}"), theme.title()),
        Line::raw(""),
        Line::raw(
            " No session is open. Press 1 for Home to open one, create one, or try the demo.",
        ),
    ];
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: false }), area);
}
