//! An existing session opened to be changed from the command line (import, merge): the
//! lock is taken before the file is read, so nobody can write between our read and our save.

use crate::model::{Document, Workshop};
use crate::store::{self, Dirs, LockGuard, Locking, StoreError};
use std::path::{Path, PathBuf};

/// A loaded session that this process holds the lock on until it is dropped.
#[derive(Debug)]
pub struct WritableSession {
    pub path: PathBuf,
    /// The workshop with this machine's clock: make every change through it.
    pub document: Document,
    /// The file was in this older format version and has been migrated in memory.
    pub migrated_from: Option<u32>,
    _lock: LockGuard,
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

/// The refusal for a lock that names another computer or cannot be read.
pub fn unconfirmed(path: &Path, holder: &store::LockInfo) -> StoreError {
    let why = holder
        .unconfirmed
        .as_deref()
        .unwrap_or("it cannot be checked");
    StoreError::io_message(
        path,
        format!(
            "locked by {holder}, and {why}; nothing was written. If it is not open there any \
             more (closed, crashed or switched off), run the same command with --take-lock"
        ),
    )
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
    if !path.is_file() {
        // Not a file we could lock beside: let `load` say what it is instead.
        store::load(path)?;
        anyhow::bail!("{} is not a file", path.display());
    }
    let locking = if take_lock {
        store::take_over(path)?
    } else {
        store::lock(path)?
    };
    let guard = match locking {
        Locking::Acquired(guard) => guard,
        Locking::HeldBy(holder) if holder.unconfirmed.is_some() => {
            return Err(unconfirmed(path, &holder).into());
        }
        Locking::HeldBy(holder) => {
            return Err(StoreError::Locked {
                path: path.to_path_buf(),
                holder: Box::new(holder),
            }
            .into());
        }
    };
    let loaded = store::load(path)?;
    if let Some(reason) = loaded.read_only_reason {
        anyhow::bail!(
            "{}: {reason} This command will not write to it.",
            path.display()
        );
    }
    let device = dirs.device_id()?;
    Ok(WritableSession {
        path: path.to_path_buf(),
        document: Document::new(loaded.workshop, device),
        migrated_from: loaded.migrated_from,
        _lock: guard,
    })
}
