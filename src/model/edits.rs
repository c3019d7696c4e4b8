//! Everyday edits spelled as changes, so every screen and command makes them the same way:
//! erasing a person, merging duplicate entries (checking in is the door's: `door.rs`).

use super::{Attribution, Change, Id, Participant, RecordRef, Workshop};
use chrono::NaiveDate;
use std::collections::BTreeSet;

impl Workshop {
    /// Erase a person on request: personal fields blanked, the record kept (so counts by
    /// category still add up), and entries that named them made anonymous.
    pub fn erase(&self, person: Id) -> Option<Change> {
        let record = self.participant(person)?;
        // Entries first: undo runs the batch backwards, so the person is back (with their
        // consent) before the entries name them again.
        let mut changes = Vec::new();
        for entry in self.entries().filter(|e| e.attributed == Some(person)) {
            if entry.attribution != Attribution::Anonymous {
                let mut edited = entry.clone();
                edited.attribution = Attribution::Anonymous;
                changes.push(Change::put_entry(edited));
            }
        }
        changes.push(Change::put_participant(record.erased_copy()));
        Some(Change::Batch(changes))
    }

    /// Merge duplicate entries into `keep`: both texts kept, votes added, tags and links
    /// united, endorsement kept if either had it; the others are deleted and entries that
    /// linked to them link to `keep` instead.
    pub fn merge_entries(&self, keep: Id, others: &[Id]) -> Option<Change> {
        let mut merged = self.entry(keep)?.clone();
        let gone: BTreeSet<Id> = others.iter().copied().filter(|id| *id != keep).collect();
        let mut texts = vec![merged.text.clone()];
        for other in gone.iter().map(|id| self.entry(*id)) {
            let other = other?;
            if !texts.iter().any(|t| t.trim() == other.text.trim()) {
                texts.push(other.text.clone());
            }
            merged.votes = merged.votes.saturating_add(other.votes);
            merged.endorsed |= other.endorsed;
            merged.tags.extend(other.tags.iter().cloned());
            merged.links.extend(other.links.iter().copied());
        }
        merged.text = texts.join("\n");
        merged.tags = unique(merged.tags);
        merged.links = unique(merged.links);
        merged.links.retain(|id| *id != keep && !gone.contains(id));
        let mut changes = vec![Change::put_entry(merged)];
        for entry in self
            .entries()
            .filter(|e| e.id != keep && !gone.contains(&e.id))
        {
            if entry.links.iter().any(|l| gone.contains(l)) {
                let mut edited = entry.clone();
                edited.links = unique(
                    edited
                        .links
                        .iter()
                        .map(|l| if gone.contains(l) { keep } else { *l })
                        .collect(),
                );
                changes.push(Change::put_entry(edited));
            }
        }
        changes.extend(gone.iter().map(|id| Change::Delete(RecordRef::Entry(*id))));
        Some(Change::Batch(changes))
    }

    /// Every tag used on a live entry, sorted, for completion.
    pub fn tags(&self) -> Vec<String> {
        let tags: BTreeSet<&str> = self
            .entries()
            .flat_map(|e| e.tags.iter().map(String::as_str))
            .collect();
        tags.into_iter().map(str::to_string).collect()
    }

    /// People checked in on `date`, and how many are registered (live, not erased).
    pub fn checked_in_count(&self, date: NaiveDate) -> (usize, usize) {
        let registered: Vec<&Participant> = self.participants().filter(|p| !p.erased).collect();
        let present = registered.iter().filter(|p| p.attended_on(date)).count();
        (present, registered.len())
    }
}

/// Keep the first of each, in order.
fn unique<T: Ord + Clone>(items: Vec<T>) -> Vec<T> {
    let mut seen = BTreeSet::new();
    items
        .into_iter()
        .filter(|i| seen.insert(i.clone()))
        .collect()
}
