//! The Agenda screen's own commands (the shared ones — move, add, edit, delete, undo — come
//! from the lists and anywhere contexts).

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AgendaAction {
    /// Start the selected item, or stop the running one.
    StartStop,
    /// Stop the running item and start the next.
    Advance,
    Replan,
    Present,
    Duplicate,
    MoveUp,
    MoveDown,
    EarlierDay,
    LaterDay,
    Template,
    /// Bring a dropped item back into the day.
    Restore,
    /// Keep the agenda as it stands as the agreed plan (the report's Planned column).
    Freeze,
    /// In the re-plan overlay: shrink no item below a larger / smaller share.
    RaiseMinimum,
    LowerMinimum,
}
