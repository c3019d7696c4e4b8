//! Writing a session file safely: temp file (0600) → fsync → rename → fsync the folder,
//! keeping the three previous versions as backups.

use super::StoreError;
use crate::model::Workshop;
use std::path::{Path, PathBuf};

/// The workshop as the text of a session file: a comment line, then pretty RON.
pub fn to_ron(workshop: &Workshop) -> Result<String, StoreError> {
    let _ = workshop;
    todo!("store helper")
}

/// Save atomically, rotating the previous file into the backups first.
pub fn save(path: &Path, workshop: &Workshop) -> Result<(), StoreError> {
    let _ = (path, workshop);
    todo!("store helper")
}

/// Where the backups of `path` live, newest first.
pub fn backup_paths(path: &Path) -> Vec<PathBuf> {
    let _ = path;
    todo!("store helper")
}
