//! `halaqa import participants FILE LIST [--map FIELD=COLUMN]... [--ignore COLUMN]...
//! [--delimiter C] [--sheet NAME] [--country XX] [--dry-run] [--skip-invalid]`,
//! `halaqa import agenda FILE CSV|ICS [--dry-run]`: plan the import, apply it as one change,
//! save, and only then print the report: a reader that goes away (`| head`) never costs what
//! the report says was imported.

use super::{ImportAgendaArgs, ImportParticipantsArgs, plural};
use crate::import::{self, ImportOptions};
use crate::model::Workshop;
use crate::store::{self, Dirs};
use anyhow::Context;
use std::io::Write;
use std::path::Path;

/// A dry run writes nothing, so it takes no lock: it works while the session is open in the
/// terminal program. The file is read as it is on disk at this moment.
fn read_for_dry_run(path: &Path) -> anyhow::Result<Workshop> {
    Ok(store::load(path)?.workshop)
}

pub fn participants(
    args: ImportParticipantsArgs,
    dirs: &Dirs,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let options = args.options()?;
    // The list is read before the session's lock is taken, so a slow or hostile path never
    // keeps the session locked; the session itself is read after, so nobody writes between
    // our read and our save.
    let bytes = store::read_regular_file(&args.list, store::CSV_FILE)?;
    let list = args.list.display().to_string();
    let refused = |error: import::ImportError| {
        tracing::warn!(
            file = store::file_label(&args.file),
            csv = store::file_label(&args.list),
            cause = error.kind(),
            "import refused"
        );
        anyhow::anyhow!("{list}: {error}")
    };
    let heading = format!(
        "Importing participants from {list} into {}\n",
        args.file.display()
    );
    if args.dry_run {
        let workshop = read_for_dry_run(&args.file)?;
        let plan = import::plan(&bytes, &workshop, &options).map_err(refused)?;
        log_planned(&args.file, &plan, true);
        writeln!(out, "{heading}{plan}Dry run: nothing was written.")?;
        return Ok(());
    }
    let mut session = super::open_for_writing_with(&args.file, dirs, args.take_lock)?;
    let plan = import::plan(&bytes, session.workshop(), &options).map_err(refused)?;
    log_planned(&args.file, &plan, false);
    let report = format!("{heading}{plan}");
    if plan.is_empty() {
        writeln!(
            out,
            "{report}Nothing to change; {} was not written.",
            args.file.display()
        )?;
        return Ok(());
    }
    session
        .document
        .apply(plan.change)
        .with_context(|| format!("{list} could not be imported"))?;
    session.save()?;
    let count = session.workshop().participants().count();
    tracing::info!(
        file = store::file_label(&args.file),
        participants = count,
        "import saved"
    );
    // Saved: from here on a failed write only loses words, never people.
    writeln!(
        out,
        "{report}Saved {}: {} now.",
        args.file.display(),
        plural(count, "participant", "participants")
    )?;
    Ok(())
}

fn log_planned(file: &Path, plan: &import::ImportPlan, dry_run: bool) {
    tracing::info!(
        file = store::file_label(file),
        rows = plan.rows_read,
        added = plan.added.len(),
        updated = plan.updated.len(),
        duplicates = plan.duplicates.len(),
        skipped = plan.skipped.len(),
        warnings = plan.warnings.len(),
        dry_run,
        "import planned"
    );
}

impl ImportParticipantsArgs {
    fn options(&self) -> anyhow::Result<ImportOptions> {
        Ok(ImportOptions {
            delimiter: self.delimiter,
            skip_invalid: self.skip_invalid,
            ignore: self.ignore.clone(),
            sheet: self.sheet.clone(),
            country: self.country.clone(),
            ..ImportOptions::default()
        }
        .with_map(&self.map)?)
    }
}

pub fn agenda(args: ImportAgendaArgs, dirs: &Dirs, out: &mut dyn Write) -> anyhow::Result<()> {
    // As for participants: the agenda is read before the session's lock is taken.
    let bytes = store::read_regular_file(&args.agenda, store::AGENDA_FILE)?;
    let from = args.agenda.display().to_string();
    let refused = |error: import::agenda::AgendaImportError| {
        tracing::warn!(
            file = store::file_label(&args.file),
            agenda = store::file_label(&args.agenda),
            cause = error.kind(),
            "agenda import refused"
        );
        anyhow::anyhow!("{from}: {error}")
    };
    let heading = format!(
        "Importing the agenda from {from} into {}\n",
        args.file.display()
    );
    if args.dry_run {
        let workshop = read_for_dry_run(&args.file)?;
        let plan = import::agenda::plan_agenda(&bytes, &workshop).map_err(refused)?;
        log_agenda_planned(&args.file, plan.items.len(), true);
        writeln!(out, "{heading}{plan}Dry run: nothing was written.")?;
        return Ok(());
    }
    let mut session = super::open_for_writing_with(&args.file, dirs, args.take_lock)?;
    let plan = import::agenda::plan_agenda(&bytes, session.workshop()).map_err(refused)?;
    log_agenda_planned(&args.file, plan.items.len(), false);
    let report = format!("{heading}{plan}");
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
        "{report}Saved {}: {} now.",
        args.file.display(),
        plural(count, "agenda item", "agenda items")
    )?;
    Ok(())
}

fn log_agenda_planned(file: &Path, items: usize, dry_run: bool) {
    tracing::info!(
        file = store::file_label(file),
        items,
        dry_run,
        "agenda import planned"
    );
}
