//! The person a filled form describes: each field read back and checked (a name, an email's
//! shape, a phone read as the workshop country's number).

use super::{CONSENTS, DISABILITIES, FieldKind, PersonForm};
use crate::import::values;
use crate::model::{AgeBand, Consent, Gender, Participant, Stakeholder};
use chrono::NaiveDate;

impl PersonForm {
    /// The person as the form says on `today`, or why not. Fields the form does not show
    /// keep their values from `base`; a consent answered differently from before is dated
    /// `today`.
    pub fn person_on(&self, today: NaiveDate) -> Result<Participant, String> {
        self.person_in(values::DEFAULT_COUNTRY, today)
            .map(|(p, _)| p)
    }

    /// [`Self::person_on`], phones read as `country`'s when written without a country code.
    /// A number that is not valid there is kept as written; the second value says so.
    pub fn person_in(
        &self,
        country: values::Country,
        today: NaiveDate,
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
        if let Some(value) = self.chosen(FieldKind::PublicRole, &[false, true]) {
            p.public_role = value;
        }
        let consent = |kind, now| self.chosen(kind, &CONSENTS).unwrap_or(now);
        // A changed answer is dated today; an unchanged one keeps its date.
        let dated = |before: Consent, after: Consent, date: Option<NaiveDate>| {
            if after == before { date } else { Some(today) }
        };
        let c = p.consent;
        p.consent.data_processing = consent(FieldKind::ConsentData, c.data_processing);
        p.consent.photo = consent(FieldKind::ConsentPhoto, c.photo);
        p.consent.named_quote = consent(FieldKind::ConsentQuote, c.named_quote);
        p.consent.sharing_contact = consent(FieldKind::ConsentContact, c.sharing_contact);
        let d = p.consent_dates;
        p.consent_dates.data_processing = dated(
            c.data_processing,
            p.consent.data_processing,
            d.data_processing,
        );
        p.consent_dates.photo = dated(c.photo, p.consent.photo, d.photo);
        p.consent_dates.named_quote = dated(c.named_quote, p.consent.named_quote, d.named_quote);
        p.consent_dates.sharing_contact = dated(
            c.sharing_contact,
            p.consent.sharing_contact,
            d.sharing_contact,
        );
        Ok((p, flag))
    }
}
