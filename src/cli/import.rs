//! `halaqa import participants FILE CSV [--map FIELD=COLUMN]... [--delimiter C] [--dry-run]
//! [--skip-invalid]`, `halaqa import agenda FILE CSV|ICS [--dry-run]`: plan the import, print
//! the report, then apply it as one change and save.

use super::{ImportAgendaArgs, ImportParticipantsArgs, plural};
use crate::import::{self, ImportOptions};
use crate::store::{self, Dirs};
use anyhow::Context;
use std::io::Write;

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
    // The list is read before the session's lock is taken, so a slow or hostile path never
    // keeps the session locked; the session itself is read after, so nobody writes between
    // our read and our save.
    let bytes = store::read_regular_file(&args.csv, store::CSV_FILE)?;
    let mut session = super::open_for_writing_with(&args.file, dirs, args.take_lock)?;
    let csv = args.csv.display();
    let plan = import::plan(&bytes, session.workshop(), &options).map_err(|error| {
        tracing::warn!(
            file = store::file_label(&args.file),
            csv = store::file_label(&args.csv),
            cause = error.kind(),
            "import refused"
        );
        anyhow::anyhow!("{csv}: {error}")
    })?;

    writeln!(
        out,
        "Importing participants from {csv} into {}",
        args.file.display()
    )?;
    write!(out, "{plan}")?;
    tracing::info!(
        file = store::file_label(&args.file),
        rows = plan.rows_read,
        added = plan.added.len(),
        updated = plan.updated.len(),
        duplicates = plan.duplicates.len(),
        skipped = plan.skipped.len(),
        warnings = plan.warnings.len(),
        dry_run = args.dry_run,
        "import planned"
    );
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
    tracing::info!(
        file = store::file_label(&args.file),
        participants = count,
        "import saved"
    );
    writeln!(
        out,
        "Saved {}: {} now.",
        args.file.display(),
        plural(count, "participant", "participants")
    )?;
    Ok(())
}

pub fn agenda(args: ImportAgendaArgs, dirs: &Dirs, out: &mut dyn Write) -> anyhow::Result<()> {
    // As for participants: the agenda is read before the session's lock is taken.
    let bytes = store::read_regular_file(&args.agenda, store::AGENDA_FILE)?;
    let mut session = super::open_for_writing_with(&args.file, dirs, args.take_lock)?;
    let from = args.agenda.display();
    let plan = import::agenda::plan_agenda(&bytes, session.workshop()).map_err(|error| {
        tracing::warn!(
            file = store::file_label(&args.file),
            agenda = store::file_label(&args.agenda),
            cause = error.kind(),
            "agenda import refused"
        );
        anyhow::anyhow!("{from}: {error}")
    })?;
    writeln!(
        out,
        "Importing the agenda from {from} into {}",
        args.file.display()
    )?;
    write!(out, "{plan}")?;
    tracing::info!(
        file = store::file_label(&args.file),
        items = plan.items.len(),
        dry_run = args.dry_run,
        "agenda import planned"
    );
    if args.dry_run {
        writeln!(out, "Dry run: nothing was written.")?;
        return Ok(());
    }
    session
        .document
        .apply(plan.change)
        .with_context(|| format!("{from} could not be imported"))?;
    session.save()?;
    let count = session.workshop().agenda().len();
    tracing::info!(
        file = store::file_label(&args.file),
        items = count,
        "agenda import saved"
    );
    writeln!(
        out,
        "Saved {}: {} now.",
        args.file.display(),
        plural(count, "agenda item", "agenda items")
    )?;
    Ok(())
}
