//! Keys are data: each binding says where it works, which key, what it does and (through the
//! action) a description. Help, the palette and the footer are generated from it. Defaults
//! are in code; `keymap.ron` in the config folder replaces single keys.

mod chord;
mod defaults;
mod file;
mod lines;

pub use chord::Chord;
pub use file::{KEYMAP_EXAMPLE, load_keymap};

use super::action::Action;
use ratatui::crossterm::event::KeyEvent;

/// Where a binding works. A screen or overlay asks the keymap with a list of contexts, most
/// specific first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Context {
    Anywhere,
    /// Screens that show a list of records.
    Lists,
    Home,
    /// The help overlay.
    Help,
    /// The command palette (a text field: letters filter).
    Palette,
    /// A form with text fields (letters type).
    Form,
    /// The Overview (its own keys: `e` the workshop details).
    Overview,
    /// The Groups screen's list.
    Groups,
    /// The Groups screen's pick list of people (letters filter, space toggles).
    GroupMembers,
    /// The auto-assignment preview.
    GroupAuto,
    /// The Review screen (plenary walk-through).
    Review,
    /// The Participants table.
    Participants,
    /// Typing the Participants filter (letters filter).
    ParticipantFilter,
    /// Check-in at the door (letters find people).
    CheckIn,
    /// The Report screen's preview.
    Report,
    /// The Capture board and All entries.
    Capture,
    /// The Capture editor, prompts, pick lists and forms (letters type).
    CaptureText,
    /// The offer of a kept draft (restore / discard).
    CaptureDraft,
    /// The Agenda list (live mode, reordering, re-plan, present).
    Agenda,
    /// The Agenda's re-plan and template overlays.
    AgendaPanel,
    /// The full-screen present view.
    Present,
    /// The merge conflicts overlay.
    Conflicts,
    /// A session that does not load: its backups offered.
    Recovery,
}

impl Context {
    pub const ALL: [Context; 23] = [
        Context::Anywhere,
        Context::Lists,
        Context::Home,
        Context::Help,
        Context::Palette,
        Context::Form,
        Context::Overview,
        Context::Groups,
        Context::GroupMembers,
        Context::GroupAuto,
        Context::Review,
        Context::Participants,
        Context::ParticipantFilter,
        Context::CheckIn,
        Context::Report,
        Context::Capture,
        Context::CaptureText,
        Context::CaptureDraft,
        Context::Agenda,
        Context::AgendaPanel,
        Context::Present,
        Context::Conflicts,
        Context::Recovery,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Context::Anywhere => "anywhere",
            Context::Lists => "lists",
            Context::Home => "home",
            Context::Help => "help",
            Context::Palette => "palette",
            Context::Form => "form",
            Context::Overview => "overview",
            Context::Groups => "groups",
            Context::GroupMembers => "group-members",
            Context::GroupAuto => "group-auto",
            Context::Review => "review",
            Context::Participants => "participants",
            Context::ParticipantFilter => "participant-filter",
            Context::CheckIn => "check-in",
            Context::Report => "report",
            Context::Capture => "capture",
            Context::CaptureText => "capture-text",
            Context::CaptureDraft => "capture-draft",
            Context::Agenda => "agenda",
            Context::AgendaPanel => "agenda-panel",
            Context::Present => "present",
            Context::Conflicts => "conflicts",
            Context::Recovery => "recovery",
        }
    }

    pub fn from_name(name: &str) -> Option<Context> {
        let wanted = name.trim().to_lowercase();
        Context::ALL.into_iter().find(|c| c.name() == wanted)
    }

    /// In these, unmodified keys without a binding type text.
    pub fn is_text(self) -> bool {
        matches!(
            self,
            Context::Palette
                | Context::Form
                | Context::GroupMembers
                | Context::ParticipantFilter
                | Context::CheckIn
                | Context::CaptureText
        )
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Binding {
    pub context: Context,
    pub chord: Chord,
    /// `None`: the key was unbound by the user's keymap.ron.
    pub action: Option<Action>,
}

/// The default bindings, and the user's from `keymap.ron` apart from them. The user's word
/// wins over every default in reach: `("lists", "x", "delete")` makes `x` delete on every
/// screen with a list, even where that screen's own default keys use `x` for something else
/// (on Participants it is erase-person by default). Otherwise the key the user chose would
/// work on some list screens and silently not on others.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Keymap {
    bindings: Vec<Binding>,
    user: Vec<Binding>,
}

