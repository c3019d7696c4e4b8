//! The Review screen's verbs: walking the room through each group's outputs.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReviewAction {
    NextEntry,
    PreviousEntry,
    NextGroup,
    PreviousGroup,
    /// Endorsed in plenary, or not (undoable).
    Endorse,
    /// Write the plenary's comment on the entry.
    Comment,
}
