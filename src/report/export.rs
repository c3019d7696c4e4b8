//! Writing a report to disk, safely: nothing half-written is ever left where the user will
//! look, and an existing output is replaced only once the new one is complete.
//!
//! - Markdown, HTML and the sign-in sheet: a temp file (mode 0600) in the target's folder → write → fsync →
//!   rename over the target → fsync the folder.
//! - CSV: a temp folder (0700, files 0600) beside the target → write every table, fsync
//!   each → move an existing output folder aside → rename the new one into place → remove
//!   the old one. A folder that holds anything but halaqa's tables is never replaced.

use super::Report;
use super::signin::SigninSheet;
use super::tables::{self, FILE_NAMES};
use crate::model::Workshop;
use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use thiserror::Error;

/// The formats `halaqa export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    Markdown,
    Html,
    Csv,
    /// The printable sign-in sheet of one day (HTML), not the report.
    Signin,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Markdown, Format::Html, Format::Csv, Format::Signin];

    /// The word on the command line: `md`, `html`, `csv`, `signin`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Csv => "csv",
            Format::Signin => "signin",
        }
    }

    pub fn parse(word: &str) -> Option<Format> {
        match word.trim().to_ascii_lowercase().as_str() {
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" => Some(Format::Html),
            "csv" => Some(Format::Csv),
            "signin" | "sign-in" => Some(Format::Signin),
            _ => None,
        }
    }
}

/// How far an export has got, for a progress bar: `done` of `total` steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
    /// What is being done now, in a few words ("computing figures", "writing entries.csv").
    pub step: &'static str,
}

/// What was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportSummary {
    pub path: PathBuf,
    pub format: Format,
    /// The files written (one for md/html; the tables for csv).
    pub files: Vec<String>,
    pub bytes: u64,
    /// One line: "48 registered, 41 attended, 96 entries from 3 groups".
    pub summary: String,
}

#[derive(Debug, Error)]
pub enum ExportError {
    #[error("cannot write {path}: the folder {folder} does not exist")]
    MissingFolder { path: PathBuf, folder: PathBuf },
    #[error("cannot write {path}: {reason}")]
    Refused { path: PathBuf, reason: String },
    #[error("cannot write {path}: {message}")]
    Io { path: PathBuf, message: String },
}

fn io_error(path: &Path, error: &io::Error) -> ExportError {
    let message = match error.kind() {
        io::ErrorKind::PermissionDenied => "permission denied (the folder is not writable)".into(),
        io::ErrorKind::StorageFull => "the disk is full".into(),
        io::ErrorKind::ReadOnlyFilesystem => "the disk is read-only".into(),
        // Without the temp file's name and the errno: the sentence is about the user's path.
        _ => {
            let text = error.to_string();
            let text = text.split(" at path ").next().unwrap_or(&text);
            let text = text.split(" (os error").next().unwrap_or(text);
            text.to_lowercase()
        }
    };
    ExportError::Io {
        path: path.to_path_buf(),
        message,
    }
}

/// Where an export goes when no `--output` is given: beside the session, `FILE.md` /
/// `FILE.html` or the folder `FILE-tables/`, with `-anonymised` before the extension when
/// anonymised.
pub fn default_output(session: &Path, format: Format, anonymise: bool) -> PathBuf {
    let stem = session
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "report".to_string());
    let suffix = if anonymise { "-anonymised" } else { "" };
    let name = match format {
        Format::Markdown => format!("{stem}{suffix}.md"),
        Format::Html => format!("{stem}{suffix}.html"),
        Format::Csv => format!("{stem}{suffix}-tables"),
        // A sign-in sheet is never anonymised; the day is not known here.
        Format::Signin => format!("{stem}-signin.html"),
    };
    session.with_file_name(name)
}

/// Where the sign-in sheet of `day` goes when no `--output` is given: `FILE-signin-day1.html`
/// beside the session, so the sheets of several days do not replace each other.
pub fn default_signin_output(session: &Path, day: u16) -> PathBuf {
    let stem = session
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "workshop".to_string());
    session.with_file_name(format!("{stem}-signin-day{day}.html"))
}

