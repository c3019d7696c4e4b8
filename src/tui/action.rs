//! What a key (or the palette, or a signal) asks the app to do. Verbs, not keys: the keymap
//! maps keys onto these, and `update` carries them out. What each one is called, says and
//! may do is in the command table (`commands`).

use super::commands::{self, COMMANDS, Command};
use super::screen::Screen;
use super::screens::agenda::AgendaAction;
use super::screens::capture::CaptureAction;
use super::screens::conflicts::ConflictAction;
use super::screens::groups::GroupAction;
use super::screens::participants::PeopleAction;
use super::screens::report::ReportAction;
use super::screens::review::ReviewAction;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    NextScreen,
    PreviousScreen,
    GoTo(Screen),
    Undo,
    Redo,
    SaveNow,
    Quit,
    Help,
    Palette,
    /// Close, cancel, go back.
    Back,
    Up,
    Down,
    PageUp,
    PageDown,
    First,
    Last,
    /// Open the selected thing (Enter in a list).
    Open,
    Add,
    Edit,
    Delete,
    Filter,
    NewSession,
    OpenPath,
    OpenDemo,
    /// In a form: accept this field (or the whole form on the last one).
    Confirm,
    NextField,
    PreviousField,
    /// In a form: the previous / next choice of a choice field.
    ChoiceLeft,
    ChoiceRight,
    /// In a text field: delete the character before the cursor.
    Erase,
    /// Switch to the high-contrast theme and back.
    ToggleContrast,
    /// Merge another laptop's copy of this session in (asks for its path).
    MergeCopy,
    /// Take over the lock of a session opened read-only because another computer's halaqa
    /// (or an unreadable lock file) names itself as holder.
    TakeLock,
    /// The workshop details form: title, venue, dates, days, hours, time zone, objectives.
    WorkshopDetails,
    /// The Groups screen's own commands.
    Groups(GroupAction),
    /// The Review screen's own commands.
    Review(ReviewAction),
    /// The Participants screen's own commands (check-in, walk-in, erase, sort, charts, import).
    People(PeopleAction),
    /// The Report screen's own commands (sections, anonymised preview, export).
    Report(ReportAction),
    /// The Capture screen's own commands (board, editor, votes, tags, merging, drafts).
    Capture(CaptureAction),
    /// The Agenda screen's own commands (live mode, re-plan, present view, reordering).
    Agenda(AgendaAction),
    /// Merge conflicts: open the list, keep the version in use, use the other one.
    Conflicts(ConflictAction),
}

impl Action {
    /// Every action, in the order the palette and the help list them: the command table's.
    pub fn all() -> Vec<Action> {
        COMMANDS.iter().map(|c| c.action).collect()
    }

    /// The command table's row for this action.
    pub fn command(self) -> &'static Command {
        commands::command(self)
    }

    /// The name used in `keymap.ron` and shown in the palette.
    pub fn name(self) -> String {
        self.command().name.to_string()
    }

    pub fn from_name(name: &str) -> Option<Action> {
        commands::by_name(name).map(|c| c.action)
    }

    /// What it does, in a few words, for help, the palette and the footer.
    pub fn description(self) -> String {
        self.command().description.to_string()
    }

    /// A short word for the footer, where space is tight.
    pub fn short(self) -> String {
        self.command().short.to_string()
    }

    /// Whether this action changes the workshop (and so is refused when read-only).
    pub fn changes_workshop(self) -> bool {
        self.command().changes_workshop
    }

    /// Worth a place in the one-line footer (the rest are in help).
    pub fn in_footer(self) -> bool {
        self.command().in_footer
    }

    /// Shown in the command palette: the commands a person would look for by name, not the
    /// movement keys or the form keys.
    pub fn in_palette(self) -> bool {
        self.command().in_palette
    }
}
