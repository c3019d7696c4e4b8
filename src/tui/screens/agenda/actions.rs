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

impl AgendaAction {
    pub const ALL: [AgendaAction; 14] = [
        AgendaAction::StartStop,
        AgendaAction::Advance,
        AgendaAction::Replan,
        AgendaAction::Present,
        AgendaAction::Duplicate,
        AgendaAction::MoveUp,
        AgendaAction::MoveDown,
        AgendaAction::EarlierDay,
        AgendaAction::LaterDay,
        AgendaAction::Template,
        AgendaAction::Restore,
        AgendaAction::Freeze,
        AgendaAction::RaiseMinimum,
        AgendaAction::LowerMinimum,
    ];

    /// The name used in `keymap.ron` and the palette.
    pub fn name(self) -> &'static str {
        match self {
            AgendaAction::StartStop => "agenda-start-stop",
            AgendaAction::Advance => "agenda-next",
            AgendaAction::Replan => "agenda-replan",
            AgendaAction::Present => "agenda-present",
            AgendaAction::Duplicate => "agenda-duplicate",
            AgendaAction::MoveUp => "agenda-move-up",
            AgendaAction::MoveDown => "agenda-move-down",
            AgendaAction::EarlierDay => "agenda-earlier-day",
            AgendaAction::LaterDay => "agenda-later-day",
            AgendaAction::Template => "agenda-template",
            AgendaAction::Restore => "agenda-restore",
            AgendaAction::Freeze => "agenda-freeze-plan",
            AgendaAction::RaiseMinimum => "agenda-raise-minimum",
            AgendaAction::LowerMinimum => "agenda-lower-minimum",
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            AgendaAction::StartStop => "start the selected item, or stop the running one",
            AgendaAction::Advance => "stop the running item and start the next",
            AgendaAction::Replan => "re-plan the rest of the day (previewed)",
            AgendaAction::Present => "full-screen clock for the projector",
            AgendaAction::Duplicate => "duplicate the selected item",
            AgendaAction::MoveUp => "move the item earlier in its day",
            AgendaAction::MoveDown => "move the item later in its day",
            AgendaAction::EarlierDay => "move the item to the day before",
            AgendaAction::LaterDay => "move the item to the day after",
            AgendaAction::Template => "apply a template's agenda (previewed)",
            AgendaAction::Restore => "bring a dropped item back into the day",
            AgendaAction::Freeze => "keep the agenda as it stands as the agreed plan",
            AgendaAction::RaiseMinimum => "re-plan: shrink items less (minimum +10%)",
            AgendaAction::LowerMinimum => "re-plan: allow shrinking more (minimum -10%)",
        }
    }

    /// A word for the footer.
    pub fn short(self) -> &'static str {
        match self {
            AgendaAction::StartStop => "start/stop",
            AgendaAction::Advance => "next",
            AgendaAction::Replan => "re-plan",
            AgendaAction::Present => "present",
            AgendaAction::Duplicate => "copy",
            AgendaAction::MoveUp | AgendaAction::MoveDown => "reorder",
            AgendaAction::EarlierDay | AgendaAction::LaterDay => "day",
            AgendaAction::Template => "template",
            AgendaAction::Restore => "restore",
            AgendaAction::Freeze => "freeze plan",
            AgendaAction::RaiseMinimum | AgendaAction::LowerMinimum => "minimum",
        }
    }

    /// Whether it changes the workshop (refused when read-only).
    pub fn changes_workshop(self) -> bool {
        matches!(
            self,
            AgendaAction::StartStop
                | AgendaAction::Advance
                | AgendaAction::Duplicate
                | AgendaAction::MoveUp
                | AgendaAction::MoveDown
                | AgendaAction::EarlierDay
                | AgendaAction::LaterDay
                | AgendaAction::Restore
                | AgendaAction::Freeze
        )
    }

    /// Rare commands stay out of the footer (help and the palette list them).
    pub fn in_footer(self) -> bool {
        !matches!(self, AgendaAction::Restore | AgendaAction::Freeze)
    }

    pub fn in_palette(self) -> bool {
        !matches!(
            self,
            AgendaAction::RaiseMinimum | AgendaAction::LowerMinimum
        )
    }
}
