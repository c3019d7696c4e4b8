//! The terminal program: app state, actions, keymap, screens, widgets.
//!
//! The only layer that names ratatui or crossterm.

use crate::store::Dirs;
use std::path::PathBuf;

/// How the terminal program starts.
#[derive(Clone, Debug)]
pub struct Options {
    /// The session to open; `None` starts on the Home screen.
    pub file: Option<PathBuf>,
    /// Open without writing, even when the lock could be taken.
    pub read_only: bool,
    /// Note-taker mode: open straight on this group's capture screen (name or number).
    pub group: Option<String>,
    pub dirs: Dirs,
}

/// Run the terminal program until the user quits.
pub fn run(options: Options) -> anyhow::Result<()> {
    let _ = options;
    todo!("tui helper")
}
