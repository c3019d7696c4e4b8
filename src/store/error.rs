//! What can go wrong with a file, said so a person can act on it.

use std::path::PathBuf;
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
    #[error("{path} is {bytes} bytes; halaqa opens workshop files up to 64 MiB")]
    TooLarge { path: PathBuf, bytes: u64 },
    #[error("{path} is not a halaqa workshop file ({reason})")]
    NotHalaqa { path: PathBuf, reason: String },
    #[error("{path} is in use by {holder}; try again when they have closed it")]
    Locked { path: PathBuf, holder: String },
    #[error("{path} was written by a newer halaqa (format version {version}); it opens read-only")]
    Newer { path: PathBuf, version: u32 },
}
