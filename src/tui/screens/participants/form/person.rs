//! The person a filled form describes: each field read back and checked (a name, an email's
//! shape, a phone read as the workshop country's number).

use super::{CONSENTS, DISABILITIES, FieldKind, PersonForm};
use crate::import::values;
use crate::model::{AgeBand, Gender, Participant, Stakeholder};

impl PersonForm {
    /// The person as the form says, or why not. Fields the form does not show keep their
    /// values from `base`.
    pub fn person(&self) -> Result<Participant, String> {
        self.person_in(values::DEFAULT_COUNTRY).map(|(p, _)| p)
    }

    /// [`Self::person`], phones read as `country`'s when written without a country code.
    /// A number that is not valid there is kept as written; the second value says so.
    pub fn person_in(
        &self,
        country: values::Country,
    ) -> Result<(Participant, Option<String>), String> {
        let mut flag = None;
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
            if value != p.district {
                // Typed anew: what a list once wrote is no longer this person's district.
                p.district_as_written.clear();
            }
            p.district = value;
        }
        if let Some(value) = self.text_of(FieldKind::Notes) {
            p.notes = value.trim_end().to_string();
        }
        if let Some(phone) = trimmed(FieldKind::Phone) {
            p.phone = match phone.as_str() {
                "" => String::new(),
                typed if typed == self.base.phone => typed.to_string(),
                typed => match values::phone_in(typed, country) {
                    Some(international) => international,
                    // A number, but not a valid one of the workshop's country: kept exactly
                    // as written (never rewritten into a wrong +964), and said.
                    None if values::looks_like_phone(typed) => {
                        flag = Some(format!(
                            "the phone \"{typed}\" is not a valid number in {country:?}, so it was kept as written"
                        ));
                        typed.to_string()
                    }
                    None => {
                        return Err(format!(
                            "the phone \"{typed}\" is not a number halaqa recognises; write it with the country code, e.g. +964 770 123 4567"
                        ));
                    }
                },
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
        Ok((p, flag))
    }
}
