//! Opening a session and reading a copy to merge run as jobs: a 40 MB file takes seconds on
//! a small laptop, and the screen must keep drawing (and the keys keep working) meanwhile.
//! The job only reads; what it read is taken into the app on the UI thread, through the
//! one door, when a tick finds it done.

use super::Session;
use crate::model::Workshop;
use crate::session::SessionError;
use crate::session::jobs::{Job, Polled};
use crate::store::{Dirs, LoadProgress};
use crate::tui::widgets::form::Form;
use std::path::{Path, PathBuf};

/// What a finished open hands back: the session and the warnings for the status bar.
pub type OpenResult = Result<(Session, Vec<String>), String>;

pub enum LoadingWork {
    Open(Job<LoadProgress, OpenResult>),
    Merge(Job<LoadProgress, Result<Workshop, SessionError>>),
}

/// What a finished job handed back.
pub enum Finished {
    Opened(Box<OpenResult>),
    Read(Box<Result<Workshop, SessionError>>),
    /// The worker ended without a result.
    Lost,
}

impl LoadingWork {
    /// Its result once done; while it runs, whether its progress moved.
    pub fn poll(&mut self) -> Result<Finished, bool> {
        fn step<T>(polled: Polled<T>, done: fn(T) -> Finished) -> Result<Finished, bool> {
            match polled {
                Polled::Running { moved } => Err(moved),
                Polled::Done(result) => Ok(done(result)),
                Polled::Lost => Ok(Finished::Lost),
            }
        }
        match self {
            LoadingWork::Open(job) => step(job.poll(), |r| Finished::Opened(Box::new(r))),
            LoadingWork::Merge(job) => step(job.poll(), |r| Finished::Read(Box::new(r))),
        }
    }

    /// Wait for its result.
    pub fn wait(self) -> Finished {
        match self {
            LoadingWork::Open(job) => job
                .wait()
                .map_or(Finished::Lost, |r| Finished::Opened(Box::new(r))),
            LoadingWork::Merge(job) => job
                .wait()
                .map_or(Finished::Lost, |r| Finished::Read(Box::new(r))),
        }
    }
}

/// A file being read in the background.
pub struct Loading {
    pub path: PathBuf,
    pub work: LoadingWork,
    /// Said once the session is open (e.g. "backup 1 restored").
    pub then_say: Option<String>,
    /// The form the path was typed in: put away while the file is read, and given back
    /// with the sentence when it does not open, so a typo is fixed in place.
    pub form: Option<Form>,
}

impl Loading {
    /// Start opening `path` to work on (lock, then load).
    pub fn open(dirs: &Dirs, path: &Path, then_say: Option<String>) -> Loading {
        let (dirs, wanted) = (dirs.clone(), path.to_path_buf());
        let job = Job::spawn(move |progress: &mut dyn FnMut(LoadProgress)| {
            super::session::open_session_reporting(&dirs, &wanted, false, progress)
        });
        Loading {
            path: path.to_path_buf(),
            work: LoadingWork::Open(job),
            then_say,
            form: None,
        }
    }

    /// Start reading the copy at `path` to merge it.
    pub fn merge(path: &Path) -> Loading {
        let wanted = path.to_path_buf();
        let job = Job::spawn(move |progress: &mut dyn FnMut(LoadProgress)| {
            crate::session::read_copy(&wanted, progress)
        });
        Loading {
            path: path.to_path_buf(),
            work: LoadingWork::Merge(job),
            then_say: None,
            form: None,
        }
    }

    fn progress(&self) -> Option<&LoadProgress> {
        match &self.work {
            LoadingWork::Open(job) => job.progress(),
            LoadingWork::Merge(job) => job.progress(),
        }
    }

    /// The status bar's words: "opening closing.ron: 12.0 of 40.1 MB read".
    pub fn describe(&self) -> String {
        let verb = match self.work {
            LoadingWork::Open(_) => "opening",
            LoadingWork::Merge(_) => "reading the copy",
        };
        let name = self.path.file_name().map_or_else(
            || self.path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        match self.progress() {
            None => format!("{verb} {name}…"),
            Some(LoadProgress::Reading(read)) => format!(
                "{verb} {name}: {} of {} MB read",
                megabytes(read.read),
                megabytes(read.total)
            ),
            Some(LoadProgress::Parsing { bytes }) => {
                format!("{verb} {name}: checking {} MB…", megabytes(*bytes))
            }
        }
    }
}

fn megabytes(bytes: u64) -> String {
    // For a figure on a status bar: one decimal is all the precision anyone reads.
    format!("{:.1}", bytes as f64 / 1_000_000.0)
}
