//! Screen 1: start here. New from a template, open a file, the demo, recent sessions.

use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap::Context;
use crate::tui::screen::Screen;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// The lines above the recent sessions: new, open, demo.
pub const FIXED_LINES: usize = 3;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    let selected = app.list(Screen::Home).selected;
    let key = |action: Action| {
        app.keymap
            .keys_for(&[Context::Home, Context::Anywhere], action)
            .first()
            .map(|c| c.to_string())
            .unwrap_or_default()
    };
    let mut top = vec![
        Line::from(vec![
            Span::styled(" halaqa", theme.title()),
            Span::styled(
                " — run peer-exchange workshops: agenda, check-in, groups, capture, report",
                theme.dim(),
            ),
        ]),
        Line::raw(""),
    ];
    if let Some(session) = &app.session {
        top.push(Line::from(vec![
            Span::raw(" Open now: "),
            Span::styled(session.workshop().info().title.clone(), theme.accent()),
        ]));
        top.push(Line::styled(
            format!("           {} — 2 for its overview", session.file_name()),
            theme.dim(),
        ));
        top.push(Line::raw(""));
    }
    let choices = [
        ("New session from a template", key(Action::NewSession)),
        ("Open a session file by path", key(Action::OpenPath)),
        (
            "Open a fresh copy of the demo workshop",
            key(Action::OpenDemo),
        ),
    ];
    for (i, (label, key)) in choices.into_iter().enumerate() {
        let marker = if selected == i { " ▸ " } else { "   " };
        let line = Line::from(vec![
            Span::raw(format!("{marker}{label:<42}")),
            Span::styled(key, theme.key()),
        ]);
        top.push(if selected == i {
            line.patch_style(theme.selected())
        } else {
            line
        });
    }
    top.push(Line::raw(""));
    top.push(Line::styled(" Recent sessions", theme.heading()));
    let top_height = top.len() as u16;
    let [top_area, recent_area] =
        Layout::vertical([Constraint::Length(top_height), Constraint::Fill(1)]).areas(area);
    frame.render_widget(Paragraph::new(top), top_area);

    if app.recent.is_empty() {
        frame.render_widget(
            Paragraph::new(Line::styled(
                "   none yet: sessions you open or create will be listed here",
                theme.dim(),
            )),
            recent_area,
        );
        return;
    }
    let height = usize::from(recent_area.height);
    let chosen = selected.checked_sub(FIXED_LINES);
    let offset = match chosen {
        Some(c) if c >= height => c + 1 - height,
        _ => 0,
    };
    let lines: Vec<Line> = app
        .recent
        .iter()
        .enumerate()
        .skip(offset)
        .take(height)
        .map(|(i, path)| {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let folder = path
                .parent()
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            let marker = if chosen == Some(i) { " ▸ " } else { "   " };
            let line = Line::from(vec![
                Span::raw(format!("{marker}{name}  ")),
                Span::styled(folder, theme.dim()),
            ]);
            if chosen == Some(i) {
                line.patch_style(theme.selected())
            } else {
                line
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), recent_area);
}
