//! Who was in the room: counts by gender, age band, stakeholder type, governorate and
//! disability — for everyone registered, for those who attended at all, and per day.
//!
//! Pure: computed from a [`Workshop`] and nothing else. The Participants and Overview
//! screens draw their bar charts from it, and the report prints it.
//!
//! Rules (they are what a donor will ask about, so they are written down here):
//! - Deleted participants are not counted. **Erased** participants are: erasing blanks the
//!   personal fields but keeps gender, age band, stakeholder type, governorate, disability and
//!   attendance, so the figures of a past workshop do not change when someone asks to be
//!   forgotten. Nothing here carries a name.
//! - A person **attended on day N** when they have an attendance record dated
//!   [`WorkshopInfo::date_of_day`]`(N)`. **Attended at all** means on any day of the workshop;
//!   when the workshop has no start date, any attendance record counts, and the per-day
//!   figures are unknown (`None`).
//! - **Governorates** are counted as written (trimmed, control and bidi-override characters
//!   removed; no spelling is merged here — the
//!   importer canonicalises Iraq's governorates), most frequent first, "not given" last.
//! - **Share of women** = women ÷ people who stated a gender. "Not given" and "prefer not to
//!   say" are counted in the gender table but left out of the share's denominator, so
//!   missing data does not read as "not women".
//! - **Share of youth** = people whose age band lies *wholly* inside
//!   `settings.youth_min_age..=youth_max_age` ÷ people whose age band is given. A band only
//!   partly inside (e.g. "under 18" when youth starts at 15) is not counted as youth: we
//!   cannot tell which of its people are young, and undercounting is the honest error.

use crate::model::{AgeBand, Disability, Gender, Participant, Stakeholder, Workshop, WorkshopInfo};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// The label used for every "we were not told" row.
pub const NOT_GIVEN: &str = "not given";

/// Which question a breakdown answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Dimension {
    Gender,
    AgeBand,
    Stakeholder,
    Governorate,
    Disability,
}

impl Dimension {
    pub const ALL: [Dimension; 5] = [
        Dimension::Gender,
        Dimension::AgeBand,
        Dimension::Stakeholder,
        Dimension::Governorate,
        Dimension::Disability,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Dimension::Gender => "Gender",
            Dimension::AgeBand => "Age band",
            Dimension::Stakeholder => "Stakeholder type",
            Dimension::Governorate => "Governorate",
            Dimension::Disability => "Disability",
        }
    }
}

/// One row of a breakdown: a category and how many people are in it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Count {
    pub label: String,
    pub count: usize,
    /// The "not given" row (drawn apart, left out of shares).
    pub not_given: bool,
    /// Suppressed in an anonymised report (a small cell, or one that would give a small
    /// cell away): printed as "<k".
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub hidden: bool,
}

/// One table: every category of one dimension, including empty ones for the fixed
/// categories (so days compare row by row), and "not given".
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Breakdown {
    pub dimension: Dimension,
    pub rows: Vec<Count>,
}

impl Breakdown {
    /// The count of the row labelled `label` (0 when absent).
    pub fn count_of(&self, label: &str) -> usize {
        self.rows
            .iter()
            .find(|r| r.label == label)
            .map_or(0, |r| r.count)
    }

    /// The row labelled `label`.
    pub fn row(&self, label: &str) -> Option<&Count> {
        self.rows.iter().find(|r| r.label == label)
    }

    /// The largest count, for scaling bars.
    pub fn max(&self) -> usize {
        self.rows.iter().map(|r| r.count).max().unwrap_or(0)
    }
}

/// A share such as "women: 12 of 30 who stated a gender".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Share {
    pub count: usize,
    /// The denominator: people for whom the question was answered.
    pub of: usize,
    /// People left out of the denominator because the answer is missing.
    pub not_given: usize,
    /// Not shown in an anonymised report: a count it rests on is suppressed.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub hidden: bool,
}

impl Share {
    /// Whole percent, rounded; `None` when nobody answered.
    pub fn percent(&self) -> Option<u32> {
        if self.of == 0 {
            return None;
        }
        let percent = (self.count as f64 * 100.0 / self.of as f64).round();
        Some(percent as u32)
    }
}

/// All five breakdowns and the two shares for one set of people.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Breakdowns {
    pub total: usize,
    /// The total is suppressed in an anonymised report.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub total_hidden: bool,
    pub gender: Breakdown,
    pub age_band: Breakdown,
    pub stakeholder: Breakdown,
    pub governorate: Breakdown,
    pub disability: Breakdown,
    pub women: Share,
    pub youth: Share,
}

impl Breakdowns {
    /// The five tables in the order reports print them.
    pub fn all(&self) -> [&Breakdown; 5] {
        [
            &self.gender,
            &self.age_band,
            &self.stakeholder,
            &self.governorate,
            &self.disability,
        ]
    }

