//! `halaqa demo [--write FILE]`: a fresh copy of the bundled demo workshop.

use super::DemoArgs;
use super::new::refuse_existing;
use crate::session;
use crate::store::{self, Dirs, demo};
use crate::tui;
use chrono::Local;
use std::io::Write;

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
            let file = session::write_demo(&dirs, Local::now().naive_local())?;
            tui::run(tui::Options {
                file: Some(file),
                read_only: false,
                group: None,
                dirs,
            })
        }
    }
}
