//! Stable record identifiers.

use serde::{Deserialize, Serialize};
use std::fmt;
use uuid::Uuid;

/// A record's stable identity: a UUID v7 (time-ordered), written as its hyphenated text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Id(pub Uuid);

impl Id {
    /// A fresh, time-ordered id.
    pub fn new() -> Self {
        Id(Uuid::now_v7())
    }

    /// A fixed id, for assets and tests that must be reproducible.
    pub const fn from_u128(value: u128) -> Self {
        Id(Uuid::from_u128(value))
    }

    /// The nil id: "not known".
    pub const fn nil() -> Self {
        Id(Uuid::nil())
    }

    /// The first eight hex digits: enough to tell records apart on screen.
    pub fn short(&self) -> String {
        self.0.simple().to_string()[..8].to_string()
    }
}

impl Default for Id {
    fn default() -> Self {
        Id::new()
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.hyphenated())
    }
}
