//! Saving on a worker thread so a frame is never blocked by the disk.

use crate::model::Workshop;
use std::path::PathBuf;

/// What the status bar shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveState {
    Saved,
    Saving,
    /// The message says what failed; everything is still in memory and will be retried.
    Failed(String),
}

/// What the worker reports after a save attempt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SaveReport {
    pub revision: u64,
    pub result: Result<(), String>,
}

/// A worker thread that saves the snapshots it is sent, newest wins.
pub struct Autosaver {
    _path: PathBuf,
}

impl Autosaver {
    pub fn start(path: PathBuf) -> Autosaver {
        let _ = path;
        todo!("store helper")
    }

    /// Queue a snapshot; an older queued one is dropped. Never blocks.
    pub fn submit(&self, revision: u64, workshop: Workshop) {
        let _ = (revision, workshop);
        todo!("store helper")
    }

    /// Reports that have arrived, without waiting.
    pub fn poll(&self) -> Vec<SaveReport> {
        todo!("store helper")
    }

    /// Wait until everything submitted is saved (or failed); for quitting.
    pub fn flush(&self) -> Vec<SaveReport> {
        todo!("store helper")
    }
}
