//! Matching names as people type them: Arabic, Kurdish and Latin spellings alike. Pure: no I/O.
//!
//! The same name arrives spelled many ways: with or without vowel marks, with أ or ا, ending in
//! ة or ه, typed on a Persian keyboard (ی, ک), with Arabic-Indic digits, in any letter case.
//! [`fold`] maps all of these to one spelling, so "ابراهيم" finds "إبراهيم" and "fatima" finds
//! "Fátima". Matching and duplicate detection both compare folded text.

/// One spelling for matching: lowercase, without Arabic vowel marks, tatweel or Latin accents,
/// with the letter variants that people type interchangeably made one, digits in ASCII,
/// whitespace collapsed to single spaces and trimmed.
///
/// Folding twice gives the same as folding once.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // A space is written only before the next kept character, which collapses runs and
    // trims both ends without a second pass.
    let mut space_pending = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space_pending = true;
            continue;
        }
        // Most of a registration list is ASCII (emails, phones, Latin names): skip the
        // Unicode tables for it.
        if c.is_ascii() {
            if matches!(c, '\'' | '`') {
                continue;
            }
            if space_pending && !out.is_empty() {
                out.push(' ');
            }
            space_pending = false;
            out.push(c.to_ascii_lowercase());
            continue;
        }
        for lower in c.to_lowercase() {
            let Some(folded) = fold_char(lower) else {
                continue;
            };
            if space_pending {
                if !out.is_empty() {
                    out.push(' ');
                }
                space_pending = false;
            }
            match folded {
                Folded::Char(c) => out.push(c),
                Folded::Str(s) => out.push_str(s),
            }
        }
    }
    out
}

