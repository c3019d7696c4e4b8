//! An existing session opened to be changed from the command line (import, merge): the
//! session layer locks before it reads, so nobody can write between our read and our save.

use crate::model::{Document, Workshop};
use crate::session::{self, Intent};
use crate::store::{self, Dirs, LockGuard, StoreError};
use std::path::{Path, PathBuf};

pub use crate::session::unconfirmed;

/// A loaded session that this process holds the lock on until it is dropped.
#[derive(Debug)]
pub struct WritableSession {
    pub path: PathBuf,
    /// The workshop with this machine's clock: make every change through it.
    pub document: Document,
    /// The file was in this older format version and has been migrated in memory.
    pub migrated_from: Option<u32>,
    _lock: Option<LockGuard>,
}

impl WritableSession {
    pub fn workshop(&self) -> &Workshop {
        self.document.workshop()
    }

    /// Write the session back safely (temp file, rename, backups).
    pub fn save(&self) -> Result<(), StoreError> {
        store::save(&self.path, self.document.workshop())
    }
}

/// Lock `path`, then load it. Refuses, with one sentence, a file someone else holds, a file
/// that does not load, and a file from a newer halaqa (which must not be written).
pub fn open_for_writing(path: &Path, dirs: &Dirs) -> anyhow::Result<WritableSession> {
    open_for_writing_with(path, dirs, false)
}

/// [`open_for_writing`]; with `take_lock` (`--take-lock`), a lock naming another computer,
/// or one that cannot be read, is taken over instead of refused.
pub fn open_for_writing_with(
    path: &Path,
    dirs: &Dirs,
    take_lock: bool,
) -> anyhow::Result<WritableSession> {
    let opened = session::open(path, dirs, Intent::Change { take_lock })?;
    Ok(WritableSession {
        path: opened.path,
        document: opened.document,
        migrated_from: opened.migrated_from,
        _lock: opened.lock,
    })
}