/// What a key means here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyMeaning {
    Action(Action),
    /// A character for the focused text field.
    Text(char),
    Nothing,
}

impl Default for Keymap {
    fn default() -> Self {
        Keymap {
            bindings: defaults::bindings(),
            user: Vec::new(),
        }
    }
}

impl Keymap {
    /// Bind `chord` in `context` to `action` (`None` unbinds it), as the user's keymap.ron
    /// does: replaces what that key did there, and wins over the defaults of every context
    /// looked up with it.
    pub fn set(&mut self, context: Context, chord: Chord, action: Option<Action>) {
        let binding = Binding {
            context,
            chord,
            action,
        };
        match self
            .user
            .iter_mut()
            .find(|b| b.context == context && b.chord == chord)
        {
            Some(existing) => *existing = binding,
            None => self.user.push(binding),
        }
    }

    /// The binding `chord` reaches in `contexts`: the user's, in the first context that has
    /// one, else the default in the first context that has one.
    fn binding(&self, contexts: &[Context], chord: Chord) -> Option<&Binding> {
        [&self.user, &self.bindings].into_iter().find_map(|layer| {
            contexts.iter().find_map(|context| {
                layer
                    .iter()
                    .find(|b| b.context == *context && b.chord == chord)
            })
        })
    }

    /// The action bound to `chord` in `contexts` (`None` when nothing is, or it was
    /// unbound).
    pub fn action(&self, contexts: &[Context], chord: Chord) -> Option<Action> {
        self.binding(contexts, chord)?.action
    }

    /// Turn a key into what it means in `contexts`. When the first context is a text field,
    /// only its own bindings and Ctrl/Alt keys are commands; other characters type.
    pub fn meaning(&self, contexts: &[Context], event: &KeyEvent) -> KeyMeaning {
        let chord = Chord::from_event(event);
        if is_typing(contexts, chord) {
            if let Some(action) = self.action(&contexts[..1], chord) {
                return KeyMeaning::Action(action);
            }
            return match chord.code {
                ratatui::crossterm::event::KeyCode::Char(c) => KeyMeaning::Text(c),
                _ => KeyMeaning::Nothing,
            };
        }
        self.action(contexts, chord)
            .map_or(KeyMeaning::Nothing, KeyMeaning::Action)
    }

    /// The bindings that work in `contexts`, by context in keymap order (the user's first),
    /// without keys another binding wins or that are unbound.
    pub fn active(&self, contexts: &[Context]) -> Vec<(Context, Chord, Action)> {
        let mut out = Vec::new();
        for (rank, context) in contexts.iter().enumerate() {
            let here = self.user.iter().chain(&self.bindings);
            for binding in here.filter(|b| b.context == *context) {
                // Behind a text field only Ctrl/Alt keys reach the outer contexts.
                let reach = if is_typing(contexts, binding.chord) {
                    if rank > 0 {
                        continue;
                    }
                    &contexts[..1]
                } else {
                    contexts
                };
                let wins = self
                    .binding(reach, binding.chord)
                    .is_some_and(|winner| std::ptr::eq(winner, binding));
                if let (true, Some(action)) = (wins, binding.action) {
                    out.push((*context, binding.chord, action));
                }
            }
        }
        out
    }

    /// The keys that run `action` in `contexts`, e.g. ["Ctrl-Z"].
    pub fn keys_for(&self, contexts: &[Context], action: Action) -> Vec<Chord> {
        self.active(contexts)
            .into_iter()
            .filter(|(_, _, a)| *a == action)
            .map(|(_, chord, _)| chord)
            .collect()
    }

    /// The default bindings (the user's keymap.ron is not among them).
    pub fn bindings(&self) -> &[Binding] {
        &self.bindings
    }

    /// The user's bindings from keymap.ron.
    pub fn user_bindings(&self) -> &[Binding] {
        &self.user
    }
}

/// Whether `chord` types into the text field that `contexts` starts with.
fn is_typing(contexts: &[Context], chord: Chord) -> bool {
    contexts.first().is_some_and(|c| c.is_text()) && !chord.has_command_modifier()
}
