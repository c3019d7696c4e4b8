//! One CSV row to a participant: every mapped cell normalised, values that are not
//! understood kept in the notes, and the reasons the row cannot be imported.

use super::columns::ColumnMatch;
use super::governorate::governorate;
use super::{Field, values};
use crate::model::{AgeBand, Disability, Participant};
use chrono::NaiveDate;
use phonenumber::country::Id;

/// What reading a value depends on beyond the cell.
#[derive(Clone, Copy, Debug)]
pub struct Reading {
    /// The country of numbers written without a country code.
    pub country: Id,
    /// The day ages are counted on: the workshop's first.
    pub first_day: NaiveDate,
}

/// A row read into a participant, before it is compared with anyone.
#[derive(Debug)]
pub struct Candidate {
    pub person: Participant,
    /// Things worth telling the user about this row that do not stop it.
    pub warnings: Vec<String>,
    /// Why this row cannot be imported; empty when it can.
    pub problems: Vec<String>,
    /// Values that are wrong but only themselves: with `--skip-invalid` the value is left out
    /// and the person imported; without, the row is invalid.
    pub bad_values: Vec<String>,
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

/// Where the age band came from; a better source wins over a worse one in the same row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum AgeFrom {
    Nothing,
    Band,
    Birth,
    Age,
}

pub fn candidate(cells: &[String], columns: &[ColumnMatch], reading: &Reading) -> Candidate {
    let mut person = Participant::new("");
    let mut warnings = Vec::new();
    let problems = Vec::new();
    let mut bad_values = Vec::new();
    let mut age_from = AgeFrom::Nothing;
    let mut unrecognised: Vec<String> = Vec::new();
    let mut given = String::new();
    let mut family = String::new();

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
                Some(canonical) => {
                    person.governorate = canonical.to_string();
                    let written = one_line(value);
                    if written != canonical {
                        person.governorate_as_written = written;
                    }
                }
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
            // An exact age wins over a date of birth, which wins over a band.
            Field::Age | Field::AgeBand => {
                let from = if field == Field::Age {
                    AgeFrom::Age
                } else {
                    AgeFrom::Band
                };
                match values::age_band(value) {
                    Some(band) if from > age_from => {
                        person.age_band = band;
                        age_from = from;
                    }
                    Some(_) => {}
                    None if age_from == AgeFrom::Nothing => {
                        not_understood(field_label(field), &mut warnings)
                    }
                    None => {}
                }
            }
            Field::DateOfBirth => {
                let age = values::birth_date(value)
                    .and_then(|birth| values::age_on(birth, reading.first_day));
                match age {
                    Some(age) if AgeFrom::Birth > age_from => {
                        person.age_band = AgeBand::of_age(age);
                        age_from = AgeFrom::Birth;
                    }
                    Some(_) => {}
                    None => not_understood("date of birth", &mut warnings),
                }
            }
            Field::WgSeeing
            | Field::WgHearing
            | Field::WgWalking
            | Field::WgRemembering
            | Field::WgSelfCare
            | Field::WgCommunicating => {
                let set = &mut person.washington_group;
                let slot = match field {
                    Field::WgSeeing => &mut set.seeing,
                    Field::WgHearing => &mut set.hearing,
                    Field::WgWalking => &mut set.walking,
                    Field::WgRemembering => &mut set.remembering,
                    Field::WgSelfCare => &mut set.self_care,
                    _ => &mut set.communicating,
                };
                match values::difficulty(value) {
                    Some(answer) => *slot = answer,
                    None => not_understood(field_label(field), &mut warnings),
                }
            }
            Field::Disability => match values::disability(value) {
                Some(d) => person.disability = d,
                None => not_understood("disability", &mut warnings),
            },
            Field::Phone => match values::phone_in(value, reading.country) {
                Some(phone) => person.phone = phone,
                None => {
                    // Exactly as written: a wrong guess at the country would be worse than
                    // none, and whoever calls can still read it.
                    person.phone = value.to_string();
                    warnings.push(if values::looks_like_phone(value) {
                        format!(
                            "phone {} is not a valid number for {} (--country) nor written with a country code; kept as written",
                            quoted(value),
                            reading.country.as_ref()
                        )
                    } else {
                        format!(
                            "phone {} does not look like a phone number; kept as written",
                            quoted(value)
                        )
                    });
                }
            },
            Field::Email => match values::email(value) {
                Some(email) => person.email = email,
                None => bad_values.push(format!("email {} is not an email address", quoted(value))),
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

    // A district in one spelling, where the governorate is known (a column may come before
    // the other), keeping what the list wrote.
    if !person.district.is_empty()
        && let Some(canonical) =
            crate::model::district::district(&person.governorate, &person.district)
        && person.district != canonical
    {
        person.district_as_written = std::mem::replace(&mut person.district, canonical.to_string());
    }
    // The Washington Group's cut-off decides the disability when no column said it.
    if person.disability == Disability::Unknown
        && let Some(yes) = person.washington_group.disability()
    {
        person.disability = if yes { Disability::Yes } else { Disability::No };
    }
    if person.name.is_empty() {
        person.name = one_line(&format!("{given} {family}"));
    }
    if person.name.is_empty() && !person.name_other_script.is_empty() {
        person.name = std::mem::take(&mut person.name_other_script);
    }
    let mut problems = problems;
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
        bad_values,
    }
}

fn field_label(field: Field) -> &'static str {
    match field {
        Field::Age => "age",
        Field::AgeBand => "age band",
        Field::DateOfBirth => "date of birth",
        Field::WgSeeing => "Washington Group seeing",
        Field::WgHearing => "Washington Group hearing",
        Field::WgWalking => "Washington Group walking",
        Field::WgRemembering => "Washington Group remembering",
        Field::WgSelfCare => "Washington Group self-care",
        Field::WgCommunicating => "Washington Group communicating",
        Field::ConsentData => "data consent",
        Field::ConsentPhoto => "photo consent",
        Field::ConsentQuote => "quote consent",
        Field::ConsentContact => "contact consent",
        other => other.key(),
    }
}
