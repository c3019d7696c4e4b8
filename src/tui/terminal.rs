//! Taking the terminal and always giving it back: raw mode and the alternate screen on the
//! way in; on the way out (normally, on error, on a signal) restored. ratatui's panic hook
//! restores on a panic; the guard skips then so the backtrace stays readable.
//!
//! The mouse is deliberately not captured: capturing it would take away the terminal's own
//! selection (select with the mouse, copy a name or a path), and nothing here is better done
//! with a click than with a key. On the full screen many terminals turn the wheel into ↑ ↓,
//! so the wheel still moves through lists.

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use ratatui::crossterm::execute;

pub struct TerminalGuard {
    pub terminal: DefaultTerminal,
}

impl TerminalGuard {
    pub fn take() -> std::io::Result<TerminalGuard> {
        let terminal = ratatui::try_init()?;
        // Paste arrives as one event (a path pasted into a field).
        let _ = execute!(std::io::stdout(), EnableBracketedPaste);
        Ok(TerminalGuard { terminal })
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        if std::thread::panicking() {
            return;
        }
        let _ = execute!(std::io::stdout(), DisableBracketedPaste);
        ratatui::restore();
    }
}
