//! Taking the terminal and always giving it back: raw mode and the alternate screen on the
//! way in; on the way out (normally, on error, on a signal) restored. ratatui's panic hook
//! restores on a panic; the guard skips then so the backtrace stays readable.
//!
//! The mouse is deliberately not captured: capturing it would take away the terminal's own
//! selection (select with the mouse, copy a name or a path), and nothing here is better done
//! with a click than with a key. On the full screen many terminals turn the wheel into ↑ ↓,
//! so the wheel still moves through lists.

use super::signals::terminal_alive;
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use ratatui::crossterm::execute;
use std::mem::ManuallyDrop;

pub struct TerminalGuard {
    /// Dropped by hand: ratatui's own drop shows the cursor and prints its failure to
    /// standard error, which panics (and then aborts) when the terminal window is closed.
    pub terminal: ManuallyDrop<DefaultTerminal>,
}

impl TerminalGuard {
    pub fn take() -> std::io::Result<TerminalGuard> {
        let terminal = ratatui::try_init()?;
        // Paste arrives as one event (a path pasted into a field).
        let _ = execute!(std::io::stdout(), EnableBracketedPaste);
        Ok(TerminalGuard {
            terminal: ManuallyDrop::new(terminal),
        })
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        if std::thread::panicking() {
            return;
        }
        // A closed terminal window: nothing to give back, and writing there would fail.
        // The terminal is left undropped; the process is ending.
        if !terminal_alive() {
            return;
        }
        // SAFETY: the terminal is dropped once, here, and never used again.
        unsafe { ManuallyDrop::drop(&mut self.terminal) };
        let _ = execute!(std::io::stdout(), DisableBracketedPaste);
        // Not `ratatui::restore`, which prints its failure to standard error: a failure here
        // must not become a panic on the way out.
        let _ = ratatui::try_restore();
    }
}
