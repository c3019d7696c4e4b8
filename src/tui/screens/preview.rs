//! Screens 3–8 for now: an honest, read-only list of what the file holds, with a line saying
//! that the screen's editing arrives later. No buttons that do nothing.

use crate::tui::app::App;
use crate::tui::screen::Screen;
use crate::tui::widgets::no_session;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    let [top, body] = Layout::vertical([Constraint::Length(2), Constraint::Fill(1)]).areas(area);
    if app.session.is_none() {
        no_session::render(frame, area, theme, app.screen.title());
        return;
    }
    let header = vec![
        Line::from(vec![
            Span::styled(format!(" {}", app.screen.title()), theme.title()),
            Span::styled(subtitle(app.screen), theme.text()),
        ]),
        Line::styled(
            " Read-only for now: editing on this screen arrives in a later version.",
            theme.dim(),
        ),
    ];
    frame.render_widget(Paragraph::new(header), top);
    let lines = super::preview_lines(app, app.screen);
    if lines.is_empty() {
        frame.render_widget(
            Paragraph::new(Line::styled(" Nothing here yet.", theme.dim())),
            body,
        );
        return;
    }
    let height = usize::from(body.height);
    let state = app.list(app.screen);
    let offset = state.visible_offset(height);
    // Only the visible slice is drawn.
    let visible: Vec<Line> = lines
        .into_iter()
        .enumerate()
        .skip(offset)
        .take(height)
        .map(|(i, line)| {
            if i == state.selected {
                line.patch_style(theme.selected())
            } else {
                line
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(visible), body);
}

fn subtitle(screen: Screen) -> &'static str {
    match screen {
        Screen::Agenda => " — the programme, day by day",
        Screen::Participants => " — who is registered, and who is here today",
        Screen::Groups => " — the working groups and their members",
        Screen::Capture => " — one group's entries",
        Screen::Review => " — each group's entries, most votes first",
        Screen::Report => " — what the report will contain",
        Screen::Home | Screen::Overview => "",
    }
}
