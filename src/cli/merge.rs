//! `halaqa merge FILE OTHER... [--output PATH]`: bring note-takers' copies back together.
//!
//! Every copy is loaded before anything is written, so one that does not load stops the
//! merge with nothing changed. Records are united by id; a record changed on both sides
//! keeps the newer version and the other as a visible conflict (see `model::merge`).

use super::{MergeArgs, open_for_writing_with, plural};
use crate::model::merge::MergeSummary;
use crate::model::{Document, Workshop};
use crate::session;
use crate::store::{self, Dirs};
use std::io::Write;
use std::path::{Path, PathBuf};

pub fn run(args: MergeArgs, dirs: &Dirs, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut copies = Vec::with_capacity(args.others.len());
    for path in &args.others {
        copies.push((path.clone(), load_copy(path)?));
    }
    match &args.output {
        None => {
            let mut session = open_for_writing_with(&args.file, dirs, args.take_lock)?;
            let (changed, said) = merge_all(&mut session.document, &args.file, copies)?;
            if !changed {
                writeln!(
                    out,
                    "{said}Nothing new; {} was not written.",
                    args.file.display()
                )?;
                return Ok(());
            }
            // Saved before anything is printed: a reader that goes away costs no merge.
            session.save()?;
            out.write_all(said.as_bytes())?;
            finish(&session.path, session.workshop(), out)
        }
        Some(output) => {
            if output.exists() {
                anyhow::bail!(
                    "{} already exists; choose another --output or remove it first",
                    output.display()
                );
            }
            let mut document = Document::new(load_copy(&args.file)?, dirs.device_id()?);
            let (_, said) = merge_all(&mut document, &args.file, copies)?;
            store::save(output, document.workshop())?;
            out.write_all(said.as_bytes())?;
            finish(output, document.workshop(), out)
        }
    }
}

/// A copy to merge: it must load, and be one this halaqa can write back.
fn load_copy(path: &Path) -> anyhow::Result<Workshop> {
    Ok(session::read_copy(path, &mut |_| {})?)
}

/// Merge each copy in turn. True when anything changed, and a line per copy saying what it
/// brought (printed by the caller once the result is saved).
fn merge_all(
    document: &mut Document,
    file: &Path,
    copies: Vec<(PathBuf, Workshop)>,
) -> anyhow::Result<(bool, String)> {
    let mut changed = false;
    let mut said = String::new();
    for (path, copy) in copies {
        let merged = session::merge_copy(document, file, &path, copy)?;
        changed |= merged.changed;
        said.push_str(&format!(
            "{}: {}\n",
            path.display(),
            describe(&merged.summary)
        ));
    }
    Ok((changed, said))
}

fn describe(summary: &MergeSummary) -> String {
    format!(
        "{} added, {} updated, {}",
        summary.added,
        summary.updated,
        plural(summary.conflicts, "new conflict", "new conflicts")
    )
}

fn finish(path: &Path, workshop: &Workshop, out: &mut dyn Write) -> anyhow::Result<()> {
    let conflicts = workshop.conflicts().len();
    writeln!(out, "Saved {}.", path.display())?;
    if conflicts > 0 {
        writeln!(
            out,
            "{} kept: records changed on more than one laptop. The newer version is in use; `halaqa check {}` lists the others.",
            plural(conflicts, "conflict is", "conflicts are"),
            path.display()
        )?;
    }
    Ok(())
}
