//! Breakout working groups.

use super::{Id, Stamp};
use serde::{Deserialize, Serialize};

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum GroupPurpose {
    LessonsLearned,
    Challenges,
    FuturePlans,
    Sector,
    #[default]
    Free,
}

impl GroupPurpose {
    pub fn label(self) -> &'static str {
        match self {
            GroupPurpose::LessonsLearned => "lessons learned",
            GroupPurpose::Challenges => "challenges",
            GroupPurpose::FuturePlans => "future plans",
            GroupPurpose::Sector => "sector",
            GroupPurpose::Free => "free",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    pub id: Id,
    pub stamp: Stamp,
    pub deleted: bool,
    /// Sort key among the groups.
    pub order: u32,
    pub name: String,
    pub purpose: GroupPurpose,
    pub facilitator: Option<Id>,
    pub note_taker: Option<Id>,
    pub members: Vec<Id>,
    pub room: String,
    pub capacity: Option<u32>,
    /// The working-groups agenda item this group meets in (its timer follows that item).
    pub agenda_item: Option<Id>,
}

impl Group {
    pub fn new(order: u32, name: impl Into<String>, purpose: GroupPurpose) -> Self {
        Group {
            id: Id::new(),
            order,
            name: name.into(),
            purpose,
            ..Group::default()
        }
    }
}
