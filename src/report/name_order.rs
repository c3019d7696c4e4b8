//! A locale-independent order for people's names written in Latin or Arabic script, for
//! lists a person reads down to find themselves (the sign-in sheet).
//!
//! The rule, the same on every machine whatever its locale:
//!
//! 1. Latin-script names first, then Arabic-script names (Arabic, Kurdish Sorani, Persian),
//!    then names in any other script, then empty names. A person looks for their name in the
//!    block of their own script; the blocks never interleave.
//! 2. Within a block, by the name folded for comparison: a leading title ("Dr.", "Eng.",
//!    "د.") is skipped; Latin letters lose case and accents (é → e, ß → ss); Arabic letters
//!    lose harakat and tatweel, the alef forms (أ إ آ ٱ) count as ا, ى as ي, ة as ه, and the
//!    Kurdish and Persian letters (پ چ ژ ڤ گ ڕ ڵ ۆ ێ ە, and ک ی) sort right after the
//!    Arabic letter they are built on, so the order follows the Arabic alphabet (ا ب ت ث …).
//! 3. Ties by the name exactly as written (code points), so the order is total and stable.

/// The script block a name sorts in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Block {
    Latin,
    Arabic,
    Other,
    Empty,
}

/// What a name sorts by; compare two with `Ord`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct NameKey {
    block: Block,
    /// Each letter as (base letter, variant rank): see the module comment.
    folded: Vec<(u32, u8)>,
    exact: String,
}

impl NameKey {
    pub fn of(name: &str) -> NameKey {
        let name = name.trim();
        let body = without_title(name);
        let block = match body.chars().find(|c| c.is_alphabetic()) {
            None => Block::Empty,
            Some(c) if is_arabic(c) => Block::Arabic,
            Some(c) if c.is_ascii_alphabetic() || latin_base(c).is_some() => Block::Latin,
            Some(_) => Block::Other,
        };
        let mut folded = Vec::with_capacity(body.len());
        for c in body.chars() {
            fold(c, &mut folded);
        }
        NameKey {
            block,
            folded,
            exact: name.to_string(),
        }
    }
}

/// Titles that stand before a name and are not where a person looks for it.
const TITLES: [&str; 10] = [
    "dr", "prof", "eng", "mr", "mrs", "ms", "miss", "sheikh", "د", "م",
];

/// `name` without one leading title followed by a dot or a space ("Dr. Dalia" → "Dalia"),
/// when something follows it.
fn without_title(name: &str) -> &str {
    let Some(end) = name.find(['.', ' ']) else {
        return name;
    };
    let word = &name[..end];
    let rest = name[end..].trim_start_matches(['.', ' ']);
    if !rest.is_empty() && TITLES.iter().any(|t| word.eq_ignore_ascii_case(t)) {
        rest
    } else {
        name
    }
}

fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Push `c`'s sort weights; marks, tatweel, spaces and punctuation push nothing, so
/// "al-Hashimi" and "al Hashimi" compare equal before the exact tie-break.
fn fold(c: char, out: &mut Vec<(u32, u8)>) {
    if c.is_ascii_alphanumeric() {
        out.push((u32::from(c.to_ascii_lowercase()), 0));
    } else if c.is_numeric() {
        out.push((u32::from(c), 0));
    } else if let Some(base) = latin_base(c) {
        for b in base.chars() {
            out.push((u32::from(b), 1));
        }
    } else if is_arabic(c) {
        if let Some(weight) = arabic_weight(c) {
            out.push(weight);
        }
    } else if c.is_alphabetic() {
        for lower in c.to_lowercase() {
            out.push((u32::from(lower), 0));
        }
    }
}

/// The plain letters an accented Latin letter sorts as.
fn latin_base(c: char) -> Option<&'static str> {
    let base = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å'
        | 'Ā' => "a",
        'æ' | 'Æ' => "ae",
        'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => "c",
        'ď' | 'đ' | 'ð' | 'Ď' | 'Đ' | 'Ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ě' => {
            "e"
        }
        'ğ' | 'Ğ' => "g",
        'ḥ' | 'Ḥ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' | 'İ' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' => "i",
        'ł' | 'Ł' => "l",
        'ñ' | 'ń' | 'ň' | 'Ñ' | 'Ń' | 'Ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō'
        | 'Ő' => "o",
        'œ' | 'Œ' => "oe",
        'ř' | 'Ř' => "r",
        'ś' | 'š' | 'ş' | 'ṣ' | 'Ś' | 'Š' | 'Ş' | 'Ṣ' => "s",
        'ß' => "ss",
        'ť' | 'ṭ' | 'Ť' | 'Ṭ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' => {
            "u"
        }
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => "z",
        'þ' | 'Þ' => "th",
        _ => return None,
    };
    Some(base)
}

