//! Writing a session file safely: temp file (0600) → fsync → rename → fsync the folder,
//! keeping the three previous versions as backups.
//!
//! Backups live in a private folder beside the session:
//! `<folder>/.halaqa-backups/<file name>.1` (the version before the last save), `.2`, `.3`
//! (the oldest). See [`super::backups`] for when they rotate.

use super::StoreError;
use super::atomic::write_atomically;
pub use super::backups::backup_paths;
use super::backups::{AUTOSAVE_BACKUP_INTERVAL, Rotation, rotate};
use super::log_fields::{error_kinds, file_label};
use super::readable::readable;
use crate::model::{FORMAT_VERSION, Workshop};
use std::fs;
use std::path::{Path, PathBuf};

/// The first line of every session file, so someone who opens it knows what it is.
pub const FILE_COMMENT: &str =
    "// halaqa workshop session file (RON). See README.md, \"The workshop file\".";

/// How a save treats the backups.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SaveOptions {
    pub rotation: Rotation,
}

impl SaveOptions {
    /// Back up the previous version on every save: the command line and "save now".
    pub fn always_rotate() -> SaveOptions {
        SaveOptions {
            rotation: Rotation::Always,
        }
    }

    /// Back up the previous version only when the newest backup is five minutes old: the
    /// autosaver, which saves every few seconds.
    pub fn autosave() -> SaveOptions {
        SaveOptions {
            rotation: Rotation::WhenOlderThan(AUTOSAVE_BACKUP_INTERVAL),
        }
    }
}

impl Default for SaveOptions {
    fn default() -> Self {
        SaveOptions::always_rotate()
    }
}

/// The workshop as the text of a session file: a comment line, then pretty RON.
///
/// Field order follows the model's declarations, lines end in LF, the text ends with a
/// newline, and strings are escaped except for combining marks and joiners, so Arabic and
/// Kurdish stay readable while control and bidi characters stay visible as `\u{…}`.
pub fn to_ron(workshop: &Workshop) -> Result<String, StoreError> {
    let config = ron::ser::PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .separator(" ")
        .struct_names(false)
        .separate_tuple_members(false)
        .enumerate_arrays(false)
        .compact_arrays(false)
        .escape_strings(true);
    let body = ron::Options::default()
        .to_string_pretty(workshop, config)
        .map_err(|e| StoreError::Io {
            path: PathBuf::new(),
            message: format!("cannot write the workshop as text: {e}"),
        })?;
    let mut text = String::with_capacity(body.len() + FILE_COMMENT.len() + 2);
    text.push_str(FILE_COMMENT);
    text.push('\n');
    text.push_str(&readable(&body));
    if !text.ends_with('\n') {
        text.push('\n');
    }
    Ok(text)
}

/// Save atomically, rotating the previous file into the backups first.
pub fn save(path: &Path, workshop: &Workshop) -> Result<(), StoreError> {
    save_with(path, workshop, SaveOptions::always_rotate())
}

/// Save atomically with a choice of backup rotation. A workshop from a newer halaqa (opened
/// read-only) is refused: writing it would drop what this build does not know.
pub fn save_with(path: &Path, workshop: &Workshop, options: SaveOptions) -> Result<(), StoreError> {
    if workshop.version() > FORMAT_VERSION {
        return Err(StoreError::Newer {
            path: path.to_path_buf(),
            version: workshop.version(),
        });
    }
    let target = resolve_link(path);
    let text = to_ron(workshop).map_err(|e| match e {
        StoreError::Io { message, .. } => StoreError::Io {
            path: path.to_path_buf(),
            message,
        },
        other => other,
    })?;
    let started = std::time::Instant::now();
    let result = write_atomically(&target, text.as_bytes(), || {
        // A failed backup must not stop the save: the new text matters more than the old.
        let _ = rotate(&target, options.rotation, workshop.version());
    });
    let file = file_label(path);
    let ms = started.elapsed().as_millis() as u64;
    match &result {
        Ok(()) => tracing::info!(file, bytes = text.len(), ms, "save"),
        Err(error) => tracing::warn!(file, ms, cause = error_kinds(error), "save failed"),
    }
    result
}

/// Save through a symbolic link to the file it points at, instead of replacing the link.
fn resolve_link(path: &Path) -> PathBuf {
    let is_link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if is_link && let Ok(real) = fs::canonicalize(path) {
        return real;
    }
    path.to_path_buf()
}
