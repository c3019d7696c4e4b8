//! Phone numbers checked against the numbering plan of the list's country (libphonenumber's
//! metadata, through the `phonenumber` crate): a number valid there becomes international
//! (+9647701234567); a number written with its country code is checked against that
//! country; anything else is `None`, and the caller keeps it exactly as written and flags
//! it. A Pakistani 03214800081 in an Iraqi list is never turned into +9643214800081.

use crate::model::search::fold;
use phonenumber::country::Id;
use phonenumber::{Mode, PhoneNumber};
use std::str::FromStr;

/// The country of a list when none is said.
pub const DEFAULT_COUNTRY: Id = Id::IQ;

/// The country for a two-letter code ("IQ", "jo"), or `None` for one that is not a country.
pub fn country(code: &str) -> Option<Id> {
    Id::from_str(&code.trim().to_ascii_uppercase()).ok()
}

/// The country whose numbers are written without a country code in a workshop whose
/// settings say `code` ("" or a code that is no country: Iraq).
pub fn workshop_country(code: &str) -> Id {
    country(code).unwrap_or(DEFAULT_COUNTRY)
}

/// Digits (at least five) and the marks numbers are written with, nothing else: a number,
/// valid or not, rather than a word or a formula.
pub fn looks_like_phone(value: &str) -> bool {
    let folded = fold(value);
    let digits = folded.chars().filter(char::is_ascii_digit).count();
    digits >= 5
        && folded
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '.' | '(' | ')' | '/'))
}

/// The number in international form when it is a valid number of `country`, or a valid
/// number written with a country code; `None` otherwise.
///
/// Cleaned first, as lists write them: Arabic-Indic digits, spaces, dashes, dots, brackets,
/// Excel's leading apostrophe, `00` for `+`, a trunk zero after the country code
/// (`+964 0770…`), and, for the list's own country, its code without the `+`
/// (`9647701234567`) or a mobile whose leading zero Excel dropped (`7701234567`).
pub fn phone_in(value: &str, country: Id) -> Option<String> {
    let folded = fold(value);
    let mut digits = String::new();
    let mut plus = false;
    for (i, c) in folded.chars().enumerate() {
        match c {
            '0'..='9' => digits.push(c),
            '+' if i == 0 => plus = true,
            ' ' | '-' | '.' | '(' | ')' | '/' => {}
            _ => return None,
        }
    }
    if !(5..=17).contains(&digits.len()) {
        return None;
    }
    if let Some(rest) = digits.strip_prefix("00") {
        digits = rest.to_string();
        plus = true;
    }
    if let Some(found) = iraqi_mobile(&digits, plus, country) {
        return Some(found);
    }
    if plus {
        return international(&digits);
    }
    // The list's own country code written without a `+`.
    let code = calling_code(country);
    if let Some(after) = digits.strip_prefix(&code)
        && after.len() >= 8
        && let Some(found) = international(&digits)
    {
        return Some(found);
    }
    national(&digits, country)
}

/// Most of an Iraqi list is Iraqi mobiles, and the full check costs about a millisecond a
/// number in a debug build (100,000 rows would take minutes): the mobile plan of Iraq
/// (`7[3-9]` and 8 digits, as libphonenumber has it) is recognised directly. A test holds
/// it to the full check.
fn iraqi_mobile(digits: &str, plus: bool, country: Id) -> Option<String> {
    let national = if plus {
        digits.strip_prefix("964")?
    } else if country == Id::IQ {
        digits
            .strip_prefix("964")
            .filter(|rest| rest.len() >= 10)
            .unwrap_or(digits)
    } else {
        return None;
    };
    let national = national.strip_prefix('0').unwrap_or(national);
    let bytes = national.as_bytes();
    let mobile = bytes.len() == 10 && bytes[0] == b'7' && (b'3'..=b'9').contains(&bytes[1]);
    mobile.then(|| format!("+964{national}"))
}

/// A valid number of `country` written the national way (with or without its trunk zero).
fn national(digits: &str, country: Id) -> Option<String> {
    let number = phonenumber::parse(Some(country), digits).ok()?;
    let valid = number.is_valid() && number.country().id() == Some(country);
    valid.then(|| e164(&number))
}

/// `digits` as +digits, also with a trunk zero after the country code taken out.
fn international(digits: &str) -> Option<String> {
    let number = phonenumber::parse(None, format!("+{digits}")).ok()?;
    if number.is_valid() {
        return Some(e164(&number));
    }
    let code = number.code().value().to_string();
    let rest = digits.strip_prefix(&code)?.strip_prefix('0')?;
    let number = phonenumber::parse(None, format!("+{code}{rest}")).ok()?;
    number.is_valid().then(|| e164(&number))
}

fn e164(number: &PhoneNumber) -> String {
    number.format().mode(Mode::E164).to_string()
}

/// The calling code of a country ("964" for IQ), from an example number of its plan.
fn calling_code(country: Id) -> String {
    phonenumber::metadata::DATABASE
        .by_id(country.as_ref())
        .map(|meta| meta.country_code().to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iraqi_numbers_every_way_they_are_written() {
        for (text, expected) in [
            ("07701234567", "+9647701234567"),
            ("0770 123 4567", "+9647701234567"),
            ("7701234567", "+9647701234567"),
            ("009647701234567", "+9647701234567"),
            ("+964 0770 123 4567", "+9647701234567"),
            ("9647701234567", "+9647701234567"),
            ("٠٧٧٠١٢٣٤٥٦٧", "+9647701234567"),
        ] {
            assert_eq!(phone_in(text, Id::IQ).as_deref(), Some(expected), "{text}");
        }
    }

    #[test]
    fn a_number_of_another_country_is_never_made_iraqi() {
        assert_eq!(phone_in("03214800081", Id::IQ), None, "Pakistani mobile");
        assert_eq!(phone_in("0791234567", Id::IQ), None, "Jordanian mobile");
        assert_eq!(
            phone_in("03214800081", Id::PK).as_deref(),
            Some("+923214800081")
        );
        assert_eq!(
            phone_in("0791234567", Id::JO).as_deref(),
            Some("+962791234567")
        );
        assert_eq!(
            phone_in("+964 750 123 4567", Id::PK).as_deref(),
            Some("+9647501234567"),
            "a country code says which country"
        );
    }

    #[test]
    fn the_quick_iraqi_mobile_check_agrees_with_the_full_one() {
        for prefix in 0..100 {
            for text in [
                format!("07{prefix:02}1234567"),
                format!("+9647{prefix:02}1234567"),
                format!("7{prefix:02}1234567"),
            ] {
                let digits: String = text.chars().filter(char::is_ascii_digit).collect();
                let quick = iraqi_mobile(&digits, text.starts_with('+'), Id::IQ);
                let full = if text.starts_with('+') {
                    international(&digits)
                } else {
                    national(&digits, Id::IQ)
                };
                if quick.is_some() {
                    assert_eq!(quick, full, "{text}");
                }
            }
        }
    }

    #[test]
    fn countries_by_code() {
        assert_eq!(country("iq"), Some(Id::IQ));
        assert_eq!(country("PK"), Some(Id::PK));
        assert_eq!(country("ZZ"), None);
    }
}
