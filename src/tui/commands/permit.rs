//! Who may use what, now: the role at this laptop and read-only narrow the command table.
//! Help, the footer and the palette show only what is permitted; `update` refuses the rest
//! with a sentence, however the command arrived (a key, the palette, a test).

use super::{Role, command};
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::screen::Screen;

/// The role at this laptop: a note-taker when the session was opened with `--group`.
pub fn role(app: &App) -> Role {
    match app.session.as_ref().and_then(|s| s.group) {
        Some(_) => Role::NoteTaker,
        None => Role::Facilitator,
    }
}

/// Why `action` is refused here, as a sentence for the status bar; `None` when it may run.
pub fn refusal(app: &App, action: Action) -> Option<String> {
    let row = command(action);
    if !row.roles.allow(role(app)) {
        let group = app
            .session
            .as_ref()
            .and_then(|s| s.group.and_then(|id| s.workshop().group(id)))
            .map_or_else(|| "one group".to_string(), |g| format!("group {}", g.name));
        return Some(format!(
            "note-taker mode ({group}): \"{}\" is for the facilitator's laptop",
            row.description
        ));
    }
    if row.changes_workshop
        && let Some(reason) = app.read_only_reason()
    {
        return Some(format!("read-only ({reason}): nothing was changed"));
    }
    None
}

/// Shown in help, the footer and the palette.
pub fn offered(app: &App, action: Action) -> bool {
    refusal(app, action).is_none()
}

/// The screen Tab (or Shift-Tab) leads to: the next one this role may see.
pub fn next_screen(app: &App, forward: bool) -> Screen {
    let mut screen = app.screen;
    for _ in Screen::ALL {
        screen = if forward {
            screen.next()
        } else {
            screen.previous()
        };
        if offered(app, Action::GoTo(screen)) {
            return screen;
        }
    }
    app.screen
}
