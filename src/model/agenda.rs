//! Agenda items: what happens when, for how long, and what actually happened.

use super::{Id, Stamp};
use chrono::{NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum ItemKind {
    Opening,
    Presentation,
    Panel,
    Dialogue,
    WorkingGroups,
    Plenary,
    Break,
    Meal,
    Prayer,
    Travel,
    FieldVisit,
    #[default]
    Other,
}

impl ItemKind {
    pub const ALL: [ItemKind; 12] = [
        ItemKind::Opening,
        ItemKind::Presentation,
        ItemKind::Panel,
        ItemKind::Dialogue,
        ItemKind::WorkingGroups,
        ItemKind::Plenary,
        ItemKind::Break,
        ItemKind::Meal,
        ItemKind::Prayer,
        ItemKind::Travel,
        ItemKind::FieldVisit,
        ItemKind::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ItemKind::Opening => "opening",
            ItemKind::Presentation => "presentation",
            ItemKind::Panel => "panel",
            ItemKind::Dialogue => "dialogue",
            ItemKind::WorkingGroups => "working groups",
            ItemKind::Plenary => "plenary",
            ItemKind::Break => "break",
            ItemKind::Meal => "meal",
            ItemKind::Prayer => "prayer",
            ItemKind::Travel => "travel",
            ItemKind::FieldVisit => "field visit",
            ItemKind::Other => "other",
        }
    }

    /// Breaks, meals, prayer and travel are fixed points of the day, not content.
    pub fn is_logistics(self) -> bool {
        matches!(
            self,
            ItemKind::Break | ItemKind::Meal | ItemKind::Prayer | ItemKind::Travel
        )
    }
}

/// A speaker or moderator: someone on the participant list, or just a name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PersonRef {
    Participant(Id),
    Named(String),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgendaItem {
    pub id: Id,
    pub stamp: Stamp,
    pub deleted: bool,
    /// 1 for the first day of the workshop.
    pub day: u16,
    /// Sort key within the day; items are shown by (day, order).
    pub order: u32,
    /// A planned start (local time). `None`: starts when the previous item ends.
    pub start: Option<NaiveTime>,
    pub minutes: u32,
    pub title: String,
    pub kind: ItemKind,
    pub speakers: Vec<PersonRef>,
    pub moderator: Option<PersonRef>,
    pub location: String,
    pub notes: String,
    /// A fixed time (a meal, prayer, the bus, the closing) that re-planning must not move.
    pub pinned: bool,
    /// May be dropped when the day runs late.
    pub optional: bool,
    pub actual_start: Option<NaiveDateTime>,
    pub actual_end: Option<NaiveDateTime>,
    /// The plan agreed before the event (frozen when the first item starts, or on demand).
    /// Re-planning changes `start` and `minutes`, never this, so the report can show both.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<Baseline>,
    /// Dropped when the day ran late: kept, shown struck through, restorable; takes no time.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub dropped: bool,
    /// The room or track of a parallel session; empty for the main room. Items in different
    /// rooms may run at the same time on purpose.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub room: String,
}

/// Where an item stood in the agreed plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Baseline {
    pub start: NaiveTime,
    pub minutes: u32,
}

impl AgendaItem {
    pub fn new(
        day: u16,
        order: u32,
        title: impl Into<String>,
        kind: ItemKind,
        minutes: u32,
    ) -> Self {
        AgendaItem {
            id: Id::new(),
            stamp: Stamp::zero(),
            deleted: false,
            day,
            order,
            start: None,
            minutes,
            title: title.into(),
            kind,
            speakers: Vec::new(),
            moderator: None,
            location: String::new(),
            notes: String::new(),
            pinned: false,
            optional: false,
            actual_start: None,
            actual_end: None,
            baseline: None,
            dropped: false,
            room: String::new(),
        }
    }

    /// Whether two items share a room (the main room is the empty name), ignoring case and
    /// spacing so "Hall B" and "hall b " are one room.
    pub fn same_room(&self, other: &AgendaItem) -> bool {
        room_key(&self.room) == room_key(&other.room)
    }
}

fn room_key(room: &str) -> String {
    room.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}
