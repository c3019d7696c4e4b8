//! Entries: what the room produced — lessons, challenges, plans, recommendations, stories,
//! quotes, outcomes, notes.

use super::{Id, Stamp};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum EntryKind {
    Lesson,
    Challenge,
    Plan,
    Recommendation,
    SuccessStory,
    Quote,
    Outcome,
    #[default]
    Note,
}

impl EntryKind {
    pub const ALL: [EntryKind; 8] = [
        EntryKind::Lesson,
        EntryKind::Challenge,
        EntryKind::Plan,
        EntryKind::Recommendation,
        EntryKind::SuccessStory,
        EntryKind::Quote,
        EntryKind::Outcome,
        EntryKind::Note,
    ];

    pub fn label(self) -> &'static str {
        match self {
            EntryKind::Lesson => "lesson",
            EntryKind::Challenge => "challenge",
            EntryKind::Plan => "plan",
            EntryKind::Recommendation => "recommendation",
            EntryKind::SuccessStory => "success story",
            EntryKind::Quote => "quote",
            EntryKind::Outcome => "outcome",
            EntryKind::Note => "note",
        }
    }

    pub fn plural(self) -> &'static str {
        match self {
            EntryKind::Lesson => "lessons",
            EntryKind::Challenge => "challenges",
            EntryKind::Plan => "plans",
            EntryKind::Recommendation => "recommendations",
            EntryKind::SuccessStory => "success stories",
            EntryKind::Quote => "quotes",
            EntryKind::Outcome => "outcomes",
            EntryKind::Note => "notes",
        }
    }

    /// The next kind, for cycling with Tab in the editor.
    pub fn next(self) -> EntryKind {
        let i = EntryKind::ALL.iter().position(|k| *k == self).unwrap_or(0);
        EntryKind::ALL[(i + 1) % EntryKind::ALL.len()]
    }
}

/// How an entry may name its source in reports.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Attribution {
    /// The person's name (needs their named-quote consent).
    Named,
    /// Only the organisation.
    Organisation,
    #[default]
    Anonymous,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PlanStatus {
    #[default]
    Proposed,
    Agreed,
    InProgress,
    Done,
    Dropped,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanFields {
    pub owner: String,
    pub lead_organisation: String,
    pub due: Option<NaiveDate>,
    pub status: PlanStatus,
}

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Addressee {
    Government,
    Donors,
    Csos,
    Parliament,
    #[default]
    Other,
}

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Priority {
    High,
    #[default]
    Medium,
    Low,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecommendationFields {
    pub addressee: Addressee,
    pub priority: Priority,
}

/// Whether an outcome has been checked with someone who knows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Substantiation {
    #[default]
    NotYet,
    Substantiated,
    PartlySubstantiated,
    Disputed,
}

/// The outcome-harvesting questions.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeFields {
    pub social_actor: String,
    pub change: String,
    pub when_where: String,
    pub significance: String,
    pub contribution: String,
    pub evidence: String,
    pub substantiation: Substantiation,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub id: Id,
    pub stamp: Stamp,
    pub deleted: bool,
    pub kind: EntryKind,
    pub text: String,
    pub group: Option<Id>,
    pub agenda_item: Option<Id>,
    pub attributed: Option<Id>,
    pub attribution: Attribution,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Net votes: `+`/`-` in capture, or a tally typed from a flipchart.
    pub votes: i32,
    /// Related entries (a challenge and the plan that answers it).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Id>,
    pub endorsed: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub plenary_comment: String,
    // The kind-specific fields are left out of the file while empty: most entries are not
    // plans, recommendations or outcomes, and 50,000 entries must stay well under 64 MiB.
    #[serde(default, skip_serializing_if = "is_default")]
    pub plan: PlanFields,
    #[serde(default, skip_serializing_if = "is_default")]
    pub recommendation: RecommendationFields,
    #[serde(default, skip_serializing_if = "is_default")]
    pub outcome: OutcomeFields,
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

impl Entry {
    pub fn new(kind: EntryKind, text: impl Into<String>, group: Option<Id>) -> Self {
        Entry {
            id: Id::new(),
            kind,
            text: text.into(),
            group,
            ..Entry::default()
        }
    }
}
