//! `halaqa` and `halaqa open FILE [--read-only] [--group NAME]`: the terminal program.

use super::OpenArgs;
use crate::store::{self, Dirs};
use crate::tui;

/// Bare `halaqa`: the Home screen.
pub fn home(dirs: Dirs) -> anyhow::Result<()> {
    require_terminal()?;
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
    // A damaged file: the whole error, its backups and how to restore one, on the command
    // line where it can be read in full and copied.
    if let Some(damaged) = damaged(&args.file) {
        return Err(damaged);
    }
    require_terminal()?;
    tui::run(tui::Options {
        file: Some(args.file),
        read_only: args.read_only,
        group: args.group,
        dirs,
    })
}

/// The error for a damaged session file with backups, if that is what `path` is.
fn damaged(path: &std::path::Path) -> Option<anyhow::Error> {
    let error = super::restore::load_or_advise(path).err()?;
    error
        .is::<super::restore::DamagedSession>()
        .then_some(error)
}

/// The screens draw on standard output: refuse plainly when it is a pipe or a file, instead
/// of filling it with escape codes.
pub(super) fn require_terminal() -> anyhow::Result<()> {
    use std::io::IsTerminal;
    if std::io::stdout().is_terminal() {
        Ok(())
    } else {
        anyhow::bail!(
            "halaqa's screens need a terminal and the output is not one; to see a summary of a file without them, use `halaqa check FILE`"
        )
    }
}
