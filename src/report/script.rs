//! Which language a run of user text is written in, as far as its letters tell: enough for
//! a `lang` attribute (hyphenation, fonts, screen readers) and for isolating right-to-left
//! runs in Markdown. Entry texts stay as written; only their letters are counted.

/// `"ckb"` for Kurdish (Sorani), `"ar"` for Arabic, `None` for text that is mostly Latin or
/// has no letters — it then takes the document's language.
///
/// A run counts as Arabic-script when it has more Arabic-script letters than Latin ones (a
/// sentence in English naming an Arabic organisation stays English). It is Kurdish when it
/// has a letter Arabic does not use: ڕ ڵ ۆ ێ ە ڤ ھ, or the Persian forms ک ی that Kurdish
/// writes for ك ي.
pub fn rtl_lang(text: &str) -> Option<&'static str> {
    let mut arabic = 0usize;
    let mut latin = 0usize;
    let mut kurdish = false;
    for c in text.chars() {
        if is_arabic_letter(c) {
            arabic += 1;
            kurdish |= matches!(
                c,
                'ڕ' | 'ڵ' | 'ۆ' | 'ێ' | 'ە' | 'ڤ' | 'ھ' | 'ک' | 'ی' | 'گ' | 'پ' | 'چ' | 'ژ'
            );
        } else if c.is_alphabetic() && (c.is_ascii() || ('\u{00C0}'..='\u{024F}').contains(&c)) {
            latin += 1;
        }
    }
    if arabic == 0 || arabic <= latin {
        return None;
    }
    Some(if kurdish { "ckb" } else { "ar" })
}

/// Whether a run is mostly right-to-left letters.
pub fn is_rtl(text: &str) -> bool {
    rtl_lang(text).is_some()
}

/// Right-to-left isolate (U+2067) and pop directional isolate (U+2069): the run between
/// them is laid out right to left on its own, and the line around it treats it as one
/// neutral block, so its final full stop and quote marks stay at its own end.
pub const RLI: char = '\u{2067}';
pub const PDI: char = '\u{2069}';

/// `text` wrapped in RLI … PDI when it is right-to-left, else unchanged. For writers
/// without a `dir` attribute (Markdown); user text never holds isolates itself (they are
/// removed on the way in), so every pair in a document is ours.
pub fn isolate(text: &str) -> String {
    if is_rtl(text) {
        format!("{RLI}{text}{PDI}")
    } else {
        text.to_string()
    }
}

/// The quote marks a text already opens and closes with, in any script.
const QUOTE_PAIRS: [(char, char); 6] = [
    ('“', '”'),
    ('«', '»'),
    ('"', '"'),
    ('„', '“'),
    ('‹', '›'),
    ('‘', '’'),
];

/// A quotation in one pair of quote marks: «…» for Arabic and Kurdish, “…” otherwise; a
/// text that is already in quote marks keeps its own and gets no second pair.
pub fn quoted(text: &str) -> String {
    let text = text.trim();
    let mut chars = text.chars();
    let (first, last) = (chars.next(), chars.next_back());
    if let (Some(first), Some(last)) = (first, last)
        && QUOTE_PAIRS.contains(&(first, last))
    {
        return text.to_string();
    }
    if is_rtl(text) {
        format!("«{text}»")
    } else {
        format!("“{text}”")
    }
}

fn is_arabic_letter(c: char) -> bool {
    matches!(c,
        '\u{0620}'..='\u{064A}'
        | '\u{066E}'..='\u{06D3}'
        | '\u{06D5}'
        | '\u{06EE}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}')
        && c.is_alphabetic()
}

#[cfg(test)]
mod tests {
    use super::{isolate, quoted, rtl_lang};

    #[test]
    fn arabic_kurdish_and_latin_runs_are_told_apart() {
        assert_eq!(rtl_lang("التنسيق المبكر مع مجالس الأقضية"), Some("ar"));
        assert_eq!(
            rtl_lang("دامەزراندنی ئەنجومەنی گەنجان لە شەقڵاوە"),
            Some("ckb")
        );
        assert_eq!(rtl_lang("Budget hearings worked"), None);
        assert_eq!(
            rtl_lang("Meeting with هبة سلمان and the governor's office"),
            None
        );
        assert_eq!(rtl_lang("12:30 — ✔"), None);
        assert_eq!(rtl_lang(""), None);
    }

    #[test]
    fn quotes_get_one_pair_in_their_own_script() {
        assert_eq!(quoted("«عندما نطلب المعلومة»"), "«عندما نطلب المعلومة»");
        assert_eq!(quoted("عندما نطلب المعلومة"), "«عندما نطلب المعلومة»");
        assert_eq!(quoted("Three years"), "“Three years”");
        assert_eq!(quoted("“Three years”"), "“Three years”");
    }

    #[test]
    fn only_right_to_left_runs_are_isolated() {
        assert_eq!(isolate("نص عربي."), "\u{2067}نص عربي.\u{2069}");
        assert_eq!(isolate("English."), "English.");
    }
}
