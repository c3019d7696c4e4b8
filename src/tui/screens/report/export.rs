//! Exporting from the Report screen: a small form (format, anonymise, path) and the job
//! that runs `report::export` on a worker thread, its progress sent over a channel and
//! read on the app's tick.

use crate::model::Workshop;
use crate::report::{self, ExportError, ExportSummary, Format, Progress};
use crate::session::jobs::{Job, Polled};
use std::path::{Path, PathBuf};

/// The form's fields, in Tab order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Format,
    Anonymise,
    Path,
}

impl Field {
    pub const ALL: [Field; 3] = [Field::Format, Field::Anonymise, Field::Path];

    pub fn label(self) -> &'static str {
        match self {
            Field::Format => "Format",
            Field::Anonymise => "Anonymise",
            Field::Path => "Write to",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportForm {
    pub format: Format,
    pub anonymise: bool,
    /// The output path as typed; starts as the CLI's default beside the session and
    /// follows the format and anonymise choices until the user edits it.
    pub path: String,
    pub focus: Field,
    /// Why the last attempt was refused.
    pub error: Option<String>,
    session: PathBuf,
}

impl ExportForm {
    pub fn new(session: &Path, format: Format, anonymise: bool) -> ExportForm {
        ExportForm {
            format,
            anonymise,
            path: default_path(session, format, anonymise),
            focus: Field::Format,
            error: None,
            session: session.to_path_buf(),
        }
    }

    pub fn session(&self) -> &Path {
        &self.session
    }

    pub fn next_field(&mut self, step: isize) {
        let i = Field::ALL
            .iter()
            .position(|f| *f == self.focus)
            .unwrap_or(0) as isize;
        let len = Field::ALL.len() as isize;
        self.focus = Field::ALL[(i + step).rem_euclid(len) as usize];
    }

    /// ↑↓ on a choice: the previous / next format, or anonymise yes ⇄ no.
    pub fn choose(&mut self, step: isize) {
        let (format, anonymise) = match self.focus {
            Field::Format => {
                let i = Format::ALL
                    .iter()
                    .position(|f| *f == self.format)
                    .unwrap_or(0);
                let len = Format::ALL.len() as isize;
                let next = (i as isize + step).rem_euclid(len) as usize;
                (Format::ALL[next], self.anonymise)
            }
            Field::Anonymise => (self.format, !self.anonymise),
            Field::Path => return,
        };
        self.set(format, anonymise);
    }

    /// Change the choices; a path still at its default follows them.
    pub fn set(&mut self, format: Format, anonymise: bool) {
        let was_default = self.path == default_path(&self.session, self.format, self.anonymise);
        self.format = format;
        self.anonymise = anonymise;
        if was_default {
            self.path = default_path(&self.session, format, anonymise);
        }
        self.error = None;
    }

    /// Typed text: into the path; on a choice, a letter picks (m/h/c/s, y/n) and space
    /// flips.
    pub fn type_text(&mut self, text: &str) {
        match self.focus {
            Field::Path => {
                self.path
                    .extend(text.chars().map(|c| if c.is_control() { ' ' } else { c }));
                self.error = None;
            }
            Field::Format => {
                let picked = text
                    .chars()
                    .last()
                    .and_then(|c| match c.to_ascii_lowercase() {
                        'm' => Some(Format::Markdown),
                        'h' => Some(Format::Html),
                        'c' => Some(Format::Csv),
                        's' => Some(Format::Signin),
                        _ => None,
                    });
                match (picked, text) {
                    (Some(format), _) => self.set(format, self.anonymise),
                    (None, " ") => self.choose(1),
                    _ => {}
                }
            }
            Field::Anonymise => match text.chars().last().map(|c| c.to_ascii_lowercase()) {
                Some('y') => self.set(self.format, true),
                Some('n') => self.set(self.format, false),
                Some(' ') => self.choose(1),
                _ => {}
            },
        }
    }

    pub fn erase(&mut self) {
        if self.focus == Field::Path {
            self.path.pop();
        }
    }

    /// The path to write, or why it cannot be used.
    pub fn target(&self) -> Result<PathBuf, String> {
        let path = resolve(&self.path)?;
        if path == self.session {
            return Err(format!(
                "{} is the session file itself; choose another path",
                path.display()
            ));
        }
        Ok(path)
    }
}

fn default_path(session: &Path, format: Format, anonymise: bool) -> String {
    report::default_output(session, format, anonymise)
        .display()
        .to_string()
}

/// A typed path made usable: `~/` is the home folder; relative paths are from the folder
/// halaqa was started in (as on the command line).
fn resolve(typed: &str) -> Result<PathBuf, String> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Err("type where to write the report".to_string());
    }
    Ok(crate::tui::typed_path::expand(typed))
}

