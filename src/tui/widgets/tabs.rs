//! The top line: the eight screens with their number keys; the current one highlighted.

use crate::tui::app::App;
use crate::tui::screen::Screen;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    if let Some(line) = crate::tui::screens::capture::note_taker_tabs(app) {
        frame.render_widget(Paragraph::new(line).style(theme.bar()), area);
        return;
    }
    let full: usize = Screen::ALL
        .iter()
        .map(|s| s.title().width() + 3)
        .sum::<usize>()
        + 1;
    // Narrow terminals show only the current screen's title, the others by number.
    let compact = full > usize::from(area.width);
    let spans: Vec<Span> = Screen::ALL
        .iter()
        .map(|screen| {
            let current = *screen == app.screen;
            let text = if compact && !current {
                format!(" {} ", screen.number())
            } else {
                format!(" {} {}", screen.number(), screen.title())
            };
            Span::styled(
                text,
                if current {
                    theme.tab_active()
                } else {
                    theme.bar()
                },
            )
        })
        .collect();
    frame.render_widget(Paragraph::new(Line::from(spans)).style(theme.bar()), area);
}
