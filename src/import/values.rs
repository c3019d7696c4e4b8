//! Cell values as the participant record wants them: gender, consent, disability and
//! stakeholder words in English, Arabic and Kurdish; ages and age bands; phones and emails.
//!
//! Each function takes a non-empty cell and returns `None` when it does not recognise it;
//! the caller keeps such a value in the person's notes rather than lose it.

use super::columns::header_key;
use crate::model::search::fold;
use crate::model::{AgeBand, Consent, Disability, Gender, Stakeholder};

/// Compare a value the way headers are compared: folded, punctuation as spaces, without ال.
fn key(value: &str) -> String {
    header_key(value)
}

fn one_of(value: &str, words: &[&str]) -> bool {
    words.iter().any(|w| key(w) == value)
}

pub fn gender(value: &str) -> Option<Gender> {
    let value = key(value);
    let table: [(Gender, &[&str]); 4] = [
        (
            Gender::Female,
            &[
                "f",
                "female",
                "woman",
                "women",
                "w",
                "girl",
                "fem",
                "feminine",
                "أنثى",
                "انثى",
                "امرأة",
                "إمرأة",
                "مرأة",
                "نساء",
                "ژن",
                "مێ",
                "مێینە",
                "ئافرەت",
                "jin",
                "mê",
            ],
        ),
        (
            Gender::Male,
            &[
                "m",
                "male",
                "man",
                "men",
                "boy",
                "masculine",
                "ذكر",
                "رجل",
                "رجال",
                "پیاو",
                "نێر",
                "نێرینە",
                "pyaw",
                "mêr",
            ],
        ),
        (
            Gender::Other,
            &[
                "other",
                "non-binary",
                "nonbinary",
                "أخرى",
                "آخر",
                "غير ذلك",
                "هی تر",
            ],
        ),
        (
            Gender::PreferNotToSay,
            &[
                "prefer not to say",
                "prefer not to answer",
                "rather not say",
                "not disclosed",
                "أفضل عدم القول",
                "أفضل عدم الإجابة",
                "لا أرغب بالإجابة",
                "ناخوازم بڵێم",
            ],
        ),
    ];
    table
        .iter()
        .find(|(_, words)| one_of(&value, words))
        .map(|(g, _)| *g)
}

/// Yes or no, in the ways forms write them (`true`, `1`, a tick, "I agree", نعم، بەڵێ …).
pub fn yes_no(value: &str) -> Option<bool> {
    let trimmed = value.trim();
    if matches!(trimmed, "✓" | "✔" | "☑" | "x" | "X") {
        return Some(true);
    }
    if matches!(trimmed, "✗" | "✘" | "☐") {
        return Some(false);
    }
    let value = key(value);
    const YES: &[&str] = &[
        "yes",
        "y",
        "true",
        "1",
        "ok",
        "agree",
        "i agree",
        "agreed",
        "accept",
        "accepted",
        "consent",
        "i consent",
        "checked",
        "نعم",
        "أوافق",
        "موافق",
        "موافقة",
        "اوافق",
        "اي",
        "أجل",
        "بلى",
        "بەڵێ",
        "بەلێ",
        "ئا",
        "ئەرێ",
        "erê",
        "belê",
        "oui",
        "si",
    ];
    const NO: &[&str] = &[
        "no",
        "n",
        "false",
        "0",
        "disagree",
        "do not agree",
        "don't agree",
        "i do not agree",
        "refuse",
        "refused",
        "unchecked",
        "لا",
        "لا أوافق",
        "غير موافق",
        "كلا",
        "نەخێر",
        "نا",
        "na",
        "non",
    ];
    if one_of(&value, YES) {
        Some(true)
    } else if one_of(&value, NO) {
        Some(false)
    } else {
        None
    }
}

pub fn consent(value: &str) -> Option<Consent> {
    yes_no(value).map(|yes| if yes { Consent::Yes } else { Consent::No })
}

pub fn disability(value: &str) -> Option<Disability> {
    if let Some(yes) = yes_no(value) {
        return Some(if yes { Disability::Yes } else { Disability::No });
    }
    let value = key(value);
    const YES: &[&str] = &[
        "with disability",
        "person with disability",
        "pwd",
        "disabled",
        "has a disability",
        "ذوي الإعاقة",
        "من ذوي الإعاقة",
        "معاق",
        "ذو إعاقة",
        "کەمئەندام",
    ];
    const NO: &[&str] = &[
        "none",
        "no disability",
        "without disability",
        "لا يوجد",
        "بدون إعاقة",
        "لا توجد",
        "نییە",
    ];
    const UNKNOWN: &[&str] = &["prefer not to say", "unknown", "أفضل عدم القول"];
    if one_of(&value, YES) {
        Some(Disability::Yes)
    } else if one_of(&value, NO) {
        Some(Disability::No)
    } else if one_of(&value, UNKNOWN) {
        Some(Disability::Unknown)
    } else {
        None
    }
}

