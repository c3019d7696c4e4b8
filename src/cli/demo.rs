//! `halaqa demo [--write FILE]`: a fresh copy of the bundled demo workshop.

use super::DemoArgs;
use super::new::{refuse_existing, remember};
use crate::store::{self, Dirs, demo};
use crate::tui;
use chrono::Local;
use std::io::Write;
use std::path::{Path, PathBuf};

pub fn run(args: DemoArgs, dirs: Dirs, out: &mut dyn Write) -> anyhow::Result<()> {
    // Moved in time so that its first day is today: the demo shows a workshop happening now.
    let workshop = demo::demo_workshop_on(Local::now().date_naive())?;
    match args.write {
        Some(file) => {
            refuse_existing(&file)?;
            store::save(&file, &workshop)?;
            writeln!(
                out,
                "Wrote the demo workshop to {}: {} participants, {} groups, {} entries.",
                file.display(),
                workshop.participants().count(),
                workshop.groups().len(),
                workshop.entries().count()
            )?;
            Ok(())
        }
        None => {
            super::open::require_terminal()?;
            let file = fresh_demo_path(&dirs.data.join("demo"))?;
            store::save(&file, &workshop)?;
            remember(&dirs, &file);
            tui::run(tui::Options {
                file: Some(file),
                read_only: false,
                group: None,
                dirs,
            })
        }
    }
}

/// `<data>/demo/demo-<date>-<time>.ron`, a name not yet taken, with the folder created
/// (private to this user: it will hold made-up personal data, and later real copies).
fn fresh_demo_path(folder: &Path) -> anyhow::Result<PathBuf> {
    create_private_dir(folder)?;
    let stem = format!("demo-{}", Local::now().format("%Y-%m-%d-%H%M%S"));
    let mut path = folder.join(format!("{stem}.ron"));
    let mut n = 2;
    while std::fs::symlink_metadata(&path).is_ok() {
        path = folder.join(format!("{stem}-{n}.ron"));
        n += 1;
    }
    Ok(path)
}

fn create_private_dir(folder: &Path) -> anyhow::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder
        .create(folder)
        .map_err(|e| anyhow::anyhow!("cannot create the folder {}: {e}", folder.display()))
}
