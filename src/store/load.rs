//! Reading a session file: size check, version first, migration, errors with line:column.

use super::StoreError;
use super::log_fields::{error_kinds, file_label};
use super::migrate::{MigrationError, migrate};
use super::parse_error::parse_error;
use super::save::FILE_COMMENT;
use super::untrusted::{FileKind, ReadProgress, read_regular_file_reporting};
use crate::model::{FORMAT_NAME, FORMAT_VERSION, Workshop};
use serde::Deserialize;
use std::path::Path;

/// Files bigger than this are refused before parsing.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

#[derive(Debug)]
pub struct Loaded {
    pub workshop: Workshop,
    /// The version the file was in when it was older than this build's; it was migrated and
    /// must be backed up before the first save. (Saving does this by itself: a file on disk
    /// in an older format is always moved into the backups, whatever the rotation policy.)
    pub migrated_from: Option<u32>,
    /// Set when the file is from a newer halaqa: open read-only and show this sentence.
    pub read_only_reason: Option<String>,
}

/// The two fields read before anything else; every other field is skipped.
#[derive(Deserialize)]
struct Header {
    format: String,
    version: u32,
}

/// Load a session file. Never writes.
pub fn load(path: &Path) -> Result<Loaded, StoreError> {
    load_reporting(path, &mut |_| {})
}

/// Where a load is: reading the bytes (how many of how many), then reading them as a session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadProgress {
    Reading(ReadProgress),
    Parsing { bytes: u64 },
}

/// [`load`], saying how far it has come (a 40 MB file takes a moment on a small laptop).
pub fn load_reporting(
    path: &Path,
    progress: &mut dyn FnMut(LoadProgress),
) -> Result<Loaded, StoreError> {
    let started = std::time::Instant::now();
    let result = read_and_parse(path, progress);
    let file = file_label(path);
    let ms = started.elapsed().as_millis() as u64;
    match &result {
        Ok((loaded, bytes)) => tracing::info!(
            file,
            bytes,
            ms,
            version = loaded.workshop.version(),
            migrated = loaded.migrated_from.is_some(),
            read_only = loaded.read_only_reason.is_some(),
            "load"
        ),
        Err(error) => tracing::warn!(file, ms, cause = error_kinds(error), "load failed"),
    }
    result.map(|(loaded, _)| loaded)
}

/// The loaded file and its size in bytes.
fn read_and_parse(
    path: &Path,
    progress: &mut dyn FnMut(LoadProgress),
) -> Result<(Loaded, usize), StoreError> {
    let bytes = read_regular_file_reporting(path, WORKSHOP_FILE, &mut |read| {
        progress(LoadProgress::Reading(read));
    })?;
    let size = bytes.len();
    progress(LoadProgress::Parsing {
        bytes: u64::try_from(size).unwrap_or(u64::MAX),
    });
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => return Err(not_utf8(path, error.as_bytes(), error.utf8_error())),
    };
    Ok((parse(path, &text)?, size))
}

/// Parse the text of a session file; `path` is only used in messages.
pub fn parse(path: &Path, text: &str) -> Result<Loaded, StoreError> {
    // An editor on Windows may have added a byte-order mark; it is not part of the data.
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(StoreError::Parse {
            path: path.to_path_buf(),
            line: 1,
            column: 1,
            message: "the file is empty; a workshop file starts with (format: \"halaqa\", …)"
                .into(),
        });
    }
    let options = ron::Options::default();
    // The common case, a file of this very version, in one pass; everything else is decided
    // by the header (format and version) first.
    if let Ok((workshop, unknown)) = noting_unknown_fields(text, &options)
        && workshop.format() == FORMAT_NAME
        && workshop.version() == FORMAT_VERSION
    {
        return Ok(Loaded {
            workshop,
            migrated_from: None,
            read_only_reason: unknown_fields_reason(&unknown),
        });
    }
    let header: Header = match options.from_str(text) {
        Ok(header) => header,
        Err(error) if looks_like_halaqa(text) => return Err(parse_error(path, text, &error)),
        Err(_) => {
            return Err(StoreError::NotHalaqa {
                path: path.to_path_buf(),
                reason: guess_what_it_is(text),
            });
        }
    };
    if header.format != FORMAT_NAME {
        return Err(StoreError::NotHalaqa {
            path: path.to_path_buf(),
            reason: format!("its format is {:?}, not \"{FORMAT_NAME}\"", header.format),
        });
    }
    let version = header.version;
    if version > FORMAT_VERSION {
        return match options.from_str::<Workshop>(text) {
            Ok(workshop) => Ok(Loaded {
                workshop,
                migrated_from: None,
                read_only_reason: Some(format!(
                    "This file was written by a newer halaqa (format version {version}; this \
                     one knows up to {FORMAT_VERSION}). It is open read-only so nothing is \
                     lost; update halaqa to change it."
                )),
            }),
            Err(_) => Err(StoreError::Newer {
                path: path.to_path_buf(),
                version,
            }),
        };
    }
    if version < FORMAT_VERSION {
        let migrated = migrate(text, version).map_err(|error| match error {
            MigrationError::Parse(error) => parse_error(path, text, &error),
            MigrationError::Unsupported(reason) => StoreError::NotHalaqa {
                path: path.to_path_buf(),
                reason,
            },
        })?;
        let workshop = options.from_str::<Workshop>(&migrated).map_err(|error| {
            StoreError::NotHalaqa {
                path: path.to_path_buf(),
                reason: format!(
                    "converting it from format version {version} failed ({}); please report this",
                    super::parse_error::plain_message(&error.code)
                ),
            }
        })?;
        return Ok(Loaded {
            workshop,
            migrated_from: Some(version),
            read_only_reason: None,
        });
    }
    let (workshop, unknown) =
        noting_unknown_fields(text, &options).map_err(|error| parse_error(path, text, &error))?;
    Ok(Loaded {
        workshop,
        migrated_from: None,
        read_only_reason: unknown_fields_reason(&unknown),
    })
}

