//! The Capture screen's own commands (the shared ones — add, edit, delete, move, back,
//! confirm — are the app's generic actions).

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CaptureAction {
    ColumnLeft,
    ColumnRight,
    PreviousGroup,
    NextGroup,
    ChangeKind,
    MoveToGroup,
    VoteUp,
    VoteDown,
    Tally,
    Tags,
    Attribute,
    Link,
    Mark,
    Merge,
    Details,
    AllEntries,
    ClearFilters,
    /// In the editor: a line break (Alt-Enter).
    NewLine,
    /// In the editor: the next kind (Tab).
    CycleKind,
    EditorUndo,
    EditorRedo,
    /// In the draft offer: bring the draft back / throw it away.
    RestoreDraft,
    DiscardDraft,
}

impl CaptureAction {
    pub const ALL: [CaptureAction; 23] = [
        CaptureAction::ColumnLeft,
        CaptureAction::ColumnRight,
        CaptureAction::PreviousGroup,
        CaptureAction::NextGroup,
        CaptureAction::ChangeKind,
        CaptureAction::MoveToGroup,
        CaptureAction::VoteUp,
        CaptureAction::VoteDown,
        CaptureAction::Tally,
        CaptureAction::Tags,
        CaptureAction::Attribute,
        CaptureAction::Link,
        CaptureAction::Mark,
        CaptureAction::Merge,
        CaptureAction::Details,
        CaptureAction::AllEntries,
        CaptureAction::ClearFilters,
        CaptureAction::NewLine,
        CaptureAction::CycleKind,
        CaptureAction::EditorUndo,
        CaptureAction::EditorRedo,
        CaptureAction::RestoreDraft,
        CaptureAction::DiscardDraft,
    ];

    /// The name in `keymap.ron` and the palette.
    pub fn name(self) -> &'static str {
        match self {
            CaptureAction::ColumnLeft => "capture-column-left",
            CaptureAction::ColumnRight => "capture-column-right",
            CaptureAction::PreviousGroup => "capture-previous-group",
            CaptureAction::NextGroup => "capture-next-group",
            CaptureAction::ChangeKind => "capture-change-kind",
            CaptureAction::MoveToGroup => "capture-move-to-group",
            CaptureAction::VoteUp => "capture-vote-up",
            CaptureAction::VoteDown => "capture-vote-down",
            CaptureAction::Tally => "capture-tally",
            CaptureAction::Tags => "capture-tags",
            CaptureAction::Attribute => "capture-attribute",
            CaptureAction::Link => "capture-link",
            CaptureAction::Mark => "capture-mark",
            CaptureAction::Merge => "capture-merge",
            CaptureAction::Details => "capture-details",
            CaptureAction::AllEntries => "capture-all-entries",
            CaptureAction::ClearFilters => "capture-clear-filters",
            CaptureAction::NewLine => "capture-new-line",
            CaptureAction::CycleKind => "capture-cycle-kind",
            CaptureAction::EditorUndo => "capture-editor-undo",
            CaptureAction::EditorRedo => "capture-editor-redo",
            CaptureAction::RestoreDraft => "capture-restore-draft",
            CaptureAction::DiscardDraft => "capture-discard-draft",
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            CaptureAction::ColumnLeft => "previous column (kind)",
            CaptureAction::ColumnRight => "next column (kind)",
            CaptureAction::PreviousGroup => "previous group",
            CaptureAction::NextGroup => "next group",
            CaptureAction::ChangeKind => "change the entry's kind",
            CaptureAction::MoveToGroup => "move the entry to another group",
            CaptureAction::VoteUp => "vote up",
            CaptureAction::VoteDown => "vote down",
            CaptureAction::Tally => "type the room's vote tally",
            CaptureAction::Tags => "tags (Tab completes)",
            CaptureAction::Attribute => "attribute to a participant",
            CaptureAction::Link => "link to another entry (a challenge to its plan)",
            CaptureAction::Mark => "mark for merging",
            CaptureAction::Merge => "merge the marked entries into this one",
            CaptureAction::Details => "plan / recommendation / outcome details",
            CaptureAction::AllEntries => "all entries across groups / back to the board",
            CaptureAction::ClearFilters => "clear the filters",
            CaptureAction::NewLine => "new line",
            CaptureAction::CycleKind => "next kind",
            CaptureAction::EditorUndo => "undo typing",
            CaptureAction::EditorRedo => "redo typing",
            CaptureAction::RestoreDraft => "restore the draft",
            CaptureAction::DiscardDraft => "discard the draft",
        }
    }

    pub fn short(self) -> &'static str {
        match self {
            CaptureAction::ColumnLeft | CaptureAction::ColumnRight => "column",
            CaptureAction::PreviousGroup | CaptureAction::NextGroup => "group",
            CaptureAction::ChangeKind | CaptureAction::CycleKind => "kind",
            CaptureAction::MoveToGroup => "move",
            CaptureAction::VoteUp | CaptureAction::VoteDown => "vote",
            CaptureAction::Tally => "tally",
            CaptureAction::Tags => "tags",
            CaptureAction::Attribute => "who",
            CaptureAction::Link => "link",
            CaptureAction::Mark => "mark",
            CaptureAction::Merge => "merge",
            CaptureAction::Details => "details",
            CaptureAction::AllEntries => "all",
            CaptureAction::ClearFilters => "clear",
            CaptureAction::NewLine => "line",
            CaptureAction::EditorUndo => "undo",
            CaptureAction::EditorRedo => "redo",
            CaptureAction::RestoreDraft => "restore",
            CaptureAction::DiscardDraft => "discard",
        }
    }

    /// Editor and draft-offer keys are not commands to look up by name.
    pub fn in_palette(self) -> bool {
        !matches!(
            self,
            CaptureAction::NewLine
                | CaptureAction::CycleKind
                | CaptureAction::EditorUndo
                | CaptureAction::EditorRedo
                | CaptureAction::RestoreDraft
                | CaptureAction::DiscardDraft
                | CaptureAction::ColumnLeft
                | CaptureAction::ColumnRight
        )
    }

    /// Changes the workshop (refused while read-only).
    pub fn changes_workshop(self) -> bool {
        matches!(
            self,
            CaptureAction::ChangeKind
                | CaptureAction::MoveToGroup
                | CaptureAction::VoteUp
                | CaptureAction::VoteDown
                | CaptureAction::Tally
                | CaptureAction::Tags
                | CaptureAction::Attribute
                | CaptureAction::Link
                | CaptureAction::Merge
                | CaptureAction::Details
        )
    }
}
