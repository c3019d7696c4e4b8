//! `halaqa` and `halaqa open FILE [--read-only] [--group NAME]`: the terminal program.

use super::OpenArgs;
use crate::store::{self, Dirs};
use crate::tui;

/// Bare `halaqa`: the Home screen.
pub fn home(dirs: Dirs) -> anyhow::Result<()> {
    tui::run(tui::Options {
        file: None,
        read_only: false,
        group: None,
        dirs,
    })
}

pub fn run(args: OpenArgs, dirs: Dirs) -> anyhow::Result<()> {
    // Say what is wrong with the path before the terminal is taken over.
    if !args.file.is_file() {
        store::load(&args.file)?;
        anyhow::bail!("{} is not a file", args.file.display());
    }
    tui::run(tui::Options {
        file: Some(args.file),
        read_only: args.read_only,
        group: args.group,
        dirs,
    })
}
