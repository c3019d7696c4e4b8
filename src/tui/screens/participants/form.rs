//! The person form: add, edit, and the three-field walk-in form at the door. Validation
//! (a name, an email's shape, a phone in international form) and the likely-duplicate
//! warning live here; drawing is in `form_view.rs`.

use crate::import::values;
use crate::model::search::fold;
use crate::model::{AgeBand, Consent, Disability, Gender, Id, Participant, Stakeholder, Workshop};

/// What the form is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormKind {
    Add,
    Edit(Id),
    /// Name, organisation, gender; saved and checked in at once.
    WalkIn,
}

/// One field of the person record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    Name,
    OtherScript,
    Organisation,
    Position,
    Stakeholder,
    Governorate,
    District,
    Gender,
    AgeBand,
    Disability,
    Phone,
    Email,
    ConsentData,
    ConsentPhoto,
    ConsentQuote,
    ConsentContact,
    Notes,
}

impl FieldKind {
    const FULL: [FieldKind; 17] = [
        FieldKind::Name,
        FieldKind::OtherScript,
        FieldKind::Organisation,
        FieldKind::Position,
        FieldKind::Stakeholder,
        FieldKind::Governorate,
        FieldKind::District,
        FieldKind::Gender,
        FieldKind::AgeBand,
        FieldKind::Disability,
        FieldKind::Phone,
        FieldKind::Email,
        FieldKind::ConsentData,
        FieldKind::ConsentPhoto,
        FieldKind::ConsentQuote,
        FieldKind::ConsentContact,
        FieldKind::Notes,
    ];

