//! Iraq's districts (qadha) under one spelling each, per governorate, from the Arabic,
//! Kurdish and Latin ways registration lists write them. Read only where the governorate is
//! known: the same name may be a district in one governorate and a village in another, so a
//! district is never guessed across governorates. Places not on the list are kept as
//! written. Pure data, used by the importer and by search.

use super::search::loose_key;
use std::collections::HashMap;
use std::sync::LazyLock;

mod table;
use table::DISTRICTS;

/// Words around a district's name that do not change which district it is.
const WRAPPERS: [&str; 7] = [
    "district",
    "qadha",
    "qada",
    "qadaa",
    "قضاء",
    "قەزای",
    "city",
];

/// Latin articles written before names (`Al-Zubair`, `Az Zubayr`), left out when compared.
const ARTICLES: [&str; 7] = ["al", "el", "ad", "as", "ash", "az", "an"];

/// A name as compared: folded, wrappers and a leading Latin article left out, spaces
/// closed up ("Tal Afar", "Talafar" and "تل عفر" meet their own).
fn key(text: &str) -> String {
    let folded = loose_key(text);
    let mut words: Vec<&str> = folded
        .split(' ')
        .filter(|w| !w.is_empty() && !WRAPPERS.iter().any(|x| loose_key(x) == *w))
        .collect();
    if words.len() > 1 && ARTICLES.contains(&words[0]) {
        words.remove(0);
    }
    words.concat()
}

/// (governorate, key) → district.
static INDEX: LazyLock<HashMap<(&'static str, String), &'static str>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for (governorate, district, spellings) in DISTRICTS {
        map.insert((*governorate, key(district)), *district);
        for spelling in *spellings {
            map.insert((*governorate, key(spelling)), *district);
        }
    }
    map
});

/// key → district, for keys that name one district only (for search).
static ANYWHERE: LazyLock<HashMap<String, Option<&'static str>>> = LazyLock::new(|| {
    let mut map: HashMap<String, Option<&'static str>> = HashMap::new();
    for ((_, key), district) in INDEX.iter() {
        map.entry(key.clone())
            .and_modify(|found| {
                if *found != Some(*district) {
                    *found = None;
                }
            })
            .or_insert(Some(*district));
    }
    map
});

/// The one spelling of district `value` in `governorate` (a governorate's canonical name,
/// as `super::governorate::governorate` gives it); `None` when it is not on the list.
pub fn district(governorate: &str, value: &str) -> Option<&'static str> {
    let governorate = super::governorate::governorate(governorate)?;
    INDEX.get(&(governorate, key(value))).copied()
}

/// The district a word or name spells wherever it is, when that is one district only.
pub fn district_anywhere(value: &str) -> Option<&'static str> {
    ANYWHERE.get(&key(value)).copied().flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_district_is_in_a_governorate_and_every_spelling_leads_to_it() {
        for (governorate, name, spellings) in DISTRICTS {
            assert_eq!(
                super::super::governorate::governorate(governorate),
                Some(*governorate)
            );
            assert_eq!(district(governorate, name), Some(*name), "{name}");
            for spelling in *spellings {
                assert_eq!(district(governorate, spelling), Some(*name), "{spelling}");
            }
        }
    }

    #[test]
    fn real_districts_in_several_spellings() {
        for (governorate, written, expected) in [
            ("Duhok", "Zakho", "Zakho"),
            ("دهوك", "زاخو", "Zakho"),
            ("Dohuk", "Zaxo", "Zakho"),
            ("Basra", "Al-Zubair", "Al-Zubair"),
            ("البصرة", "الزبير", "Al-Zubair"),
            ("Basrah", "Az Zubayr", "Al-Zubair"),
            ("Nineveh", "Sinjar", "Sinjar"),
            ("Ninawa", "شنگال", "Sinjar"),
            ("نينوى", "قضاء سنجار", "Sinjar"),
            ("Nineveh", "Tel Afar", "Tal Afar"),
            ("Salah al-Din", "Tuz Khurmatu", "Tuz Khurmatu"),
            ("Salahdin", "طوز خورماتو", "Tuz Khurmatu"),
            ("صلاح الدين", "Tooz", "Tuz Khurmatu"),
            ("Erbil", "Koysinjaq", "Koya"),
        ] {
            assert_eq!(district(governorate, written), Some(expected), "{written}");
        }
    }

    #[test]
    fn a_district_is_not_guessed_in_the_wrong_governorate_or_without_one() {
        assert_eq!(district("Basra", "Zakho"), None);
        assert_eq!(district("", "Zakho"), None);
        assert_eq!(district("Aleppo", "Zakho"), None);
        assert_eq!(district("Duhok", "Qamishli"), None);
        assert_eq!(district_anywhere("زاخو"), Some("Zakho"));
        assert_eq!(district_anywhere("Qamishli"), None);
    }
}
