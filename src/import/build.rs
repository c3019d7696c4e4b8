//! One CSV row to a participant: every mapped cell normalised, values that are not
//! understood kept in the notes, and the reasons the row cannot be imported.

use super::columns::ColumnMatch;
use super::governorate::governorate;
use super::{Field, values};
use crate::model::{AgeBand, Participant};

/// A row read into a participant, before it is compared with anyone.
#[derive(Debug)]
pub struct Candidate {
    pub person: Participant,
    /// Things worth telling the user about this row that do not stop it.
    pub warnings: Vec<String>,
    /// Why this row cannot be imported; empty when it can.
    pub problems: Vec<String>,
}

/// Surrounding whitespace off, inner runs (line breaks included) as one space: for
/// one-line fields such as names.
fn one_line(value: &str) -> String {
    value.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Quote a value in a message, shortened so a 5 MB cell does not flood the report.
pub fn quoted(value: &str) -> String {
    const SHOWN: usize = 40;
    let line = one_line(value);
    if line.chars().count() > SHOWN {
        let cut: String = line.chars().take(SHOWN).collect();
        format!("\"{cut}…\"")
    } else {
        format!("\"{line}\"")
    }
}

pub fn candidate(cells: &[String], columns: &[ColumnMatch]) -> Candidate {
    let mut person = Participant::new("");
    let mut warnings = Vec::new();
    let mut problems = Vec::new();
    let mut unrecognised: Vec<String> = Vec::new();
    let mut given = String::new();
    let mut family = String::new();
    let mut age_seen = false;

    for (column, cell) in columns.iter().zip(cells) {
        let Some(field) = column.field else { continue };
        let value = cell.trim();
        if value.is_empty() {
            continue;
        }
        let mut not_understood = |what: &str, warnings: &mut Vec<String>| {
            warnings.push(format!(
                "{what} {} not recognised; kept in the notes",
                quoted(value)
            ));
            unrecognised.push(format!("{what} as written: {value}"));
        };
        match field {
            Field::Name => person.name = one_line(value),
            Field::GivenName => given = one_line(value),
            Field::FamilyName => family = one_line(value),
            Field::NameOtherScript => person.name_other_script = one_line(value),
            Field::Organisation => person.organisation = one_line(value),
            Field::Position => person.position = one_line(value),
            Field::District => person.district = one_line(value),
            Field::Notes => person.notes = value.to_string(),
            Field::Governorate => match governorate(value) {
                Some(canonical) => person.governorate = canonical.to_string(),
                None => {
                    person.governorate = one_line(value);
                    warnings.push(format!(
                        "governorate {} is not one of Iraq's governorates; kept as written",
                        quoted(value)
                    ));
                }
            },
            Field::Stakeholder => match values::stakeholder(value) {
                Some(s) => person.stakeholder = s,
                None => not_understood("stakeholder type", &mut warnings),
            },
            Field::Gender => match values::gender(value) {
                Some(g) => person.gender = g,
                None => not_understood("gender", &mut warnings),
            },
            // An exact age wins over a band when a file has both.
            Field::Age | Field::AgeBand => match values::age_band(value) {
                Some(band) if field == Field::Age || person.age_band == AgeBand::Unknown => {
                    person.age_band = band;
                    age_seen = true;
                }
                Some(_) => {}
                None if !age_seen => not_understood(field_label(field), &mut warnings),
                None => {}
            },
            Field::Disability => match values::disability(value) {
                Some(d) => person.disability = d,
                None => not_understood("disability", &mut warnings),
            },
            Field::Phone => match values::phone(value) {
                Some(phone) => person.phone = phone,
                None => {
                    person.phone = one_line(value);
                    warnings.push(format!(
                        "phone {} does not look like a phone number; kept as written",
                        quoted(value)
                    ));
                }
            },
            Field::Email => match values::email(value) {
                Some(email) => person.email = email,
                None => problems.push(format!("email {} is not an email address", quoted(value))),
            },
            Field::ConsentData
            | Field::ConsentPhoto
            | Field::ConsentQuote
            | Field::ConsentContact => {
                let answer = values::consent(value);
                let slot = match field {
                    Field::ConsentData => &mut person.consent.data_processing,
                    Field::ConsentPhoto => &mut person.consent.photo,
                    Field::ConsentQuote => &mut person.consent.named_quote,
                    _ => &mut person.consent.sharing_contact,
                };
                match answer {
                    Some(consent) => *slot = consent,
                    None => not_understood(field_label(field), &mut warnings),
                }
            }
        }
    }

    if person.name.is_empty() {
        person.name = one_line(&format!("{given} {family}"));
    }
    if person.name.is_empty() && !person.name_other_script.is_empty() {
        person.name = std::mem::take(&mut person.name_other_script);
    }
    if person.name.is_empty() {
        problems.insert(0, "no name".to_string());
    }
    if !unrecognised.is_empty() {
        if !person.notes.is_empty() {
            unrecognised.insert(0, std::mem::take(&mut person.notes));
        }
        person.notes = unrecognised.join("\n");
    }
    Candidate {
        person,
        warnings,
        problems,
    }
}

fn field_label(field: Field) -> &'static str {
    match field {
        Field::Age => "age",
        Field::AgeBand => "age band",
        Field::ConsentData => "data consent",
        Field::ConsentPhoto => "photo consent",
        Field::ConsentQuote => "quote consent",
        Field::ConsentContact => "contact consent",
        other => other.key(),
    }
}
