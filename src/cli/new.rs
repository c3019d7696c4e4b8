//! `halaqa new FILE --title TEXT [--template NAME] [--start YYYY-MM-DD] [--venue TEXT]`

use super::{NewArgs, plural};
use crate::session::{self, NewWorkshop};
use crate::store::Dirs;
use std::io::Write;
use std::path::Path;

pub fn run(args: NewArgs, dirs: &Dirs, out: &mut dyn Write) -> anyhow::Result<()> {
    let workshop = session::create(
        dirs,
        &NewWorkshop {
            path: args.file.clone(),
            title: args.title,
            template: args.template,
            start: args.start,
            venue: args.venue,
        },
    )?;
    writeln!(
        out,
        "Created {}: \"{}\", {}, {}, {}.",
        args.file.display(),
        workshop.info().title,
        plural(usize::from(workshop.info().days), "day", "days"),
        plural(workshop.agenda().len(), "agenda item", "agenda items"),
        plural(workshop.groups().len(), "group", "groups"),
    )?;
    Ok(())
}

/// A file halaqa creates never replaces one that is there (nor a folder, nor a link).
pub(super) fn refuse_existing(path: &Path) -> anyhow::Result<()> {
    Ok(session::refuse_existing(path)?)
}
