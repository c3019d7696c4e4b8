//! Every change a workshop can undergo. Each one has an inverse, which is what undo applies.

use super::{
    AgendaItem, Conflict, ConflictTarget, Entry, Group, Id, Participant, Workshop, WorkshopInfo,
};
use serde::{Deserialize, Serialize};

/// The contents of a change only the model makes, as the inverse of another change (undoing
/// an add, a merge, a conflict settlement). The field is private to `model/`: code outside
/// can read such a change in the undo history and hand it back, but never write one, so no
/// screen can take a record out without a tombstone or swap the whole workshop.
#[derive(Clone, Debug, PartialEq)]
pub struct Inverse<T>(pub(super) T);

/// Which record a change is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum RecordRef {
    Item(Id),
    Participant(Id),
    Group(Id),
    Entry(Id),
}

/// A change to a workshop. Records are replaced whole: a screen edits a copy and puts it
/// back, so validation sees the record as it will be.
///
/// `Remove`, `Replace`, `RestoreConflicts` and `DropConflicts` hold an [`Inverse`]: only
/// [`Workshop::apply`] makes them.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// Replace the workshop description (title, dates, venue, …).
    SetInfo(Box<WorkshopInfo>),
    /// Add an agenda item, or replace the one with the same id.
    PutItem(Box<AgendaItem>),
    PutParticipant(Box<Participant>),
    PutGroup(Box<Group>),
    PutEntry(Box<Entry>),
    /// Mark a record deleted. It stays in the file as a tombstone so merges do not revive it.
    Delete(RecordRef),
    /// Bring a deleted record back.
    Restore(RecordRef),
    /// Take a record out entirely: only ever the inverse of adding it, so undoing an add
    /// leaves no trace.
    Remove(Inverse<RecordRef>),
    /// Several changes as one undoable step; all of them apply or none does.
    Batch(Vec<Change>),
    /// Settle a record's merge conflicts in favour of its current version: the record is
    /// re-stamped on top of the conflicting versions and they are dropped.
    ResolveConflicts(ConflictTarget),
    /// Put kept conflict versions back (the inverse of dropping them).
    RestoreConflicts(Inverse<Vec<Conflict>>),
    /// Drop kept conflict versions (the inverse of putting them back).
    DropConflicts(Inverse<Vec<Conflict>>),
    /// Merge another laptop's copy of this workshop in (see [`super::merge`]). Records keep
    /// the stamps they had: a merge is not a new edit.
    Merge(Box<Workshop>),
    /// Put a whole earlier state back: only ever the inverse of a merge.
    Replace(Inverse<Box<Workshop>>),
}

impl Change {
    pub fn put_item(item: AgendaItem) -> Change {
        Change::PutItem(Box::new(item))
    }

    pub fn put_participant(participant: Participant) -> Change {
        Change::PutParticipant(Box::new(participant))
    }

    pub fn put_group(group: Group) -> Change {
        Change::PutGroup(Box::new(group))
    }

    pub fn put_entry(entry: Entry) -> Change {
        Change::PutEntry(Box::new(entry))
    }

    pub fn set_info(info: WorkshopInfo) -> Change {
        Change::SetInfo(Box::new(info))
    }

    /// A few words for the status bar: "undid: edit entry".
    pub fn describe(&self) -> String {
        fn put(what: &str) -> String {
            format!("save {what}")
        }
        match self {
            Change::SetInfo(_) => "edit workshop details".to_string(),
            Change::PutItem(_) => put("agenda item"),
            Change::PutParticipant(_) => put("participant"),
            Change::PutGroup(_) => put("group"),
            Change::PutEntry(_) => put("entry"),
            Change::Delete(r) => format!("delete {}", r.noun()),
            Change::Restore(r) => format!("restore {}", r.noun()),
            Change::Remove(r) => format!("remove {}", r.0.noun()),
            Change::Batch(changes) => match changes.as_slice() {
                [one] => one.describe(),
                // Settling a conflict by taking the other version is a put and a resolve.
                _ if changes.iter().any(|c| {
                    matches!(c, Change::ResolveConflicts(_) | Change::RestoreConflicts(_))
                }) =>
                {
                    "settle a merge conflict".to_string()
                }
                _ => format!("{} changes", changes.len()),
            },
            Change::ResolveConflicts(_) => "resolve a merge conflict".to_string(),
            Change::RestoreConflicts(_) => "bring back merge conflicts".to_string(),
            Change::DropConflicts(_) => "drop merge conflicts".to_string(),
            Change::Merge(_) => "merge another copy".to_string(),
            Change::Replace(_) => "go back to before a merge".to_string(),
        }
    }
}

impl RecordRef {
    pub fn id(&self) -> Id {
        match self {
            RecordRef::Item(id)
            | RecordRef::Participant(id)
            | RecordRef::Group(id)
            | RecordRef::Entry(id) => *id,
        }
    }

    pub fn noun(&self) -> &'static str {
        match self {
            RecordRef::Item(_) => "agenda item",
            RecordRef::Participant(_) => "participant",
            RecordRef::Group(_) => "group",
            RecordRef::Entry(_) => "entry",
        }
    }
}
