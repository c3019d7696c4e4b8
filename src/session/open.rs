//! Opening a session: always lock, then load — loaded first, a change saved by someone else
//! in between would be in neither our copy nor, after our next save, the file.

use super::SessionError;
use crate::model::{DeviceId, Document, Id};
use crate::store::{self, Dirs, LoadProgress, LockGuard, LockInfo, Locking, StoreError};
use std::path::{Path, PathBuf};

/// What the session is opened for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Intent {
    /// A command that changes the file (import, merge, restore): refused, with a sentence,
    /// unless this process holds the lock and may write the file. With `take_lock`
    /// (`--take-lock`) a lock naming another computer, or one that cannot be read, is taken.
    Change { take_lock: bool },
    /// The terminal program: work on it, read-only (saying why) when someone else holds it,
    /// when asked, or when the file must not be written.
    Work { read_only: bool },
}

/// A loaded session and what we may do with it.
#[derive(Debug)]
pub struct Opened {
    pub path: PathBuf,
    /// The workshop with this machine's clock: every change goes through it.
    pub document: Document,
    /// The file was in this older format version and has been migrated in memory.
    pub migrated_from: Option<u32>,
    /// Held while we may write; dropping it removes the lock file.
    pub lock: Option<LockGuard>,
    /// Why changes are refused, when they are (only with [`Intent::Work`]).
    pub read_only: Option<String>,
    /// Who holds the lock when it is not us.
    pub held_by: Option<LockInfo>,
    /// Sentences for the user that do not stop the opening.
    pub warnings: Vec<String>,
}

pub fn open(path: &Path, dirs: &Dirs, intent: Intent) -> Result<Opened, SessionError> {
    open_reporting(path, dirs, intent, &mut |_| {})
}

/// [`open`], saying how far the load has come (for a job that keeps a screen drawing).
pub fn open_reporting(
    path: &Path,
    dirs: &Dirs,
    intent: Intent,
    progress: &mut dyn FnMut(LoadProgress),
) -> Result<Opened, SessionError> {
    match intent {
        Intent::Change { take_lock } => open_to_change(path, dirs, take_lock, progress),
        Intent::Work { read_only } => open_to_work(path, dirs, read_only, progress),
    }
}

fn open_to_change(
    path: &Path,
    dirs: &Dirs,
    take_lock: bool,
    progress: &mut dyn FnMut(LoadProgress),
) -> Result<Opened, SessionError> {
    if !path.is_file() {
        // Not a file we could lock beside: let `load` say what it is instead.
        store::load(path)?;
        return Err(SessionError::NotAFile(path.to_path_buf()));
    }
    let locking = if take_lock {
        store::take_over(path)?
    } else {
        store::lock(path)?
    };
    let lock = match locking {
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
    let loaded = store::load_reporting(path, progress)?;
    if let Some(reason) = loaded.read_only_reason {
        return Err(SessionError::WillNotWrite {
            path: path.to_path_buf(),
            reason,
        });
    }
    Ok(Opened {
        path: path.to_path_buf(),
        document: Document::new(loaded.workshop, dirs.device_id()?),
        migrated_from: loaded.migrated_from,
        lock: Some(lock),
        read_only: None,
        held_by: None,
        warnings: Vec::new(),
    })
}

fn open_to_work(
    path: &Path,
    dirs: &Dirs,
    asked_read_only: bool,
    progress: &mut dyn FnMut(LoadProgress),
) -> Result<Opened, SessionError> {
    let mut warnings = Vec::new();
    let mut held_by = None;
    let (mut read_only, mut lock) = if asked_read_only {
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
    let loaded = store::load_reporting(path, progress)?;
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
    Ok(Opened {
        path: path.to_path_buf(),
        document: Document::new(loaded.workshop, device),
        migrated_from: loaded.migrated_from,
        lock,
        read_only,
        held_by,
        warnings,
    })
}

/// The refusal for a lock that names another computer or cannot be read.
pub fn unconfirmed(path: &Path, holder: &LockInfo) -> StoreError {
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