/// Write the sign-in sheet of `day` to `output`, atomically like the report. A day outside
/// the workshop is refused before anything is written.
pub fn export_signin(
    workshop: &Workshop,
    day: u16,
    output: &Path,
) -> Result<ExportSummary, ExportError> {
    let folder = target_folder(output)?;
    let sheet = SigninSheet::build(workshop, day).map_err(|e| ExportError::Refused {
        path: output.to_path_buf(),
        reason: e.to_string(),
    })?;
    let bytes = write_atomically(output, &folder, |out| super::signin::write(&sheet, out))?;
    let name = output
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(ExportSummary {
        path: output.to_path_buf(),
        format: Format::Signin,
        files: vec![name],
        bytes,
        summary: sheet.summary(),
    })
}

/// Compute the donor report (internal entries left out) and write it to `output` in
/// `format`. `progress` is called before every step and once more at the end.
pub fn export(
    workshop: &Workshop,
    format: Format,
    output: &Path,
    anonymise: bool,
    progress: &mut dyn FnMut(Progress),
) -> Result<ExportSummary, ExportError> {
    export_with(workshop, format, output, anonymise, false, progress)
}

/// [`export`], with the internal entries (notes, entries tagged "internal") when
/// `include_internal`.
pub fn export_with(
    workshop: &Workshop,
    format: Format,
    output: &Path,
    anonymise: bool,
    include_internal: bool,
    progress: &mut dyn FnMut(Progress),
) -> Result<ExportSummary, ExportError> {
    if format == Format::Signin {
        return signin_from_screen(workshop, output, anonymise, progress);
    }
    let folder = target_folder(output)?;
    progress(Progress {
        done: 0,
        total: 1,
        step: "computing figures",
    });
    let report = Report::build_with(workshop, anonymise, include_internal);
    let summary = report.summary();
    let (files, bytes) = match format {
        Format::Markdown | Format::Html => {
            let total = 2;
            progress(Progress {
                done: 1,
                total,
                step: "writing the report",
            });
            let mut rendered = Vec::new();
            match format {
                Format::Html => super::html::write(&report, &mut rendered),
                _ => super::markdown::write(&report, &mut rendered),
            }
            .map_err(|e| io_error(output, &e))?;
            if anonymise {
                refuse_personal(workshop, output, &rendered)?;
            }
            let bytes = write_atomically(output, &folder, |out| out.write_all(&rendered))?;
            progress(Progress {
                done: total,
                total,
                step: "done",
            });
            let name = output
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            (vec![name], bytes)
        }
        Format::Csv => write_tables(workshop, &report, output, &folder, progress)?,
        Format::Signin => return signin_from_screen(workshop, output, anonymise, progress),
    };
    Ok(ExportSummary {
        path: output.to_path_buf(),
        format,
        files,
        bytes,
        summary,
    })
}

/// The sign-in sheet as a screen's export form asks for it (no day to choose there): the
/// sheet of today when the workshop is on, else of day 1. Refused when anonymising.
fn signin_from_screen(
    workshop: &Workshop,
    output: &Path,
    anonymise: bool,
    progress: &mut dyn FnMut(Progress),
) -> Result<ExportSummary, ExportError> {
    if anonymise {
        return Err(ExportError::Refused {
            path: output.to_path_buf(),
            reason: "a sign-in sheet lists names to sign against, so it cannot be anonymised"
                .into(),
        });
    }
    let today = chrono::Local::now().date_naive();
    let day = super::signin::default_day(workshop.info(), today);
    progress(Progress {
        done: 0,
        total: 1,
        step: "writing the sign-in sheet",
    });
    let written = export_signin(workshop, day, output)?;
    progress(Progress {
        done: 1,
        total: 1,
        step: "done",
    });
    Ok(written)
}

