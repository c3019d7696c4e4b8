//! halaqa's own log: `<data>/logs/halaqa.log`, what happened (open, save, merge, import,
//! export, locks, recovery, signals, errors with their cause) and never what people wrote.
//!
//! What may go in: a session's file name without its folder (the folder names the computer's
//! user, `/home/<login>/…`, and often the organisation; the file name is what a person needs to
//! match a line to a file), counts, sizes, durations, format names, error kinds. What never
//! goes in: participant fields, entry text, group or agenda names, lock holders' login names,
//! full paths, and error sentences that could quote a file's content.
//!
//! The log is best-effort: a log that cannot be written is skipped, silently, and never stops
//! or slows the program. Nothing is ever written to the terminal (the TUI owns the screen, and
//! a script reads stdout). `tracing-appender` is not used because its rolling file reports its
//! own failures on standard error and rotates by date only; this file rotates by size.
//!
//! `HALAQA_LOG=off` turns it off.

use super::Dirs;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The folder inside the data folder.
pub const LOG_FOLDER: &str = "logs";
/// The file being written; older ones are `halaqa.log.1` (newest) to `halaqa.log.3`.
pub const LOG_FILE: &str = "halaqa.log";
/// How many older files are kept beside the current one.
pub const LOG_FILES_KEPT: usize = 3;
/// A file is rotated once it would grow past this size.
pub const LOG_FILE_CAP: u64 = 1024 * 1024;
/// After a failure to open the file, how long to wait before trying again, so a broken
/// disk costs one failed system call every few seconds, not one per event.
const RETRY_AFTER: Duration = Duration::from_secs(5);

/// Where the log of `dirs` is kept.
pub fn log_folder(dirs: &Dirs) -> PathBuf {
    dirs.data.join(LOG_FOLDER)
}

/// Whether the environment turns the log off (`HALAQA_LOG=off`, or `0`, `no`, `false`).
pub fn log_turned_off() -> bool {
    std::env::var("HALAQA_LOG").is_ok_and(|v| {
        matches!(
            v.trim().to_ascii_lowercase().as_str(),
            "off" | "0" | "no" | "false"
        )
    })
}

/// Start logging to the data folder of `dirs`, once per process. Returns false when the
/// log is turned off or another logger was already installed. Creates nothing until the
/// first event is written.
pub fn start_log(dirs: &Dirs) -> bool {
    if log_turned_off() {
        return false;
    }
    use tracing_subscriber::layer::{Layer, SubscriberExt};
    use tracing_subscriber::util::SubscriberInitExt;
    let sink = LogSink::new(log_folder(dirs));
    let layer = tracing_subscriber::fmt::layer()
        .with_writer(sink)
        .with_ansi(false)
        .with_target(false)
        .log_internal_errors(false)
        // Only halaqa's own events: a library's could carry what it was given.
        .with_filter(tracing_subscriber::filter::filter_fn(|event| {
            event.target().starts_with("halaqa") && *event.level() <= tracing::Level::INFO
        }));
    tracing_subscriber::registry()
        .with(layer)
        .try_init()
        .is_ok()
}

/// The size-capped, rotating log file, shared by every thread of the process.
#[derive(Clone)]
pub struct LogSink {
    state: Arc<Mutex<LogState>>,
}

struct LogState {
    folder: PathBuf,
    file: Option<File>,
    /// Bytes in the current file, as far as this process knows.
    size: u64,
    /// When opening last failed: no new attempt before [`RETRY_AFTER`].
    failed_at: Option<Instant>,
}

impl LogSink {
    pub fn new(folder: PathBuf) -> LogSink {
        LogSink {
            state: Arc::new(Mutex::new(LogState {
                folder,
                file: None,
                size: 0,
                failed_at: None,
            })),
        }
    }

