//! Drafts: the text of an editor that is open but not yet saved, kept beside the session as
//! `<file>.draft` so a power cut or a closed terminal loses nothing typed.
//!
//! One draft per session file (one editor is open at a time). It is written atomically
//! (private temp file, mode 0600, fsync, rename) in the same RON style as the session, and
//! removed once the text is saved as an entry or deliberately discarded.

use super::StoreError;
use super::atomic::write_atomically;
use super::readable::readable;
use crate::model::{EntryKind, Id};
use chrono::NaiveDateTime;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};

/// The first line of every draft file.
pub const DRAFT_COMMENT: &str = "// halaqa draft: text typed into an editor and not yet saved. Reopen the session to restore it.";
/// What a draft file says it is.
pub const DRAFT_FORMAT: &str = "halaqa-draft";
/// The draft format this build writes.
pub const DRAFT_VERSION: u32 = 1;
/// Drafts larger than this are not read back (a draft is text one person typed or pasted).
pub const MAX_DRAFT_BYTES: u64 = 64 * 1024 * 1024;

/// Text from an open editor, with what it was meant to become.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub format: String,
    pub version: u32,
    /// Local time the draft was written, to say "from 14:32" when offering it back.
    pub saved_at: NaiveDateTime,
    /// The entry being edited; `None` for a new entry.
    pub entry: Option<Id>,
    /// The group the entry belongs (or was going) to.
    pub group: Option<Id>,
    pub kind: EntryKind,
    pub text: String,
}

impl Draft {
    pub fn new(
        saved_at: NaiveDateTime,
        entry: Option<Id>,
        group: Option<Id>,
        kind: EntryKind,
        text: impl Into<String>,
    ) -> Draft {
        Draft {
            format: DRAFT_FORMAT.to_string(),
            version: DRAFT_VERSION,
            saved_at,
            entry,
            group,
            kind,
            text: text.into(),
        }
    }
}

/// Where the draft of `session` lives: the same name with `.draft` added.
pub fn draft_path(session: &Path) -> PathBuf {
    let mut name: OsString = session
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_else(|| OsString::from("session"));
    name.push(".draft");
    session.with_file_name(name)
}

/// The draft as file text: a comment line, then pretty RON with Arabic readable and control
/// and bidi characters escaped (exactly as the session file does it).
pub fn draft_to_ron(draft: &Draft) -> Result<String, String> {
    to_ron_text(draft, DRAFT_COMMENT)
}

fn to_ron_text<T: Serialize>(value: &T, comment: &str) -> Result<String, String> {
    let config = ron::ser::PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .struct_names(false)
        .escape_strings(true);
    let body = ron::Options::default()
        .to_string_pretty(value, config)
        .map_err(|e| format!("cannot write the draft as text: {e}"))?;
    Ok(format!("{comment}\n{}\n", readable(&body)))
}

/// Write the draft of `session` atomically (0600).
pub fn save_draft(session: &Path, draft: &Draft) -> Result<(), StoreError> {
    let target = draft_path(session);
    let text = draft_to_ron(draft).map_err(|message| StoreError::io_message(&target, message))?;
    write_atomically(&target, text.as_bytes(), || {})
}

/// The draft of `session`, if there is one. A draft that cannot be read is an error naming
/// the file (the caller offers to discard it); it is never deleted here.
pub fn load_draft(session: &Path) -> Result<Option<Draft>, StoreError> {
    let path = draft_path(session);
    let draft: Option<Draft> = read_draft_file(&path)?;
    match draft {
        Some(draft) if draft.format != DRAFT_FORMAT => {
            Err(StoreError::io_message(&path, "this is not a halaqa draft"))
        }
        other => Ok(other),
    }
}

fn read_draft_file<T: DeserializeOwned>(path: &Path) -> Result<Option<T>, StoreError> {
    let size = match fs::metadata(path) {
        Ok(meta) => meta.len(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(StoreError::io(path, "cannot read the draft", &e)),
    };
    if size > MAX_DRAFT_BYTES {
        return Err(StoreError::io_message(
            path,
            format!("the draft is {size} bytes, more than a draft can be; it was not read"),
        ));
    }
    let text =
        fs::read_to_string(path).map_err(|e| StoreError::io(path, "cannot read the draft", &e))?;
    ron::Options::default()
        .from_str(&text)
        .map(Some)
        .map_err(|e| {
            StoreError::io_message(
                path,
                format!(
                    "the draft is damaged at {}:{}: {}",
                    e.span.start.line, e.span.start.col, e.code
                ),
            )
        })
}

/// Remove the draft of `session`; no draft is not an error.
pub fn remove_draft(session: &Path) -> Result<(), StoreError> {
    remove_draft_file(&draft_path(session))
}

fn remove_draft_file(path: &Path) -> Result<(), StoreError> {
    match fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(StoreError::io(path, "cannot remove the draft", &e)),
    }
}

/// The first line of every form draft file.
pub const FORM_DRAFT_COMMENT: &str = "// halaqa form draft: what was typed into a form and not yet saved. Reopen the same form to get it back.";
/// What a form draft file says it is.
pub const FORM_DRAFT_FORMAT: &str = "halaqa-form-draft";

/// What was typed into a form (an agenda item, a person, a group, the workshop details)
/// when the program ended before it was saved or cancelled.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormDraft {
    pub format: String,
    pub version: u32,
    pub saved_at: NaiveDateTime,
    /// Which form: "agenda item", "person", "workshop details", …
    pub form: String,
    /// The record it edits; `None` for a new one.
    pub record: Option<Id>,
    /// Each field's label and its text as typed (a choice: the chosen option's name).
    pub fields: Vec<(String, String)>,
}

impl FormDraft {
    pub fn new(
        saved_at: NaiveDateTime,
        form: impl Into<String>,
        record: Option<Id>,
        fields: Vec<(String, String)>,
    ) -> FormDraft {
        FormDraft {
            format: FORM_DRAFT_FORMAT.to_string(),
            version: DRAFT_VERSION,
            saved_at,
            form: form.into(),
            record,
            fields,
        }
    }
}

/// Where the form draft of `session` lives: the same name with `.form-draft` added (beside
/// the editor's `.draft`: an entry and a form can both be half typed).
pub fn form_draft_path(session: &Path) -> PathBuf {
    // session.ron.draft → session.ron.form-draft
    draft_path(session).with_extension("form-draft")
}

/// Write the form draft of `session` atomically (0600).
pub fn save_form_draft(session: &Path, draft: &FormDraft) -> Result<(), StoreError> {
    let target = form_draft_path(session);
    let text = to_ron_text(draft, FORM_DRAFT_COMMENT)
        .map_err(|message| StoreError::io_message(&target, message))?;
    write_atomically(&target, text.as_bytes(), || {})
}

/// The form draft of `session`, if there is one; a damaged one is an error naming the file.
pub fn load_form_draft(session: &Path) -> Result<Option<FormDraft>, StoreError> {
    let path = form_draft_path(session);
    let draft: Option<FormDraft> = read_draft_file(&path)?;
    match draft {
        Some(draft) if draft.format != FORM_DRAFT_FORMAT => Err(StoreError::io_message(
            &path,
            "this is not a halaqa form draft",
        )),
        other => Ok(other),
    }
}

/// Remove the form draft of `session`; none is not an error.
pub fn remove_form_draft(session: &Path) -> Result<(), StoreError> {
    remove_draft_file(&form_draft_path(session))
}
