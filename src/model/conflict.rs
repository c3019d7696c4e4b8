//! Versions that lost a merge: kept beside the winner until someone resolves them.

use super::record::Record;
use super::{
    AgendaItem, ApplyError, Change, Entry, Group, Id, Participant, RecordRef, Records, Stamp,
    Workshop, WorkshopInfo,
};
use serde::{Deserialize, Serialize};

/// One losing version of a record (or of the workshop description).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Conflict {
    Info(Box<WorkshopInfo>),
    Item(Box<AgendaItem>),
    Participant(Box<Participant>),
    Group(Box<Group>),
    Entry(Box<Entry>),
}

/// What a conflict is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ConflictTarget {
    Info,
    Record(RecordRef),
}

impl ConflictTarget {
    /// The record's id (a nil id for the workshop description).
    pub fn id(&self) -> Id {
        match self {
            ConflictTarget::Info => Id(uuid::Uuid::nil()),
            ConflictTarget::Record(r) => r.id(),
        }
    }
}

impl Conflict {
    pub fn target(&self) -> ConflictTarget {
        match self {
            Conflict::Info(_) => ConflictTarget::Info,
            Conflict::Item(r) => ConflictTarget::Record(RecordRef::Item(r.id)),
            Conflict::Participant(r) => ConflictTarget::Record(RecordRef::Participant(r.id)),
            Conflict::Group(r) => ConflictTarget::Record(RecordRef::Group(r.id)),
            Conflict::Entry(r) => ConflictTarget::Record(RecordRef::Entry(r.id)),
        }
    }

    pub fn stamp(&self) -> &Stamp {
        match self {
            Conflict::Info(r) => &r.stamp,
            Conflict::Item(r) => &r.stamp,
            Conflict::Participant(r) => &r.stamp,
            Conflict::Group(r) => &r.stamp,
            Conflict::Entry(r) => &r.stamp,
        }
    }

    pub(super) fn clear_stamp(&mut self) {
        let stamp = match self {
            Conflict::Info(r) => &mut r.stamp,
            Conflict::Item(r) => &mut r.stamp,
            Conflict::Participant(r) => &mut r.stamp,
            Conflict::Group(r) => &mut r.stamp,
            Conflict::Entry(r) => &mut r.stamp,
        };
        *stamp = Stamp::zero();
    }

    /// The one order conflicts are kept in, so merged files are the same whatever the order
    /// of merging.
    pub fn order(a: &Conflict, b: &Conflict) -> std::cmp::Ordering {
        (a.target(), a.stamp()).cmp(&(b.target(), b.stamp()))
    }
}

impl Workshop {
    /// The kept versions conflicting with one record.
    pub fn conflicts_of(&self, target: ConflictTarget) -> Vec<&Conflict> {
        self.conflicts
            .iter()
            .filter(|c| c.target() == target)
            .collect()
    }

    pub(super) fn resolve_conflicts(
        &mut self,
        target: ConflictTarget,
        stamp: Stamp,
    ) -> Result<Change, ApplyError> {
        let versions: Vec<Conflict> = self.conflicts_of(target).into_iter().cloned().collect();
        if versions.is_empty() {
            return Err(ApplyError::NoConflict);
        }
        // The new version takes in the current one and every conflicting one.
        let losers: Vec<Stamp> = versions.iter().map(|v| v.stamp().clone()).collect();
        let undo_record = match target {
            ConflictTarget::Info => {
                let previous = self.info.clone();
                self.info.stamp = stamp.on_top_of(losers.iter().chain([&previous.stamp]));
                Change::SetInfo(Box::new(previous))
            }
            ConflictTarget::Record(r) => match r {
                RecordRef::Item(id) => {
                    restamp(&mut self.agenda, id, stamp, &losers, Change::put_item)?
                }
                RecordRef::Participant(id) => restamp(
                    &mut self.participants,
                    id,
                    stamp,
                    &losers,
                    Change::put_participant,
                )?,
                RecordRef::Group(id) => {
                    restamp(&mut self.groups, id, stamp, &losers, Change::put_group)?
                }
                RecordRef::Entry(id) => {
                    restamp(&mut self.entries, id, stamp, &losers, Change::put_entry)?
                }
            },
        };
        self.conflicts.retain(|c| c.target() != target);
        Ok(Change::Batch(vec![
            Change::RestoreConflicts(super::change::Inverse(versions)),
            undo_record,
        ]))
    }
}

/// Re-stamp a record on top of itself and the conflicting versions; returns the change that
/// puts the previous version back.
fn restamp<R: Record>(
    list: &mut Records<R>,
    id: Id,
    stamp: Stamp,
    losers: &[Stamp],
    put: fn(R) -> Change,
) -> Result<Change, ApplyError> {
    let record = list
        .get_mut(id)
        .ok_or(ApplyError::UnknownRecord { what: R::NOUN, id })?;
    let previous = record.clone();
    *record.stamp_mut() = stamp.on_top_of(losers.iter().chain([previous.stamp()]));
    Ok(put(previous))
}
