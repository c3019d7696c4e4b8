//! Every command, once: what it is called, where it belongs, what it says in help, the
//! palette and the footer, whether it changes the workshop, and who may use it. The order is
//! the palette's and `Action::all`'s.
//!
//! Columns: action, scope, name (keymap.ron and the palette), footer word, flags, roles,
//! description. Flags: `P` in the palette, `F` in the footer, `C` changes the workshop.
//! Roles: `ALL` (facilitator and note-taker) or `FAC` (the facilitator only).

use super::{Command, Roles, Scope};
use crate::tui::action::Action::{self, *};
use crate::tui::screen::Screen::{self as S};
use crate::tui::screens::agenda::AgendaAction as Ag;
use crate::tui::screens::capture::CaptureAction as Ca;
use crate::tui::screens::conflicts::ConflictAction as Co;
use crate::tui::screens::groups::GroupAction as Gr;
use crate::tui::screens::participants::PeopleAction as Pe;
use crate::tui::screens::report::ReportAction as Re;
use crate::tui::screens::review::ReviewAction as Rv;

const P: u8 = 1;
const F: u8 = 2;
const C: u8 = 4;
const PF: u8 = P | F;
const PFC: u8 = P | F | C;
const ALL: Roles = Roles::Everyone;
const FAC: Roles = Roles::Facilitator;
const ANY: Scope = Scope::Anywhere;

const fn on(screen: S) -> Scope {
    Scope::On(screen)
}

const fn row(
    action: Action,
    scope: Scope,
    name: &'static str,
    short: &'static str,
    flags: u8,
    roles: Roles,
    description: &'static str,
) -> Command {
    Command {
        action,
        scope,
        name,
        short,
        description,
        in_palette: flags & P != 0,
        in_footer: flags & F != 0,
        changes_workshop: flags & C != 0,
        roles,
    }
}

macro_rules! table {
    ($($action:expr, $scope:expr, $name:literal, $short:literal, $flags:expr, $roles:expr, $description:literal;)*) => {
        /// The command table.
        pub static COMMANDS: &[Command] = &[$(row($action, $scope, $name, $short, $flags, $roles, $description)),*];
    };
}

