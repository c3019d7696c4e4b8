//! A session file that no longer loads (cut off by a full disk, a pulled USB stick, a bad
//! copy): what its backups hold, and putting one back without losing the damaged file.
//!
//! The damaged file is never overwritten and never deleted: restoring first keeps it under a
//! new name beside the session, `<file>.corrupt-<time>`, so whatever it still holds can be
//! copied out by hand. Then the chosen backup replaces the session the safe way (temp file,
//! fsync, rename). The backups themselves are left as they are.

use super::atomic::{folder_of, sync_folder, write_atomically};
use super::backups::backup_paths;
use super::lock::{Locking, lock, take_over};
use super::untrusted::read_regular_file;
use super::{StoreError, WORKSHOP_FILE, load};
use chrono::{DateTime, Local, NaiveDateTime};
use std::fs;
use std::path::{Path, PathBuf};

/// One backup of a session, as offered for restoring.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackupInfo {
    /// 1 is the newest.
    pub number: usize,
    pub path: PathBuf,
    /// When it was saved, in local time.
    pub saved: Option<NaiveDateTime>,
    pub bytes: u64,
    /// What it holds, or why it does not load either.
    pub contents: Result<Counts, String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Counts {
    pub participants: usize,
    pub entries: usize,
}

impl BackupInfo {
    /// "saved 2026-11-24 10:05 · 18.2 KB · 24 participants, 130 entries".
    pub fn describe(&self) -> String {
        let saved = self.saved.map_or_else(
            || "time unknown".to_string(),
            |t| t.format("%Y-%m-%d %H:%M").to_string(),
        );
        let contents = match &self.contents {
            Ok(counts) => format!(
                "{} {}, {} {}",
                counts.participants,
                if counts.participants == 1 {
                    "participant"
                } else {
                    "participants"
                },
                counts.entries,
                if counts.entries == 1 {
                    "entry"
                } else {
                    "entries"
                }
            ),
            Err(_) => "does not load either".to_string(),
        };
        format!("saved {saved} · {} · {contents}", size(self.bytes))
    }
}

/// A session that does not load, and what could replace it.
#[derive(Debug)]
pub struct Damage {
    pub error: StoreError,
    /// Newest first; only the backups that exist.
    pub backups: Vec<BackupInfo>,
}

/// `Some` when the session at `path` exists but its contents do not load (a damaged file,
/// rather than a missing one, a folder, a locked or a newer one).
pub fn damage(path: &Path) -> Option<Damage> {
    let error = load(path).err()?;
    if !is_damage(&error) {
        return None;
    }
    let backups = backups_of(path);
    tracing::warn!(
        file = super::log_fields::file_label(path),
        cause = super::log_fields::error_kinds(&error),
        backups = backups.len(),
        "damaged session found"
    );
    Some(Damage { error, backups })
}

/// Errors that mean the bytes are wrong, so a backup may help.
pub fn is_damage(error: &StoreError) -> bool {
    matches!(
        error,
        StoreError::Parse { .. } | StoreError::NotHalaqa { .. }
    )
}

/// The backups of the session at `path` that exist, newest first.
pub fn backups_of(path: &Path) -> Vec<BackupInfo> {
    backup_paths(path)
        .into_iter()
        .enumerate()
        .filter_map(|(i, backup)| {
            let meta = fs::metadata(&backup).ok().filter(fs::Metadata::is_file)?;
            let saved = meta
                .modified()
                .ok()
                .map(|t| DateTime::<Local>::from(t).naive_local());
            let contents = load(&backup)
                .map(|loaded| Counts {
                    participants: loaded.workshop.participants().count(),
                    entries: loaded.workshop.entries().count(),
                })
                .map_err(|e| e.to_string());
            Some(BackupInfo {
                number: i + 1,
                path: backup,
                saved,
                bytes: meta.len(),
                contents,
            })
        })
        .collect()
}

