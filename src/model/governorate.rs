//! Iraq's governorates under one spelling each, from the Arabic, English and Kurdish ways
//! they are written. Places not on the list are kept as written. Used by the importer (to
//! store one spelling) and by search (so "البصرة" finds people from Basra). Pure data.

use super::search::loose_key as header_key;
use std::collections::HashMap;
use std::sync::LazyLock;

/// The canonical (English) names, in the order of the official list, Halabja last.
pub const GOVERNORATES: [&str; 19] = [
    "Baghdad",
    "Basra",
    "Nineveh",
    "Erbil",
    "Sulaymaniyah",
    "Duhok",
    "Kirkuk",
    "Anbar",
    "Diyala",
    "Salah al-Din",
    "Babil",
    "Karbala",
    "Najaf",
    "Wasit",
    "Qadisiyah",
    "Maysan",
    "Dhi Qar",
    "Muthanna",
    "Halabja",
];

/// Other spellings per canonical name. The capital city's name counts too: registration
/// forms ask "where are you from" and people answer with the city.
const SPELLINGS: [(&str, &[&str]); 19] = [
    ("Baghdad", &["baghdad", "bagdad", "بغداد", "بەغدا"]),
    (
        "Basra",
        &[
            "basra",
            "basrah",
            "al-basra",
            "al basrah",
            "البصرة",
            "بصرة",
            "بەسرە",
        ],
    ),
    (
        "Nineveh",
        &[
            "nineveh",
            "ninawa",
            "nainawa",
            "ninewah",
            "ninawah",
            "musel",
            "mousul",
            "mosel",
            "ninewa",
            "nineva",
            "ninevah",
            "mosul",
            "نينوى",
            "نينوي",
            "الموصل",
            "موصل",
            "نەینەوا",
            "مووسڵ",
        ],
    ),
    (
        "Erbil",
        &[
            "erbil",
            "arbil",
            "irbil",
            "hewler",
            "hawler",
            "hewlêr",
            "أربيل",
            "اربيل",
            "ههولێر",
            "هەولێر",
            "ھەولێر",
        ],
    ),
    (
        "Sulaymaniyah",
        &[
            "sulaymaniyah",
            "sulaymaniah",
            "sulaymania",
            "sulaimania",
            "suleimaniya",
            "suleimaniyah",
            "sulaymaniya",
            "sulaimaniyah",
            "sulaimani",
            "sulaymaniyya",
            "sulaimaniya",
            "slemani",
            "slimani",
            "silêmanî",
            "السليمانية",
            "سليمانية",
            "سلێمانی",
            "سلیمانی",
        ],
    ),
    (
        "Duhok",
        &[
            "duhok", "dohuk", "dahuk", "dihok", "duhoke", "dhok", "دهوك", "دهۆک", "دهوک",
        ],
    ),
    (
        "Kirkuk",
        &[
            "kirkuk",
            "karkuk",
            "kerkuk",
            "tameem",
            "al-tameem",
            "tamim",
            "كركوك",
            "التأميم",
            "کەرکووک",
            "كەركووك",
        ],
    ),
    (
        "Anbar",
        &[
            "anbar",
            "al-anbar",
            "al anbar",
            "ramadi",
            "الأنبار",
            "الانبار",
            "انبار",
            "الرمادي",
            "ئەنبار",
        ],
    ),
    (
        "Diyala",
        &[
            "diyala",
            "diala",
            "baqubah",
            "baquba",
            "ديالى",
            "ديالي",
            "دیالە",
        ],
    ),
    (
        "Salah al-Din",
        &[
            "salah al-din",
            "salahdin",
            "salahuddin",
            "salah eddin",
            "salah el din",
            "salaheddin",
            "slah al din",
            "salah ad-din",
            "salah al din",
            "salahaddin",
            "saladin",
            "salaheddine",
            "tikrit",
            "صلاح الدين",
            "تكريت",
            "سەڵاحەدین",
        ],
    ),
    (
        "Babil",
        &[
            "babil",
            "babylon",
            "babel",
            "hillah",
            "hilla",
            "بابل",
            "الحلة",
            "بابڵ",
        ],
    ),
    (
        "Karbala",
        &["karbala", "kerbala", "karbalaa", "كربلاء", "كربلا", "کەربەلا"],
    ),
    (
        "Najaf",
        &["najaf", "al-najaf", "an najaf", "النجف", "نجف", "نەجەف"],
    ),
    (
        "Wasit",
        &["wasit", "wassit", "kut", "al-kut", "واسط", "الكوت", "واست"],
    ),
    (
        "Qadisiyah",
        &[
            "qadisiyah",
            "qadisiyyah",
            "al-qadisiyah",
            "qadissiya",
            "qadisiya",
            "diwaniyah",
            "diwaniya",
            "al-diwaniyah",
            "القادسية",
            "قادسية",
            "الديوانية",
            "دیوانیە",
            "قادسیە",
        ],
    ),
    (
        "Maysan",
        &[
            "maysan",
            "missan",
            "misan",
            "amarah",
            "amara",
            "ميسان",
            "العمارة",
            "مەیسان",
        ],
    ),
    (
        "Dhi Qar",
        &[
            "dhi qar",
            "thi qar",
            "thiqar",
            "zi qar",
            "thee qar",
            "dhiqar",
            "nasiriyah",
            "nasiriya",
            "nassiriya",
            "ذي قار",
            "ذيقار",
            "الناصرية",
            "زیقار",
        ],
    ),
    (
        "Muthanna",
        &[
            "muthanna",
            "al-muthanna",
            "muthana",
            "samawah",
            "samawa",
            "المثنى",
            "مثنى",
            "السماوة",
            "موسەننا",
        ],
    ),
    (
        "Halabja",
        &["halabja", "helebce", "حلبجة", "هەڵەبجە", "ھەڵەبجە"],
    ),
];