pub fn stakeholder(value: &str) -> Option<Stakeholder> {
    let value = key(value);
    let table: [(Stakeholder, &[&str]); 10] = [
        (
            Stakeholder::Cso,
            &[
                "cso",
                "csos",
                "ngo",
                "ngos",
                "local ngo",
                "national ngo",
                "civil society",
                "civil society organisation",
                "civil society organization",
                "cbo",
                "community based organisation",
                "community based organization",
                "non governmental",
                "nonprofit",
                "منظمة مجتمع مدني",
                "منظمات المجتمع المدني",
                "مجتمع مدني",
                "منظمة غير حكومية",
                "منظمة محلية",
                "ڕێکخراوی کۆمەڵگەی مەدەنی",
                "کۆمەڵگەی مەدەنی",
                "ڕێکخراوی ناحکومی",
            ],
        ),
        (
            Stakeholder::LocalGovernment,
            &[
                "local government",
                "local gov",
                "local authority",
                "local authorities",
                "municipality",
                "governorate",
                "governorate council",
                "provincial council",
                "governor's office",
                "مجلس محافظة",
                "مجلس المحافظة",
                "حكومة محلية",
                "الحكومة المحلية",
                "ديوان المحافظة",
                "محافظة",
                "بلدية",
                "قائممقامية",
                "مجلس محلي",
                "حکومەتی خۆجێیی",
                "ئەنجومەنی پارێزگا",
                "شارەوانی",
            ],
        ),
        (
            Stakeholder::NationalGovernment,
            &[
                "national government",
                "central government",
                "federal government",
                "ministry",
                "government ministry",
                "krg",
                "kurdistan regional government",
                "وزارة",
                "الحكومة الاتحادية",
                "حكومة اتحادية",
                "حكومة مركزية",
                "حكومة الإقليم",
                "حکومەتی هەرێم",
                "وەزارەت",
            ],
        ),
        (
            Stakeholder::Parliament,
            &[
                "parliament",
                "mp",
                "member of parliament",
                "council of representatives",
                "مجلس النواب",
                "برلمان",
                "البرلمان",
                "برلماني",
                "نائب",
                "پەرلەمان",
            ],
        ),
        (
            Stakeholder::UnDonor,
            &[
                "un",
                "united nations",
                "un agency",
                "donor",
                "donors",
                "un donor",
                "undp",
                "unicef",
                "unhcr",
                "iom",
                "unfpa",
                "un women",
                "eu",
                "european union",
                "usaid",
                "الأمم المتحدة",
                "مانح",
                "جهة مانحة",
                "الجهات المانحة",
                "نەتەوە یەکگرتووەکان",
            ],
        ),
        (
            Stakeholder::InternationalPartner,
            &[
                "international partner",
                "ingo",
                "international ngo",
                "international organisation",
                "international organization",
                "international",
                "منظمة دولية",
                "شريك دولي",
                "ڕێکخراوی نێودەوڵەتی",
            ],
        ),
        (
            Stakeholder::Media,
            &[
                "media",
                "journalist",
                "journalism",
                "press",
                "إعلام",
                "اعلام",
                "الإعلام",
                "صحفي",
                "صحافة",
                "إعلامي",
                "ڕاگەیاندن",
                "ڕۆژنامەنووس",
            ],
        ),
        (
            Stakeholder::Academia,
            &[
                "academia",
                "academic",
                "university",
                "research",
                "researcher",
                "جامعة",
                "أكاديمي",
                "أكاديمية",
                "باحث",
                "زانکۆ",
                "ئەکادیمی",
            ],
        ),
        (
            Stakeholder::PrivateSector,
            &[
                "private sector",
                "private",
                "business",
                "company",
                "القطاع الخاص",
                "قطاع خاص",
                "شركة",
                "کەرتی تایبەت",
            ],
        ),
        (
            Stakeholder::Other,
            &["other", "أخرى", "اخرى", "غير ذلك", "هی تر"],
        ),
    ];
    table
        .iter()
        .find(|(_, words)| one_of(&value, words))
        .map(|(s, _)| *s)
}

/// An age ("25", "٢٥") or a band ("18-24", "25–29", "30s", "60+", "under 18", "أقل من 18").
/// A range that spans two of our bands ("18-29") is not guessed.
pub fn age_band(value: &str) -> Option<AgeBand> {
    let folded = fold(value);
    let numbers = numbers_in(&folded);
    let words = key(value);
    let has = |list: &[&str]| {
        list.iter()
            .any(|w| format!(" {words} ").contains(&format!(" {} ", key(w))))
    };
    match numbers.as_slice() {
        [] => None,
        [n] => {
            let n = *n;
            if n > 120 {
                return None;
            }
            if has(&[
                "under",
                "below",
                "less than",
                "اقل من",
                "دون",
                "تحت",
                "کەمتر",
            ]) || folded.starts_with('<')
            {
                return (n <= 18).then_some(AgeBand::Under18);
            }
            if folded.ends_with('+')
                || folded.starts_with('+')
                || folded.starts_with('>')
                || has(&[
                    "over",
                    "above",
                    "and above",
                    "or more",
                    "plus",
                    "فوق",
                    "فما فوق",
                    "اكثر من",
                    "زیاتر",
                ])
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

/// A phone number in international form (+9647701234567), or `None` when it does not look
/// like one (kept as written by the caller).
///
/// Iraqi numbers are written every which way: 0770 123 4567, 07701234567, 7701234567 (Excel
/// drops the leading zero), 009647701234567, +964 770…, +964 0770…, in Arabic-Indic digits.
pub fn phone(value: &str) -> Option<String> {
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
    if let Some(rest) = digits.strip_prefix("00") {
        digits = rest.to_string();
        plus = true;
    }
    let national = if plus || (digits.starts_with("964") && digits.len() >= 12) {
        match digits.strip_prefix("964") {
            // "+964 0770…": the trunk zero does not belong after the country code.
            Some(rest) => rest.trim_start_matches('0').to_string(),
            None => {
                return (7..=15)
                    .contains(&digits.len())
                    .then(|| format!("+{digits}"));
            }
        }
    } else if let Some(rest) = digits.strip_prefix('0') {
        rest.to_string()
    } else if digits.starts_with('7') && digits.len() == 10 {
        digits
    } else {
        return None;
    };
    // Iraqi mobiles have 10 digits after the trunk zero; landlines 8 or 9.
    (8..=10)
        .contains(&national.len())
        .then(|| format!("+964{national}"))
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
