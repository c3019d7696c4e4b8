//! The terminal program: app state, actions, keymap, screens, widgets.
//!
//! The only layer that names ratatui or crossterm. The shape is the Elm architecture: one
//! [`App`], keys turned into [`Action`]s by the [`Keymap`], [`update`] changing the app and
//! returning [`Effect`]s for the disk, and [`render`] drawing without changing anything.

use std::io::Write;

pub mod action;
pub mod app;
pub mod commands;
pub mod component;
pub mod form_drafts;
pub mod keymap;
pub mod kit;
pub mod render;
mod runner;
pub mod screen;
pub mod screens;
pub(crate) mod selection;
mod signals;
mod terminal;
pub mod theme;
mod typed_path;
pub mod update;
pub mod widgets;

pub use action::Action;
pub use app::App;
pub use keymap::{Chord, Context, Keymap};
pub use render::render;
pub use screen::Screen;
pub use update::{Effect, perform, update};

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

/// Build the app for `options` without touching the terminal: open the file (taking the
/// lock or saying why it is read-only), find `--group`. Errors are one sentence.
pub fn prepare(options: &Options, now: chrono::NaiveDateTime) -> Result<App, String> {
    runner::prepare(options, now)
}

/// Run the terminal program until the user quits.
///
/// A file that cannot be opened, or an unknown `--group`, is an error before the terminal
/// is touched: the sentence comes back to the caller, which prints it.
pub fn run(options: Options) -> anyhow::Result<()> {
    let app = runner::prepare(&options, chrono::Local::now().naive_local())
        .map_err(anyhow::Error::msg)?;
    // One line that stays in the terminal after the program leaves its full screen.
    if let Some(warning) = &app.keymap_warning {
        let line: String = warning
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        let _ = writeln!(std::io::stderr(), "warning: {line}");
    }
    runner::run(app)
}
