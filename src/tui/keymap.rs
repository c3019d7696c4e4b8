//! Keys are data: each binding says where it works, which key, what it does and (through the
//! action) a description. Help, the palette and the footer are generated from it. Defaults
//! are in code; `keymap.ron` in the config folder replaces single keys.

mod chord;
mod defaults;
mod file;

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
}

impl Context {
    pub const ALL: [Context; 21] = [
        Context::Anywhere,
        Context::Lists,
        Context::Home,
        Context::Help,
        Context::Palette,
        Context::Form,
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
    ];

    pub fn name(self) -> &'static str {
        match self {
            Context::Anywhere => "anywhere",
            Context::Lists => "lists",
            Context::Home => "home",
            Context::Help => "help",
            Context::Palette => "palette",
            Context::Form => "form",
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

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Keymap {
    bindings: Vec<Binding>,
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
        }
    }
}

impl Keymap {
    /// Bind `chord` in `context` to `action`, replacing what that key did there.
    pub fn set(&mut self, context: Context, chord: Chord, action: Option<Action>) {
        let binding = Binding {
            context,
            chord,
            action,
        };
        match self
            .bindings
            .iter_mut()
            .find(|b| b.context == context && b.chord == chord)
        {
            Some(existing) => *existing = binding,
            None => self.bindings.push(binding),
        }
    }

    /// The action bound to `chord` in the first of `contexts` that binds it.
    pub fn action(&self, contexts: &[Context], chord: Chord) -> Option<Action> {
        contexts.iter().find_map(|context| {
            self.bindings
                .iter()
                .find(|b| b.context == *context && b.chord == chord)
                .map(|b| b.action)
        })?
    }

    /// Turn a key into what it means in `contexts`. When the first context is a text field,
    /// only its own bindings and Ctrl/Alt keys are commands; other characters type.
    pub fn meaning(&self, contexts: &[Context], event: &KeyEvent) -> KeyMeaning {
        let chord = Chord::from_event(event);
        let text_field = contexts.first().is_some_and(|c| c.is_text());
        if text_field {
            if let Some(action) = self.action(&contexts[..1], chord) {
                return KeyMeaning::Action(action);
            }
            if !chord.has_command_modifier() {
                return match chord.code {
                    ratatui::crossterm::event::KeyCode::Char(c) => KeyMeaning::Text(c),
                    _ => KeyMeaning::Nothing,
                };
            }
            return self
                .action(&contexts[1..], chord)
                .map_or(KeyMeaning::Nothing, KeyMeaning::Action);
        }
        self.action(contexts, chord)
            .map_or(KeyMeaning::Nothing, KeyMeaning::Action)
    }

    /// The bindings that work in `contexts`, in keymap order, without keys shadowed by a
    /// more specific context or unbound.
    pub fn active(&self, contexts: &[Context]) -> Vec<(Context, Chord, Action)> {
        let mut out = Vec::new();
        let text_field = contexts.first().is_some_and(|c| c.is_text());
        for (rank, context) in contexts.iter().enumerate() {
            for binding in self.bindings.iter().filter(|b| b.context == *context) {
                // Behind a text field only Ctrl/Alt keys reach the outer contexts.
                if text_field && rank > 0 && !binding.chord.has_command_modifier() {
                    continue;
                }
                let shadowed = contexts[..rank].iter().any(|earlier| {
                    self.bindings
                        .iter()
                        .any(|b| b.context == *earlier && b.chord == binding.chord)
                });
                if let (false, Some(action)) = (shadowed, binding.action) {
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

    pub fn bindings(&self) -> &[Binding] {
        &self.bindings
    }
}
