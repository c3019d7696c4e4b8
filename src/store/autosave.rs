//! Saving on a worker thread so a frame is never blocked by the disk.

use super::save::{SaveOptions, save_with};
use crate::model::Workshop;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// How long dropping an [`Autosaver`] waits for a save in progress before letting go.
const STOP_WAIT: Duration = Duration::from_secs(10);

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

/// What the caller and the worker share.
#[derive(Default)]
struct Queue {
    /// The snapshot waiting to be saved; a newer one replaces it.
    pending: Option<(u64, Workshop)>,
    /// The worker is writing a snapshot right now.
    busy: bool,
    reports: Vec<SaveReport>,
    stop: bool,
    stopped: bool,
}

struct Shared {
    queue: Mutex<Queue>,
    changed: Condvar,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Queue> {
        // A panic elsewhere must not take saving down with it.
        self.queue
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn wait<'a>(&self, guard: MutexGuard<'a, Queue>, timeout: Duration) -> MutexGuard<'a, Queue> {
        match self.changed.wait_timeout(guard, timeout) {
            Ok((guard, _)) => guard,
            Err(poisoned) => poisoned.into_inner().0,
        }
    }
}

/// A worker thread that saves the snapshots it is sent, newest wins.
///
/// Saves use [`SaveOptions::autosave`]: the previous version goes into the backups at most
/// every five minutes.
pub struct Autosaver {
    path: PathBuf,
    shared: Arc<Shared>,
    worker: Option<JoinHandle<()>>,
}

impl Autosaver {
    pub fn start(path: PathBuf) -> Autosaver {
        let shared = Arc::new(Shared {
            queue: Mutex::new(Queue::default()),
            changed: Condvar::new(),
        });
        let worker = {
            let shared = Arc::clone(&shared);
            let path = path.clone();
            std::thread::Builder::new()
                .name("halaqa-autosave".into())
                .spawn(move || work(&path, &shared))
                .ok()
        };
        Autosaver {
            path,
            shared,
            worker,
        }
    }

    /// The session this autosaver writes.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Queue a snapshot; an older queued one is dropped. Never blocks.
    pub fn submit(&self, revision: u64, workshop: Workshop) {
        if self.worker.is_none() {
            // No thread could be started: save here rather than lose the change.
            let result = save_with(&self.path, &workshop, SaveOptions::autosave());
            self.shared.lock().reports.push(report(revision, result));
            return;
        }
        let mut queue = self.shared.lock();
        queue.pending = Some((revision, workshop));
        drop(queue);
        self.shared.changed.notify_all();
    }

    /// Reports that have arrived, without waiting.
    pub fn poll(&self) -> Vec<SaveReport> {
        std::mem::take(&mut self.shared.lock().reports)
    }

    /// Whether a snapshot is queued or being written: the status bar's "saving".
    pub fn is_saving(&self) -> bool {
        let queue = self.shared.lock();
        queue.pending.is_some() || queue.busy
    }

    /// Wait until everything submitted is saved (or failed); for quitting.
    pub fn flush(&self) -> Vec<SaveReport> {
        loop {
            let (reports, done) = self.flush_within(Duration::from_secs(3600));
            if done {
                return reports;
            }
            self.shared.lock().reports.extend(reports);
        }
    }

    /// Like [`Autosaver::flush`], but gives up after `limit` (a hung network drive);
    /// `true` when everything was written.
    pub fn flush_within(&self, limit: Duration) -> (Vec<SaveReport>, bool) {
        let deadline = Instant::now() + limit;
        let mut queue = self.shared.lock();
        while (queue.pending.is_some() || queue.busy) && !queue.stopped {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return (std::mem::take(&mut queue.reports), false);
            }
            queue = self.shared.wait(queue, left);
        }
        let done = queue.pending.is_none() && !queue.busy;
        (std::mem::take(&mut queue.reports), done)
    }
}

impl Drop for Autosaver {
    /// Finish what is queued, then stop the worker; wait at most [`STOP_WAIT`].
    fn drop(&mut self) {
        let Some(worker) = self.worker.take() else {
            return;
        };
        self.shared.lock().stop = true;
        self.shared.changed.notify_all();
        let deadline = Instant::now() + STOP_WAIT;
        let mut queue = self.shared.lock();
        while !queue.stopped {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                // The disk hangs: let the thread finish on its own rather than hang too.
                return;
            }
            queue = self.shared.wait(queue, left);
        }
        drop(queue);
        let _ = worker.join();
    }
}

/// The worker: wait for a snapshot, save it, report, repeat; after `stop`, save what is
/// still queued and end.
fn work(path: &Path, shared: &Shared) {
    loop {
        let mut queue = shared.lock();
        while queue.pending.is_none() && !queue.stop {
            queue = shared.wait(queue, Duration::from_secs(60));
        }
        let Some((revision, workshop)) = queue.pending.take() else {
            queue.stopped = true;
            drop(queue);
            shared.changed.notify_all();
            return;
        };
        queue.busy = true;
        drop(queue);

        let result = save_with(path, &workshop, SaveOptions::autosave());

        let mut queue = shared.lock();
        queue.busy = false;
        queue.reports.push(report(revision, result));
        drop(queue);
        shared.changed.notify_all();
    }
}

fn report(revision: u64, result: Result<(), super::StoreError>) -> SaveReport {
    SaveReport {
        revision,
        result: result.map_err(|e| e.to_string()),
    }
}
