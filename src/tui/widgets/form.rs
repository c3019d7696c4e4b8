//! Small forms on Home: a new session from a template, and opening a file by path.
//! Letters type; Tab moves between fields; Enter accepts. Text fields are the form kit's
//! line editor, so the cursor keys work as in every other form.

use crate::tui::kit::form::LineEdit;
use ratatui::crossterm::event::KeyEvent;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormKind {
    NewSession,
    OpenPath,
    MergePath,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldValue {
    /// Typed text in the form kit's line editor (a cursor, word moves, select-all).
    Text(LineEdit),
    /// One of several choices: (name, description).
    Choice {
        options: Vec<(String, String)>,
        selected: usize,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    pub label: &'static str,
    pub value: FieldValue,
    pub hint: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Form {
    pub kind: FormKind,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// Why the last attempt was refused; shown in the form.
    pub error: Option<String>,
}

/// Editing a column of one-line fields: what the Home forms and the screens' small forms
/// (groups, review) share. Letters type into the focused text field; Tab moves the focus;
/// ↑ ↓ change a choice.
pub trait FieldEditing {
    fn fields(&self) -> &[Field];
    fn fields_mut(&mut self) -> &mut [Field];
    fn focus(&self) -> usize;
    fn set_focus(&mut self, focus: usize);

    fn on_last_field(&self) -> bool {
        self.focus() + 1 >= self.fields().len()
    }

    /// The focused text field's editor, if the focused field is text.
    fn focused_edit(&mut self) -> Option<&mut LineEdit> {
        let focus = self.focus();
        match self.fields_mut().get_mut(focus).map(|f| &mut f.value) {
            Some(FieldValue::Text(edit)) => Some(edit),
            _ => None,
        }
    }

    /// Move the focus to field `index`: a value already there is selected, so typing
    /// replaces it.
    fn focus_field(&mut self, index: usize) {
        if let Some(edit) = self.focused_edit() {
            edit.leave();
        }
        self.set_focus(index);
        if let Some(edit) = self.focused_edit() {
            edit.enter();
        }
    }

    fn next_field(&mut self) {
        let count = self.fields().len();
        if count > 0 {
            self.focus_field((self.focus() + 1) % count);
        }
    }

    fn previous_field(&mut self) {
        let count = self.fields().len();
        if count > 0 {
            self.focus_field((self.focus() + count - 1) % count);
        }
    }

    /// Type into the focused text field. Line breaks and other control characters become
    /// spaces: these are one-line fields, and a pasted newline must not submit.
    fn type_text(&mut self, text: &str) {
        if let Some(edit) = self.focused_edit() {
            edit.type_text(text);
        }
    }

    fn erase(&mut self) {
        if let Some(edit) = self.focused_edit() {
            edit.erase_before();
        }
    }

    /// An editing key the keymap left alone (← → Home End Delete, Ctrl-←/→, Ctrl-A).
    fn edit_key(&mut self, key: KeyEvent) -> bool {
        self.focused_edit().is_some_and(|edit| edit.key(key))
    }

    /// Move the choice of the focused field by `delta`, wrapping round.
    fn choose(&mut self, delta: isize) {
        let focus = self.focus();
        if let Some(FieldValue::Choice { options, selected }) =
            self.fields_mut().get_mut(focus).map(|f| &mut f.value)
            && !options.is_empty()
        {
            let len = options.len() as isize;
            *selected = (*selected as isize + delta).rem_euclid(len) as usize;
        }
    }

    /// The text of field `index` (empty for choices).
    fn text(&self, index: usize) -> &str {
        match self.fields().get(index).map(|f| &f.value) {
            Some(FieldValue::Text(edit)) => edit.text(),
            _ => "",
        }
    }

    /// Which option of field `index` is chosen (0 for text fields).
    fn selected(&self, index: usize) -> usize {
        match self.fields().get(index).map(|f| &f.value) {
            Some(FieldValue::Choice { selected, .. }) => *selected,
            _ => 0,
        }
    }

    /// The chosen name of field `index`.
    fn choice(&self, index: usize) -> Option<&str> {
        match self.fields().get(index).map(|f| &f.value) {
            Some(FieldValue::Choice { options, selected }) => {
                options.get(*selected).map(|(name, _)| name.as_str())
            }
            _ => None,
        }
    }
}

impl FieldEditing for Form {
    fn fields(&self) -> &[Field] {
        &self.fields
    }
    fn fields_mut(&mut self) -> &mut [Field] {
        &mut self.fields
    }
    fn focus(&self) -> usize {
        self.focus
    }
    fn set_focus(&mut self, focus: usize) {
        self.focus = focus;
    }
}

impl Form {
    pub fn title(&self) -> &'static str {
        match self.kind {
            FormKind::NewSession => "New session from a template",
            FormKind::OpenPath => "Open a session file",
            FormKind::MergePath => "Merge another laptop's copy",
        }
    }

    /// Lines the form needs when drawn (for sizing its box).
    pub fn height(&self) -> u16 {
        let fields = self.fields.len() as u16 * 3;
        fields + 2 + u16::from(self.error.is_some()) + 2
    }
}