    pub fn label(self) -> &'static str {
        match self {
            FieldKind::Name => "Name",
            FieldKind::OtherScript => "Other script",
            FieldKind::Organisation => "Organisation",
            FieldKind::Position => "Position",
            FieldKind::Stakeholder => "Stakeholder",
            FieldKind::Governorate => "Governorate",
            FieldKind::District => "District",
            FieldKind::Gender => "Gender",
            FieldKind::AgeBand => "Age band",
            FieldKind::Disability => "Disability",
            FieldKind::Phone => "Phone",
            FieldKind::Email => "Email",
            FieldKind::ConsentData => "Consent: data",
            FieldKind::ConsentPhoto => "Consent: photo",
            FieldKind::ConsentQuote => "Consent: quote",
            FieldKind::ConsentContact => "Consent: share",
            FieldKind::Notes => "Notes",
        }
    }

    /// One line of help under the form for the focused field.
    pub fn hint(self) -> &'static str {
        match self {
            FieldKind::Name => "required; as the person writes it",
            FieldKind::OtherScript => "the name in Arabic script, or in Latin letters",
            FieldKind::Phone => "any spelling: 0770 123 4567 becomes +9647701234567",
            FieldKind::Email => "name@example.org",
            FieldKind::ConsentData => "may we keep and process their data?",
            FieldKind::ConsentPhoto => "may they appear in photos?",
            FieldKind::ConsentQuote => "may the report quote them by name?",
            FieldKind::ConsentContact => "may we share their contact with other participants?",
            FieldKind::Stakeholder
            | FieldKind::Gender
            | FieldKind::AgeBand
            | FieldKind::Disability => "↑ ↓ to choose, or type the first letter",
            FieldKind::Organisation
            | FieldKind::Position
            | FieldKind::Governorate
            | FieldKind::District
            | FieldKind::Notes => "",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Text(String),
    Choice {
        options: Vec<&'static str>,
        selected: usize,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormField {
    pub kind: FieldKind,
    pub value: Value,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonForm {
    pub kind: FormKind,
    pub fields: Vec<FormField>,
    pub focus: usize,
    /// Why saving was refused.
    pub error: Option<String>,
    /// A likely duplicate; Enter again saves anyway. Cleared by any edit.
    pub warning: Option<String>,
    /// The record being edited (or a fresh one), so fields the form does not show are kept.
    pub base: Participant,
}

const CONSENTS: [Consent; 3] = [Consent::Unknown, Consent::Yes, Consent::No];
const DISABILITIES: [Disability; 3] = [Disability::Unknown, Disability::No, Disability::Yes];

fn consent_label(consent: Consent) -> &'static str {
    match consent {
        Consent::Yes => "yes",
        Consent::No => "no",
        Consent::Unknown => "not asked",
    }
}

fn disability_label(disability: Disability) -> &'static str {
    match disability {
        Disability::Yes => "yes",
        Disability::No => "no",
        Disability::Unknown => "not given",
    }
}

fn choice<T: PartialEq + Copy>(all: &[T], label: fn(T) -> &'static str, now: T) -> Value {
    Value::Choice {
        options: all.iter().map(|v| label(*v)).collect(),
        selected: all.iter().position(|v| *v == now).unwrap_or(0),
    }
}

fn text(value: &str) -> Value {
    Value::Text(value.to_string())
}

impl PersonForm {
    /// A form for a new person.
    pub fn add() -> PersonForm {
        PersonForm::for_person(FormKind::Add, Participant::new(""), &FieldKind::FULL)
    }

    /// A form on an existing person.
    pub fn edit(person: &Participant) -> PersonForm {
        PersonForm::for_person(FormKind::Edit(person.id), person.clone(), &FieldKind::FULL)
    }

    /// The walk-in form: the name as typed at the door, organisation, gender.
    pub fn walk_in(name: &str) -> PersonForm {
        let mut form = PersonForm::for_person(
            FormKind::WalkIn,
            Participant::new(name.trim()),
            &[FieldKind::Name, FieldKind::Organisation, FieldKind::Gender],
        );
        // The name is usually right already: start on the organisation.
        if !name.trim().is_empty() {
            form.focus = 1;
        }
        form
    }

    fn for_person(kind: FormKind, person: Participant, shown: &[FieldKind]) -> PersonForm {
        let p = &person;
        let fields = shown
            .iter()
            .map(|&field| FormField {
                kind: field,
                value: match field {
                    FieldKind::Name => text(&p.name),
                    FieldKind::OtherScript => text(&p.name_other_script),
                    FieldKind::Organisation => text(&p.organisation),
                    FieldKind::Position => text(&p.position),
                    FieldKind::Stakeholder => {
                        choice(&Stakeholder::ALL, |s| s.label(), p.stakeholder)
                    }
                    FieldKind::Governorate => text(&p.governorate),
                    FieldKind::District => text(&p.district),
                    FieldKind::Gender => choice(&Gender::ALL, |g| g.label(), p.gender),
                    FieldKind::AgeBand => choice(&AgeBand::ALL, |a| a.label(), p.age_band),
                    FieldKind::Disability => choice(&DISABILITIES, disability_label, p.disability),
                    FieldKind::Phone => text(&p.phone),
                    FieldKind::Email => text(&p.email),
                    FieldKind::ConsentData => {
                        choice(&CONSENTS, consent_label, p.consent.data_processing)
                    }
                    FieldKind::ConsentPhoto => choice(&CONSENTS, consent_label, p.consent.photo),
                    FieldKind::ConsentQuote => {
                        choice(&CONSENTS, consent_label, p.consent.named_quote)
                    }
                    FieldKind::ConsentContact => {
                        choice(&CONSENTS, consent_label, p.consent.sharing_contact)
                    }
                    FieldKind::Notes => text(&p.notes),
                },
            })
            .collect();
        PersonForm {
            kind,
            fields,
            focus: 0,
            error: None,
            warning: None,
            base: person,
        }
    }

    pub fn title(&self) -> &'static str {
        match self.kind {
            FormKind::Add => "Add a participant",
            FormKind::Edit(_) => "Edit a participant",
            FormKind::WalkIn => "Walk-in: register and check in",
        }
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

    fn edited(&mut self) {
        self.error = None;
        self.warning = None;
    }

    /// Letters into a text field; on a choice, a letter picks the next option starting
    /// with it (f → female).
    pub fn type_text(&mut self, typed: &str) {
        self.edited();
        let Some(field) = self.fields.get_mut(self.focus) else {
            return;
        };
        match &mut field.value {
            Value::Text(value) => {
                value.extend(typed.chars().map(|c| if c.is_control() { ' ' } else { c }));
            }
            Value::Choice { options, selected } => {
                let Some(first) = typed.chars().next() else {
                    return;
                };
                let wanted = fold(&first.to_string());
                let len = options.len();
                if let Some(found) = (1..=len)
                    .map(|step| (*selected + step) % len)
                    .find(|i| fold(options[*i]).starts_with(&wanted))
                {
                    *selected = found;
                }
            }
        }
    }

    pub fn erase(&mut self) {
        self.edited();
        if let Some(FormField {
            value: Value::Text(value),
            ..
        }) = self.fields.get_mut(self.focus)
        {
            value.pop();
        }
    }

    pub fn choose(&mut self, delta: isize) {
        self.edited();
        if let Some(FormField {
            value: Value::Choice { options, selected },
            ..
        }) = self.fields.get_mut(self.focus)
            && !options.is_empty()
        {
            let len = options.len() as isize;
            *selected = (*selected as isize + delta).rem_euclid(len) as usize;
        }
    }

    fn text_of(&self, kind: FieldKind) -> Option<&str> {
        self.fields
            .iter()
            .find(|f| f.kind == kind)
            .and_then(|f| match &f.value {
                Value::Text(text) => Some(text.as_str()),
                Value::Choice { .. } => None,
            })
    }

    fn chosen<T: Copy>(&self, kind: FieldKind, all: &[T]) -> Option<T> {
        self.fields
            .iter()
            .find(|f| f.kind == kind)
            .and_then(|f| match &f.value {
                Value::Choice { selected, .. } => all.get(*selected).copied(),
                Value::Text(_) => None,
            })
    }

    /// The person as the form says, or why not. Fields the form does not show keep their
    /// values from `base`.
    pub fn person(&self) -> Result<Participant, String> {
        let mut p = self.base.clone();
        let trimmed = |kind| self.text_of(kind).map(|t: &str| t.trim().to_string());
        if let Some(name) = trimmed(FieldKind::Name) {
            p.name = name;
        }
        if p.name.is_empty() {
            return Err("a name is required".to_string());
        }
        if let Some(value) = trimmed(FieldKind::OtherScript) {
            p.name_other_script = value;
        }
        if let Some(value) = trimmed(FieldKind::Organisation) {
            p.organisation = value;
        }
        if let Some(value) = trimmed(FieldKind::Position) {
            p.position = value;
        }
        if let Some(value) = trimmed(FieldKind::Governorate) {
            p.governorate = value;
        }
        if let Some(value) = trimmed(FieldKind::District) {
            p.district = value;
        }
        if let Some(value) = self.text_of(FieldKind::Notes) {
            p.notes = value.trim_end().to_string();
        }
        if let Some(phone) = trimmed(FieldKind::Phone) {
            p.phone = match phone.as_str() {
                "" => String::new(),
                typed => values::phone(typed).ok_or_else(|| {
                    format!(
                        "the phone \"{typed}\" is not a number halaqa recognises; write it with the country code, e.g. +964 770 123 4567"
                    )
                })?,
            };
        }
        if let Some(email) = trimmed(FieldKind::Email) {
            p.email = match email.as_str() {
                "" => String::new(),
                typed => values::email(typed).ok_or_else(|| {
                    format!("\"{typed}\" is not shaped like an email address (name@example.org)")
                })?,
            };
        }
        if let Some(value) = self.chosen(FieldKind::Stakeholder, &Stakeholder::ALL) {
            p.stakeholder = value;
        }
        if let Some(value) = self.chosen(FieldKind::Gender, &Gender::ALL) {
            p.gender = value;
        }
        if let Some(value) = self.chosen(FieldKind::AgeBand, &AgeBand::ALL) {
            p.age_band = value;
        }
        if let Some(value) = self.chosen(FieldKind::Disability, &DISABILITIES) {
            p.disability = value;
        }
        let consent = |kind, now| self.chosen(kind, &CONSENTS).unwrap_or(now);
        p.consent.data_processing = consent(FieldKind::ConsentData, p.consent.data_processing);
        p.consent.photo = consent(FieldKind::ConsentPhoto, p.consent.photo);
        p.consent.named_quote = consent(FieldKind::ConsentQuote, p.consent.named_quote);
        p.consent.sharing_contact = consent(FieldKind::ConsentContact, p.consent.sharing_contact);
        Ok(p)
    }
}

/// Someone else in the workshop who is probably the same person: same phone, same email, or
/// the same name (folded: spelling variants alike) with the same organisation. Says who and why.
pub fn likely_duplicate(workshop: &Workshop, person: &Participant) -> Option<String> {
    let phone = values::phone(&person.phone);
    let email = values::email(&person.email);
    let name = fold(&person.name);
    let organisation = fold(&person.organisation);
    workshop
        .participants()
        .filter(|other| other.id != person.id && !other.erased)
        .find_map(|other| {
            let why = if phone.is_some() && values::phone(&other.phone) == phone {
                "the same phone"
            } else if email.is_some() && values::email(&other.email) == email {
                "the same email"
            } else if !name.is_empty()
                && fold(&other.name) == name
                && fold(&other.organisation) == organisation
            {
                "the same name and organisation"
            } else {
                return None;
            };
            Some(format!(
                "{} is already registered with {why}: likely the same person. Enter again saves anyway, Esc goes back",
                crate::tui::kit::text::one_line(&other.name)
            ))
        })
}
