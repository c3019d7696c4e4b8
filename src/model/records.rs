//! One kind of record, kept in file order with an index by id, so finding a record is one
//! hash lookup instead of a scan: importing 10,000 people or generating 50,000 entries stays
//! linear. Serialised as the plain list; the index is rebuilt on reading.

use super::Id;
use super::record::Record;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::HashMap;
use std::ops::Deref;

#[derive(Clone, Debug)]
pub struct Records<R> {
    items: Vec<R>,
    /// Position of each id in `items`; for a file with a repeated id, the last one.
    index: HashMap<Id, usize>,
}

impl<R> Default for Records<R> {
    fn default() -> Self {
        Records {
            items: Vec::new(),
            index: HashMap::new(),
        }
    }
}

impl<R: Record> From<Vec<R>> for Records<R> {
    fn from(items: Vec<R>) -> Self {
        let index = items.iter().enumerate().map(|(i, r)| (r.id(), i)).collect();
        Records { items, index }
    }
}

impl<R> Deref for Records<R> {
    type Target = [R];
    fn deref(&self) -> &[R] {
        &self.items
    }
}

impl<R: PartialEq> PartialEq for Records<R> {
    fn eq(&self, other: &Self) -> bool {
        self.items == other.items
    }
}

impl<R: Eq> Eq for Records<R> {}

impl<R: Serialize> Serialize for Records<R> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.items.serialize(serializer)
    }
}

impl<'de, R: Deserialize<'de> + Record> Deserialize<'de> for Records<R> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::<R>::deserialize(deserializer).map(Records::from)
    }
}

impl<R: Record> Records<R> {
    pub fn get(&self, id: Id) -> Option<&R> {
        self.index.get(&id).and_then(|i| self.items.get(*i))
    }

    pub(super) fn get_mut(&mut self, id: Id) -> Option<&mut R> {
        self.index.get(&id).and_then(|i| self.items.get_mut(*i))
    }

    /// Replace the record with the same id, or add it at the end; returns the one replaced.
    pub(super) fn put(&mut self, record: R) -> Option<R> {
        match self.get_mut(record.id()) {
            Some(slot) => Some(std::mem::replace(slot, record)),
            None => {
                self.index.insert(record.id(), self.items.len());
                self.items.push(record);
                None
            }
        }
    }

    /// Take a record out. Undo removes the newest additions first, so this is usually the
    /// last one; otherwise the positions after it are renumbered.
    pub(super) fn remove(&mut self, id: Id) -> Option<R> {
        let position = *self.index.get(&id)?;
        let record = self.items.remove(position);
        self.index.remove(&id);
        if position < self.items.len() {
            for (i, r) in self.items.iter().enumerate().skip(position) {
                self.index.insert(r.id(), i);
            }
        }
        Some(record)
    }

    /// A record and where it stands in the list: what a refused batch needs to put it back.
    pub(super) fn saved(&self, id: Id) -> Option<(usize, R)> {
        let position = *self.index.get(&id)?;
        self.items.get(position).map(|r| (position, r.clone()))
    }

    /// Make the record with this id exactly what [`Records::saved`] returned (absent for
    /// `None`), at the same place in the list. The usual case, a record edited in place, is
    /// one slot write; only a removal being undone shifts the positions after it.
    pub(super) fn put_back(&mut self, id: Id, saved: Option<(usize, R)>) {
        let Some((position, record)) = saved else {
            self.remove(id);
            return;
        };
        if let Some(&now) = self.index.get(&id)
            && now == position
            && let Some(slot) = self.items.get_mut(now)
        {
            *slot = record;
            return;
        }
        self.remove(id);
        let position = position.min(self.items.len());
        self.items.insert(position, record);
        for (i, r) in self.items.iter().enumerate().skip(position) {
            self.index.insert(r.id(), i);
        }
    }

    pub(super) fn for_each_mut(&mut self, change: impl FnMut(&mut R)) {
        self.items.iter_mut().for_each(change);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Participant;
    use proptest::prelude::*;

    fn person(n: u8) -> Participant {
        let mut p = Participant::new(format!("P{n}"));
        p.id = Id::from_u128(u128::from(n));
        p
    }

    proptest! {
        /// Whatever is put and removed, lookups by id agree with a plain scan of the list.
        #[test]
        fn the_index_always_agrees_with_the_list(ops in proptest::collection::vec((any::<bool>(), 0u8..12), 0..60)) {
            let mut records: Records<Participant> = Records::default();
            for (add, n) in ops {
                if add {
                    records.put(person(n));
                } else {
                    records.remove(Id::from_u128(u128::from(n)));
                }
                for n in 0..12u8 {
                    let id = Id::from_u128(u128::from(n));
                    prop_assert_eq!(records.get(id), records.iter().find(|r| r.id == id));
                }
            }
        }
    }
}