table! {
    Help, ANY, "help", "help", PF, ALL, "help for this screen";
    Palette, ANY, "palette", "commands", F, ALL, "command palette";
    NextScreen, ANY, "next-screen", "next", PF, ALL, "next screen";
    PreviousScreen, ANY, "previous-screen", "prev", P, ALL, "previous screen";
    GoTo(S::Home), ANY, "screen-1", "screens", PF, FAC, "go to Home";
    GoTo(S::Overview), ANY, "screen-2", "screens", PF, FAC, "go to Overview";
    GoTo(S::Agenda), ANY, "screen-3", "screens", PF, FAC, "go to Agenda";
    GoTo(S::Participants), ANY, "screen-4", "screens", PF, FAC, "go to Participants";
    GoTo(S::Groups), ANY, "screen-5", "screens", PF, FAC, "go to Groups";
    GoTo(S::Capture), ANY, "screen-6", "screens", PF, ALL, "go to Capture";
    GoTo(S::Review), ANY, "screen-7", "screens", PF, ALL, "go to Review";
    GoTo(S::Report), ANY, "screen-8", "screens", PF, FAC, "go to Report";
    Undo, ANY, "undo", "undo", PFC, ALL, "undo the last change";
    Redo, ANY, "redo", "redo", PFC, ALL, "redo what was undone";
    SaveNow, ANY, "save", "save", PF, ALL, "save now";
    Quit, ANY, "quit", "quit", PF, ALL, "quit (saves first)";
    Back, ANY, "back", "back", F, ALL, "close, cancel, back";
    Up, ANY, "up", "move", F, ALL, "move up";
    Down, ANY, "down", "move", F, ALL, "move down";
    PageUp, ANY, "page-up", "page", 0, ALL, "page up";
    PageDown, ANY, "page-down", "page", 0, ALL, "page down";
    First, ANY, "first", "ends", 0, ALL, "first line";
    Last, ANY, "last", "ends", 0, ALL, "last line";
    Open, ANY, "open", "open", F, ALL, "open the selected line";
    Add, ANY, "add", "add", PFC, ALL, "add";
    Edit, ANY, "edit", "edit", PFC, ALL, "edit";
    Delete, ANY, "delete", "delete", PFC, ALL, "delete (undoable)";
    Filter, ANY, "filter", "filter", PF, ALL, "filter as you type";
    NewSession, ANY, "new-session", "new", PF, FAC, "new session from a template";
    OpenPath, ANY, "open-path", "open file", PF, FAC, "open a session file by path";
    OpenDemo, ANY, "demo", "demo", PF, FAC, "open a fresh copy of the demo workshop";
    Confirm, ANY, "confirm", "accept", F, ALL, "accept";
    NextField, ANY, "next-field", "field", F, ALL, "next field";
    PreviousField, ANY, "previous-field", "field", F, ALL, "previous field";
    ChoiceLeft, ANY, "choice-left", "choose", 0, ALL, "previous choice";
    ChoiceRight, ANY, "choice-right", "choose", F, ALL, "next choice";
    Erase, ANY, "erase", "erase", 0, ALL, "delete the character before the cursor";
    ToggleContrast, ANY, "toggle-contrast", "contrast", P, ALL, "high-contrast colours on / off";
    MergeCopy, ANY, "merge", "merge", P | C, FAC, "merge another laptop's copy of this session";
    TakeLock, ANY, "take-over", "take over", P, ALL, "take over the lock another computer holds on this session";
    WorkshopDetails, on(S::Overview), "workshop-details", "details", PFC, FAC, "edit the workshop details (venue, dates, hours)";

    Groups(Gr::FromSet), on(S::Groups), "groups-from-set", "set", PFC, FAC, "create groups from a set (lessons/challenges/plans, sectors, tables)";
    Groups(Gr::Facilitator), on(S::Groups), "set-facilitator", "facilitator", PFC, FAC, "set the group's facilitator";
    Groups(Gr::NoteTaker), on(S::Groups), "set-note-taker", "note-taker", PFC, FAC, "set the group's note-taker";
    Groups(Gr::Members), on(S::Groups), "assign-members", "members", PFC, FAC, "assign members by hand (pick list)";
    Groups(Gr::AutoAssign), on(S::Groups), "auto-assign", "auto", PFC, FAC, "assign members automatically (preview first)";
    Groups(Gr::Toggle), on(S::Groups), "toggle-member", "in/out", F | C, FAC, "put the person in this group, or take them out";
    Groups(Gr::Shuffle), on(S::Groups), "shuffle", "shuffle", F, FAC, "another mix (a different seed)";
    Groups(Gr::DealWho), on(S::Groups), "deal-who", "who", F, FAC, "deal everyone not placed / only those checked in today";

    Review(Rv::NextEntry), on(S::Review), "review-next-entry", "entry", PF, ALL, "next entry (most votes first)";
    Review(Rv::PreviousEntry), on(S::Review), "review-previous-entry", "entry", PF, ALL, "previous entry";
    Review(Rv::NextGroup), on(S::Review), "review-next-group", "group", PF, FAC, "next group's outputs";
    Review(Rv::PreviousGroup), on(S::Review), "review-previous-group", "group", PF, FAC, "previous group's outputs";
    Review(Rv::Endorse), on(S::Review), "endorse", "endorse", PFC, ALL, "mark the entry endorsed in plenary, or not";
    Review(Rv::Comment), on(S::Review), "plenary-comment", "comment", PFC, ALL, "add the plenary's comment to the entry";

    People(Pe::CheckInMode), on(S::Participants), "check-in", "check-in", PF, FAC, "check people in at the door";
    People(Pe::CheckInChosen), on(S::Participants), "check-in-person", "check in", F | C, FAC, "check the chosen person in (again: only says when they came)";
    People(Pe::CheckOut), on(S::Participants), "check-out", "check out", F | C, FAC, "check the chosen person out: take back the day's check-in";
    People(Pe::WalkIn), on(S::Participants), "walk-in", "walk-in", PFC, FAC, "register a walk-in and check them in";
    People(Pe::Erase), on(S::Participants), "erase-person", "erase person", P | C, FAC, "erase a person's personal data (asks first)";
    People(Pe::Sort), on(S::Participants), "sort", "sort", PF, FAC, "sort by the next column";
    People(Pe::Charts), on(S::Participants), "who-was-in-the-room", "charts", PF, FAC, "who was in the room: bar charts on / off";
    People(Pe::NextScope), on(S::Participants), "charts-next", "day", 0, FAC, "charts: next day (registered, attended, each day)";
    People(Pe::PreviousScope), on(S::Participants), "charts-previous", "day", 0, FAC, "charts: previous day";
    People(Pe::Import), on(S::Participants), "import-participants", "import", PFC, FAC, "import participants from a registration list (.csv, .xlsx, .xls, .ods)";
    People(Pe::Team), on(S::Participants), "team-role", "team", P | C, FAC, "put the person on the team (staff, facilitator, note-taker, interpreter) or back";
    People(Pe::CountTeam), on(S::Participants), "count-team", "count team", P | C, FAC, "count the team in the participation figures, or leave them out (the default)";

    Report(Re::Export), on(S::Report), "export", "export", PF, FAC, "export the report (Markdown, HTML, CSV) or a day's sign-in sheet";
    Report(Re::ToggleAnonymised), on(S::Report), "report-anonymised", "anonymised", PF, FAC, "report: anonymised preview on / off";
    Report(Re::NextSection), on(S::Report), "report-next-section", "section", PF, FAC, "report: next section";
    Report(Re::PreviousSection), on(S::Report), "report-previous-section", "section", P, FAC, "report: previous section";

    Capture(Ca::ColumnLeft), on(S::Capture), "capture-column-left", "column", F, ALL, "previous column (kind)";
    Capture(Ca::ColumnRight), on(S::Capture), "capture-column-right", "column", F, ALL, "next column (kind)";
    Capture(Ca::PreviousGroup), on(S::Capture), "capture-previous-group", "group", PF, FAC, "previous group";
    Capture(Ca::NextGroup), on(S::Capture), "capture-next-group", "group", PF, FAC, "next group";
    Capture(Ca::ChangeKind), on(S::Capture), "capture-change-kind", "kind", PFC, ALL, "change the entry's kind";
    Capture(Ca::MoveToGroup), on(S::Capture), "capture-move-to-group", "move", PFC, FAC, "move the entry to another group";
    Capture(Ca::VoteUp), on(S::Capture), "capture-vote-up", "vote", PFC, ALL, "vote up";
    Capture(Ca::VoteDown), on(S::Capture), "capture-vote-down", "vote", PFC, ALL, "vote down";
    Capture(Ca::Tally), on(S::Capture), "capture-tally", "tally", PFC, ALL, "type the room's vote tally";
    Capture(Ca::Tags), on(S::Capture), "capture-tags", "tags", PFC, ALL, "tags (Tab completes)";
    Capture(Ca::Attribute), on(S::Capture), "capture-attribute", "who", PFC, ALL, "attribute to a participant";
    Capture(Ca::Link), on(S::Capture), "capture-link", "link", PFC, ALL, "link to another entry (a challenge to its plan)";
    Capture(Ca::Mark), on(S::Capture), "capture-mark", "mark", PF, ALL, "mark for merging";
    Capture(Ca::Merge), on(S::Capture), "capture-merge", "merge", PFC, ALL, "merge the marked entries into this one";
    Capture(Ca::Details), on(S::Capture), "capture-details", "details", PFC, ALL, "plan / recommendation / outcome details";
    Capture(Ca::AllEntries), on(S::Capture), "capture-all-entries", "all", PF, ALL, "all entries across groups / back to the board";
    Capture(Ca::ClearFilters), on(S::Capture), "capture-clear-filters", "clear", PF, ALL, "clear the filters";
    Capture(Ca::NewLine), on(S::Capture), "capture-new-line", "line", F, ALL, "new line";
    Capture(Ca::CycleKind), on(S::Capture), "capture-cycle-kind", "kind", F, ALL, "next kind";
    Capture(Ca::EditorUndo), on(S::Capture), "capture-editor-undo", "undo", F, ALL, "undo typing";
    Capture(Ca::EditorRedo), on(S::Capture), "capture-editor-redo", "redo", F, ALL, "redo typing";
    Capture(Ca::RestoreDraft), on(S::Capture), "capture-restore-draft", "restore", F, ALL, "restore the draft";
    Capture(Ca::DiscardDraft), on(S::Capture), "capture-discard-draft", "discard", F, ALL, "discard the draft";

    Agenda(Ag::StartStop), on(S::Agenda), "agenda-start-stop", "start/stop", PFC, FAC, "start the selected item, or stop the running one";
    Agenda(Ag::Advance), on(S::Agenda), "agenda-next", "next", PFC, FAC, "stop the running item and start the next";
    Agenda(Ag::Replan), on(S::Agenda), "agenda-replan", "re-plan", PF, FAC, "re-plan the rest of the day (previewed)";
    Agenda(Ag::Present), on(S::Agenda), "agenda-present", "present", PF, FAC, "full-screen clock for the projector";
    Agenda(Ag::Duplicate), on(S::Agenda), "agenda-duplicate", "copy", PFC, FAC, "duplicate the selected item";
    Agenda(Ag::MoveUp), on(S::Agenda), "agenda-move-up", "reorder", PFC, FAC, "move the item earlier in its day";
    Agenda(Ag::MoveDown), on(S::Agenda), "agenda-move-down", "reorder", PFC, FAC, "move the item later in its day";
    Agenda(Ag::EarlierDay), on(S::Agenda), "agenda-earlier-day", "day", PFC, FAC, "move the item to the day before";
    Agenda(Ag::LaterDay), on(S::Agenda), "agenda-later-day", "day", PFC, FAC, "move the item to the day after";
    Agenda(Ag::Template), on(S::Agenda), "agenda-template", "template", PF, FAC, "apply a template's agenda (previewed)";
    Agenda(Ag::Restore), on(S::Agenda), "agenda-restore", "restore", P | C, FAC, "bring a dropped item back into the day";
    Agenda(Ag::Freeze), on(S::Agenda), "agenda-freeze-plan", "freeze plan", P | C, FAC, "keep the agenda as it stands as the agreed plan";
    Agenda(Ag::RaiseMinimum), on(S::Agenda), "agenda-raise-minimum", "minimum", F, FAC, "re-plan: shrink items less (minimum +10%)";
    Agenda(Ag::LowerMinimum), on(S::Agenda), "agenda-lower-minimum", "minimum", F, FAC, "re-plan: allow shrinking more (minimum -10%)";

    Conflicts(Co::Open), ANY, "conflicts", "conflicts", P, FAC, "merge conflicts: see and settle them";
    Conflicts(Co::KeepInUse), ANY, "conflict-keep", "keep", F | C, FAC, "keep the version in use (drop the other)";
    Conflicts(Co::UseOther), ANY, "conflict-use-other", "use other", F | C, FAC, "use the other version instead";
}