/// What a restore did.
#[derive(Debug)]
pub struct Restored {
    pub backup: BackupInfo,
    /// Where the damaged file is kept; `None` when there was no file at the path.
    pub kept_as: Option<PathBuf>,
}

/// Put backup `number` (1 = newest) back as the session at `path`, keeping the damaged file
/// as `<path>.corrupt-<now>`. Refuses a session that loads (nothing to repair), a backup
/// that does not load, and a session someone holds the lock on.
/// With `take_lock`, a lock naming another computer (or unreadable) is taken over.
pub fn restore(
    path: &Path,
    number: usize,
    now: NaiveDateTime,
    take_lock: bool,
) -> Result<Restored, StoreError> {
    let backups = backups_of(path);
    let Some(backup) = backups.into_iter().find(|b| b.number == number) else {
        return Err(StoreError::io_message(
            path,
            format!("there is no backup {number} of it"),
        ));
    };
    if let Err(why) = &backup.contents {
        return Err(StoreError::io_message(
            path,
            format!("backup {number} does not load either: {why}"),
        ));
    }
    let locking = if take_lock {
        take_over(path)?
    } else {
        lock(path)?
    };
    let _guard = match locking {
        Locking::Acquired(guard) => guard,
        Locking::HeldBy(holder) => {
            return Err(StoreError::Locked {
                path: path.to_path_buf(),
                holder: Box::new(holder),
            });
        }
    };
    let exists = fs::symlink_metadata(path).is_ok();
    if exists && load(path).is_ok() {
        return Err(StoreError::io_message(
            path,
            "it loads, so there is nothing to restore",
        ));
    }
    let kept_as = if exists {
        Some(keep_damaged(path, now)?)
    } else {
        None
    };
    let bytes = read_regular_file(&backup.path, WORKSHOP_FILE)?;
    write_atomically(path, &bytes, || {})?;
    tracing::info!(
        file = super::log_fields::file_label(path),
        backup = number,
        bytes = bytes.len(),
        damaged_kept = kept_as.is_some(),
        "recovery: backup restored"
    );
    Ok(Restored { backup, kept_as })
}

/// Give the damaged file a second name, `<path>.corrupt-<now>`, never one that exists.
/// A hard link keeps the very bytes (and their private mode) without copying; a disk
/// without hard links gets a copy.
fn keep_damaged(path: &Path, now: NaiveDateTime) -> Result<PathBuf, StoreError> {
    let stamp = now.format("%Y%m%d-%H%M%S");
    for n in 1..100 {
        let mut name = path.as_os_str().to_os_string();
        name.push(format!(".corrupt-{stamp}"));
        if n > 1 {
            name.push(format!("-{n}"));
        }
        let kept = PathBuf::from(name);
        if fs::symlink_metadata(&kept).is_ok() {
            continue;
        }
        let linked = fs::hard_link(path, &kept).or_else(|_| copy_new(path, &kept));
        match linked {
            Ok(()) => {
                sync_folder(&folder_of(path));
                return Ok(kept);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(StoreError::io(&kept, "cannot keep the damaged file", &e)),
        }
    }
    Err(StoreError::io_message(
        path,
        "cannot find a free name to keep the damaged file under",
    ))
}

/// Copy into a file that must not exist yet (0600).
fn copy_new(from: &Path, to: &Path) -> std::io::Result<()> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut out = options.open(to)?;
    std::io::copy(&mut fs::File::open(from)?, &mut out)?;
    out.sync_all()
}

/// "812 B", "18.2 KB", "3.4 MB".
fn size(bytes: u64) -> String {
    #[allow(clippy::cast_precision_loss)] // a size shown to one decimal
    let b = bytes as f64;
    if bytes < 1000 {
        format!("{bytes} B")
    } else if bytes < 1_000_000 {
        format!("{:.1} KB", b / 1000.0)
    } else {
        format!("{:.1} MB", b / 1_000_000.0)
    }
}