static INDEX: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for (canonical, spellings) in SPELLINGS {
        map.insert(header_key(canonical), canonical);
        for spelling in spellings {
            map.insert(header_key(spelling), canonical);
        }
    }
    map
});

/// Words around a place name that do not change which place it is, in compared form.
static WRAPPERS: LazyLock<Vec<String>> = LazyLock::new(|| {
    [
        "governorate",
        "province",
        "city",
        "محافظة",
        "مدينة",
        "پارێزگا",
        "پارێزگای",
    ]
    .iter()
    .map(|w| header_key(w))
    .collect()
});

/// The canonical name of a governorate, or `None` for a place not on the list. "Erbil
/// Governorate", "محافظة البصرة" and "پارێزگای دهۆک" are understood too, and two spellings
/// of one governorate written together ("Nainawa/Musel", "Erbil (Hawler)").
pub fn governorate(value: &str) -> Option<&'static str> {
    if let Some(name) = one(value) {
        return Some(name);
    }
    let parts: Vec<&str> = value
        .split(['/', '(', ')', '|', '،', ','])
        .filter(|p| !p.trim().is_empty())
        .collect();
    if parts.len() < 2 {
        return None;
    }
    let first = one(parts[0])?;
    parts[1..]
        .iter()
        .all(|p| one(p) == Some(first))
        .then_some(first)
}

fn one(value: &str) -> Option<&'static str> {
    let key = header_key(value);
    if let Some(name) = INDEX.get(&key) {
        return Some(name);
    }
    let words: Vec<&str> = key
        .split(' ')
        .filter(|w| !WRAPPERS.iter().any(|x| x == w))
        .collect();
    INDEX.get(&words.join(" ")).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spelling_leads_to_its_governorate() {
        for (canonical, spellings) in SPELLINGS {
            assert!(GOVERNORATES.contains(&canonical));
            for spelling in spellings {
                assert_eq!(governorate(spelling), Some(canonical), "{spelling}");
            }
        }
    }

    #[test]
    fn common_writings() {
        assert_eq!(governorate("Basrah"), Some("Basra"));
        assert_eq!(governorate("  ninawa "), Some("Nineveh"));
        assert_eq!(governorate("أربيل"), Some("Erbil"));
        assert_eq!(governorate("اربيل"), Some("Erbil"));
        assert_eq!(governorate("ههولێر"), Some("Erbil"));
        assert_eq!(governorate("Hewlêr"), Some("Erbil"));
        assert_eq!(governorate("السليمانية"), Some("Sulaymaniyah"));
        assert_eq!(governorate("سلێمانی"), Some("Sulaymaniyah"));
        assert_eq!(governorate("Slemani"), Some("Sulaymaniyah"));
        assert_eq!(governorate("دهوك"), Some("Duhok"));
        assert_eq!(governorate("Dohuk"), Some("Duhok"));
        assert_eq!(governorate("Diwaniyah"), Some("Qadisiyah"));
        assert_eq!(governorate("Nasiriyah"), Some("Dhi Qar"));
        assert_eq!(governorate("Salah ad-Din"), Some("Salah al-Din"));
        assert_eq!(governorate("Erbil Governorate"), Some("Erbil"));
        assert_eq!(governorate("محافظة البصرة"), Some("Basra"));
        assert_eq!(governorate("پارێزگای دهۆک"), Some("Duhok"));
    }

    #[test]
    fn spellings_from_real_lists() {
        for (text, expected) in [
            ("Salahdin", "Salah al-Din"),
            ("Salah ad-Din", "Salah al-Din"),
            ("Sulaymaniah", "Sulaymaniyah"),
            ("Suleimaniya", "Sulaymaniyah"),
            ("Nainawa/Musel", "Nineveh"),
            ("Ninawa", "Nineveh"),
            ("Al-Anbar", "Anbar"),
            ("al.anbar", "Anbar"),
            ("Dohuk", "Duhok"),
            ("Thi-Qar", "Dhi Qar"),
            ("Erbil (Hawler)", "Erbil"),
        ] {
            assert_eq!(governorate(text), Some(expected), "{text}");
        }
        assert_eq!(
            governorate("Erbil/Duhok"),
            None,
            "two governorates are not one"
        );
    }

    #[test]
    fn unknown_places_are_not_guessed() {
        assert_eq!(governorate("Aleppo"), None);
        assert_eq!(governorate("Zakho"), None);
        assert_eq!(governorate(""), None);
    }
}
