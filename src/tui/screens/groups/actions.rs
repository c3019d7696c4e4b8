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

impl GroupAction {
    pub const ALL: [GroupAction; 8] = [
        GroupAction::FromSet,
        GroupAction::Facilitator,
        GroupAction::NoteTaker,
        GroupAction::Members,
        GroupAction::AutoAssign,
        GroupAction::Toggle,
        GroupAction::Shuffle,
        GroupAction::DealWho,
    ];

    /// The name in `keymap.ron` and the palette.
    pub fn name(self) -> &'static str {
        match self {
            GroupAction::FromSet => "groups-from-set",
            GroupAction::Facilitator => "set-facilitator",
            GroupAction::NoteTaker => "set-note-taker",
            GroupAction::Members => "assign-members",
            GroupAction::AutoAssign => "auto-assign",
            GroupAction::Toggle => "toggle-member",
            GroupAction::Shuffle => "shuffle",
            GroupAction::DealWho => "deal-who",
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            GroupAction::FromSet => {
                "create groups from a set (lessons/challenges/plans, sectors, tables)"
            }
            GroupAction::Facilitator => "set the group's facilitator",
            GroupAction::NoteTaker => "set the group's note-taker",
            GroupAction::Members => "assign members by hand (pick list)",
            GroupAction::AutoAssign => "assign members automatically (preview first)",
            GroupAction::Toggle => "put the person in this group, or take them out",
            GroupAction::Shuffle => "another mix (a different seed)",
            GroupAction::DealWho => "deal everyone not placed / only those checked in today",
        }
    }

    /// A word for the footer.
    pub fn short(self) -> &'static str {
        match self {
            GroupAction::FromSet => "set",
            GroupAction::Facilitator => "facilitator",
            GroupAction::NoteTaker => "note-taker",
            GroupAction::Members => "members",
            GroupAction::AutoAssign => "auto",
            GroupAction::Toggle => "in/out",
            GroupAction::Shuffle => "shuffle",
            GroupAction::DealWho => "who",
        }
    }

    /// The pick-list and preview keys mean nothing from the palette.
    pub fn in_palette(self) -> bool {
        !matches!(
            self,
            GroupAction::Toggle | GroupAction::Shuffle | GroupAction::DealWho
        )
    }
}
