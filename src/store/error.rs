//! What can go wrong with a file, said so a person can act on it.

use super::LockInfo;
use std::io;
use std::path::{Path, PathBuf};
use thiserror::Error;

#[derive(Debug, Error)]
pub enum StoreError {
    /// The file system refused (missing file, no permission, a folder given as a file, …).
    #[error("{path}: {message}")]
    Io { path: PathBuf, message: String },
    /// The text does not parse: names the place and what was expected there.
    #[error("{path}:{line}:{column}: {message}")]
    Parse {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{path} is {bytes} bytes; halaqa opens {what} up to {} MiB", limit / (1024 * 1024))]
    TooLarge {
        path: PathBuf,
        bytes: u64,
        /// The cap, in bytes.
        limit: u64,
        /// The kind of file, plural ("workshop files").
        what: &'static str,
    },
    #[error("{path} is not a halaqa workshop file ({reason})")]
    NotHalaqa { path: PathBuf, reason: String },
    #[error("{path} is in use by {holder}; try again when they have closed it")]
    Locked {
        path: PathBuf,
        holder: Box<LockInfo>,
    },
    #[error(
        "{path} was written by a newer halaqa (format version {version}) and this one cannot \
         read it; update halaqa to open it"
    )]
    Newer { path: PathBuf, version: u32 },
}

impl StoreError {
    /// An I/O failure while `doing` something to `path`, in words a person can act on:
    /// "cannot read: there is no such file".
    pub fn io(path: &Path, doing: &str, error: &io::Error) -> StoreError {
        // The log gets the cause here, where the system's error is still known; `doing` is
        // always a sentence of ours, never a file's content.
        tracing::warn!(
            file = super::log_fields::file_label(path),
            doing,
            kind = ?error.kind(),
            os_error = error.raw_os_error(),
            "file trouble"
        );
        StoreError::Io {
            path: path.to_path_buf(),
            message: format!("{doing}: {}", plain_io_reason(error)),
        }
    }

    /// An I/O-like failure described by a sentence of our own.
    pub fn io_message(path: &Path, message: impl Into<String>) -> StoreError {
        StoreError::Io {
            path: path.to_path_buf(),
            message: message.into(),
        }
    }

    /// The file this error is about.
    pub fn path(&self) -> &Path {
        match self {
            StoreError::Io { path, .. }
            | StoreError::Parse { path, .. }
            | StoreError::TooLarge { path, .. }
            | StoreError::NotHalaqa { path, .. }
            | StoreError::Locked { path, .. }
            | StoreError::Newer { path, .. } => path,
        }
    }
}

/// The reason behind an I/O error, without the "(os error 2)" noise.
pub fn plain_io_reason(error: &io::Error) -> String {
    use io::ErrorKind as K;
    let plain = match error.kind() {
        K::NotFound => "there is no such file or folder",
        K::PermissionDenied => "permission denied",
        K::AlreadyExists => "it already exists",
        K::IsADirectory => "it is a folder, not a file",
        K::NotADirectory => "part of the path is a file, not a folder",
        K::StorageFull => "the disk is full",
        K::QuotaExceeded => "the disk quota is used up",
        K::ReadOnlyFilesystem => "the disk is read-only",
        K::FileTooLarge => "the file is too large for this disk",
        K::InvalidData => "it is not text (not valid UTF-8)",
        K::Interrupted => "the operation was interrupted",
        K::CrossesDevices => "the backup folder is on another disk",
        K::DirectoryNotEmpty => "the folder is not empty",
        K::InvalidFilename => "the file name is not valid here",
        K::Unsupported => "the disk does not support this",
        K::StaleNetworkFileHandle | K::NetworkDown | K::HostUnreachable => {
            "the network drive is not reachable"
        }
        _ => "",
    };
    if !plain.is_empty() {
        return plain.to_string();
    }
    // Fall back on the system's words, minus the error number.
    let text = error.to_string();
    match text.find(" (os error") {
        Some(cut) => text[..cut].to_string(),
        None => text,
    }
}
