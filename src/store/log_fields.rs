//! What the log may say about a file and an error: a base name with its control characters
//! made visible, and the kinds of an error's causes, never their sentences. See
//! [`super::log_file`] for why.

use crate::model::printable::printable;
use std::io;
use std::path::Path;

/// A session (or any file's) name fit for the log: the base name only, with control
/// characters made visible.
pub fn file_label(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    printable(&name.replace(['\n', '\t'], " "))
}

/// What went wrong, for the log: each cause's kind, never its sentence (a sentence can quote
/// a file's content or a path). A parse error keeps its line and column, an I/O error its
/// kind and system error number.
pub fn error_kinds(error: &(dyn std::error::Error + 'static)) -> String {
    let mut kinds = Vec::new();
    let mut cause = Some(error);
    while let Some(error) = cause {
        kinds.push(kind_of(error));
        cause = error.source();
    }
    kinds.join(" <- ")
}

fn kind_of(error: &(dyn std::error::Error + 'static)) -> String {
    if let Some(store) = error.downcast_ref::<super::StoreError>() {
        return match store {
            super::StoreError::Io { .. } => "io".to_string(),
            super::StoreError::Parse { line, column, .. } => {
                format!("parse at line {line} column {column}")
            }
            super::StoreError::TooLarge { bytes, limit, .. } => {
                format!("too large ({bytes} of at most {limit} bytes)")
            }
            super::StoreError::NotHalaqa { .. } => "not a halaqa file".to_string(),
            super::StoreError::Locked { .. } => "locked by another halaqa".to_string(),
            super::StoreError::Newer { version, .. } => format!("newer format {version}"),
        };
    }
    if let Some(io) = error.downcast_ref::<io::Error>() {
        return match io.raw_os_error() {
            Some(code) => format!("io {:?} (os error {code})", io.kind()),
            None => format!("io {:?}", io.kind()),
        };
    }
    if error.downcast_ref::<crate::model::ApplyError>().is_some() {
        return "change refused".to_string();
    }
    "error".to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_labels_are_base_names_without_control_characters() {
        assert_eq!(
            file_label(Path::new("/home/someone/UNDP/closing.ron")),
            "closing.ron"
        );
        let label = file_label(Path::new("/tmp/a\u{1b}]0;x\u{7}.ron"));
        assert!(!label.chars().any(char::is_control), "{label:?}");
    }

    #[test]
    fn error_kinds_keep_the_place_and_the_system_reason_but_not_the_sentence() {
        let parse = super::super::StoreError::Parse {
            path: "/home/zainab/closing.ron".into(),
            line: 3,
            column: 7,
            message: "expected `,` after \"Zainab Hussein\"".into(),
        };
        assert_eq!(error_kinds(&parse), "parse at line 3 column 7");
        let io = io::Error::from_raw_os_error(13);
        assert_eq!(error_kinds(&io), "io PermissionDenied (os error 13)");
        let io = super::super::StoreError::io(Path::new("/home/zainab/x.ron"), "cannot read", &io);
        assert_eq!(error_kinds(&io), "io");
    }
}