/// Parse a workshop, noting every field this build does not know (`agenda[2].colour`): a
/// later halaqa may have written them into a file of this same version, and saving would
/// drop them.
fn noting_unknown_fields(
    text: &str,
    options: &ron::Options,
) -> Result<(Workshop, Vec<String>), ron::error::SpannedError> {
    let mut deserializer = ron::Deserializer::from_str_with_options(text, options)?;
    let mut unknown = Vec::new();
    let workshop: Workshop = serde_ignored::deserialize(&mut deserializer, |field| {
        unknown.push(field.to_string());
    })
    .map_err(|error| deserializer.span_error(error))?;
    deserializer
        .end()
        .map_err(|error| deserializer.span_error(error))?;
    Ok((workshop, unknown))
}

/// Why a file with unknown fields opens read-only: named, so nobody wonders.
fn unknown_fields_reason(unknown: &[String]) -> Option<String> {
    const SHOWN: usize = 5;
    if unknown.is_empty() {
        return None;
    }
    let (first, rest) = unknown.split_at(unknown.len().min(SHOWN));
    let first = first.join(", ");
    let more = match rest.len() {
        0 => String::new(),
        n => format!(" and {n} more"),
    };
    Some(format!(
        "This file has fields this halaqa does not know ({first}{more}), perhaps from a newer \
         halaqa. It is open read-only so they are not lost; update halaqa to change it."
    ))
}

/// What a session file is, for the bounded reader.
pub const WORKSHOP_FILE: FileKind = FileKind {
    one: "a workshop file",
    many: "workshop files",
    max_bytes: MAX_FILE_BYTES,
};

/// Bytes that are not UTF-8: a damaged workshop file (say where), or something else.
fn not_utf8(path: &Path, bytes: &[u8], error: std::str::Utf8Error) -> StoreError {
    let valid = &bytes[..error.valid_up_to()];
    let prefix = std::str::from_utf8(valid).unwrap_or("");
    if !looks_like_halaqa(prefix) {
        return StoreError::NotHalaqa {
            path: path.to_path_buf(),
            reason: "it is not a text file".into(),
        };
    }
    let line = 1 + prefix.matches('\n').count();
    let column = 1 + prefix.rsplit('\n').next().map_or(0, |l| l.chars().count());
    let message = if error.error_len().is_none() {
        "the file ends in the middle of a character: it may have been cut off while saving or \
         copying"
    } else {
        "the text is damaged here (these bytes are not UTF-8 text)"
    };
    StoreError::Parse {
        path: path.to_path_buf(),
        line,
        column,
        message: message.into(),
    }
}

/// Whether text that failed to parse was meant to be a halaqa file (so the user should
/// hear where it broke) rather than some other file opened by mistake.
fn looks_like_halaqa(text: &str) -> bool {
    let start = text.trim_start();
    if start.starts_with("// halaqa") || (!start.is_empty() && FILE_COMMENT.starts_with(start)) {
        return true;
    }
    let head: String = skip_comments(start)
        .chars()
        .filter(|c| !c.is_whitespace())
        .take(40)
        .collect();
    let ours = format!("(format:\"{FORMAT_NAME}\"");
    if !head.is_empty() && (head.starts_with(&ours) || ours.starts_with(&head)) {
        return true;
    }
    let head_bytes = text.len().min(4096);
    let head = text.get(..head_bytes).unwrap_or(text);
    head.contains(&format!("format: \"{FORMAT_NAME}\""))
}

/// `text` after any leading whitespace and comments.
fn skip_comments(mut text: &str) -> &str {
    loop {
        text = text.trim_start();
        if let Some(rest) = text.strip_prefix("//") {
            text = rest.split_once('\n').map_or("", |(_, after)| after);
        } else if let Some(rest) = text.strip_prefix("/*") {
            text = rest.split_once("*/").map_or("", |(_, after)| after);
        } else {
            return text;
        }
    }
}

/// A short guess at what a file that is not ours is, for the error message.
fn guess_what_it_is(text: &str) -> String {
    let start = skip_comments(text);
    let first_line = start.lines().next().unwrap_or("");
    if start.starts_with('{') || start.starts_with('[') {
        "it looks like JSON; a workshop file starts with (format: \"halaqa\", …)".into()
    } else if start.starts_with('<') {
        "it looks like HTML or XML; a workshop file starts with (format: \"halaqa\", …)".into()
    } else if !first_line.contains('(')
        && [',', ';', '\t'].iter().any(|sep| first_line.contains(*sep))
    {
        "it looks like a table (CSV); to add the people in it to a workshop use \
         `halaqa import participants`"
            .into()
    } else if start.starts_with('(') {
        "it has no `format: \"halaqa\"` at the top".into()
    } else {
        "a workshop file starts with (format: \"halaqa\", …)".into()
    }
}