/// An Arabic-script letter as (the Arabic letter it sorts with, rank after it); `None` for
/// marks, tatweel and punctuation.
fn arabic_weight(c: char) -> Option<(u32, u8)> {
    let (base, rank) = match c {
        // Harakat, superscript alef, Quranic marks, tatweel: not letters to sort by.
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}' => {
            return None;
        }
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => ('ا', 0),
        'ى' | 'ی' | 'ې' => ('ي', 0),
        'ئ' => ('ي', 1),
        'ێ' => ('ي', 2),
        'ة' | 'ە' | 'ھ' | 'ۀ' | 'ہ' => ('ه', 0),
        'ک' | 'ڪ' => ('ك', 0),
        'ؤ' => ('و', 1),
        'ۆ' | 'ۇ' | 'ۊ' => ('و', 2),
        'پ' => ('ب', 1),
        'چ' => ('ج', 1),
        'ژ' => ('ز', 1),
        'ڕ' => ('ر', 1),
        'ڤ' => ('ف', 1),
        'گ' => ('ك', 1),
        'ڵ' => ('ل', 1),
        // Arabic-Indic digits sort as the digits they are.
        '\u{0660}'..='\u{0669}' => {
            let digit = u32::from(c) - 0x0660 + u32::from('0');
            return Some((digit, 0));
        }
        '\u{06F0}'..='\u{06F9}' => {
            let digit = u32::from(c) - 0x06F0 + u32::from('0');
            return Some((digit, 0));
        }
        c if c.is_alphabetic() => (c, 0),
        _ => return None,
    };
    Some((u32::from(base), rank))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cmp::Ordering;

    fn compare(a: &str, b: &str) -> Ordering {
        NameKey::of(a).cmp(&NameKey::of(b))
    }

    fn sorted(names: &[&str]) -> Vec<String> {
        let mut names: Vec<String> = names.iter().map(|s| s.to_string()).collect();
        names.sort_by(|a, b| compare(a, b));
        names
    }

    #[test]
    fn latin_block_then_arabic_block_then_empty() {
        assert_eq!(
            sorted(&["", "علي", "Zaid", "Ahmed", "أحمد"]),
            ["Ahmed", "Zaid", "أحمد", "علي", ""]
        );
    }

    #[test]
    fn titles_case_and_accents_do_not_move_a_name() {
        assert_eq!(
            sorted(&["Dr. Dalia Yousif", "ali Sabah", "Émile Durand", "Bashar"]),
            ["ali Sabah", "Bashar", "Dr. Dalia Yousif", "Émile Durand"]
        );
    }

    #[test]
    fn arabic_follows_the_alphabet_with_alef_forms_together() {
        // ا (with hamza or not) < ب < پ < ت < ج < چ < ك < گ < ي
        assert_eq!(
            sorted(&[
                "يوسف",
                "گوران",
                "كريم",
                "چنار",
                "جاسم",
                "تارا",
                "پەری",
                "بشار",
                "إيمان",
                "احمد"
            ]),
            [
                "احمد",
                "إيمان",
                "بشار",
                "پەری",
                "تارا",
                "جاسم",
                "چنار",
                "كريم",
                "گوران",
                "يوسف"
            ]
        );
    }

    #[test]
    fn kurdish_keheh_and_farsi_yeh_sort_with_arabic_kaf_and_yeh() {
        assert_eq!(compare("کریم", "كريم").then(Ordering::Equal), {
            // Equal folded; the exact tie-break decides, consistently.
            NameKey::of("کریم").exact.cmp(&NameKey::of("كريم").exact)
        });
        assert!(NameKey::of("کریم").folded == NameKey::of("كريم").folded);
    }

    #[test]
    fn harakat_and_tatweel_are_ignored() {
        assert_eq!(NameKey::of("مُحَمَّد").folded, NameKey::of("محـمد").folded);
    }

    #[test]
    fn the_order_is_total() {
        assert_ne!(compare("Ali", "ALI"), Ordering::Equal);
        assert_eq!(compare("Ali", "Ali"), Ordering::Equal);
    }
}
