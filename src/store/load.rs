//! Reading a session file: size check, version first, migration, errors with line:column.

use super::StoreError;
use crate::model::Workshop;
use std::path::Path;

/// Files bigger than this are refused before parsing.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

#[derive(Debug)]
pub struct Loaded {
    pub workshop: Workshop,
    /// The version the file was in when it was older than this build's; it was migrated and
    /// must be backed up before the first save.
    pub migrated_from: Option<u32>,
    /// Set when the file is from a newer halaqa: open read-only and show this sentence.
    pub read_only_reason: Option<String>,
}

/// Load a session file. Never writes.
pub fn load(path: &Path) -> Result<Loaded, StoreError> {
    let _ = path;
    todo!("store helper")
}