    /// Count a set of people.
    pub fn of<'a>(people: impl IntoIterator<Item = &'a Participant>, info: &WorkshopInfo) -> Self {
        let people: Vec<&Participant> = people.into_iter().collect();
        let (youth_min, youth_max) = (info.settings.youth_min_age, info.settings.youth_max_age);
        let youth_band = |band: AgeBand| {
            band.range()
                .is_some_and(|(low, high)| low >= youth_min && high <= youth_max)
        };

        let gender = fixed(
            Dimension::Gender,
            &Gender::ALL,
            &people,
            |p| p.gender,
            |g| (g.label().to_string(), g == Gender::Unknown),
        );
        let age_band = fixed(
            Dimension::AgeBand,
            &AgeBand::ALL,
            &people,
            |p| p.age_band,
            |a| (a.label().to_string(), a == AgeBand::Unknown),
        );
        let stakeholder = fixed(
            Dimension::Stakeholder,
            &Stakeholder::ALL,
            &people,
            |p| p.stakeholder,
            |s| (s.label().to_string(), s == Stakeholder::Unknown),
        );
        let disability = fixed(
            Dimension::Disability,
            &[Disability::Yes, Disability::No, Disability::Unknown],
            &people,
            |p| p.disability,
            |d| (disability_label(d).to_string(), d == Disability::Unknown),
        );

        let stated_gender = people
            .iter()
            .filter(|p| !matches!(p.gender, Gender::Unknown | Gender::PreferNotToSay))
            .count();
        let women = Share {
            count: people.iter().filter(|p| p.gender == Gender::Female).count(),
            of: stated_gender,
            not_given: people.len() - stated_gender,
            hidden: false,
        };
        let aged = people
            .iter()
            .filter(|p| p.age_band != AgeBand::Unknown)
            .count();
        let youth = Share {
            count: people.iter().filter(|p| youth_band(p.age_band)).count(),
            of: aged,
            not_given: people.len() - aged,
            hidden: false,
        };

        Breakdowns {
            total: people.len(),
            total_hidden: false,
            gender,
            age_band,
            stakeholder,
            governorate: governorates(&people),
            disability,
            women,
            youth,
        }
    }
}

/// The words reports use for the disability question.
pub fn disability_label(disability: Disability) -> &'static str {
    match disability {
        Disability::Yes => "with a disability",
        Disability::No => "without a disability",
        Disability::Unknown => NOT_GIVEN,
    }
}

/// A breakdown over a fixed list of categories, every category present even at zero.
fn fixed<T: Copy + PartialEq>(
    dimension: Dimension,
    categories: &[T],
    people: &[&Participant],
    key: impl Fn(&Participant) -> T,
    describe: impl Fn(T) -> (String, bool),
) -> Breakdown {
    let rows = categories
        .iter()
        .map(|&category| {
            let (label, not_given) = describe(category);
            Count {
                label,
                count: people.iter().filter(|p| key(p) == category).count(),
                not_given,
                hidden: false,
            }
        })
        .collect();
    Breakdown { dimension, rows }
}

/// Governorates as written, most frequent first (ties alphabetical), "not given" last.
fn governorates(people: &[&Participant]) -> Breakdown {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut missing = 0;
    for person in people {
        match person.governorate.trim() {
            "" => missing += 1,
            place => *counts.entry(super::redact::clean(place)).or_default() += 1,
        }
    }
    let mut rows: Vec<Count> = counts
        .into_iter()
        .map(|(label, count)| Count {
            label,
            count,
            not_given: false,
            hidden: false,
        })
        .collect();
    rows.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
    if missing > 0 {
        rows.push(Count {
            label: NOT_GIVEN.to_string(),
            count: missing,
            not_given: true,
            hidden: false,
        });
    }
    Breakdown {
        dimension: Dimension::Governorate,
        rows,
    }
}

/// One day of the workshop.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DayParticipation {
    /// 1-based.
    pub day: u16,
    pub date: Option<NaiveDate>,
    /// Who attended that day; `None` when the workshop has no start date, so no attendance
    /// record can be placed on a day.
    pub attended: Option<Breakdowns>,
}

/// Registered, attended at all, and per day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Participation {
    pub registered: Breakdowns,
    pub attended: Breakdowns,
    pub days: Vec<DayParticipation>,
    /// Registered people whose personal fields were erased (counted, never named).
    pub erased: usize,
    /// The team (staff, facilitators, note-takers, interpreters): left out of every figure
    /// above unless `team_counted` (the workshop's choice), and said so either way.
    pub team: usize,
    pub team_counted: bool,
}

impl Participation {
    pub fn of(workshop: &Workshop) -> Participation {
        let info = workshop.info();
        // The team runs the workshop; the figures are about who took part in it (unless the
        // workshop chose to count the team too).
        let team_counted = info.settings.count_team;
        let people: Vec<&Participant> = workshop
            .participants()
            .filter(|p| team_counted || p.team.is_none())
            .collect();
        let team = workshop.participants().filter(|p| p.team.is_some()).count();
        let dates: Vec<Option<NaiveDate>> =
            (1..=info.days).map(|day| info.date_of_day(day)).collect();
        let attended_at_all = |person: &&Participant| {
            if info.start.is_none() {
                !person.attendance.is_empty()
            } else {
                dates.iter().flatten().any(|date| person.attended_on(*date))
            }
        };
        let days = (1..=info.days)
            .zip(&dates)
            .map(|(day, date)| DayParticipation {
                day,
                date: *date,
                attended: date.map(|date| {
                    Breakdowns::of(people.iter().copied().filter(|p| p.attended_on(date)), info)
                }),
            })
            .collect();
        Participation {
            registered: Breakdowns::of(people.iter().copied(), info),
            attended: Breakdowns::of(people.iter().copied().filter(attended_at_all), info),
            days,
            erased: people.iter().filter(|p| p.erased).count(),
            team,
            team_counted,
        }
    }
}
