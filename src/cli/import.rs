//! `halaqa import participants FILE CSV [--map FIELD=COLUMN]... [--delimiter C] [--dry-run]
//! [--skip-invalid]`: plan the import, print the report, then apply it as one change and save.

use super::{ImportParticipantsArgs, plural};
use crate::import::{self, ImportOptions};
use crate::store::Dirs;
use anyhow::Context;
use std::io::Write;

/// A registration list larger than this is not a registration list.
const MAX_CSV_BYTES: u64 = 256 * 1024 * 1024;

pub fn participants(
    args: ImportParticipantsArgs,
    dirs: &Dirs,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let options = ImportOptions {
        delimiter: args.delimiter,
        skip_invalid: args.skip_invalid,
        ..ImportOptions::default()
    }
    .with_map(&args.map)?;
    // The lock comes before reading, so nobody writes between our read and our save.
    let mut session = super::open_for_writing(&args.file, dirs)?;
    let csv = args.csv.display();
    let bytes = read_csv(&args.csv)?;
    let plan = import::plan(&bytes, session.workshop(), &options)
        .map_err(|error| anyhow::anyhow!("{csv}: {error}"))?;

    writeln!(
        out,
        "Importing participants from {csv} into {}",
        args.file.display()
    )?;
    write!(out, "{plan}")?;
    if args.dry_run {
        writeln!(out, "Dry run: nothing was written.")?;
        return Ok(());
    }
    if plan.is_empty() {
        writeln!(
            out,
            "Nothing to change; {} was not written.",
            args.file.display()
        )?;
        return Ok(());
    }
    session
        .document
        .apply(plan.change)
        .with_context(|| format!("{csv} could not be imported"))?;
    session.save()?;
    let count = session.workshop().participants().count();
    writeln!(
        out,
        "Saved {}: {} now.",
        args.file.display(),
        plural(count, "participant", "participants")
    )?;
    Ok(())
}

fn read_csv(path: &std::path::Path) -> anyhow::Result<Vec<u8>> {
    let shown = path.display();
    let metadata = std::fs::metadata(path).with_context(|| format!("cannot read {shown}"))?;
    if metadata.is_dir() {
        anyhow::bail!("{shown} is a folder, not a CSV file");
    }
    if metadata.len() > MAX_CSV_BYTES {
        anyhow::bail!(
            "{shown} is {} MiB; a participant list over {} MiB is refused",
            metadata.len() / (1024 * 1024),
            MAX_CSV_BYTES / (1024 * 1024)
        );
    }
    std::fs::read(path).with_context(|| format!("cannot read {shown}"))
}
