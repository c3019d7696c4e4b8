//! What every record kind shares: an id, a stamp and a tombstone flag. Lets `apply` and
//! `merge` treat the four collections alike.

use super::{AgendaItem, Entry, Group, Id, Participant, Stamp};

/// Public only in name: the module is private, so nothing outside the model can use it.
pub trait Record: Clone + PartialEq {
    const NOUN: &'static str;
    fn id(&self) -> Id;
    fn stamp(&self) -> &Stamp;
    fn stamp_mut(&mut self) -> &mut Stamp;
    fn deleted_mut(&mut self) -> &mut bool;
}

macro_rules! record {
    ($type:ty, $noun:literal) => {
        impl Record for $type {
            const NOUN: &'static str = $noun;
            fn id(&self) -> Id {
                self.id
            }
            fn stamp(&self) -> &Stamp {
                &self.stamp
            }
            fn stamp_mut(&mut self) -> &mut Stamp {
                &mut self.stamp
            }
            fn deleted_mut(&mut self) -> &mut bool {
                &mut self.deleted
            }
        }
    };
}

record!(AgendaItem, "agenda item");
record!(Participant, "participant");
record!(Group, "group");
record!(Entry, "entry");
