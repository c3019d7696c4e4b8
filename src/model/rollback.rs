//! Exact rollback of a refused batch.
//!
//! Undoing the changes a batch already made by applying their inverses would re-stamp every
//! record it touched, so a refused batch would still leave marks: new stamps that later
//! merges read as edits. Instead, before each change of a batch, the parts it is about to
//! touch are saved as they are — one record with its place in the list, the description, or
//! the conflict list — and a refusal puts them back in reverse order, stamps included.
//!
//! Why not apply the batch to a copy of the workshop: a copy costs the whole workshop (tens
//! of megabytes for a large event) on every batch, and batches are everyday changes (an
//! agenda move, a group's members). Saving what is touched costs what the batch touches.
//! Only a merge inside a batch (no caller does that today) saves the whole workshop.

use super::{
    AgendaItem, Change, Conflict, ConflictTarget, Entry, Group, Id, Participant, RecordRef,
    Workshop, WorkshopInfo,
};

/// One part of a workshop as it was before a change of a batch touched it.
pub(super) enum Saved {
    Info(Box<WorkshopInfo>),
    Item(Id, Option<(usize, AgendaItem)>),
    Participant(Id, Option<(usize, Participant)>),
    Group(Id, Option<(usize, Group)>),
    Entry(Id, Option<(usize, Entry)>),
    Conflicts(Vec<Conflict>),
    Whole(Box<Workshop>),
}

/// What a batch has touched so far, oldest first.
pub(super) type Journal = Vec<Saved>;

impl Workshop {
    /// Save what `change` (not a batch) is about to touch.
    pub(super) fn save_before(&self, change: &Change, journal: &mut Journal) {
        match change {
            Change::SetInfo(_) => journal.push(Saved::Info(Box::new(self.info.clone()))),
            Change::PutItem(r) => journal.push(self.saved_record(RecordRef::Item(r.id))),
            Change::PutParticipant(r) => {
                journal.push(self.saved_record(RecordRef::Participant(r.id)));
            }
            Change::PutGroup(r) => journal.push(self.saved_record(RecordRef::Group(r.id))),
            Change::PutEntry(r) => journal.push(self.saved_record(RecordRef::Entry(r.id))),
            Change::Delete(target) | Change::Restore(target) => {
                journal.push(self.saved_record(*target));
            }
            Change::Remove(target) => journal.push(self.saved_record(target.0)),
            Change::ResolveConflicts(target) => {
                journal.push(Saved::Conflicts(self.conflicts.clone()));
                journal.push(match target {
                    ConflictTarget::Info => Saved::Info(Box::new(self.info.clone())),
                    ConflictTarget::Record(r) => self.saved_record(*r),
                });
            }
            Change::RestoreConflicts(_) | Change::DropConflicts(_) => {
                journal.push(Saved::Conflicts(self.conflicts.clone()));
            }
            Change::Merge(_) | Change::Replace(_) => {
                journal.push(Saved::Whole(Box::new(self.clone())))
            }
            // A batch saves its own changes one by one.
            Change::Batch(_) => {}
        }
    }

    fn saved_record(&self, target: RecordRef) -> Saved {
        match target {
            RecordRef::Item(id) => Saved::Item(id, self.agenda.saved(id)),
            RecordRef::Participant(id) => Saved::Participant(id, self.participants.saved(id)),
            RecordRef::Group(id) => Saved::Group(id, self.groups.saved(id)),
            RecordRef::Entry(id) => Saved::Entry(id, self.entries.saved(id)),
        }
    }

    /// Put back everything the journal saved, newest first: the workshop is then exactly as
    /// it was before the batch.
    pub(super) fn roll_back(&mut self, journal: Journal) {
        for saved in journal.into_iter().rev() {
            match saved {
                Saved::Info(info) => self.info = *info,
                Saved::Item(id, record) => self.agenda.put_back(id, record),
                Saved::Participant(id, record) => self.participants.put_back(id, record),
                Saved::Group(id, record) => self.groups.put_back(id, record),
                Saved::Entry(id, record) => self.entries.put_back(id, record),
                Saved::Conflicts(conflicts) => self.conflicts = conflicts,
                Saved::Whole(workshop) => *self = *workshop,
            }
        }
    }
}
