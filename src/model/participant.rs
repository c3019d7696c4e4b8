//! Participants: the only place personal data lives. Entries refer to people by id.

use super::{Id, Stamp};
use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Stakeholder {
    Cso,
    LocalGovernment,
    NationalGovernment,
    Parliament,
    UnDonor,
    InternationalPartner,
    Media,
    Academia,
    PrivateSector,
    Other,
    #[default]
    Unknown,
}

impl Stakeholder {
    pub const ALL: [Stakeholder; 11] = [
        Stakeholder::Cso,
        Stakeholder::LocalGovernment,
        Stakeholder::NationalGovernment,
        Stakeholder::Parliament,
        Stakeholder::UnDonor,
        Stakeholder::InternationalPartner,
        Stakeholder::Media,
        Stakeholder::Academia,
        Stakeholder::PrivateSector,
        Stakeholder::Other,
        Stakeholder::Unknown,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Stakeholder::Cso => "CSO",
            Stakeholder::LocalGovernment => "local government",
            Stakeholder::NationalGovernment => "national government",
            Stakeholder::Parliament => "parliament",
            Stakeholder::UnDonor => "UN / donor",
            Stakeholder::InternationalPartner => "international partner",
            Stakeholder::Media => "media",
            Stakeholder::Academia => "academia",
            Stakeholder::PrivateSector => "private sector",
            Stakeholder::Other => "other",
            Stakeholder::Unknown => "not given",
        }
    }
}

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Gender {
    Female,
    Male,
    Other,
    PreferNotToSay,
    #[default]
    Unknown,
}

impl Gender {
    pub const ALL: [Gender; 5] = [
        Gender::Female,
        Gender::Male,
        Gender::Other,
        Gender::PreferNotToSay,
        Gender::Unknown,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Gender::Female => "female",
            Gender::Male => "male",
            Gender::Other => "other",
            Gender::PreferNotToSay => "prefer not to say",
            Gender::Unknown => "not given",
        }
    }
}

/// Age bands as donors ask for them; youth is a workshop setting over these bands.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum AgeBand {
    Under18,
    From18To24,
    From25To29,
    From30To39,
    From40To49,
    From50To59,
    From60,
    #[default]
    Unknown,
}

impl AgeBand {
    pub const ALL: [AgeBand; 8] = [
        AgeBand::Under18,
        AgeBand::From18To24,
        AgeBand::From25To29,
        AgeBand::From30To39,
        AgeBand::From40To49,
        AgeBand::From50To59,
        AgeBand::From60,
        AgeBand::Unknown,
    ];

    pub fn label(self) -> &'static str {
        match self {
            AgeBand::Under18 => "under 18",
            AgeBand::From18To24 => "18–24",
            AgeBand::From25To29 => "25–29",
            AgeBand::From30To39 => "30–39",
            AgeBand::From40To49 => "40–49",
            AgeBand::From50To59 => "50–59",
            AgeBand::From60 => "60+",
            AgeBand::Unknown => "not given",
        }
    }

    /// The band an age in years falls into.
    pub fn of_age(years: u32) -> AgeBand {
        match years {
            0..=17 => AgeBand::Under18,
            18..=24 => AgeBand::From18To24,
            25..=29 => AgeBand::From25To29,
            30..=39 => AgeBand::From30To39,
            40..=49 => AgeBand::From40To49,
            50..=59 => AgeBand::From50To59,
            _ => AgeBand::From60,
        }
    }

    /// Inclusive (lowest, highest) age of the band; `None` when not given.
    pub fn range(self) -> Option<(u32, u32)> {
        match self {
            AgeBand::Under18 => Some((0, 17)),
            AgeBand::From18To24 => Some((18, 24)),
            AgeBand::From25To29 => Some((25, 29)),
            AgeBand::From30To39 => Some((30, 39)),
            AgeBand::From40To49 => Some((40, 49)),
            AgeBand::From50To59 => Some((50, 59)),
            AgeBand::From60 => Some((60, u32::MAX)),
            AgeBand::Unknown => None,
        }
    }
}

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Disability {
    Yes,
    No,
    #[default]
    Unknown,
}

/// One answer to a consent question; not asked is not yes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Consent {
    Yes,
    No,
    #[default]
    Unknown,
}

impl Consent {
    pub fn given(self) -> bool {
        self == Consent::Yes
    }
}

/// Consent per purpose, as data-protection practice asks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Consents {
    pub data_processing: Consent,
    pub photo: Consent,
    pub named_quote: Consent,
    pub sharing_contact: Consent,
}

/// When each consent was last answered (the day the person said yes or no), as far as
/// halaqa saw it: set by the participant form; `None` for answers from older files and
/// imports that did not say.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ConsentDates {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_processing: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub photo: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub named_quote: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sharing_contact: Option<NaiveDate>,
}

impl ConsentDates {
    pub fn is_empty(&self) -> bool {
        *self == ConsentDates::default()
    }
}

