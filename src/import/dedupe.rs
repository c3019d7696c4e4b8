//! Who is already there: people indexed by phone, email, and name with organisation, so that
//! every row is looked up in constant time (a 100,000-row file stays linear).

use super::values;
use crate::model::Participant;
use crate::model::search::fold;
use std::collections::HashMap;

/// Why a row was taken for someone already known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SameBy {
    Phone,
    Email,
    NameAndOrganisation,
}

impl SameBy {
    pub fn describe(self) -> &'static str {
        match self {
            SameBy::Phone => "same phone",
            SameBy::Email => "same email",
            SameBy::NameAndOrganisation => "same name and organisation",
        }
    }
}

/// A person a row can match: one already in the workshop, or one added by an earlier row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Known {
    Existing(usize),
    Added(usize),
}

#[derive(Default)]
pub struct Index {
    phones: HashMap<String, Known>,
    emails: HashMap<String, Known>,
    names: HashMap<String, Known>,
}

/// The keys a person is found by. A phone that is not recognisable as one gives no key:
/// two different scribbles are not the same number.
fn keys(person: &Participant) -> [(SameBy, Option<String>); 3] {
    let phone = values::phone(&person.phone);
    let email = values::email(&person.email);
    let name = fold(&person.name);
    let name = (!name.is_empty()).then(|| format!("{name}\u{1F}{}", fold(&person.organisation)));
    [
        (SameBy::Phone, phone),
        (SameBy::Email, email),
        (SameBy::NameAndOrganisation, name),
    ]
}

impl Index {
    fn map(&mut self, by: SameBy) -> &mut HashMap<String, Known> {
        match by {
            SameBy::Phone => &mut self.phones,
            SameBy::Email => &mut self.emails,
            SameBy::NameAndOrganisation => &mut self.names,
        }
    }

    /// Remember how to find `person`; a key already taken keeps its first owner.
    pub fn insert(&mut self, person: &Participant, known: Known) {
        for (by, key) in keys(person) {
            if let Some(key) = key {
                self.map(by).entry(key).or_insert(known);
            }
        }
    }

    /// The first known person sharing a phone, an email, or name and organisation.
    pub fn find(&mut self, person: &Participant) -> Option<(Known, SameBy)> {
        keys(person).into_iter().find_map(|(by, key)| {
            let key = key?;
            self.map(by).get(&key).map(|known| (*known, by))
        })
    }
}
