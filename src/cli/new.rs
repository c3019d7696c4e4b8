//! `halaqa new FILE --title TEXT [--template NAME] [--start YYYY-MM-DD] [--venue TEXT]`

use super::{NewArgs, plural};
use crate::model::{Change, Document, Workshop, WorkshopInfo};
use crate::store::{self, Dirs, templates};
use std::io::Write;
use std::path::Path;

pub fn run(args: NewArgs, dirs: &Dirs, out: &mut dyn Write) -> anyhow::Result<()> {
    refuse_existing(&args.file)?;
    let template = match &args.template {
        Some(name) => Some(find_template(name)?),
        None => None,
    };
    let info = WorkshopInfo {
        venue: args.venue.unwrap_or_default(),
        start: args.start,
        days: template.as_ref().map_or(1, |t| t.days.max(1)),
        ..WorkshopInfo::titled(args.title.trim())
    };
    let mut changes = vec![Change::set_info(info.clone())];
    if let Some(template) = &template {
        changes.extend(templates::changes_for(template.name, &info).unwrap_or_default());
    }
    let mut document = Document::new(Workshop::new(info), dirs.device_id()?);
    document
        .apply(Change::Batch(changes))
        .map_err(|e| anyhow::anyhow!("the template could not be laid out: {e}"))?;
    store::save(&args.file, document.workshop())?;
    remember(dirs, &args.file);
    let workshop = document.workshop();
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
    if std::fs::symlink_metadata(path).is_ok() {
        anyhow::bail!(
            "{} already exists; halaqa will not overwrite it (choose another name, or move it away first)",
            path.display()
        );
    }
    Ok(())
}

fn find_template(name: &str) -> anyhow::Result<templates::Template> {
    let all = templates::all();
    let wanted = name.trim().to_lowercase();
    if let Some(found) = all.iter().find(|t| t.name == wanted) {
        return Ok(found.clone());
    }
    let names: Vec<&str> = all.iter().map(|t| t.name).collect();
    anyhow::bail!(
        "there is no template called \"{name}\"; the templates are: {}",
        names.join(", ")
    )
}

/// Put a new session on the Home screen's recent list. Not being able to is no reason to
/// fail: the session itself is written.
pub(super) fn remember(dirs: &Dirs, path: &Path) {
    let _ = dirs.recent().touch(path);
}