/// A person on the workshop's team rather than a participant: organisers' staff,
/// facilitators, note-takers, interpreters. They can hold every role a participant can
/// (facilitator, note-taker, speaker, moderator) and are left out of the participation figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum TeamRole {
    Staff,
    Facilitator,
    NoteTaker,
    Interpreter,
}

impl TeamRole {
    pub const ALL: [TeamRole; 4] = [
        TeamRole::Staff,
        TeamRole::Facilitator,
        TeamRole::NoteTaker,
        TeamRole::Interpreter,
    ];

    pub fn label(self) -> &'static str {
        match self {
            TeamRole::Staff => "staff",
            TeamRole::Facilitator => "facilitator",
            TeamRole::NoteTaker => "note-taker",
            TeamRole::Interpreter => "interpreter",
        }
    }

    /// How lists that have one type column (the report's annex, the CSV tables) show them.
    pub fn listed(self) -> &'static str {
        match self {
            TeamRole::Staff => "team: staff",
            TeamRole::Facilitator => "team: facilitator",
            TeamRole::NoteTaker => "team: note-taker",
            TeamRole::Interpreter => "team: interpreter",
        }
    }

    /// The next in the cycle participant → staff → facilitator → note-taker → interpreter →
    /// participant (`None` is a participant).
    pub fn cycle(role: Option<TeamRole>) -> Option<TeamRole> {
        match role {
            None => Some(TeamRole::Staff),
            Some(TeamRole::Staff) => Some(TeamRole::Facilitator),
            Some(TeamRole::Facilitator) => Some(TeamRole::NoteTaker),
            Some(TeamRole::NoteTaker) => Some(TeamRole::Interpreter),
            Some(TeamRole::Interpreter) => None,
        }
    }
}

/// Present on a day, checked in at a time (local).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Attendance {
    pub date: NaiveDate,
    pub time: NaiveTime,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    pub id: Id,
    pub stamp: Stamp,
    pub deleted: bool,
    /// Personal fields blanked on request; the record stays so counts and links hold.
    pub erased: bool,
    pub name: String,
    /// The name in another script (Arabic for a Latin-script entry, or the other way).
    pub name_other_script: String,
    pub organisation: String,
    pub position: String,
    pub stakeholder: Stakeholder,
    pub governorate: String,
    /// The governorate as a registration list wrote it ("البصرة", "Nainawa/Musel") when that
    /// differs from the one spelling in `governorate`; empty otherwise. Kept so the record
    /// holds what the person wrote.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub governorate_as_written: String,
    pub district: String,
    /// The district as a registration list wrote it ("زاخو", "Zaxo") when that differs from
    /// the one spelling in `district`; empty otherwise.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub district_as_written: String,
    pub gender: Gender,
    pub age_band: AgeBand,
    pub disability: Disability,
    /// The Washington Group short set as answered; left out of the file when not asked.
    #[serde(default, skip_serializing_if = "super::WashingtonGroup::is_empty")]
    pub washington_group: super::WashingtonGroup,
    pub phone: String,
    pub email: String,
    pub consent: Consents,
    /// When each consent was answered; left out of the file while none is known.
    #[serde(default, skip_serializing_if = "ConsentDates::is_empty")]
    pub consent_dates: ConsentDates,
    /// Speaks in a public role (an official, the donor's representative): an anonymised
    /// report keeps their position and organisation where they speak or moderate, never
    /// their name, phone or email. Off unless set in the person form.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub public_role: bool,
    pub notes: String,
    /// One line per day attended, in date order.
    pub attendance: Vec<Attendance>,
    /// On the workshop's team (not a participant); left out of the file for participants.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team: Option<TeamRole>,
}

impl Participant {
    pub fn new(name: impl Into<String>) -> Self {
        Participant {
            id: Id::new(),
            name: name.into(),
            ..Participant::default()
        }
    }

    pub fn attended_on(&self, date: NaiveDate) -> bool {
        self.attendance.iter().any(|a| a.date == date)
    }

    /// The same person with every personal field blanked; counts by category are kept.
    pub fn erased_copy(&self) -> Participant {
        Participant {
            id: self.id,
            stamp: self.stamp.clone(),
            deleted: self.deleted,
            erased: true,
            name: String::new(),
            name_other_script: String::new(),
            organisation: String::new(),
            position: String::new(),
            stakeholder: self.stakeholder,
            governorate: self.governorate.clone(),
            governorate_as_written: self.governorate_as_written.clone(),
            district: String::new(),
            district_as_written: String::new(),
            gender: self.gender,
            age_band: self.age_band,
            disability: self.disability,
            // Answers about a person's functioning are personal; the disability they gave
            // is kept for the counts, like the other categories.
            washington_group: super::WashingtonGroup::default(),
            phone: String::new(),
            email: String::new(),
            consent: Consents::default(),
            consent_dates: ConsentDates::default(),
            public_role: false,
            notes: String::new(),
            attendance: self.attendance.clone(),
            team: self.team,
        }
    }
}
