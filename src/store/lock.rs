//! The lock file beside a session: who holds it (user, host, pid, since).
//!
//! `<session>.lock` holds four `key: value` lines a person can read (login name, computer
//! name, process number, since when; nothing from the workshop). The holder also keeps an
//! operating-system lock (`File::try_lock`) on it for as long as it runs. That lock dies with
//! its process, so on one computer a lock file whose OS lock can be taken was left by a
//! program that crashed or was killed, and is taken over.
//!
//! Across computers the OS lock proves nothing: on a shared or network folder it may not
//! reach from one laptop to another. So a lock file that names another computer, or whose
//! process number cannot be read, is never taken over by itself: [`lock`] reports it as
//! held (unconfirmed, with the reason), and only [`take_over`], a deliberate choice, takes
//! it.

use super::StoreError;
use std::fs::{self, File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LockInfo {
    pub user: String,
    pub host: String,
    pub pid: u32,
    pub since: String,
    /// Set when the holder could not be confirmed (another computer, an unreadable process
    /// number): why halaqa cannot tell whether it is still open there. Not written to the
    /// file.
    pub unconfirmed: Option<String>,
}

impl std::fmt::Display for LockInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} on {} (process {}, since {})",
            self.user, self.host, self.pid, self.since
        )
    }
}

impl LockInfo {
    /// This process, now.
    pub fn current() -> LockInfo {
        LockInfo {
            user: current_user(),
            host: current_host(),
            pid: std::process::id(),
            since: chrono::Local::now().format("%Y-%m-%d %H:%M").to_string(),
            unconfirmed: None,
        }
    }

    /// The text of a lock file.
    pub fn to_text(&self) -> String {
        format!(
            "user: {}\nhost: {}\npid: {}\nsince: {}\n",
            one_line(&self.user),
            one_line(&self.host),
            self.pid,
            one_line(&self.since)
        )
    }

    /// Read a lock file's text; missing lines read as "unknown".
    pub fn from_text(text: &str) -> LockInfo {
        let field = |key: &str| {
            text.lines()
                .find_map(|line| line.strip_prefix(key)?.strip_prefix(':'))
                .map(|value| value.trim().to_string())
                .filter(|value| !value.is_empty())
        };
        LockInfo {
            user: field("user").unwrap_or_else(|| "someone".into()),
            host: field("host").unwrap_or_else(|| "an unknown computer".into()),
            pid: field("pid").and_then(|p| p.parse().ok()).unwrap_or(0),
            since: field("since").unwrap_or_else(|| "an unknown time".into()),
            unconfirmed: None,
        }
    }

    /// Why a lock file whose OS lock is free must still not be taken over silently: it names
    /// another computer (whose OS lock may not reach here), or its process cannot be checked.
    fn doubt(&self, text: &str) -> Option<String> {
        if text.trim().is_empty() {
            return None;
        }
        let here = current_host();
        if self.host != here {
            return Some(format!(
                "it names another computer ({}); halaqa cannot check from {here} whether it is still open there",
                self.host
            ));
        }
        if self.pid == 0 {
            return Some(
                "its process number cannot be read, so halaqa cannot check whether it still runs"
                    .to_string(),
            );
        }
        None
    }
}

/// Held while this process may write the session; dropping it removes the lock file.
#[derive(Debug)]
pub struct LockGuard {
    /// Open for as long as the guard lives: the OS lock is on this handle.
    file: File,
    path: PathBuf,
}

impl LockGuard {
    /// The lock file.
    pub fn lock_path(&self) -> &Path {
        &self.path
    }
}

impl Drop for LockGuard {
    fn drop(&mut self) {
        // Remove the name first, then the OS lock goes with the handle. A process that
        // opened the old file in between notices it is no longer the one at this name
        // (see `lock`) and tries again.
        let _ = fs::remove_file(&self.path);
        let _ = self.file.unlock();
    }
}

/// The result of asking for the lock.
#[derive(Debug)]
pub enum Locking {
    /// Ours now (a stale lock from a dead process was taken over).
    Acquired(LockGuard),
    /// Someone alive holds it: open read-only, or refuse to write.
    HeldBy(LockInfo),
}

/// The lock file of the session at `path`: `<path>.lock`.
pub fn lock_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(".lock");
    PathBuf::from(name)
}

/// Take the lock on the session at `path`. A lock file left by a process of this computer
/// that no longer runs is taken over; one naming another computer, or an unreadable one, is
/// reported as [`Locking::HeldBy`] with [`LockInfo::unconfirmed`] set.
pub fn lock(path: &Path) -> Result<Locking, StoreError> {
    lock_with(path, false)
}

/// Take the lock even when its file names another computer or cannot be read: the user's
/// deliberate choice, once they know the other holder has closed it. A lock that a running
/// process on this computer holds is still refused.
pub fn take_over(path: &Path) -> Result<Locking, StoreError> {
    lock_with(path, true)
}

