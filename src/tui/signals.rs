//! The signals that end the program: SIGINT, SIGQUIT, SIGHUP and SIGTERM all mean the same
//! thing here — save, write the open editor's draft, give the terminal back if there still is
//! one, remove the lock, exit 0. None of them may kill at once: the default action of SIGINT
//! and SIGQUIT would lose the last change and leave the terminal raw and the lock behind.
//! (Ctrl-C in the program is a key, not a signal: raw mode turns signals off at the keyboard.)

use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The ending signals, caught into a flag the event loop reads every tick.
pub struct Signals {
    /// The number of the last signal that arrived, 0 while none has.
    arrived: Arc<AtomicUsize>,
}

impl Signals {
    pub fn catch() -> std::io::Result<Signals> {
        let arrived = Arc::new(AtomicUsize::new(0));
        for signal in [SIGINT, SIGQUIT, SIGHUP, SIGTERM] {
            // A signal number is small and positive; the cast cannot lose anything.
            signal_hook::flag::register_usize(signal, Arc::clone(&arrived), signal as usize)?;
        }
        Ok(Signals { arrived })
    }

    /// The signal that asked the program to end, if one did.
    pub fn arrived(&self) -> Option<i32> {
        match self.arrived.load(Ordering::Relaxed) {
            0 => None,
            signal => i32::try_from(signal).ok(),
        }
    }
}

/// A signal's name for the log.
pub fn signal_name(signal: i32) -> &'static str {
    match signal {
        SIGINT => "SIGINT",
        SIGQUIT => "SIGQUIT",
        SIGHUP => "SIGHUP",
        SIGTERM => "SIGTERM",
        _ => "another signal",
    }
}

/// Whether standard output is still a terminal one can talk to. When the terminal window is
/// closed its pseudo-terminal is hung up and every request on it fails: then nothing may be
/// written there (a failed write to standard error panics, and a panic while restoring
/// aborts, leaving the lock behind).
#[cfg(unix)]
pub fn terminal_alive() -> bool {
    // SAFETY: tcgetattr only fills the struct it is given; a zeroed termios is a valid value.
    let mut settings: libc::termios = unsafe { std::mem::zeroed() };
    unsafe { libc::tcgetattr(libc::STDOUT_FILENO, &mut settings) == 0 }
}

#[cfg(not(unix))]
pub fn terminal_alive() -> bool {
    true
}
