//! Saving failed while quitting: say so, and ask before leaving without saving.

use super::centred;
use crate::tui::app::App;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

pub fn render(app: &App, frame: &mut Frame, area: Rect, error: &str) {
    let theme = app.theme;
    let boxed = centred(area, 64, 9);
    let lines = vec![
        Line::styled(" The session could not be saved:", theme.error()),
        Line::raw(format!(" {error}")),
        Line::raw(""),
        Line::raw(" Everything is still in memory."),
        Line::styled(
            " q  quit WITHOUT saving · Esc  stay (Ctrl-S retries)",
            theme.key(),
        ),
    ];
    frame.render_widget(Clear, boxed);
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: false }).block(
            Block::bordered()
                .border_style(theme.failed())
                .title(" SAVE FAILED "),
        ),
        boxed,
    );
}