/// The folder `output` goes in, which must exist; `output` itself must not be a folder
/// (for a file) — checked before any work is done.
pub(super) fn target_folder(output: &Path) -> Result<PathBuf, ExportError> {
    let folder = match output.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !folder.is_dir() {
        return Err(ExportError::MissingFolder {
            path: output.to_path_buf(),
            folder,
        });
    }
    if output.file_name().is_none() {
        return Err(ExportError::Refused {
            path: output.to_path_buf(),
            reason: "that is not a file name".into(),
        });
    }
    Ok(folder)
}

/// Write one file atomically: a temp file (0600) in `folder`, filled by `fill`, flushed and
/// fsynced, renamed over `path`; then the folder is fsynced. Returns the bytes written.
pub fn write_atomically(
    path: &Path,
    folder: &Path,
    fill: impl FnOnce(&mut BufWriter<&File>) -> io::Result<()>,
) -> Result<u64, ExportError> {
    if path.is_dir() {
        return Err(ExportError::Refused {
            path: path.to_path_buf(),
            reason: "it is a folder".into(),
        });
    }
    let temp = tempfile::Builder::new()
        .prefix(".halaqa-export-")
        .suffix(".tmp")
        .tempfile_in(folder)
        .map_err(|e| io_error(path, &e))?;
    {
        let mut out = BufWriter::new(temp.as_file());
        fill(&mut out).map_err(|e| io_error(path, &e))?;
        out.flush().map_err(|e| io_error(path, &e))?;
    }
    temp.as_file().sync_all().map_err(|e| io_error(path, &e))?;
    let bytes = temp
        .as_file()
        .metadata()
        .map(|m| m.len())
        .unwrap_or_default();
    temp.persist(path).map_err(|e| io_error(path, &e.error))?;
    sync_folder(folder);
    Ok(bytes)
}

/// Make a rename durable. Best effort: not every platform can open a folder.
fn sync_folder(folder: &Path) {
    if let Ok(dir) = File::open(folder) {
        let _ = dir.sync_all();
    }
}

/// The privacy scan an anonymised export passes before it is written: a file that shows a
/// registered name, phone or email is refused, naming the first places.
pub(super) fn refuse_personal(
    workshop: &Workshop,
    output: &Path,
    rendered: &[u8],
) -> Result<(), ExportError> {
    let name = output
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let scanner = super::privacy::scanner(workshop);
    refuse_hits(
        output,
        super::privacy::scan_bytes(&scanner, &name, rendered),
    )
}

fn refuse_hits(output: &Path, hits: Vec<super::privacy::scan::Hit>) -> Result<(), ExportError> {
    if hits.is_empty() {
        return Ok(());
    }
    let first: Vec<String> = hits.iter().take(3).map(|h| h.sentence()).collect();
    Err(ExportError::Refused {
        path: output.to_path_buf(),
        reason: format!(
            "the anonymised export would still show personal data in {} place{} ({}); \
             nothing was written",
            hits.len(),
            if hits.len() == 1 { "" } else { "s" },
            first.join("; ")
        ),
    })
}

