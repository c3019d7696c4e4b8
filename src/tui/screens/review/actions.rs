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

impl ReviewAction {
    pub const ALL: [ReviewAction; 6] = [
        ReviewAction::NextEntry,
        ReviewAction::PreviousEntry,
        ReviewAction::NextGroup,
        ReviewAction::PreviousGroup,
        ReviewAction::Endorse,
        ReviewAction::Comment,
    ];

    pub fn name(self) -> &'static str {
        match self {
            ReviewAction::NextEntry => "review-next-entry",
            ReviewAction::PreviousEntry => "review-previous-entry",
            ReviewAction::NextGroup => "review-next-group",
            ReviewAction::PreviousGroup => "review-previous-group",
            ReviewAction::Endorse => "endorse",
            ReviewAction::Comment => "plenary-comment",
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            ReviewAction::NextEntry => "next entry (most votes first)",
            ReviewAction::PreviousEntry => "previous entry",
            ReviewAction::NextGroup => "next group's outputs",
            ReviewAction::PreviousGroup => "previous group's outputs",
            ReviewAction::Endorse => "mark the entry endorsed in plenary, or not",
            ReviewAction::Comment => "add the plenary's comment to the entry",
        }
    }

    pub fn short(self) -> &'static str {
        match self {
            ReviewAction::NextEntry | ReviewAction::PreviousEntry => "entry",
            ReviewAction::NextGroup | ReviewAction::PreviousGroup => "group",
            ReviewAction::Endorse => "endorse",
            ReviewAction::Comment => "comment",
        }
    }

    pub fn in_palette(self) -> bool {
        true
    }
}
