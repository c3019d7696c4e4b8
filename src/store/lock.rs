//! The lock file beside a session: who holds it (user, host, pid, since).

use super::StoreError;
use std::path::Path;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LockInfo {
    pub user: String,
    pub host: String,
    pub pid: u32,
    pub since: String,
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

/// Held while this process may write the session; dropping it removes the lock file.
#[derive(Debug)]
pub struct LockGuard {
    _private: (),
}

/// The result of asking for the lock.
#[derive(Debug)]
pub enum Locking {
    /// Ours now (a stale lock from a dead process was taken over).
    Acquired(LockGuard),
    /// Someone alive holds it: open read-only, or refuse to write.
    HeldBy(LockInfo),
}

/// Take the lock on the session at `path`.
pub fn lock(path: &Path) -> Result<Locking, StoreError> {
    let _ = path;
    todo!("store helper")
}