    /// Append one formatted event. Never fails: a line that cannot be written is dropped.
    fn append(&self, line: &[u8]) {
        // A thread that panicked while holding the lock left a usable state behind.
        let mut state = match self.state.lock() {
            Ok(state) => state,
            Err(poisoned) => poisoned.into_inner(),
        };
        state.append(line);
    }
}

impl LogState {
    fn append(&mut self, line: &[u8]) {
        let len = line.len() as u64;
        // The file's own size, not only ours: another halaqa may be writing to it too.
        if let Some(file) = &self.file {
            self.size = file.metadata().map_or(self.size, |m| m.len());
        }
        if self.file.is_some() && self.size + len > LOG_FILE_CAP {
            self.file = None;
            rotate(&self.folder);
        }
        if self.file.is_none() && !self.open() {
            return;
        }
        let Some(file) = self.file.as_mut() else {
            return;
        };
        match file.write_all(line) {
            Ok(()) => self.size += len,
            // Closed, to be opened again (or found broken) at the next event.
            Err(_) => self.file = None,
        }
    }

    /// Open (or create) the current file; false when that is not possible now.
    fn open(&mut self) -> bool {
        if self.failed_at.is_some_and(|t| t.elapsed() < RETRY_AFTER) {
            return false;
        }
        match open_log(&self.folder) {
            Ok(file) => {
                self.size = file.metadata().map(|m| m.len()).unwrap_or(0);
                self.file = Some(file);
                self.failed_at = None;
                true
            }
            Err(_) => {
                self.failed_at = Some(Instant::now());
                false
            }
        }
    }
}

/// The current file, appended to, private to this user (it names the user's files).
fn open_log(folder: &Path) -> io::Result<File> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(folder)?;
    let mut options = OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(folder.join(LOG_FILE))
}

/// `halaqa.log` becomes `.1`, `.1` becomes `.2`, …; the oldest is dropped. Failures are
/// ignored: at worst the current file grows on.
fn rotate(folder: &Path) {
    let numbered = |n: usize| folder.join(format!("{LOG_FILE}.{n}"));
    let _ = fs::remove_file(numbered(LOG_FILES_KEPT));
    for n in (1..LOG_FILES_KEPT).rev() {
        let _ = fs::rename(numbered(n), numbered(n + 1));
    }
    let _ = fs::rename(folder.join(LOG_FILE), numbered(1));
}

/// One event's writer: `tracing-subscriber` formats an event, then writes it in one call.
pub struct LogLine<'a> {
    sink: &'a LogSink,
}

impl Write for LogLine<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.sink.append(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for LogSink {
    type Writer = LogLine<'a>;

    fn make_writer(&'a self) -> Self::Writer {
        LogLine { sink: self }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files_in(folder: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(folder)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }

    #[test]
    fn a_full_file_rotates_and_only_a_few_are_kept() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("logs");
        let sink = LogSink::new(folder.clone());
        let line = vec![b'x'; 64 * 1024];
        for _ in 0..100 {
            sink.append(&line);
        }
        assert_eq!(
            files_in(&folder),
            ["halaqa.log", "halaqa.log.1", "halaqa.log.2", "halaqa.log.3"]
        );
        for name in files_in(&folder) {
            let size = fs::metadata(folder.join(&name)).unwrap().len();
            assert!(size <= LOG_FILE_CAP, "{name} is {size} bytes");
        }
    }

    #[test]
    fn a_log_that_cannot_be_written_is_skipped_without_error() {
        let dir = tempfile::tempdir().unwrap();
        // A file where the folder should be: the log can never be created.
        let blocked = dir.path().join("logs");
        fs::write(&blocked, "not a folder").unwrap();
        let sink = LogSink::new(blocked.clone());
        let mut writer = tracing_subscriber::fmt::MakeWriter::make_writer(&sink);
        assert_eq!(writer.write(b"an event\n").unwrap(), 9);
        assert_eq!(fs::read_to_string(&blocked).unwrap(), "not a folder");
    }
}
