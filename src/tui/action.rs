//! What a key (or the palette, or a signal) asks the app to do. Verbs, not keys: the keymap
//! maps keys onto these, and `update` carries them out.

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
    /// Every action, in the order the palette and the help list them.
    pub fn all() -> Vec<Action> {
        let mut all = vec![
            Action::Help,
            Action::Palette,
            Action::NextScreen,
            Action::PreviousScreen,
        ];
        all.extend(Screen::ALL.iter().map(|s| Action::GoTo(*s)));
        all.extend([
            Action::Undo,
            Action::Redo,
            Action::SaveNow,
            Action::Quit,
            Action::Back,
            Action::Up,
            Action::Down,
            Action::PageUp,
            Action::PageDown,
            Action::First,
            Action::Last,
            Action::Open,
            Action::Add,
            Action::Edit,
            Action::Delete,
            Action::Filter,
            Action::NewSession,
            Action::OpenPath,
            Action::OpenDemo,
            Action::Confirm,
            Action::NextField,
            Action::PreviousField,
            Action::ChoiceLeft,
            Action::ChoiceRight,
            Action::Erase,
            Action::ToggleContrast,
            Action::MergeCopy,
        ]);
        all.extend(GroupAction::ALL.map(Action::Groups));
        all.extend(ReviewAction::ALL.map(Action::Review));
        all.extend(PeopleAction::ALL.map(Action::People));
        all.extend(ReportAction::ALL.map(Action::Report));
        all.extend(CaptureAction::ALL.map(Action::Capture));
        all.extend(AgendaAction::ALL.map(Action::Agenda));
        all.extend(ConflictAction::ALL.map(Action::Conflicts));
        all
    }

    /// The name used in `keymap.ron` and shown in the palette.
    pub fn name(self) -> String {
        let fixed = match self {
            Action::NextScreen => "next-screen",
            Action::PreviousScreen => "previous-screen",
            Action::GoTo(screen) => return format!("screen-{}", screen.number()),
            Action::Undo => "undo",
            Action::Redo => "redo",
            Action::SaveNow => "save",
            Action::Quit => "quit",
            Action::Help => "help",
            Action::Palette => "palette",
            Action::Back => "back",
            Action::Up => "up",
            Action::Down => "down",
            Action::PageUp => "page-up",
            Action::PageDown => "page-down",
            Action::First => "first",
            Action::Last => "last",
            Action::Open => "open",
            Action::Add => "add",
            Action::Edit => "edit",
            Action::Delete => "delete",
            Action::Filter => "filter",
            Action::NewSession => "new-session",
            Action::OpenPath => "open-path",
            Action::OpenDemo => "demo",
            Action::Confirm => "confirm",
            Action::NextField => "next-field",
            Action::PreviousField => "previous-field",
            Action::ChoiceLeft => "choice-left",
            Action::ChoiceRight => "choice-right",
            Action::Erase => "erase",
            Action::ToggleContrast => "toggle-contrast",
            Action::MergeCopy => "merge",
            Action::Groups(a) => a.name(),
            Action::Review(a) => a.name(),
            Action::People(a) => a.name(),
            Action::Report(a) => a.name(),
            Action::Capture(a) => a.name(),
            Action::Agenda(a) => a.name(),
            Action::Conflicts(a) => a.name(),
        };
        fixed.to_string()
    }

    pub fn from_name(name: &str) -> Option<Action> {
        let wanted = name.trim().to_lowercase();
        Action::all().into_iter().find(|a| a.name() == wanted)
    }

    /// What it does, in a few words, for help, the palette and the footer.
    pub fn description(self) -> String {
        let fixed = match self {
            Action::NextScreen => "next screen",
            Action::PreviousScreen => "previous screen",
            Action::GoTo(screen) => return format!("go to {}", screen.title()),
            Action::Undo => "undo the last change",
            Action::Redo => "redo what was undone",
            Action::SaveNow => "save now",
            Action::Quit => "quit (saves first)",
            Action::Help => "help for this screen",
            Action::Palette => "command palette",
            Action::Back => "close, cancel, back",
            Action::Up => "move up",
            Action::Down => "move down",
            Action::PageUp => "page up",
            Action::PageDown => "page down",
            Action::First => "first line",
            Action::Last => "last line",
            Action::Open => "open the selected line",
            Action::Add => "add",
            Action::Edit => "edit",
            Action::Delete => "delete (undoable)",
            Action::Filter => "filter as you type",
            Action::NewSession => "new session from a template",
            Action::OpenPath => "open a session file by path",
            Action::OpenDemo => "open a fresh copy of the demo workshop",
            Action::Confirm => "accept",
            Action::NextField => "next field",
            Action::PreviousField => "previous field",
            Action::ChoiceLeft => "previous choice",
            Action::ChoiceRight => "next choice",
            Action::Erase => "delete the character before the cursor",
            Action::ToggleContrast => "high-contrast colours on / off",
            Action::MergeCopy => "merge another laptop's copy of this session",
            Action::Groups(a) => a.description(),
            Action::Review(a) => a.description(),
            Action::People(a) => a.description(),
            Action::Report(a) => a.description(),
            Action::Capture(a) => a.description(),
            Action::Agenda(a) => a.description(),
            Action::Conflicts(a) => a.description(),
        };
        fixed.to_string()
    }

    /// A short word for the footer, where space is tight.
    pub fn short(self) -> String {
        let fixed = match self {
            Action::NextScreen => "next",
            Action::PreviousScreen => "prev",
            Action::GoTo(_) => "screens",
            Action::Undo => "undo",
            Action::Redo => "redo",
            Action::SaveNow => "save",
            Action::Quit => "quit",
            Action::Help => "help",
            Action::Palette => "commands",
            Action::Back => "back",
            Action::Up | Action::Down => "move",
            Action::PageUp | Action::PageDown => "page",
            Action::First | Action::Last => "ends",
            Action::Open => "open",
            Action::Add => "add",
            Action::Edit => "edit",
            Action::Delete => "delete",
            Action::Filter => "filter",
            Action::NewSession => "new",
            Action::OpenPath => "open file",
            Action::OpenDemo => "demo",
            Action::Confirm => "accept",
            Action::NextField | Action::PreviousField => "field",
            Action::ChoiceLeft | Action::ChoiceRight => "choose",
            Action::Erase => "erase",
            Action::ToggleContrast => "contrast",
            Action::MergeCopy => "merge",
            Action::Groups(a) => a.short(),
            Action::Review(a) => a.short(),
            Action::People(a) => a.short(),
            Action::Report(a) => a.short(),
            Action::Capture(a) => a.short(),
            Action::Agenda(a) => a.short(),
            Action::Conflicts(a) => a.short(),
        };
        fixed.to_string()
    }

    /// Whether this action changes the workshop (and so is refused when read-only).
    pub fn changes_workshop(self) -> bool {
        if let Action::People(a) = self {
            return a.changes_workshop();
        }
        if let Action::Agenda(a) = self {
            return a.changes_workshop();
        }
        if let Action::Conflicts(a) = self {
            return a.changes_workshop();
        }
        matches!(
            self,
            Action::Undo
                | Action::Redo
                | Action::Add
                | Action::Edit
                | Action::Delete
                | Action::MergeCopy
        )
    }

    /// Worth a place in the one-line footer (the rest are in help).
    pub fn in_footer(self) -> bool {
        if let Action::People(a) = self {
            return a.in_footer();
        }
        if let Action::Report(a) = self {
            return a.in_footer();
        }
        if let Action::Conflicts(a) = self {
            return a.in_footer();
        }
        if let Action::Agenda(a) = self {
            return a.in_footer();
        }
        !matches!(
            self,
            Action::PreviousScreen
                | Action::PageUp
                | Action::PageDown
                | Action::First
                | Action::Last
                | Action::Erase
                | Action::ToggleContrast
                | Action::MergeCopy
                | Action::ChoiceLeft
        )
    }

    /// Shown in the command palette: the commands a person would look for by name, not the
    /// movement keys or the form keys.
    pub fn in_palette(self) -> bool {
        match self {
            Action::Groups(a) => return a.in_palette(),
            Action::Review(a) => return a.in_palette(),
            Action::People(a) => return a.in_palette(),
            Action::Report(_) => return true,
            Action::Capture(a) => return a.in_palette(),
            Action::Agenda(a) => return a.in_palette(),
            Action::Conflicts(a) => return a.in_palette(),
            _ => {}
        }
        !matches!(
            self,
            Action::Palette
                | Action::Back
                | Action::Up
                | Action::Down
                | Action::PageUp
                | Action::PageDown
                | Action::First
                | Action::Last
                | Action::Open
                | Action::Confirm
                | Action::NextField
                | Action::PreviousField
                | Action::ChoiceLeft
                | Action::ChoiceRight
                | Action::Erase
        )
    }
}
