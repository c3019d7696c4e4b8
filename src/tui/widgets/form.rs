//! Small forms on Home: a new session from a template, and opening a file by path.
//! Letters type; Tab moves between fields; Enter accepts.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormKind {
    NewSession,
    OpenPath,
    MergePath,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldValue {
    /// Typed text; the cursor is always at the end (one-line fields).
    Text(String),
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

impl Form {
    pub fn title(&self) -> &'static str {
        match self.kind {
            FormKind::NewSession => "New session from a template",
            FormKind::OpenPath => "Open a session file",
            FormKind::MergePath => "Merge another laptop's copy",
        }
    }

    pub fn on_last_field(&self) -> bool {
        self.focus + 1 >= self.fields.len()
    }

    pub fn next_field(&mut self) {
        if !self.fields.is_empty() {
            self.focus = (self.focus + 1) % self.fields.len();
        }
    }

    pub fn previous_field(&mut self) {
        if !self.fields.is_empty() {
            self.focus = (self.focus + self.fields.len() - 1) % self.fields.len();
        }
    }

    fn focused(&mut self) -> Option<&mut FieldValue> {
        self.fields.get_mut(self.focus).map(|f| &mut f.value)
    }

    /// Type text into the focused field; line breaks become spaces (a pasted path).
    pub fn type_text(&mut self, text: &str) {
        if let Some(FieldValue::Text(value)) = self.focused() {
            value.extend(text.chars().map(|c| if c.is_control() { ' ' } else { c }));
        }
    }

    pub fn erase(&mut self) {
        if let Some(FieldValue::Text(value)) = self.focused() {
            value.pop();
        }
    }

    /// Move the choice of the focused field by `delta`.
    pub fn choose(&mut self, delta: isize) {
        if let Some(FieldValue::Choice { options, selected }) = self.focused()
            && !options.is_empty()
        {
            let len = options.len() as isize;
            *selected = (*selected as isize + delta).rem_euclid(len) as usize;
        }
    }

    /// The text of field `index` (empty for choices).
    pub fn text(&self, index: usize) -> &str {
        match self.fields.get(index).map(|f| &f.value) {
            Some(FieldValue::Text(text)) => text,
            _ => "",
        }
    }

    /// The chosen name of field `index`.
    pub fn choice(&self, index: usize) -> Option<&str> {
        match self.fields.get(index).map(|f| &f.value) {
            Some(FieldValue::Choice { options, selected }) => {
                options.get(*selected).map(|(name, _)| name.as_str())
            }
            _ => None,
        }
    }

    /// Lines the form needs when drawn (for sizing its box).
    pub fn height(&self) -> u16 {
        let fields = self.fields.len() as u16 * 3;
        fields + 2 + u16::from(self.error.is_some()) + 2
    }
}
