//! Below the minimum size: say so, centred, instead of drawing garbage.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

pub fn render(frame: &mut Frame, area: Rect, (need_w, need_h): (u16, u16)) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let text = format!(
        "terminal too small: need {need_w}×{need_h}, have {}×{}",
        area.width, area.height
    );
    let lines = u16::try_from(text.chars().count() / usize::from(area.width).max(1) + 1)
        .unwrap_or(u16::MAX);
    let top = area.height.saturating_sub(lines) / 2;
    let inner = Rect {
        y: area.y + top,
        height: area.height - top,
        ..area
    };
    frame.render_widget(
        Paragraph::new(Line::raw(text))
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        inner,
    );
}
