//! What the Capture screen remembers between keys: which group and column, the selection,
//! the marks for merging, the All-entries filters, and the open editor or prompt. None of it
//! is in the workshop.

use super::drafts::DraftKeeper;
use super::field_form::FieldForm;
use crate::model::{EntryKind, Id};
use crate::tui::app::ListState;
use ratatui_textarea::{TextArea, WrapMode};
use std::collections::BTreeSet;
use std::time::Instant;

/// Bytes of text above which the editor stops soft-wrapping (see [`Editor::fit_wrapping`]).
pub const WRAP_LIMIT: usize = 64 * 1024;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Board,
    AllEntries,
}

#[derive(Default)]
pub struct CaptureState {
    /// The group shown when not in note-taker mode (`None`: the first group).
    pub group: Option<Id>,
    /// The column's kind; falls back to the first column when it is gone.
    pub column: Option<EntryKind>,
    /// The selected entry, kept by id so a vote that re-sorts the column does not move it.
    pub selected: Option<Id>,
    /// Where the selection was, for when its entry disappears (deleted, moved, undone).
    pub row: usize,
    pub view: View,
    pub all: AllEntries,
    /// Entries marked for merging into the selected one.
    pub marked: BTreeSet<Id>,
    pub modal: Option<Modal>,
    pub drafts: DraftKeeper,
}

/// The All-entries view: its list and filters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AllEntries {
    pub list: ListState,
    pub filter: Filter,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub text: String,
    pub kind: Option<EntryKind>,
    pub tag: Option<String>,
    pub group: GroupFilter,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum GroupFilter {
    #[default]
    Any,
    /// Entries of no group (plenary notes).
    NoGroup,
    Group(Id),
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }
}

/// What is open over the board.
pub enum Modal {
    Editor(Editor),
    /// A one-line prompt (the vote tally, tags).
    Prompt(Prompt),
    Pick(Picker),
    Form(FieldForm),
    /// A draft found on disk (after a crash) or kept by Esc, offered back.
    DraftOffer,
}

/// The multi-line entry editor.
pub struct Editor {
    /// The entry being edited; `None` for a new one.
    pub target: Option<Id>,
    pub group: Option<Id>,
    pub kind: EntryKind,
    pub area: TextArea<'static>,
    /// The text it opened with, to tell whether anything was typed.
    pub original: String,
    /// The last keystroke not yet written to the draft.
    pub dirty_since: Option<Instant>,
    pub error: Option<String>,
}

impl Editor {
    pub fn new(target: Option<Id>, group: Option<Id>, kind: EntryKind, text: &str) -> Editor {
        Editor {
            target,
            group,
            kind,
            area: text_area(text, true),
            original: text.to_string(),
            dirty_since: None,
            error: None,
        }
    }

    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    pub fn changed(&self) -> bool {
        self.area.lines().join("\n") != self.original
    }

    /// Soft wrapping lays out the whole text after every key; past a size only a paste
    /// reaches, lines scroll sideways instead so typing stays instant.
    pub fn fit_wrapping(&mut self) {
        let size: usize = self.area.lines().iter().map(String::len).sum();
        let wanted = if size > WRAP_LIMIT {
            WrapMode::None
        } else {
            WrapMode::WordOrGlyph
        };
        if self.area.wrap_mode() != wanted {
            self.area.set_wrap_mode(wanted);
        }
    }

    pub fn touch(&mut self) {
        self.dirty_since.get_or_insert_with(Instant::now);
        self.error = None;
    }
}

/// A text area set up the way every capture field is: no underline on the cursor line,
/// word wrapping (Arabic sentences are long), a history for Ctrl-Z.
pub fn text_area(text: &str, multi_line: bool) -> TextArea<'static> {
    let lines: Vec<String> = if multi_line {
        normalise_breaks(text)
            .split('\n')
            .map(str::to_string)
            .collect()
    } else {
        vec![one_line_input(text)]
    };
    let mut area = TextArea::new(lines);
    area.set_cursor_line_style(ratatui::style::Style::default());
    area.set_wrap_mode(if multi_line {
        WrapMode::WordOrGlyph
    } else {
        WrapMode::None
    });
    area.move_cursor(ratatui_textarea::CursorMove::Bottom);
    area.move_cursor(ratatui_textarea::CursorMove::End);
    area
}

/// CRLF and lone CR (what many terminals send for a pasted line break) become LF.
pub fn normalise_breaks(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_string();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Text for a one-line field: line breaks become spaces.
pub fn one_line_input(text: &str) -> String {
    text.chars()
        .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
        .collect()
}

/// What a one-line prompt is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PromptKind {
    Tally { entry: Id },
    Tags { entry: Id },
}

pub struct Prompt {
    pub kind: PromptKind,
    pub input: TextArea<'static>,
    pub error: Option<String>,
}

impl Prompt {
    pub fn new(kind: PromptKind, text: &str) -> Prompt {
        Prompt {
            kind,
            input: text_area(text, false),
            error: None,
        }
    }

    pub fn text(&self) -> String {
        self.input.lines().join(" ")
    }
}

/// What a pick list chooses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PickKind {
    /// A participant to attribute the entry to.
    Person { entry: Id },
    /// A group to move the entry to.
    Group { entry: Id },
    /// An entry to link with (or unlink from).
    Link { entry: Id },
}

pub struct Picker {
    pub kind: PickKind,
    pub filter: TextArea<'static>,
    pub list: ListState,
}

impl Picker {
    pub fn new(kind: PickKind) -> Picker {
        Picker {
            kind,
            filter: text_area("", false),
            list: ListState::default(),
        }
    }

    pub fn filter_text(&self) -> String {
        self.filter.lines().join(" ")
    }
}
