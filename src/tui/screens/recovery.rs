//! A session that does not load, opened from Home: an overlay with the whole error, wrapped
//! to the window, and the session's backups to choose from. Enter restores the chosen one
//! (the damaged file is kept as `<file>.corrupt-<time>`) and opens it; Esc goes back.

use crate::store::{BackupInfo, Damage};
use crate::tui::action::Action;
use crate::tui::app::{App, Overlay};
use crate::tui::keymap::{Chord, Context};
use crate::tui::kit::text::{fit, one_line, tail, wrap};
use crate::tui::update::Effect;
use crate::tui::widgets::centred;
use ratatui::Frame;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use std::path::PathBuf;

/// The open overlay.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecoveryState {
    pub path: PathBuf,
    /// The load error, whole.
    pub error: String,
    /// Newest first.
    pub backups: Vec<BackupInfo>,
    pub selected: usize,
}

impl RecoveryState {
    pub fn new(path: PathBuf, damage: Damage) -> RecoveryState {
        // The newest backup that loads is the likely choice.
        let selected = damage
            .backups
            .iter()
            .position(|b| b.contents.is_ok())
            .unwrap_or(0);
        RecoveryState {
            path,
            error: damage.error.to_string(),
            backups: damage.backups,
            selected,
        }
    }
}

/// Where keys are looked up while the overlay is open.
pub fn contexts() -> Vec<Context> {
    vec![Context::Recovery, Context::Anywhere]
}

pub fn default_keys(bind: &mut impl FnMut(Context, Chord, Action)) {
    use Context::Recovery;
    use KeyCode as K;
    bind(Recovery, Chord::plain(K::Up), Action::Up);
    bind(Recovery, Chord::char('k'), Action::Up);
    bind(Recovery, Chord::plain(K::Down), Action::Down);
    bind(Recovery, Chord::char('j'), Action::Down);
    bind(Recovery, Chord::plain(K::Enter), Action::Confirm);
    bind(Recovery, Chord::plain(K::Esc), Action::Back);
}

/// Keys while the overlay is open.
pub fn update_overlay(app: &mut App, action: Action) -> Vec<Effect> {
    let Some(Overlay::Recovery(state)) = app.layers.top_mut() else {
        return Vec::new();
    };
    let last = state.backups.len().saturating_sub(1);
    match action {
        Action::Up => state.selected = state.selected.saturating_sub(1),
        Action::Down => state.selected = (state.selected + 1).min(last),
        Action::Confirm => {
            let Some(backup) = state.backups.get(state.selected) else {
                app.warn("there is no backup to restore");
                return Vec::new();
            };
            if let Err(why) = &backup.contents {
                let text = format!("backup {} does not load either: {why}", backup.number);
                app.warn(one_line(&text));
                return Vec::new();
            }
            let effect = Effect::Restore {
                path: state.path.clone(),
                backup: backup.number,
            };
            app.layers.pop();
            return vec![effect];
        }
        Action::Back => {
            app.layers.pop();
            app.info("not opened; the damaged file is unchanged");
        }
        Action::Quit => app.should_quit = true,
        _ => {}
    }
    Vec::new()
}

pub fn render(app: &App, frame: &mut Frame, area: Rect, state: &RecoveryState) {
    let theme = app.theme;
    let boxed = centred(area, area.width.saturating_sub(2).min(100), area.height);
    let name = state.path.file_name().map_or_else(
        || state.path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let block = Block::bordered()
        .border_style(theme.failed())
        .title(Span::styled(
            fit(
                &one_line(&format!(" {name} does not load ")),
                usize::from(boxed.width.saturating_sub(2)),
            ),
            theme.title(),
        ));
    let inner = block.inner(boxed);
    frame.render_widget(Clear, area);
    frame.render_widget(block, boxed);
    let width = usize::from(inner.width.saturating_sub(2)).max(1);
    // The folder on a line of its own (its end kept when it is long), so the error itself
    // starts with the file name and wraps to the window.
    let folder = state
        .path
        .parent()
        .map(|p| p.display().to_string())
        .filter(|p| !p.is_empty());
    let mut lines: Vec<Line> = Vec::new();
    let mut error = state.error.clone();
    if let Some(folder) = folder {
        let shown = tail(&one_line(&format!("in {folder}")), width);
        lines.push(Line::styled(format!(" {shown}"), theme.dim()));
        let whole = state.path.display().to_string();
        if let Some(rest) = error.strip_prefix(&whole) {
            error = format!("{name}{rest}");
        }
    }
    lines.extend(
        wrap(&error, width)
            .into_iter()
            .map(|l| Line::styled(format!(" {l}"), theme.error())),
    );
    lines.push(Line::raw(""));
    if state.backups.is_empty() {
        let none = "There are no backups of it (they are kept in .halaqa-backups beside the file once it has been saved).";
        lines.extend(
            wrap(none, width)
                .into_iter()
                .map(|l| Line::raw(format!(" {l}"))),
        );
    } else {
        lines.push(Line::raw(" Backups, newest first:"));
        for (i, backup) in state.backups.iter().enumerate() {
            let text = format!("{}  {}", backup.number, backup.describe());
            let marker = if i == state.selected { "▶ " } else { "  " };
            let row = fit(&format!("{marker}{text}"), width);
            let style = if i == state.selected {
                theme.selected()
            } else if backup.contents.is_err() {
                theme.dim()
            } else {
                ratatui::style::Style::default()
            };
            lines.push(Line::styled(format!(" {row}"), style));
        }
        lines.push(Line::raw(""));
        let kept = format!(
            "Enter restores the chosen backup and opens it; the damaged file is kept beside it as {name}.corrupt-<time>, never overwritten."
        );
        lines.extend(
            wrap(&kept, width)
                .into_iter()
                .map(|l| Line::styled(format!(" {l}"), theme.dim())),
        );
    }
    let keys = if state.backups.is_empty() {
        "Esc back"
    } else {
        "↑↓ choose · Enter restore · Esc back"
    };
    lines.extend(
        wrap(keys, width)
            .into_iter()
            .map(|l| Line::styled(format!(" {l}"), theme.key())),
    );
    frame.render_widget(Paragraph::new(lines), inner);
}