fn lock_with(path: &Path, take_over: bool) -> Result<Locking, StoreError> {
    let result = lock_once(path, take_over);
    // Who holds a lock is a person's login and computer name: the log says only where.
    let file = super::log_fields::file_label(path);
    match &result {
        Ok(Locking::Acquired(_)) => tracing::info!(file, take_over, "lock taken"),
        Ok(Locking::HeldBy(holder)) => tracing::info!(
            file,
            other_computer = holder.host != current_host(),
            unconfirmed = holder.unconfirmed.is_some(),
            "lock refused"
        ),
        Err(error) => tracing::warn!(
            file,
            cause = super::log_fields::error_kinds(error),
            "lock failed"
        ),
    }
    result
}

fn lock_once(path: &Path, take_over: bool) -> Result<Locking, StoreError> {
    let lock_file = lock_path(path);
    // The holder may release between our open and our try_lock; a few rounds settle it.
    for _ in 0..5 {
        let file = open_lock_file(&lock_file)
            .map_err(|e| StoreError::io(&lock_file, "cannot create the lock file", &e))?;
        match file.try_lock() {
            Ok(()) => {
                if !still_at_path(&file, &lock_file) {
                    // The previous holder removed this file as we locked it; take the new one.
                    continue;
                }
                if !take_over {
                    let text = read_text(&file);
                    let mut holder = LockInfo::from_text(&text);
                    if let Some(why) = holder.doubt(&text) {
                        // Dropping `file` releases our OS lock: the file stays as it was.
                        holder.unconfirmed = Some(why);
                        return Ok(Locking::HeldBy(holder));
                    }
                }
                write_info(&file, &LockInfo::current())
                    .map_err(|e| StoreError::io(&lock_file, "cannot write the lock file", &e))?;
                // Ours now: nobody else saves this session, so what a killed save left goes.
                super::stale_temps::remove_stale_temps(path);
                return Ok(Locking::Acquired(LockGuard {
                    file,
                    path: lock_file,
                }));
            }
            Err(fs::TryLockError::WouldBlock) => {
                return Ok(Locking::HeldBy(read_info(&file)));
            }
            Err(fs::TryLockError::Error(e)) => {
                return Err(StoreError::io(
                    &lock_file,
                    "cannot lock the session (the disk may not support locks)",
                    &e,
                ));
            }
        }
    }
    Err(StoreError::io_message(
        &lock_file,
        "cannot take the lock: another halaqa keeps taking and releasing it; try again",
    ))
}

fn open_lock_file(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Readable by others so a colleague's halaqa can say who holds the session.
        options.mode(0o644);
    }
    options.open(path)
}

/// Whether the file we locked is still the one named `path` (not removed or replaced).
fn still_at_path(file: &File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (file.metadata(), fs::metadata(path)) {
            (Ok(ours), Ok(named)) => ours.dev() == named.dev() && ours.ino() == named.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = file;
        path.exists()
    }
}

fn write_info(mut file: &File, info: &LockInfo) -> std::io::Result<()> {
    file.set_len(0)?;
    file.seek(SeekFrom::Start(0))?;
    file.write_all(info.to_text().as_bytes())?;
    file.sync_all()
}

/// The lock file's text as it is now, at most 4 KiB.
fn read_text(mut file: &File) -> String {
    let mut text = String::new();
    let _ = file
        .seek(SeekFrom::Start(0))
        .and_then(|_| file.take(4096).read_to_string(&mut text));
    text
}

/// Who holds the lock. The holder writes its lines right after locking, so an empty file
/// is given a moment to fill.
fn read_info(mut file: &File) -> LockInfo {
    let mut text = String::new();
    for _ in 0..10 {
        text.clear();
        let read = file
            .seek(SeekFrom::Start(0))
            .and_then(|_| file.take(4096).read_to_string(&mut text));
        if read.is_ok() && text.contains("pid:") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    LockInfo::from_text(&text)
}

fn one_line(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).collect()
}

fn current_user() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .filter_map(|key| std::env::var(key).ok())
        .map(|value| value.trim().to_string())
        .find(|value| !value.is_empty())
        .unwrap_or_else(|| "someone".into())
}

fn current_host() -> String {
    let from_file = fs::read_to_string("/etc/hostname")
        .ok()
        .map(|name| name.trim().to_string());
    from_file
        .into_iter()
        .chain(
            ["HOSTNAME", "COMPUTERNAME"]
                .iter()
                .filter_map(|k| std::env::var(k).ok()),
        )
        .map(|name| name.trim().to_string())
        .find(|name| !name.is_empty())
        .unwrap_or_else(|| "this computer".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lock_info_survives_its_text_form() {
        let info = LockInfo {
            user: "sara".into(),
            host: "laptop-3".into(),
            pid: 4242,
            since: "2026-11-24 09:12".into(),
            unconfirmed: None,
        };
        assert_eq!(LockInfo::from_text(&info.to_text()), info);
    }

    #[test]
    fn a_garbled_lock_file_still_reads_as_someone() {
        let info = LockInfo::from_text("nonsense");
        assert_eq!(info.user, "someone");
        assert_eq!(info.pid, 0);
    }
}