/// An export running as a session job.
pub struct ExportJob {
    pub format: Format,
    pub anonymise: bool,
    pub path: PathBuf,
    /// The last progress reported.
    pub progress: Option<Progress>,
    job: Job<Progress, Result<ExportSummary, ExportError>>,
}

/// How a job ended, once it has.
pub enum Finished {
    Written(ExportSummary),
    Failed(String),
}

impl ExportJob {
    /// Start writing `workshop` (a copy: the user keeps working) to `path`.
    pub fn start(workshop: Workshop, format: Format, anonymise: bool, path: PathBuf) -> Self {
        let output = path.clone();
        let job = Job::spawn(move |progress: &mut dyn FnMut(Progress)| {
            let result = report::export(&workshop, format, &output, anonymise, progress);
            match &result {
                Ok(written) => tracing::info!(
                    format = format!("{format:?}"),
                    files = written.files.len(),
                    bytes = written.bytes,
                    anonymised = anonymise,
                    "export"
                ),
                Err(error) => tracing::warn!(
                    format = format!("{format:?}"),
                    cause = crate::store::error_kinds(error),
                    "export failed"
                ),
            }
            result
        });
        ExportJob {
            format,
            anonymise,
            path,
            progress: None,
            job,
        }
    }

    /// Read what the worker said since last time. `Some` once it has finished.
    pub fn poll(&mut self) -> (bool, Option<Finished>) {
        let polled = self.job.poll();
        self.progress = self.job.progress().copied();
        match polled {
            Polled::Running { moved } => (moved, None),
            Polled::Done(Ok(summary)) => (true, Some(Finished::Written(summary))),
            Polled::Done(Err(error)) => (true, Some(Finished::Failed(failure(&error)))),
            Polled::Lost => {
                let error = format!(
                    "the export of {} stopped unexpectedly; nothing was replaced",
                    self.path.display()
                );
                (true, Some(Finished::Failed(error)))
            }
        }
    }
}

/// Why an export failed, in one sentence that fits the status bar: the cause first,
/// then the path.
fn failure(error: &ExportError) -> String {
    match error {
        ExportError::MissingFolder { folder, .. } => format!(
            "the folder {} does not exist; nothing was written",
            folder.display()
        ),
        ExportError::Refused { path, reason } => {
            format!("{reason}; nothing was written to {}", path.display())
        }
        ExportError::Io { path, message } => {
            format!("{message}; nothing was written to {}", path.display())
        }
    }
}

/// "23.4 KiB".
pub fn human_bytes(bytes: u64) -> String {
    match bytes {
        b if b < 1024 => format!("{b} bytes"),
        b if b < 1024 * 1024 => format!("{:.1} KiB", b as f64 / 1024.0),
        b => format!("{:.1} MiB", b as f64 / (1024.0 * 1024.0)),
    }
}

/// What a format is, in a few words.
pub fn describe(format: Format) -> &'static str {
    match format {
        Format::Markdown => "Markdown: one file; pandoc turns it into DOCX",
        Format::Html => "HTML: one self-contained page to open, print or send",
        Format::Csv => "CSV: a folder of tables for Excel",
        Format::Signin => "sign-in sheet: today's (else day 1's) A4 page to print and sign",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_path_follows_the_choices_until_edited() {
        let mut form = ExportForm::new(Path::new("/w/erbil.ron"), Format::Markdown, false);
        assert_eq!(form.path, "/w/erbil.md");
        form.choose(1);
        assert_eq!(form.path, "/w/erbil.html");
        form.focus = Field::Anonymise;
        form.type_text("y");
        assert_eq!(form.path, "/w/erbil-anonymised.html");
        form.focus = Field::Path;
        form.type_text("x");
        form.focus = Field::Format;
        form.type_text("c");
        assert_eq!(form.format, Format::Csv);
        assert_eq!(
            form.path, "/w/erbil-anonymised.htmlx",
            "an edited path is kept"
        );
    }

    #[test]
    fn the_session_file_itself_is_refused() {
        let mut form = ExportForm::new(Path::new("/w/erbil.ron"), Format::Markdown, false);
        form.path = "/w/erbil.ron".to_string();
        assert!(form.target().is_err());
        form.path = "  ".to_string();
        assert!(form.target().is_err());
    }
}
