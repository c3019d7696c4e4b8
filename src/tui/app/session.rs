//! An open session: the document, where it lives, whether we may write it, and its saving.

use super::SaveStatus;
use crate::model::{Document, Id, Workshop};
use crate::session::{self, Intent};
use crate::store::{self, Autosaver, Dirs, LoadProgress, LockGuard, LockInfo};
use std::path::{Path, PathBuf};

/// What the "new session" form asks for: the session layer's new workshop.
pub use crate::session::NewWorkshop as NewSession;
pub use crate::session::write_demo;

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

/// Open the session at `path` through the session layer (lock, then load; read-only with
/// a reason when it must be), start its autosaver and put it at the top of the recent files.
/// Returns the session and warnings for the status bar. Errors are one sentence naming the
/// file.
pub fn open_session(
    dirs: &Dirs,
    path: &Path,
    read_only: bool,
) -> Result<(Session, Vec<String>), String> {
    open_session_reporting(dirs, path, read_only, &mut |_| {})
}

/// [`open_session`], saying how far the load has come.
pub fn open_session_reporting(
    dirs: &Dirs,
    path: &Path,
    read_only: bool,
    progress: &mut dyn FnMut(LoadProgress),
) -> Result<(Session, Vec<String>), String> {
    let opened = session::open_reporting(path, dirs, Intent::Work { read_only }, progress)
        .map_err(|e| e.to_string())?;
    let autosaver = opened
        .read_only
        .is_none()
        .then(|| Autosaver::start(path.to_path_buf()));
    let workshop = opened.document.workshop();
    tracing::info!(
        file = store::file_label(path),
        read_only = opened.read_only.is_some(),
        held_elsewhere = opened.held_by.is_some(),
        participants = workshop.participants().count(),
        entries = workshop.entries().count(),
        "session opened"
    );
    let session = Session {
        path: opened.path,
        doc: opened.document,
        read_only: opened.read_only,
        lock: opened.lock,
        held_by: opened.held_by,
        autosaver,
        save: SaveStatus::default(),
        group: None,
    };
    Ok((session, opened.warnings))
}
