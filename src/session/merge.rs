//! Merging a note-taker's copy: read it (off the caller's thread when it is big), then bring
//! it in through the one door as one undoable step. The command line and the terminal
//! program both do exactly this, so they refuse the same copies with the same sentences.

use super::SessionError;
use crate::model::merge::{MergeSummary, summarise};
use crate::model::{Change, Document, Workshop};
use crate::store::{self, LoadProgress};
use std::path::Path;

/// What one copy brought.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Merged {
    pub summary: MergeSummary,
    /// False when the copy held nothing this file did not already have.
    pub changed: bool,
}

/// A copy to merge: it must load, and be one this halaqa can write back.
pub fn read_copy(
    path: &Path,
    progress: &mut dyn FnMut(LoadProgress),
) -> Result<Workshop, SessionError> {
    let loaded = store::load_reporting(path, progress)?;
    if loaded.read_only_reason.is_some() {
        return Err(SessionError::NewerCopy {
            path: path.to_path_buf(),
            version: loaded.workshop.version(),
        });
    }
    Ok(loaded.workshop)
}

/// Merge `copy` (read from `copy_path`) into the session at `file`: refused, with nothing
/// changed, when it is another workshop altogether.
pub fn merge_copy(
    document: &mut Document,
    file: &Path,
    copy_path: &Path,
    copy: Workshop,
) -> Result<Merged, SessionError> {
    if !document.workshop().same_workshop_as(&copy) {
        return Err(SessionError::OtherWorkshop {
            file: file.to_path_buf(),
            copy: copy_path.to_path_buf(),
        });
    }
    let before = document.workshop().clone();
    document
        .apply(Change::Merge(Box::new(copy)))
        .map_err(|e| SessionError::Refused(e.to_string()))?;
    let summary = summarise(&before, document.workshop());
    let changed = document.workshop() != &before;
    tracing::info!(
        file = store::file_label(file),
        copy = store::file_label(copy_path),
        added = summary.added,
        updated = summary.updated,
        conflicts = summary.conflicts,
        "merge"
    );
    Ok(Merged { summary, changed })
}
