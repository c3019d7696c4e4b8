//! What the Participants screen remembers between frames: the mode, the filter, the sort, the
//! check-in field, the charts' scope. Never the people themselves: they are read from the
//! workshop each frame.

use super::form::PersonForm;
use super::import_flow::ImportFlow;
use crate::model::Id;
use chrono::NaiveDate;

/// What the screen is doing now.
#[derive(Debug, Default)]
pub enum Mode {
    /// The table (or the charts, when `charts` is on).
    #[default]
    Table,
    /// Typing into the filter above the table.
    Filter,
    /// Check-in at the door: the query field has focus.
    CheckIn,
    /// Adding, editing, or registering a walk-in.
    Form(Box<PersonForm>),
    /// "Erase this person?" waiting for Enter or Esc.
    ConfirmErase(Id),
    /// Importing a registration list: path, preview and column choices, progress, report.
    Import(Box<ImportFlow>),
}

/// The column the table is sorted by; `s` moves to the next.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortColumn {
    #[default]
    Name,
    Organisation,
    Governorate,
    Gender,
    Stakeholder,
    /// Checked in today first, the most recent first (to the second, then by name); the
    /// others after, by name.
    CheckedIn,
}

impl SortColumn {
    pub fn next(self) -> SortColumn {
        match self {
            SortColumn::Name => SortColumn::Organisation,
            SortColumn::Organisation => SortColumn::Governorate,
            SortColumn::Governorate => SortColumn::Gender,
            SortColumn::Gender => SortColumn::Stakeholder,
            SortColumn::Stakeholder => SortColumn::CheckedIn,
            SortColumn::CheckedIn => SortColumn::Name,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            SortColumn::Name => "name",
            SortColumn::Organisation => "organisation",
            SortColumn::Governorate => "governorate",
            SortColumn::Gender => "gender",
            SortColumn::Stakeholder => "stakeholder type",
            SortColumn::CheckedIn => "check-in time today, most recent first",
        }
    }
}

/// The check-in field and its list of matches.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CheckIn {
    pub query: String,
    /// Index into the ranked matches.
    pub selected: usize,
    /// Set after Enter: the list stays (so the person just checked in is still chosen), and
    /// the next letter typed starts a new search instead of adding to the old one.
    pub fresh_on_type: bool,
    /// The workshop day the door records for when today is not one (chosen once, kept
    /// until the door is left); `None`: today.
    pub day: Option<NaiveDate>,
    /// "Record for which workshop day?" open for a person, after Enter on a day that is
    /// not a workshop day.
    pub choice: Option<DayChoice>,
}

/// The small choice of a workshop day to record a check-in for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayChoice {
    pub person: Id,
    /// Index into the workshop's dated days.
    pub at: usize,
}

/// Which people the charts count.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Scope {
    /// Everyone registered.
    #[default]
    Registered,
    /// Everyone who attended on any day.
    Attended,
    /// Who attended on day N (1-based).
    Day(u16),
}

impl Scope {
    /// The next scope in the cycle registered → attended → day 1 … day N → registered.
    pub fn step(self, forward: bool, days: u16) -> Scope {
        let mut all = vec![Scope::Registered, Scope::Attended];
        all.extend((1..=days).map(Scope::Day));
        let at = all.iter().position(|s| *s == self).unwrap_or(0);
        let len = all.len();
        let next = if forward {
            (at + 1) % len
        } else {
            (at + len - 1) % len
        };
        all[next]
    }
}

/// The whole of the screen's UI state. The table's selection lives in `App::lists` like
/// every list's.
#[derive(Debug, Default)]
pub struct ParticipantsState {
    pub mode: Mode,
    /// The filter text, kept after typing ends; Esc on the table clears it.
    pub filter: String,
    pub sort: SortColumn,
    pub check_in: CheckIn,
    /// Show the bar charts instead of the table.
    pub charts: bool,
    pub scope: Scope,
    /// False until a scope was chosen with `]` / `[`: until then the charts open on today
    /// when it is a workshop day, else on everyone registered.
    pub scope_chosen: bool,
    /// First line of the charts shown (they can be taller than the screen).
    pub chart_scroll: usize,
}

impl ParticipantsState {
    /// True while a text field of this screen has focus.
    pub fn typing(&self) -> bool {
        matches!(
            self.mode,
            Mode::Filter | Mode::CheckIn | Mode::Form(_) | Mode::Import(_)
        )
    }
}