/// Text as compared loosely (headers, cell values, place names): folded, punctuation as
/// spaces, and the Arabic article ال taken off longer words, so "البريد الإلكتروني" and "بريد
/// الكتروني" meet.
pub fn loose_key(text: &str) -> String {
    let folded = fold(text);
    let spaced: String = folded
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    spaced
        .split_whitespace()
        .map(|word| match word.strip_prefix("ال") {
            Some(rest) if rest.chars().count() >= 2 => rest,
            _ => word,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// True when every word of `query` occurs in `text` once both are folded. An empty query
/// matches everything.
pub fn matches(query: &str, text: &str) -> bool {
    Query::new(query).matches(text)
}

/// How well `text` answers `query`; `None` when it does not match. Higher is better.
pub fn score(query: &str, text: &str) -> Option<u32> {
    Query::new(query).score(text)
}

/// A query folded once, to be tried against many texts (every keystroke at the door tries it
/// against every participant).
///
/// A word that is a spelling of an Iraqi governorate also matches the governorate's one
/// spelling, so "البصرة", "بصرة" and "basrah" all find people from Basra, whose record says
/// "Basra"; so does a spelling of a district ("Zaxo" finds "Zakho").
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    words: Vec<String>,
    /// Per word, the governorate it spells, folded ("basra"), when it spells one.
    places: Vec<Option<String>>,
}

/// Points per query word, by how it was found in the text.
const WHOLE_WORD: u32 = 4;
const WORD_PREFIX: u32 = 3;
const INSIDE_WORD: u32 = 1;
/// Extra points when the text begins with the first query word: typing the start of a name
/// should put that name first.
const TEXT_PREFIX: u32 = 2;

impl Query {
    pub fn new(query: &str) -> Self {
        let words: Vec<String> = fold(query)
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        let places = words
            .iter()
            .map(|w| {
                super::governorate::governorate(w)
                    .or_else(|| super::district::district_anywhere(w))
                    .map(fold)
                    .filter(|place| place != w)
            })
            .collect();
        Query { words, places }
    }

    /// Each word with the governorate it spells, if any.
    fn alternatives(&self) -> impl Iterator<Item = (&String, Option<&String>)> {
        self.words
            .iter()
            .zip(self.places.iter().map(Option::as_ref))
    }

    /// True when nothing was typed (matches everything).
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    pub fn matches(&self, text: &str) -> bool {
        self.matches_folded(&fold(text))
    }

    /// Like [`Query::matches`] for text already passed through [`fold`].
    pub fn matches_folded(&self, folded: &str) -> bool {
        self.alternatives().all(|(w, place)| {
            folded.contains(w.as_str()) || place.is_some_and(|p| folded.contains(p.as_str()))
        })
    }

    pub fn score(&self, text: &str) -> Option<u32> {
        self.score_folded(&fold(text))
    }

    /// Like [`Query::score`] for text already passed through [`fold`].
    pub fn score_folded(&self, folded: &str) -> Option<u32> {
        let mut total = 0;
        for (word, place) in self.alternatives() {
            let as_place = place.and_then(|p| word_score(p, folded));
            total += word_score(word, folded).max(as_place)?;
        }
        if let Some(first) = self.words.first()
            && folded.starts_with(first.as_str())
        {
            total += TEXT_PREFIX;
        }
        Some(total)
    }
}

/// The best way `word` occurs in `folded`: as a whole word, at the start of a word, or
/// anywhere.
fn word_score(word: &str, folded: &str) -> Option<u32> {
    let mut best = None;
    for text_word in folded.split(' ') {
        let points = if text_word == word {
            WHOLE_WORD
        } else if text_word.starts_with(word) {
            WORD_PREFIX
        } else if text_word.contains(word) {
            INSIDE_WORD
        } else {
            continue;
        };
        best = best.max(Some(points));
        if points == WHOLE_WORD {
            break;
        }
    }
    // A query word may span a space ("abu ali" inside "abu alia"): still a match.
    best.or_else(|| folded.contains(word).then_some(INSIDE_WORD))
}

/// What one (already lowercased) character becomes: nothing, itself, or another spelling.
enum Folded {
    Char(char),
    Str(&'static str),
}

fn fold_char(c: char) -> Option<Folded> {
    if is_dropped(c) {
        return None;
    }
    if let Some(digit) = arabic_digit(c) {
        return Some(Folded::Char(digit));
    }
    if let Some(letter) = arabic_letter(c) {
        return Some(Folded::Char(letter));
    }
    if let Some(latin) = latin_without_accent(c) {
        return Some(latin);
    }
    Some(Folded::Char(c))
}

/// Marks that do not change which name it is: Arabic vowel marks and Quranic annotation,
/// tatweel (the stretching stroke), Latin combining accents, and invisible format characters
/// (zero-width joiners, direction marks, the byte-order mark).
fn is_dropped(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}'   // Quranic honorifics and small letters
        | '\u{064B}'..='\u{065F}' // harakat: fathatan … wavy hamza below
        | '\u{0670}'              // superscript alef
        | '\u{0640}'              // tatweel
        | '\u{06D6}'..='\u{06DC}' // Quranic small high ligatures
        | '\u{06DF}'..='\u{06E4}'
        | '\u{06E7}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{08D3}'..='\u{08E1}' // extended Arabic marks
        | '\u{08E3}'..='\u{08FF}'
        | '\u{0300}'..='\u{036F}' // Latin combining accents
        | '\u{200B}'..='\u{200F}' // zero-width space, ZWNJ, ZWJ, LRM, RLM
        | '\u{202A}'..='\u{202E}' // bidi embeddings and overrides
        | '\u{2066}'..='\u{2069}' // bidi isolates
        | '\u{061C}'              // Arabic letter mark
        // Transliteration marks for ʿayn and hamza (ʿAli, Qur'an), so "Ali" finds "ʿAli".
        | 'ʿ' | 'ʾ' | 'ʻ' | 'ʼ' | '\'' | '`' | '‘' | '’'
        | '\u{FEFF}' // byte-order mark
    )
}

/// Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹, Persian and Kurdish) digits as ASCII.
fn arabic_digit(c: char) -> Option<char> {
    let zero = match c {
        '\u{0660}'..='\u{0669}' => 0x0660,
        '\u{06F0}'..='\u{06F9}' => 0x06F0,
        _ => return None,
    };
    char::from_digit(u32::from(c) - zero, 10)
}

/// Letters that people write interchangeably in names, made one.
fn arabic_letter(c: char) -> Option<char> {
    Some(match c {
        // Alef with hamza above or below, with madda, wasla, wavy hamza: all plain alef.
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => 'ا',
        // Alef maqsura, Persian/Kurdish yeh, yeh with hamza, Kurdish yeh with small v.
        'ى' | 'ی' | 'ئ' | 'ێ' => 'ي',
        // Ta marbuta, Kurdish ae, heh doachashmee, heh with yeh above, heh goal.
        'ة' | 'ە' | 'ھ' | 'ۀ' | 'ہ' => 'ه',
        // Persian/Kurdish kaf (keheh).
        'ک' => 'ك',
        // Waw with hamza, Kurdish o and u variants.
        'ؤ' | 'ۆ' | 'ۇ' | 'ۉ' => 'و',
        // Kurdish heavy r and l, typed as plain letters on an Arabic keyboard.
        'ڕ' => 'ر',
        'ڵ' => 'ل',
        _ => return None,
    })
}

/// Latin letters with accents as the plain letter, for the common European and Turkish ones
/// (full Unicode decomposition is not worth a dependency here).
fn latin_without_accent(c: char) -> Option<Folded> {
    let plain = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' | 'ð' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ĥ' | 'ħ' | 'ḥ' => 'h',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' | 'ṣ' => 's',
        'ţ' | 'ť' | 'ŧ' | 'ṭ' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' | 'ẓ' => 'z',
        'ß' => return Some(Folded::Str("ss")),
        'æ' => return Some(Folded::Str("ae")),
        'œ' => return Some(Folded::Str("oe")),
        'þ' => return Some(Folded::Str("th")),
        _ => return None,
    };
    Some(Folded::Char(plain))
}

#[cfg(test)]
#[path = "search/tests.rs"]
mod tests;
