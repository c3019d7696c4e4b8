//! A workshop being worked on: the clock that stamps changes, and undo/redo.

use super::{ApplyError, Change, Clock, DeviceId, Workshop};
use chrono::{DateTime, Utc};

/// How many steps back undo reaches.
const UNDO_DEPTH: usize = 1000;

#[derive(Clone, Debug)]
pub struct Document {
    workshop: Workshop,
    clock: Clock,
    undo: Vec<Change>,
    redo: Vec<Change>,
    revision: u64,
}

impl Document {
    pub fn new(workshop: Workshop, device: DeviceId) -> Self {
        let mut clock = Clock::new(device);
        clock.observe(&workshop.latest_stamp());
        Document {
            workshop,
            clock,
            undo: Vec::new(),
            redo: Vec::new(),
            revision: 0,
        }
    }

    pub fn workshop(&self) -> &Workshop {
        &self.workshop
    }

    pub fn into_workshop(self) -> Workshop {
        self.workshop
    }

    pub fn device(&self) -> &DeviceId {
        self.clock.device()
    }

    /// Grows by one with every change, undo and redo: what autosave watches.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// The steps undo and redo would take, oldest first (for tests: a refused change must
    /// leave both as they were).
    pub fn history(&self) -> (&[Change], &[Change]) {
        (&self.undo, &self.redo)
    }

    /// Make a change now.
    pub fn apply(&mut self, change: Change) -> Result<(), ApplyError> {
        self.apply_at(change, Utc::now())
    }

    /// Make a change at a given wall time (for tests and replays).
    pub fn apply_at(&mut self, change: Change, now: DateTime<Utc>) -> Result<(), ApplyError> {
        let whole = matches!(change, Change::Merge(_) | Change::Replace(_));
        let inverse = self.workshop.apply(change, self.clock.tick(now))?;
        if whole {
            // Another laptop's stamps came in: later changes here must sort after them.
            self.clock.observe(&self.workshop.latest_stamp());
        }
        self.undo.push(inverse);
        if self.undo.len() > UNDO_DEPTH {
            self.undo.remove(0);
        }
        self.redo.clear();
        self.revision += 1;
        Ok(())
    }

    /// Undo the last change. `Ok(None)` when there is nothing to undo; the string says what
    /// was undone.
    pub fn undo(&mut self) -> Result<Option<String>, ApplyError> {
        Self::step(
            &mut self.workshop,
            &mut self.clock,
            &mut self.undo,
            &mut self.redo,
        )
        .inspect(|done| self.revision += u64::from(done.is_some()))
    }

    /// Redo the last undone change.
    pub fn redo(&mut self) -> Result<Option<String>, ApplyError> {
        Self::step(
            &mut self.workshop,
            &mut self.clock,
            &mut self.redo,
            &mut self.undo,
        )
        .inspect(|done| self.revision += u64::from(done.is_some()))
    }

    /// Apply the newest change of `from`, and push its inverse onto `to`.
    fn step(
        workshop: &mut Workshop,
        clock: &mut Clock,
        from: &mut Vec<Change>,
        to: &mut Vec<Change>,
    ) -> Result<Option<String>, ApplyError> {
        let Some(change) = from.pop() else {
            return Ok(None);
        };
        let what = change.describe();
        match workshop.apply(change.clone(), clock.tick(Utc::now())) {
            Ok(inverse) => {
                if matches!(inverse, Change::Replace(_)) {
                    clock.observe(&workshop.latest_stamp());
                }
                to.push(inverse);
                Ok(Some(what))
            }
            Err(error) => {
                from.push(change);
                Err(error)
            }
        }
    }
}
