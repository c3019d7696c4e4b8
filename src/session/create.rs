//! A new session file, laid out from a template: `halaqa new` and the Home screen's "new
//! session" form both come here.

use super::SessionError;
use crate::model::{Change, Document, Workshop, WorkshopInfo};
use crate::store::{self, Dirs, templates};
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

/// What a new session is made of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewWorkshop {
    pub path: PathBuf,
    pub title: String,
    /// A bundled template's name (`halaqa templates`); none: one empty day.
    pub template: Option<String>,
    pub start: Option<NaiveDate>,
    pub venue: Option<String>,
}

/// Create the file: the workshop, the template's changes as one batch through the
/// document, a save, and a line on the recent list. Never replaces a file, folder or link
/// that is there.
pub fn create(dirs: &Dirs, new: &NewWorkshop) -> Result<Workshop, SessionError> {
    refuse_existing(&new.path)?;
    let title = new.title.trim();
    if title.is_empty() {
        return Err(SessionError::NoTitle);
    }
    let template = match &new.template {
        Some(name) => Some(find_template(name)?),
        None => None,
    };
    let info = WorkshopInfo {
        venue: new.venue.clone().unwrap_or_default(),
        start: new.start,
        days: template.as_ref().map_or(1, |t| t.days.max(1)),
        ..WorkshopInfo::titled(title)
    };
    let mut changes = vec![Change::set_info(info.clone())];
    if let Some(template) = &template {
        changes.extend(templates::changes_for(template.name, &info).unwrap_or_default());
    }
    // Every record of the new file is stamped with this laptop's id, so without one
    // nothing is written (the error says where the id is kept).
    let mut document = Document::new(Workshop::new(info), dirs.device_id()?);
    document
        .apply(Change::Batch(changes))
        .map_err(|e| SessionError::Template(e.to_string()))?;
    store::save(&new.path, document.workshop())?;
    remember(dirs, &new.path);
    Ok(document.workshop().clone())
}

/// A file halaqa creates never replaces one that is there (nor a folder, nor a link).
pub fn refuse_existing(path: &Path) -> Result<(), SessionError> {
    if std::fs::symlink_metadata(path).is_ok() {
        return Err(SessionError::Exists(path.to_path_buf()));
    }
    Ok(())
}

/// Put a session on the Home screen's recent list. Not being able to is no reason to fail:
/// the session itself is written.
pub fn remember(dirs: &Dirs, path: &Path) {
    let _ = dirs.recent().touch(path);
}

fn find_template(name: &str) -> Result<templates::Template, SessionError> {
    let all = templates::all();
    let wanted = name.trim().to_lowercase();
    if let Some(found) = all.iter().find(|t| t.name == wanted) {
        return Ok(found.clone());
    }
    let names: Vec<&str> = all.iter().map(|t| t.name).collect();
    Err(SessionError::UnknownTemplate {
        name: name.to_string(),
        names: names.join(", "),
    })
}
