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
    use super::rtl_lang;

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
}
