//! The Groups screen's own verbs (the list keys a/e/d/Enter are the shared ones).

/// What a key asks of the Groups screen beyond add / edit / delete.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GroupAction {
    /// Create several groups at once: lessons/challenges/plans, one per sector, tables 1..N.
    FromSet,
    Facilitator,
    NoteTaker,
    /// Hand assignment: the pick list of everyone, space toggles membership.
    Members,
    /// Deal people into the groups automatically (with a preview first).
    AutoAssign,
    /// In the member pick list: in or out of this group.
    Toggle,
    /// In the auto-assignment preview: another seed.
    Shuffle,
    /// In the auto-assignment preview: everyone not yet placed, or only those here today.
    DealWho,
}