fn write_tables(
    workshop: &Workshop,
    report: &Report,
    output: &Path,
    folder: &Path,
    progress: &mut dyn FnMut(Progress),
) -> Result<(Vec<String>, u64), ExportError> {
    if output.exists() {
        check_replaceable(output)?;
    }
    let temp = tempfile::Builder::new()
        .prefix(".halaqa-tables-")
        .tempdir_in(folder)
        .map_err(|e| io_error(output, &e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(temp.path(), fs::Permissions::from_mode(0o700))
            .map_err(|e| io_error(output, &e))?;
    }
    let tables = tables::tables(report);
    let total = tables.len() + 1;
    let mut files = Vec::new();
    let mut bytes = 0;
    for (index, table) in tables.iter().enumerate() {
        progress(Progress {
            done: index + 1,
            total: total + 1,
            step: table.file_name,
        });
        let path = temp.path().join(table.file_name);
        let file = create_private(&path).map_err(|e| io_error(output, &e))?;
        let mut out = BufWriter::new(&file);
        table
            .write(report, &mut out)
            .and_then(|_| out.flush())
            .map_err(|e| io_error(output, &e))?;
        drop(out);
        file.sync_all().map_err(|e| io_error(output, &e))?;
        bytes += file.metadata().map(|m| m.len()).unwrap_or_default();
        files.push(table.file_name.to_string());
    }
    sync_folder(temp.path());
    if report.anonymised {
        let scanner = super::privacy::scanner(workshop);
        let hits = super::privacy::scan::scan_path(&scanner, temp.path()).map_err(|reason| {
            ExportError::Refused {
                path: output.to_path_buf(),
                reason,
            }
        })?;
        // The temp folder goes with `temp` when refused: nothing is left behind.
        refuse_hits(output, hits)?;
    }
    progress(Progress {
        done: total,
        total: total + 1,
        step: "moving the tables into place",
    });
    replace_folder(temp, output, folder)?;
    progress(Progress {
        done: total + 1,
        total: total + 1,
        step: "done",
    });
    Ok((files, bytes))
}

fn create_private(path: &Path) -> io::Result<File> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// An existing output may be replaced only if it is a folder of halaqa's tables.
fn check_replaceable(output: &Path) -> Result<(), ExportError> {
    if !output.is_dir() {
        return Err(ExportError::Refused {
            path: output.to_path_buf(),
            reason: "it exists and is not a folder; CSV tables are written as a folder".into(),
        });
    }
    let entries = fs::read_dir(output).map_err(|e| io_error(output, &e))?;
    for entry in entries {
        let entry = entry.map_err(|e| io_error(output, &e))?;
        let name = entry.file_name();
        if !FILE_NAMES.iter().any(|known| name == *known) {
            return Err(ExportError::Refused {
                path: output.to_path_buf(),
                reason: format!(
                    "the folder exists and holds {}, which halaqa did not write; choose \
                     another --output",
                    name.to_string_lossy()
                ),
            });
        }
    }
    Ok(())
}

/// Put the finished temp folder where `output` is, replacing an earlier export only now.
fn replace_folder(
    temp: tempfile::TempDir,
    output: &Path,
    folder: &Path,
) -> Result<(), ExportError> {
    let old = if output.exists() {
        let aside = tempfile::Builder::new()
            .prefix(".halaqa-old-tables-")
            .tempdir_in(folder)
            .map_err(|e| io_error(output, &e))?;
        let aside_path = aside.path().join("tables");
        fs::rename(output, &aside_path).map_err(|e| io_error(output, &e))?;
        Some((aside, aside_path))
    } else {
        None
    };
    let new = temp.keep();
    if let Err(error) = fs::rename(&new, output) {
        // Put the earlier export back; the new tables are discarded.
        if let Some((_, aside_path)) = &old {
            let _ = fs::rename(aside_path, output);
        }
        let _ = fs::remove_dir_all(&new);
        return Err(io_error(output, &error));
    }
    sync_folder(folder);
    // Dropping the aside folder deletes the earlier export.
    drop(old);
    Ok(())
}

/// An office document (Word, Excel): the report computed, rendered to bytes by `render`,
/// scanned when anonymised, and written to `output` atomically (mode 0600, like every
/// export). Returns the report's one-line summary and the bytes written.
pub(super) fn export_office(
    workshop: &crate::model::Workshop,
    output: &Path,
    anonymise: bool,
    include_internal: bool,
    render: fn(&super::Report, &mut Vec<u8>) -> std::io::Result<()>,
) -> Result<(String, u64), ExportError> {
    let folder = target_folder(output)?;
    let report = super::Report::build_with(workshop, anonymise, include_internal);
    let mut rendered = Vec::new();
    render(&report, &mut rendered).map_err(|e| ExportError::Io {
        path: output.to_path_buf(),
        message: e.to_string(),
    })?;
    if anonymise {
        refuse_personal(workshop, output, &rendered)?;
    }
    let bytes = super::write_atomically(output, &folder, |out| {
        std::io::Write::write_all(out, &rendered)
    })?;
    Ok((report.summary(), bytes))
}
