//! The workshop as data, and every change to it. Pure: no I/O, no terminal.
//!
//! Every change goes through one door, [`Workshop::apply`]; [`Document`] adds the clock
//! that stamps records and the undo/redo history on top of it.

mod agenda;
mod apply;
pub mod assign;
mod baseline;
mod change;
pub mod clock_text;
mod conflict;
pub mod dates;
pub mod district;
mod document;
pub mod door;
mod edits;
mod entry;
mod error;
pub mod governorate;
mod group;
mod id;
pub mod live;
pub mod merge;
mod participant;
pub mod printable;
mod record;
mod records;
pub mod replan;
mod rollback;
pub mod running;
pub mod schedule;
pub mod search;
mod stamp;
pub mod timing;
pub mod washington;
mod workshop;

pub use agenda::{AgendaItem, Baseline, ItemKind, PersonRef};
pub use change::{Change, Inverse, RecordRef};
pub use conflict::{Conflict, ConflictTarget};
pub use document::Document;
pub use door::{CheckIn, DoorError};
pub use entry::{
    Addressee, Attribution, Entry, EntryKind, OutcomeFields, PlanFields, PlanStatus, Priority,
    RecommendationFields, Substantiation,
};
pub use error::ApplyError;
pub use group::{Group, GroupPurpose};
pub use id::Id;
pub use participant::{
    AgeBand, Attendance, Consent, ConsentDates, Consents, Disability, Gender, Participant,
    Stakeholder, TeamRole,
};
use records::Records;
pub use stamp::{Clock, DeviceId, Seen, Stamp};
pub use washington::{Difficulty, WashingtonGroup};
pub use workshop::{
    DEFAULT_ANONYMITY_K, DayHours, FORMAT_NAME, FORMAT_VERSION, ImportMapping, REMEMBERED_MAPPINGS,
    Settings, Workshop, WorkshopInfo,
};
