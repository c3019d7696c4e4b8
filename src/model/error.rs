//! Why a change was refused. A refused change leaves the workshop as it was.

use super::Id;
use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ApplyError {
    #[error("there is no {what} with id {id}")]
    UnknownRecord { what: &'static str, id: Id },
    #[error("the {what} {id} is already deleted")]
    AlreadyDeleted { what: &'static str, id: Id },
    #[error("the {what} {id} is not deleted")]
    NotDeleted { what: &'static str, id: Id },
    #[error("{what} must not be empty")]
    Empty { what: &'static str },
    #[error("the duration must be more than 0 minutes")]
    ZeroDuration,
    #[error("day {day} is outside the workshop's {days} day(s)")]
    DayOutOfRange { day: u16, days: u16 },
    #[error("the actual end is before the actual start")]
    EndBeforeStart,
    #[error("the workshop must last at least one day")]
    NoDays,
    #[error("the day ends at {end}, which is not after it starts ({start})")]
    DayEndsBeforeStart { start: String, end: String },
    #[error(
        "\"{zone}\" is not a time zone halaqa knows: write it as Region/City, e.g. Asia/Baghdad"
    )]
    UnknownTimeZone { zone: String },
    #[error("an agenda item is on day {day}, after the last day {days}")]
    ItemsBeyondLastDay { day: u16, days: u16 },
    #[error("{who} has not consented to being quoted by name")]
    NoNamedConsent { who: String },
    #[error("a named attribution needs a participant")]
    NamedWithoutPerson,
    #[error("an entry cannot link to itself")]
    SelfLink,
    #[error("only halaqa workshops can be merged")]
    NotTheSameFormat,
    #[error("these are two different workshops, not copies of one; nothing was merged")]
    NotTheSameWorkshop,
    #[error("there is no merge conflict to resolve there")]
    NoConflict,
    #[error("youth ages run from {min} to {max}, which is backwards")]
    YouthRange { min: u32, max: u32 },
}
