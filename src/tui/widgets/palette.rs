//! `:`: every command by name, filtered as you type; Enter runs the chosen one.

use super::centred;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::commands;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

/// The commands this laptop may use (its role, read-only) whose name or description
/// contains every word of `filter`, from the command table.
pub fn matching(app: &App, filter: &str) -> Vec<Action> {
    let words: Vec<String> = filter.split_whitespace().map(str::to_lowercase).collect();
    Action::all()
        .into_iter()
        .filter(|a| a.in_palette() && commands::offered(app, *a))
        .filter(|a| {
            let haystack = format!("{} {}", a.name(), a.description()).to_lowercase();
            words.iter().all(|w| haystack.contains(w.as_str()))
        })
        .collect()
}

pub fn render(app: &App, frame: &mut Frame, area: Rect, filter: &str, selected: usize) {
    let theme = app.theme;
    let contexts = app.screen_contexts(app.screen);
    let width = area.width.saturating_sub(4).min(70);
    let height = area.height.saturating_sub(2).min(20);
    let boxed = centred(area, width, height);
    let list_height = usize::from(boxed.height.saturating_sub(4));
    let commands = matching(app, filter);
    let offset = selected.saturating_sub(list_height.saturating_sub(1));
    let mut lines = vec![
        Line::from(vec![
            Span::styled(" > ", theme.key()),
            Span::raw(filter.to_string()),
            Span::styled("▏", theme.accent()),
        ]),
        Line::raw(""),
    ];
    if commands.is_empty() {
        lines.push(Line::styled(" no command matches", theme.dim()));
    }
    for (i, action) in commands.iter().enumerate().skip(offset).take(list_height) {
        let keys: Vec<String> = app
            .keymap
            .keys_for(&contexts, *action)
            .iter()
            .map(|c| c.to_string())
            .collect();
        let marker = if i == selected { "▸" } else { " " };
        let line = Line::from(vec![
            Span::raw(format!("{marker}{:<40}", action.description())),
            Span::styled(format!("{:<10}", keys.join(" ")), theme.key()),
            Span::styled(action.name(), theme.dim()),
        ]);
        lines.push(if i == selected {
            line.patch_style(theme.selected())
        } else {
            line
        });
    }
    frame.render_widget(Clear, boxed);
    frame.render_widget(
        Paragraph::new(lines).block(Block::bordered().border_style(theme.border()).title(
            Span::styled(
                " Commands (type to filter, Enter runs, Esc closes) ",
                theme.title(),
            ),
        )),
        boxed,
    );
}
