//! The Participants screen's own verbs, wrapped in `Action::People` so the keymap, the
//! palette, help and the footer treat them like every other action.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PeopleAction {
    /// Check-in at the door: a text field always focused, best matches below it.
    CheckInMode,
    /// In check-in: check the chosen person in for today, or take it back.
    ToggleCheckIn,
    /// Register someone not on the list and check them in.
    WalkIn,
    /// Blank a person's personal fields (asks first).
    Erase,
    /// Sort the table by the next column.
    Sort,
    /// The bar charts of who was in the room, instead of the table (and back).
    Charts,
    /// The charts for the next / previous scope: registered, attended, day 1, day 2, …
    NextScope,
    PreviousScope,
    /// Import a registration list (CSV) through a path prompt and a preview.
    Import,
}

impl PeopleAction {
    pub const ALL: [PeopleAction; 9] = [
        PeopleAction::CheckInMode,
        PeopleAction::ToggleCheckIn,
        PeopleAction::WalkIn,
        PeopleAction::Erase,
        PeopleAction::Sort,
        PeopleAction::Charts,
        PeopleAction::NextScope,
        PeopleAction::PreviousScope,
        PeopleAction::Import,
    ];

    /// The name in `keymap.ron` and the palette.
    pub fn name(self) -> &'static str {
        match self {
            PeopleAction::CheckInMode => "check-in",
            PeopleAction::ToggleCheckIn => "check-in-toggle",
            PeopleAction::WalkIn => "walk-in",
            PeopleAction::Erase => "erase-person",
            PeopleAction::Sort => "sort",
            PeopleAction::Charts => "who-was-in-the-room",
            PeopleAction::NextScope => "charts-next",
            PeopleAction::PreviousScope => "charts-previous",
            PeopleAction::Import => "import-participants",
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            PeopleAction::CheckInMode => "check people in at the door",
            PeopleAction::ToggleCheckIn => "check the chosen person in (again: take it back)",
            PeopleAction::WalkIn => "register a walk-in and check them in",
            PeopleAction::Erase => "erase a person's personal data (asks first)",
            PeopleAction::Sort => "sort by the next column",
            PeopleAction::Charts => "who was in the room: bar charts on / off",
            PeopleAction::NextScope => "charts: next day (registered, attended, each day)",
            PeopleAction::PreviousScope => "charts: previous day",
            PeopleAction::Import => "import participants from a CSV file",
        }
    }

    pub fn short(self) -> &'static str {
        match self {
            PeopleAction::CheckInMode => "check-in",
            PeopleAction::ToggleCheckIn => "check in/undo",
            PeopleAction::WalkIn => "walk-in",
            PeopleAction::Erase => "erase person",
            PeopleAction::Sort => "sort",
            PeopleAction::Charts => "charts",
            PeopleAction::NextScope | PeopleAction::PreviousScope => "day",
            PeopleAction::Import => "import",
        }
    }

    /// Refused while the session is read-only.
    pub fn changes_workshop(self) -> bool {
        matches!(
            self,
            PeopleAction::ToggleCheckIn
                | PeopleAction::WalkIn
                | PeopleAction::Erase
                | PeopleAction::Import
        )
    }

    pub fn in_palette(self) -> bool {
        !matches!(
            self,
            PeopleAction::ToggleCheckIn | PeopleAction::NextScope | PeopleAction::PreviousScope
        )
    }

    /// The footer has room for few keys: the door, import, charts and sort; the rest are
    /// in help (`?`).
    pub fn in_footer(self) -> bool {
        !matches!(
            self,
            PeopleAction::Erase | PeopleAction::NextScope | PeopleAction::PreviousScope
        )
    }
}
