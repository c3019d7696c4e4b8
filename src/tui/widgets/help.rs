//! `?`: the keys of this screen, generated from the keymap, grouped by where they work.

use super::centred;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::commands;
use crate::tui::keymap::{Context, Keymap};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

/// (where, keys, what) for every action that works in `contexts`, in keymap order.
pub fn entries(keymap: &Keymap, contexts: &[Context]) -> Vec<(Context, String, String)> {
    entries_where(keymap, contexts, |_| true)
}

/// [`entries`] for the actions `keep` lets through: what this laptop may use.
fn entries_where(
    keymap: &Keymap,
    contexts: &[Context],
    keep: impl Fn(Action) -> bool,
) -> Vec<(Context, String, String)> {
    let mut out: Vec<(Context, Action, Vec<String>)> = Vec::new();
    for (context, chord, action) in keymap.active(contexts) {
        if !keep(action) {
            continue;
        }
        match out
            .iter_mut()
            .find(|(c, a, _)| *c == context && *a == action)
        {
            Some((_, _, keys)) => keys.push(chord.to_string()),
            None => out.push((context, action, vec![chord.to_string()])),
        }
    }
    out.into_iter()
        .map(|(context, action, keys)| (context, keys.join(" "), action.description()))
        .collect()
}

fn heading(context: Context) -> &'static str {
    match context {
        Context::Anywhere => "Anywhere",
        Context::Lists => "In lists",
        Context::Home => "On Home",
        Context::Help => "In help",
        Context::Palette => "In the command palette",
        Context::Form => "In forms",
        Context::Overview => "On the Overview",
        Context::Groups => "On Groups",
        Context::GroupMembers => "In the pick list of people",
        Context::GroupAuto => "In the auto-assignment preview",
        Context::Review => "On Review",
        Context::Participants => "On Participants",
        Context::ParticipantFilter => "Typing the filter",
        Context::CheckIn => "At the door (check-in)",
        Context::Report => "On Report",
        Context::Capture => "On the Capture board",
        Context::CaptureText => "In the Capture editor, prompts and forms",
        Context::CaptureDraft => "When a draft is offered",
        Context::Agenda => "On the Agenda",
        Context::AgendaPanel => "In the re-plan and template previews",
        Context::Present => "In the present view",
        Context::Conflicts => "In the merge conflicts list",
        Context::Recovery => "When a session does not load",
    }
}

pub fn lines(app: &App) -> Vec<Line<'static>> {
    let theme = app.theme;
    let contexts = app.help_contexts();
    // Only what this role may use, and nothing that changes the file while read-only.
    let entries = entries_where(&app.keymap, &contexts, |a| commands::offered(app, a));
    let key_width = entries
        .iter()
        .map(|(_, k, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    let mut lines = Vec::new();
    let mut current = None;
    for (context, keys, what) in entries {
        if current != Some(context) {
            if current.is_some() {
                lines.push(Line::raw(""));
            }
            lines.push(Line::styled(
                format!(" {}", heading(context)),
                theme.heading(),
            ));
            current = Some(context);
        }
        lines.push(Line::from(vec![
            Span::styled(format!("   {keys:<key_width$}  "), theme.key()),
            Span::raw(what),
        ]));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        format!(
            " Keys can be changed in {}",
            app.dirs.keymap_file().display()
        ),
        theme.dim(),
    ));
    lines
}

pub fn render(app: &App, frame: &mut Frame, area: Rect, scroll: usize) {
    let theme = app.theme;
    let lines = lines(app);
    let width = area.width.saturating_sub(4).min(72);
    let height = area.height.saturating_sub(2);
    let boxed = centred(area, width, height);
    let inner_height = usize::from(boxed.height.saturating_sub(2));
    let scroll = scroll.min(lines.len().saturating_sub(inner_height));
    let title = format!(" Help — {} (Esc closes, ↑↓ scroll) ", app.screen.title());
    frame.render_widget(Clear, boxed);
    frame.render_widget(
        Paragraph::new(lines)
            .scroll((u16::try_from(scroll).unwrap_or(u16::MAX), 0))
            .block(
                Block::bordered()
                    .border_style(theme.border())
                    .title(Span::styled(title, theme.title())),
            ),
        boxed,
    );
}
