//! The bottom line: the keys that work here, from the keymap, as many as fit.

use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::commands;
use crate::tui::keymap::{Chord, Context, Keymap};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

/// The footer's (keys, word) pairs for `contexts`: one per short word, help first, then
/// the most specific context's keys.
pub fn entries(keymap: &Keymap, contexts: &[Context]) -> Vec<(String, String)> {
    entries_where(keymap, contexts, |_| true)
}

/// [`entries`] for the actions `keep` lets through: what this laptop may use.
fn entries_where(
    keymap: &Keymap,
    contexts: &[Context],
    keep: impl Fn(Action) -> bool,
) -> Vec<(String, String)> {
    let mut groups: Vec<(String, Vec<Chord>, Vec<Action>)> = Vec::new();
    let outer = contexts.last().copied();
    let mut ranked = keymap.active(contexts);
    // Help and quit first, then what is special here, then the keys that work anywhere.
    ranked.sort_by_key(|(context, _, action)| match action {
        Action::Help => 0,
        Action::Quit => 1,
        _ if Some(*context) != outer => 2,
        _ => 3,
    });
    for (_, chord, action) in ranked
        .into_iter()
        .filter(|(_, _, a)| a.in_footer() && keep(*a))
    {
        let word = action.short();
        match groups.iter_mut().find(|(w, _, _)| *w == word) {
            Some((_, chords, actions)) => {
                chords.push(chord);
                actions.push(action);
            }
            None => groups.push((word, vec![chord], vec![action])),
        }
    }
    groups
        .into_iter()
        .map(|(word, chords, actions)| {
            let keys = if actions.iter().all(|a| matches!(a, Action::GoTo(_))) && chords.len() > 1 {
                format!("{}-{}", chords[0], chords[chords.len() - 1])
            } else if word == "move" {
                // Arrows read best together: "↑↓".
                chords
                    .iter()
                    .map(|c| c.to_string())
                    .filter(|k| k == "↑" || k == "↓")
                    .collect::<String>()
            } else {
                chords[0].to_string()
            };
            (keys, word)
        })
        .filter(|(keys, _)| !keys.is_empty())
        .collect()
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    let mut spans = Vec::new();
    let mut used = 0usize;
    let width = usize::from(area.width);
    let offered = |a| commands::offered(app, a);
    for (keys, word) in entries_where(&app.keymap, &app.contexts(), offered) {
        let cost = keys.width() + word.width() + 3;
        if used + cost > width {
            break;
        }
        used += cost;
        spans.push(Span::styled(format!(" {keys}"), theme.key()));
        spans.push(Span::styled(format!(" {word} "), theme.dim()));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
