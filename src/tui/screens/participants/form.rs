//! The person form: add, edit, and the short walk-in form at the door, on the form kit
//! (each text field has a cursor). Validation
//! (a name, an email's shape, a phone in international form) and the likely-duplicate
//! warning live here; drawing is in `form_view.rs`.

use crate::import::values;
use crate::model::search::fold;
use crate::model::{AgeBand, Consent, Disability, Gender, Id, Participant, Stakeholder, Workshop};
use crate::tui::kit::form::{Choice, LineEdit};
use ratatui::crossterm::event::KeyEvent;

mod person;

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
    PublicRole,
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
    const FULL: [FieldKind; 18] = [
        FieldKind::Name,
        FieldKind::OtherScript,
        FieldKind::Organisation,
        FieldKind::Position,
        FieldKind::PublicRole,
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
            FieldKind::PublicRole => "Public role",
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
            FieldKind::PublicRole => {
                "speaks as an official: anonymised reports keep position and organisation"
            }
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

/// A field's editor, from the form kit: a line with a cursor, or a choice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Text(LineEdit),
    Choice(Choice),
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

fn yes_no(yes: bool) -> &'static str {
    if yes { "yes" } else { "no" }
}

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
    Value::Choice(Choice::new(
        all.iter().map(|v| label(*v).to_string()).collect(),
        all.iter().position(|v| *v == now).unwrap_or(0),
    ))
}

fn text(value: &str) -> Value {
    Value::Text(LineEdit::new(value))
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

    /// The walk-in form: the name as typed at the door, organisation, gender, governorate,
    /// phone, stakeholder type and consent to keep their data — what the report's figures
    /// and the follow-up need, and no more than a busy door can ask.
    pub fn walk_in(name: &str) -> PersonForm {
        let mut form = PersonForm::for_person(
            FormKind::WalkIn,
            Participant::new(name.trim()),
            &[
                FieldKind::Name,
                FieldKind::Organisation,
                FieldKind::Gender,
                FieldKind::Governorate,
                FieldKind::Phone,
                FieldKind::Stakeholder,
                FieldKind::ConsentData,
            ],
        );
        // The name is usually right already: start on the organisation.
        if !name.trim().is_empty() {
            form.focus_on(1);
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
                    FieldKind::PublicRole => choice(&[false, true], yes_no, p.public_role),
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
        let mut form = PersonForm {
            kind,
            fields,
            focus: 0,
            error: None,
            warning: None,
            base: person,
        };
        form.focus_on(0);
        form
    }

    /// Move the focus to field `index`: a value already there is selected, so typing
    /// replaces it.
    pub fn focus_on(&mut self, index: usize) {
        if let Some(Value::Text(edit)) = self.fields.get_mut(self.focus).map(|f| &mut f.value) {
            edit.leave();
        }
        self.focus = index.min(self.fields.len().saturating_sub(1));
        if let Some(Value::Text(edit)) = self.fields.get_mut(self.focus).map(|f| &mut f.value) {
            edit.enter();
        }
    }

    /// An editing key (← → Home End Delete, Ctrl-←/→, Ctrl-A; ← → on a choice).
    pub fn edit_key(&mut self, key: KeyEvent) -> bool {
        let used = match self.fields.get_mut(self.focus).map(|f| &mut f.value) {
            Some(Value::Text(edit)) => edit.key(key),
            Some(Value::Choice(choice)) => choice.key(key),
            None => false,
        };
        if used {
            self.edited();
        }
        used
    }

    pub fn title(&self) -> &'static str {
        match self.kind {
            FormKind::Add => "Add a participant",
            FormKind::Edit(_) => "Edit a participant",
            FormKind::WalkIn => "Walk-in: register and check in",
        }
    }

    pub fn next_field(&mut self) {
        let count = self.fields.len().max(1);
        self.focus_on((self.focus + 1) % count);
    }

    pub fn previous_field(&mut self) {
        let count = self.fields.len().max(1);
        self.focus_on((self.focus + count - 1) % count);
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
            Value::Text(value) => value.type_text(typed),
            Value::Choice(choice) => choice.first_letter(typed),
        }
    }

    pub fn erase(&mut self) {
        self.edited();
        if let Some(FormField {
            value: Value::Text(value),
            ..
        }) = self.fields.get_mut(self.focus)
        {
            value.erase_before();
        }
    }

    pub fn choose(&mut self, delta: isize) {
        self.edited();
        if let Some(FormField {
            value: Value::Choice(choice),
            ..
        }) = self.fields.get_mut(self.focus)
        {
            choice.step(delta);
        }
    }

    fn text_of(&self, kind: FieldKind) -> Option<&str> {
        self.fields
            .iter()
            .find(|f| f.kind == kind)
            .and_then(|f| match &f.value {
                Value::Text(text) => Some(text.text()),
                Value::Choice(_) => None,
            })
    }

    fn chosen<T: Copy>(&self, kind: FieldKind, all: &[T]) -> Option<T> {
        self.fields
            .iter()
            .find(|f| f.kind == kind)
            .and_then(|f| match &f.value {
                Value::Choice(choice) => all.get(choice.selected()).copied(),
                Value::Text(_) => None,
            })
    }

    /// When the answer of a consent field as it stands was given ("24 Nov 2026"), if the
    /// record knows: only while the choice is still the saved one.
    pub fn consent_given(&self, kind: FieldKind) -> Option<String> {
        let (saved, date) = consent_of(&self.base, kind)?;
        let chosen = self.chosen(kind, &CONSENTS)?;
        (chosen == saved && saved != Consent::Unknown)
            .then_some(date)
            .flatten()
            .map(|d| d.format("%-d %b %Y").to_string())
    }
}

/// A consent field's saved answer and when it was given.
fn consent_of(p: &Participant, kind: FieldKind) -> Option<(Consent, Option<chrono::NaiveDate>)> {
    let (c, d) = (&p.consent, &p.consent_dates);
    Some(match kind {
        FieldKind::ConsentData => (c.data_processing, d.data_processing),
        FieldKind::ConsentPhoto => (c.photo, d.photo),
        FieldKind::ConsentQuote => (c.named_quote, d.named_quote),
        FieldKind::ConsentContact => (c.sharing_contact, d.sharing_contact),
        _ => return None,
    })
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
