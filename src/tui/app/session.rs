//! An open session: the document, where it lives, whether we may write it, and its saving.

use super::SaveStatus;
use crate::model::{Change, DeviceId, Document, Id, Workshop, WorkshopInfo};
use crate::store::{self, Autosaver, Dirs, LockGuard, LockInfo, Locking, templates};
use chrono::{NaiveDate, NaiveDateTime};
use std::path::{Path, PathBuf};

pub struct Session {
    pub path: PathBuf,
    pub doc: Document,
    /// Why changes are refused, when they are: held by someone else, `--read-only`, a newer
    /// file format.
    pub read_only: Option<String>,
    /// Held while we may write; dropping it removes the lock file.
    pub lock: Option<LockGuard>,
    /// Who holds the lock when it is not us (so the session is read-only); with
    /// `unconfirmed` set, another computer or an unreadable lock file, which `: take-over`
    /// may take.
    pub held_by: Option<LockInfo>,
    /// Saves on a worker thread; `None` when read-only.
    pub autosaver: Option<Autosaver>,
    pub save: SaveStatus,
    /// Note-taker mode: the one group this laptop captures for.
    pub group: Option<Id>,
}

impl Session {
    pub fn workshop(&self) -> &Workshop {
        self.doc.workshop()
    }

    /// The file name for the status bar.
    pub fn file_name(&self) -> String {
        self.path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| self.path.display().to_string())
    }
}

/// Open the session at `path`: take the lock (or open read-only and say why), load it,
/// start its autosaver and put it at the top of the recent files. Returns the session and
/// warnings for the status bar. Errors are one sentence naming the file.
pub fn open_session(
    dirs: &Dirs,
    path: &Path,
    read_only: bool,
) -> Result<(Session, Vec<String>), String> {
    let mut warnings = Vec::new();
    // Lock, then load: loaded first, a CLI import saved in between would be in neither this
    // copy nor (after our next save) the file.
    let mut held_by = None;
    let (mut read_only, mut lock) = if read_only {
        (Some("opened with --read-only".to_string()), None)
    } else {
        match store::lock(path) {
            Ok(Locking::Acquired(guard)) => (None, Some(guard)),
            Ok(Locking::HeldBy(info)) => {
                let reason = match &info.unconfirmed {
                    Some(_) => format!(
                        "locked by {info}, which halaqa cannot check from here; if it is \
                         closed there, \": take-over\" takes the lock"
                    ),
                    None => format!("held by {info}"),
                };
                held_by = Some(info);
                (Some(reason), None)
            }
            Err(error) => (Some(format!("could not take the lock: {error}")), None),
        }
    };
    let loaded = store::load(path).map_err(|e| e.to_string())?;
    if let Some(from) = loaded.migrated_from {
        warnings.push(format!(
            "{} was in format version {from}; it was updated and will be backed up before the first save",
            path.display()
        ));
    }
    if let Some(reason) = loaded.read_only_reason
        && read_only.is_none()
    {
        // A file from a newer halaqa: never written here, so nobody need wait for our lock.
        read_only = Some(reason);
        lock = None;
    }
    let device = dirs.device_id().unwrap_or_else(|error| {
        warnings.push(format!(
            "{error}; changes are stamped with a temporary device id"
        ));
        DeviceId::new(format!("temp-{}", Id::new().short()))
    });
    if let Err(error) = dirs.recent().touch(path) {
        warnings.push(format!("could not update the recent files: {error}"));
    }
    let autosaver = read_only
        .is_none()
        .then(|| Autosaver::start(path.to_path_buf()));
    tracing::info!(
        file = store::file_label(path),
        read_only = read_only.is_some(),
        held_elsewhere = held_by.is_some(),
        participants = loaded.workshop.participants().count(),
        entries = loaded.workshop.entries().count(),
        "session opened"
    );
    let session = Session {
        path: path.to_path_buf(),
        doc: Document::new(loaded.workshop, device),
        read_only,
        lock,
        held_by,
        autosaver,
        save: SaveStatus::default(),
        group: None,
    };
    Ok((session, warnings))
}

/// Where a fresh demo copy goes: `<data>/demo/demo-<date>-<time>.ron`.
pub fn demo_path(dirs: &Dirs, now: NaiveDateTime) -> PathBuf {
    dirs.data
        .join("demo")
        .join(format!("demo-{}.ron", now.format("%Y-%m-%d-%H%M%S")))
}

/// Write a fresh copy of the demo workshop for `now` and return its path.
pub fn write_demo(dirs: &Dirs, now: NaiveDateTime) -> Result<PathBuf, String> {
    let mut path = demo_path(dirs, now);
    let folder = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    // Private to this user: the demo holds (made-up) personal data, real copies follow.
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder
        .create(&folder)
        .map_err(|e| format!("could not create {}: {e}", folder.display()))?;
    // Two demos in the same second get distinct files.
    let mut n = 2;
    while path.exists() {
        path = folder.join(format!("demo-{}-{n}.ron", now.format("%Y-%m-%d-%H%M%S")));
        n += 1;
    }
    let workshop = store::demo::demo_workshop_on(now.date()).map_err(|e| e.to_string())?;
    store::save(&path, &workshop).map_err(|e| e.to_string())?;
    Ok(path)
}

/// What the "new session" form asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewSession {
    pub path: PathBuf,
    pub title: String,
    pub template: String,
    pub start: Option<NaiveDate>,
}

/// Create a session file from a template the way `halaqa new` does: the workshop, then the
/// template's changes as one batch through the document, then a save. Refuses to overwrite.
pub fn create_session(dirs: &Dirs, new: &NewSession) -> Result<(), String> {
    let path = &new.path;
    if path.exists() {
        return Err(format!(
            "{} already exists; choose another name, or open it",
            path.display()
        ));
    }
    let title = new.title.trim();
    if title.is_empty() {
        return Err("the workshop needs a title".to_string());
    }
    let template = templates::all()
        .into_iter()
        .find(|t| t.name == new.template)
        .ok_or_else(|| format!("there is no template called \"{}\"", new.template))?;
    let mut info = WorkshopInfo::titled(title);
    info.start = new.start;
    info.days = template.days.max(1);
    let device = dirs
        .device_id()
        .unwrap_or_else(|_| DeviceId::new(format!("temp-{}", Id::new().short())));
    let mut doc = Document::new(Workshop::new(info), device);
    let changes = templates::changes_for(template.name, doc.workshop().info())
        .ok_or_else(|| format!("there is no template called \"{}\"", template.name))?;
    if !changes.is_empty() {
        doc.apply(Change::Batch(changes))
            .map_err(|e| format!("the template {} did not apply: {e}", template.name))?;
    }
    store::save(path, doc.workshop()).map_err(|e| e.to_string())
}
