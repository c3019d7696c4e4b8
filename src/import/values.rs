//! Cell values as the participant record wants them: gender, consent, disability and
//! stakeholder words in English, Arabic and Kurdish; ages and age bands; phones and emails.
//!
//! Each function takes a non-empty cell and returns `None` when it does not recognise it;
//! the caller keeps such a value in the person's notes rather than lose it.

mod birth;
mod phone;
mod words;

pub use birth::{age_on, birth_date};
/// A country, for reading phone numbers written without a country code.
pub type Country = phonenumber::country::Id;

pub use phone::{DEFAULT_COUNTRY, country, looks_like_phone, phone_in, workshop_country};

use super::columns::header_key;
use crate::model::search::fold;
use crate::model::{AgeBand, Consent, Difficulty, Disability, Gender, Stakeholder};
use std::collections::HashMap;
use std::sync::LazyLock;

/// Compare a value the way headers are compared: folded, punctuation as spaces, without ال.
fn key(value: &str) -> String {
    header_key(value)
}

/// A word list as a lookup by compared form, built once: folding every synonym again for
/// every cell made a 100,000-row import crawl.
fn lookup<T: Copy>(table: &[(T, &[&str])]) -> HashMap<String, T> {
    let mut map = HashMap::new();
    for (value, words) in table {
        for word in *words {
            map.entry(key(word)).or_insert(*value);
        }
    }
    map
}

static GENDER: LazyLock<HashMap<String, Gender>> = LazyLock::new(|| lookup(words::GENDER));
static YES_NO: LazyLock<HashMap<String, bool>> = LazyLock::new(|| lookup(words::YES_NO));
static DISABILITY: LazyLock<HashMap<String, Disability>> =
    LazyLock::new(|| lookup(words::DISABILITY));
static STAKEHOLDER: LazyLock<HashMap<String, Stakeholder>> =
    LazyLock::new(|| lookup(words::STAKEHOLDER));
static DIFFICULTY: LazyLock<HashMap<String, Difficulty>> =
    LazyLock::new(|| lookup(words::DIFFICULTY));
static BELOW: LazyLock<Vec<String>> = LazyLock::new(|| spaced(words::BELOW));
static ABOVE: LazyLock<Vec<String>> = LazyLock::new(|| spaced(words::ABOVE));

/// Phrases in compared form with a space on each side, to find them as whole words.
fn spaced(phrases: &[&str]) -> Vec<String> {
    phrases.iter().map(|p| format!(" {} ", key(p))).collect()
}

pub fn gender(value: &str) -> Option<Gender> {
    GENDER.get(&key(value)).copied()
}

/// Yes or no, in the ways forms write them (`true`, `1`, a tick, "I agree", نعم، بەڵێ …).
pub fn yes_no(value: &str) -> Option<bool> {
    match value.trim() {
        "✓" | "✔" | "☑" | "x" | "X" => Some(true),
        "✗" | "✘" | "☐" => Some(false),
        _ => YES_NO.get(&key(value)).copied(),
    }
}

pub fn consent(value: &str) -> Option<Consent> {
    yes_no(value).map(|yes| if yes { Consent::Yes } else { Consent::No })
}

pub fn disability(value: &str) -> Option<Disability> {
    match yes_no(value) {
        Some(true) => Some(Disability::Yes),
        Some(false) => Some(Disability::No),
        None => DISABILITY.get(&key(value)).copied(),
    }
}

/// A Washington Group answer ("Some difficulty", "3", "صعوبة كبيرة").
pub fn difficulty(value: &str) -> Option<Difficulty> {
    DIFFICULTY.get(&key(value)).copied()
}

pub fn stakeholder(value: &str) -> Option<Stakeholder> {
    STAKEHOLDER.get(&key(value)).copied()
}

/// An age ("25", "٢٥") or a band ("18-24", "25–29", "30s", "60+", "under 18", "أقل من 18").
/// A range that spans two of our bands ("18-29") is not guessed.
pub fn age_band(value: &str) -> Option<AgeBand> {
    let folded = fold(value);
    let numbers = numbers_in(&folded);
    let words = format!(" {} ", key(value));
    let has = |phrases: &[String]| phrases.iter().any(|p| words.contains(p.as_str()));
    match numbers.as_slice() {
        [] => None,
        [n] => {
            let n = *n;
            if n > 120 {
                return None;
            }
            if has(&BELOW) || folded.starts_with('<') {
                return (n <= 18).then_some(AgeBand::Under18);
            }
            if folded.ends_with('+')
                || folded.starts_with('+')
                || folded.starts_with('>')
                || has(&ABOVE)
            {
                return (n >= 60).then_some(AgeBand::From60);
            }
            // "30s": the thirties, when that is one of our bands.
            if folded.ends_with(&format!("{n}s")) && n % 10 == 0 {
                let band = AgeBand::of_age(n);
                return (band.range() == Some((n, n + 9))).then_some(band);
            }
            Some(AgeBand::of_age(n))
        }
        [low, high] => {
            let (low, high) = ((*low).min(*high), (*low).max(*high));
            let band = AgeBand::of_age(low);
            let (_, band_high) = band.range()?;
            (high <= band_high && high <= 120).then_some(band)
        }
        _ => None,
    }
}

/// The runs of ASCII digits in already folded text (Arabic-Indic digits are ASCII by then).
fn numbers_in(folded: &str) -> Vec<u32> {
    folded
        .split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty())
        .map(|run| run.parse().unwrap_or(u32::MAX))
        .collect()
}

/// A phone number in international form (+9647701234567) when it is a valid Iraqi number or
/// a valid number written with its country code; `None` otherwise (kept as written by the
/// caller). [`phone_in`] for a list from another country.
pub fn phone(value: &str) -> Option<String> {
    phone_in(value, DEFAULT_COUNTRY)
}

/// An email address trimmed and lowercased, or `None` when it is not shaped like one.
pub fn email(value: &str) -> Option<String> {
    let value = value.trim();
    let value = value
        .strip_prefix("mailto:")
        .unwrap_or(value)
        .to_lowercase();
    let (local, domain) = value.split_once('@')?;
    let shaped = !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && !value.chars().any(|c| {
            c.is_whitespace() || c.is_control() || matches!(c, ',' | ';' | '<' | '>' | '"')
        });
    shaped.then_some(value)
}

#[cfg(test)]
#[path = "values/tests.rs"]
mod tests;
