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
