//! Autosave: after a change, hand a snapshot to the worker within two seconds; read its
//! reports each tick; retry a failed save every few seconds.

use super::Session;
use crate::store::{SaveReport, SaveState};
use std::time::{Duration, Instant};

/// Wait this long after the last change before saving, so typing is not a save per key.
pub const AUTOSAVE_DEBOUNCE: Duration = Duration::from_millis(800);
/// …but never let a change wait longer than this.
const AUTOSAVE_MAX_DELAY: Duration = Duration::from_millis(1500);
/// After a failed save, try again this often.
pub const AUTOSAVE_RETRY: Duration = Duration::from_secs(5);

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SaveStatus {
    pub state: SaveState,
    /// The newest revision known to be on disk.
    pub saved_revision: u64,
    /// The newest revision handed to the worker.
    pub submitted_revision: u64,
    seen_revision: u64,
    changed_at: Option<Instant>,
    dirty_since: Option<Instant>,
    failed_at: Option<Instant>,
}

impl Default for SaveStatus {
    fn default() -> Self {
        SaveStatus {
            state: SaveState::Saved,
            saved_revision: 0,
            submitted_revision: 0,
            seen_revision: 0,
            changed_at: None,
            dirty_since: None,
            failed_at: None,
        }
    }
}

/// What the status bar says of saving. "saved" only once the newest change is on disk
/// (written, synced, renamed): a power cut while the bar says "saved" loses nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveBadge<'a> {
    Saved,
    /// Changed in memory, not yet handed to the saver (it waits for typing to pause).
    Unsaved,
    /// Handed to the saver, not yet on disk.
    Saving,
    Failed(&'a str),
}

impl SaveBadge<'_> {
    pub fn word(self) -> &'static str {
        match self {
            SaveBadge::Saved => "saved",
            SaveBadge::Unsaved => "unsaved",
            SaveBadge::Saving => "saving…",
            SaveBadge::Failed(_) => "SAVE FAILED",
        }
    }
}

/// What a tick learnt, for the status bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveNews {
    Failed(String),
    Recovered,
}

impl Session {
    /// Read the worker's reports, and submit a snapshot when a change has waited long enough
    /// or a failed save is due for a retry.
    pub fn autosave_tick(&mut self, now: Instant) -> Vec<SaveNews> {
        let Some(autosaver) = self.autosaver.as_ref() else {
            return Vec::new();
        };
        let reports = autosaver.poll();
        let mut news = self.take_reports(reports, now);
        let revision = self.doc.revision();
        if revision != self.save.seen_revision {
            self.save.seen_revision = revision;
            self.save.changed_at = Some(now);
            self.save.dirty_since.get_or_insert(now);
        }
        let waited = |since: Option<Instant>, long: Duration| {
            since.is_some_and(|t| now.saturating_duration_since(t) >= long)
        };
        let due = revision > self.save.submitted_revision
            && (waited(self.save.changed_at, AUTOSAVE_DEBOUNCE)
                || waited(self.save.dirty_since, AUTOSAVE_MAX_DELAY));
        let retry = matches!(self.save.state, SaveState::Failed(_))
            && waited(self.save.failed_at, AUTOSAVE_RETRY);
        if due || retry {
            self.submit(now);
        }
        news.dedup();
        news
    }

    /// Hand the current state to the worker now (Ctrl-S, retries, quitting).
    pub fn submit(&mut self, now: Instant) {
        let Some(autosaver) = self.autosaver.as_ref() else {
            return;
        };
        let revision = self.doc.revision();
        autosaver.submit(revision, self.doc.workshop().clone());
        self.save.submitted_revision = revision;
        self.save.dirty_since = None;
        if let SaveState::Failed(_) = self.save.state {
            // Keep saying it failed until a save succeeds; just restart the retry timer.
            self.save.failed_at = Some(now);
        } else {
            self.save.state = SaveState::Saving;
        }
    }

    fn take_reports(&mut self, reports: Vec<SaveReport>, now: Instant) -> Vec<SaveNews> {
        let mut news = Vec::new();
        for report in reports {
            match report.result {
                Ok(()) => {
                    self.save.saved_revision = self.save.saved_revision.max(report.revision);
                    if matches!(self.save.state, SaveState::Failed(_)) {
                        news.push(SaveNews::Recovered);
                    }
                    self.save.failed_at = None;
                    self.save.state = if self.save.saved_revision >= self.save.submitted_revision {
                        SaveState::Saved
                    } else {
                        SaveState::Saving
                    };
                }
                Err(message) => {
                    news.push(SaveNews::Failed(message.clone()));
                    self.save.state = SaveState::Failed(message);
                    self.save.failed_at = Some(now);
                }
            }
        }
        news
    }

    /// The status bar's word for the save, from what is known to be on disk.
    pub fn save_badge(&self) -> SaveBadge<'_> {
        let revision = self.doc.revision();
        match &self.save.state {
            SaveState::Failed(message) => SaveBadge::Failed(message),
            _ if revision <= self.save.saved_revision => SaveBadge::Saved,
            _ if revision <= self.save.submitted_revision => SaveBadge::Saving,
            _ => SaveBadge::Unsaved,
        }
    }

    /// Whether something in memory is not yet known to be on disk.
    pub fn unsaved(&self) -> bool {
        self.autosaver.is_some()
            && (self.doc.revision() > self.save.saved_revision
                || matches!(self.save.state, SaveState::Failed(_)))
    }

    /// Save everything and wait for it: for quitting and for signals. Read-only sessions
    /// have nothing to save.
    pub fn save_and_wait(&mut self, now: Instant) -> Result<(), String> {
        if self.autosaver.is_none() {
            return Ok(());
        }
        if self.unsaved() && self.save.submitted_revision < self.doc.revision()
            || matches!(self.save.state, SaveState::Failed(_))
        {
            self.submit(now);
        }
        let reports = match self.autosaver.as_ref() {
            Some(autosaver) => autosaver.flush(),
            None => Vec::new(),
        };
        self.take_reports(reports, now);
        match &self.save.state {
            SaveState::Failed(message) => Err(message.clone()),
            _ if self.save.saved_revision < self.doc.revision() => Err(format!(
                "the save of {} did not finish",
                self.path.display()
            )),
            _ => Ok(()),
        }
    }
}
