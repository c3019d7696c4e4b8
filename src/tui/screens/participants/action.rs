//! The Participants screen's own verbs, wrapped in `Action::People` so the keymap, the
//! palette, help and the footer treat them like every other action.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PeopleAction {
    /// Check-in at the door: a text field always focused, best matches below it.
    CheckInMode,
    /// In check-in: check the chosen person in for the door's day (again: says when they
    /// came, changes nothing).
    CheckInChosen,
    /// In check-in: take back the chosen person's check-in of the door's day.
    CheckOut,
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
    /// Put the selected person on the team (staff, facilitator, note-taker, interpreter),
    /// the next role each time, and back to participant.
    Team,
    /// Count the team in the participation figures, or leave them out again (the default).
    CountTeam,
}
