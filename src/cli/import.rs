//! `halaqa import participants FILE CSV ...`: not built yet (the importer replaces this file).

use super::ImportParticipantsArgs;
use crate::store::Dirs;
use std::io::Write;

pub fn participants(
    args: ImportParticipantsArgs,
    dirs: &Dirs,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    // Locking and loading first, as the real importer will, keeps the refusals honest.
    let _session = super::open_for_writing(&args.file, dirs)?;
    let _ = out;
    anyhow::bail!("importing participants is not built yet; nothing was changed")
}
