//! What can go wrong in a use case, each with the sentence the user reads.

use crate::store::StoreError;
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    #[error(
        "{} already exists; halaqa will not overwrite it (choose another name, or move it away first)",
        .0.display()
    )]
    Exists(PathBuf),
    #[error("the workshop needs a title")]
    NoTitle,
    #[error("there is no template called \"{name}\"; the templates are: {names}")]
    UnknownTemplate { name: String, names: String },
    #[error("the template could not be laid out: {0}")]
    Template(String),
    #[error("{} is not a file", .0.display())]
    NotAFile(PathBuf),
    /// A file from a newer halaqa, or with fields this version does not know.
    #[error("{}: {reason} This command will not write to it.", path.display())]
    WillNotWrite { path: PathBuf, reason: String },
    #[error("cannot create the folder {}: {source}", path.display())]
    Folder {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the demo could not be made: {0}")]
    Demo(String),
    #[error(
        "{} was written by a newer halaqa (format version {version}); update halaqa to merge it",
        path.display()
    )]
    NewerCopy { path: PathBuf, version: u32 },
    #[error(
        "{} and {} are two different workshops, not copies of one; nothing was merged",
        file.display(),
        copy.display()
    )]
    OtherWorkshop { file: PathBuf, copy: PathBuf },
    /// The workshop refused the change; nothing was changed.
    #[error("{0}")]
    Refused(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl SessionError {
    /// The error's kind for the log: never its sentence (which quotes paths and names).
    pub fn kind(&self) -> String {
        match self {
            SessionError::Exists(_) => "exists".to_string(),
            SessionError::NoTitle => "no title".to_string(),
            SessionError::UnknownTemplate { .. } => "unknown template".to_string(),
            SessionError::Template(_) => "template not laid out".to_string(),
            SessionError::NotAFile(_) => "not a file".to_string(),
            SessionError::WillNotWrite { .. } => "will not write".to_string(),
            SessionError::Folder { .. } => "folder not created".to_string(),
            SessionError::Demo(_) => "demo not made".to_string(),
            SessionError::NewerCopy { .. } => "newer copy".to_string(),
            SessionError::OtherWorkshop { .. } => "other workshop".to_string(),
            SessionError::Refused(_) => "refused".to_string(),
            // Only this error's own kind: its sources follow it in a chain of causes.
            SessionError::Store(error) => crate::store::error_kinds(error)
                .split(" <- ")
                .next()
                .unwrap_or_default()
                .to_string(),
        }
    }
}
