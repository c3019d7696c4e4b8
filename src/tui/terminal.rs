//! Taking the terminal and always giving it back: raw mode and the alternate screen on the
//! way in; on the way out (normally, on error, on a signal) restored. ratatui's panic hook
//! restores on a panic; the guard skips then so the backtrace stays readable.

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::execute;

pub struct TerminalGuard {
    pub terminal: DefaultTerminal,
}

impl TerminalGuard {
    pub fn take() -> std::io::Result<TerminalGuard> {
        let terminal = ratatui::try_init()?;
        // Paste arrives as one event (a path pasted into a field); the wheel scrolls lists.
        let _ = execute!(std::io::stdout(), EnableBracketedPaste, EnableMouseCapture);
        Ok(TerminalGuard { terminal })
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        if std::thread::panicking() {
            return;
        }
        let _ = execute!(
            std::io::stdout(),
            DisableMouseCapture,
            DisableBracketedPaste
        );
        ratatui::restore();
    }
}
