//! The plan agreed before the event. Re-planning a late day changes the current schedule
//! (`start`, `minutes`, `dropped`); the baseline stays, so the agenda and the report can show
//! planned, re-planned and actual side by side. It is frozen automatically when the first
//! item starts, or on demand ("freeze the plan").

use super::schedule::clock_time;
use super::{Baseline, Change, Id, Workshop};

impl Workshop {
    /// Whether the plan has been frozen: some item carries a baseline.
    pub fn plan_frozen(&self) -> bool {
        self.agenda().iter().any(|i| i.baseline.is_some())
    }

    /// Every live item without a baseline, with its place in the plan as it stands now.
    /// Dropped items and times past midnight have no baseline of their own.
    pub fn unfrozen_baselines(&self) -> Vec<(Id, Baseline)> {
        let mut days: Vec<u16> = self.agenda().iter().map(|i| i.day).collect();
        days.dedup();
        let mut baselines = Vec::new();
        for day in days {
            let items = self.agenda_of_day(day);
            for (item, slot) in items.iter().zip(self.day_plan(day)) {
                if item.baseline.is_some() || item.dropped {
                    continue;
                }
                if let Some(start) = clock_time(slot.start) {
                    let minutes = item.minutes;
                    baselines.push((item.id, Baseline { start, minutes }));
                }
            }
        }
        baselines
    }

    /// The change that freezes the plan as it stands: a baseline on every item without one
    /// (empty when there is nothing to freeze).
    pub fn freeze_plan(&self) -> Change {
        Change::Batch(self.baseline_changes(&[]))
    }

    /// Puts that give every unfrozen item its baseline, except the items in `skip` (which the
    /// caller puts itself, with [`Workshop::baseline_for`]).
    pub(crate) fn baseline_changes(&self, skip: &[Id]) -> Vec<Change> {
        self.unfrozen_baselines()
            .into_iter()
            .filter(|(id, _)| !skip.contains(id))
            .filter_map(|(id, baseline)| {
                let mut item = self.item(id)?.clone();
                item.baseline = Some(baseline);
                Some(Change::put_item(item))
            })
            .collect()
    }

    /// The baseline item `id` has, or would get if the plan were frozen now.
    pub fn baseline_for(&self, id: Id) -> Option<Baseline> {
        let item = self.item(id)?;
        item.baseline.or_else(|| {
            self.unfrozen_baselines()
                .into_iter()
                .find(|(other, _)| *other == id)
                .map(|(_, b)| b)
        })
    }

    /// The change that brings a dropped item back into the day; `None` if it is not dropped.
    pub fn restore_dropped(&self, id: Id) -> Option<Change> {
        let item = self.item(id).filter(|i| i.dropped && !i.deleted)?;
        let mut restored = item.clone();
        restored.dropped = false;
        Some(Change::put_item(restored))
    }
}
