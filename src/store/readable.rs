//! Making ron's escaped strings readable again without letting anything dangerous through.
//!
//! ron 0.12 offers two ways to write a string. With `escape_strings(false)` it writes the
//! text verbatim (switching to a raw string `r#"…"#` when it contains `"` or `\`): a carriage
//! return, a NUL or a right-to-left override (U+202E) would land in the file as is, where it
//! breaks line-based tools and can make the file display as something it is not. With
//! `escape_strings(true)` it runs every string through `char::escape_debug`, which is safe
//! but also escapes every combining mark, so Arabic with its vowel marks becomes
//! `\u{64e}`-soup nobody can proofread.
//!
//! So we serialise with escaping on and then walk the output once, turning back into the raw
//! character exactly those `\u{…}` escapes that are harmless and useful to read: combining
//! marks (harakat, emoji variation selectors and modifiers) and the two joiners that scripts
//! and emoji need (ZWNJ, ZWJ). Everything invisible or dangerous keeps its escape: control
//! characters (C0, DEL, C1), bidi controls, line and paragraph separators, the byte-order
//! mark, noncharacters, unassigned code points, spaces other than the plain space.

/// Un-escape the harmless `\u{…}` escapes (and `\'`) inside the double-quoted strings of
/// `ron_text`, which must be ron's output with `escape_strings(true)`.
pub fn readable(ron_text: &str) -> String {
    let mut out = String::with_capacity(ron_text.len());
    let mut rest = ron_text;
    let mut in_string = false;
    while let Some(c) = rest.chars().next() {
        if !in_string {
            // Outside strings ron writes identifiers, numbers and punctuation only; a `'`
            // there would start a char literal, which we leave alone.
            if c == '"' {
                in_string = true;
            }
            out.push(c);
            rest = &rest[c.len_utf8()..];
            continue;
        }
        match c {
            '"' => {
                in_string = false;
                out.push(c);
                rest = &rest[1..];
            }
            '\\' => {
                let used = unescape_if_harmless(rest, &mut out);
                rest = &rest[used..];
            }
            _ => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

/// `escape` starts at a backslash inside a string. Writes the escape, or the character it
/// stands for when that is harmless, to `out`; returns how many bytes of `escape` it used.
/// A `\\` is consumed as a pair, so the character after it is never mistaken for the start
/// of an escape.
fn unescape_if_harmless(escape: &str, out: &mut String) -> usize {
    let mut chars = escape.char_indices().skip(1);
    let used = match chars.next() {
        // `\'` is only needed in char literals; in a double-quoted string `'` reads better.
        Some((_, '\'')) => {
            out.push('\'');
            return 2;
        }
        Some((_, 'u')) => match parse_unicode_escape(escape) {
            Some((c, used)) if keep_raw(c) => {
                out.push(c);
                return used;
            }
            Some((_, used)) => used,
            None => 2,
        },
        Some((i, other)) => i + other.len_utf8(),
        None => escape.len(),
    };
    out.push_str(&escape[..used]);
    used
}

/// `\u{XXXX}` at the start of `escape`: the character and the length of the escape.
fn parse_unicode_escape(escape: &str) -> Option<(char, usize)> {
    let body = escape.strip_prefix("\\u{")?;
    let close = body.find('}')?;
    let hex = &body[..close];
    if hex.is_empty() || hex.len() > 6 {
        return None;
    }
    let value = u32::from_str_radix(hex, 16).ok()?;
    Some((char::from_u32(value)?, 3 + close + 1))
}

/// Whether a character that `char::escape_debug` escaped may be written raw.
pub fn keep_raw(c: char) -> bool {
    if is_dangerous(c) {
        return false;
    }
    // The joiners: ZWNJ is part of Persian and Kurdish spelling, ZWJ of emoji sequences.
    if matches!(c, '\u{200C}' | '\u{200D}') {
        return true;
    }
    is_grapheme_extend(c)
}

/// Characters that must never appear raw in a session file.
pub fn is_dangerous(c: char) -> bool {
    let u = u32::from(c);
    c.is_control() // C0, DEL, C1
        || matches!(u, 0x061C | 0x200E | 0x200F | 0x202A..=0x202E | 0x2066..=0x2069)
        || matches!(u, 0x2028 | 0x2029 | 0xFEFF)
        || is_noncharacter(u)
}

fn is_noncharacter(u: u32) -> bool {
    (0xFDD0..=0xFDEF).contains(&u) || (u & 0xFFFE) == 0xFFFE
}

/// A combining character (Unicode Grapheme_Extend), judged by the standard library's own
/// table: `str::escape_debug` leaves such a character raw when it follows a base character,
/// while `char::escape_debug` escapes it; a non-printable character is escaped by both.
fn is_grapheme_extend(c: char) -> bool {
    let mut buf = [0u8; 5];
    buf[0] = b'a';
    let len = 1 + c.encode_utf8(&mut buf[1..]).len();
    let pair = std::str::from_utf8(&buf[..len]).unwrap_or("");
    pair.escape_debug().eq(pair.chars())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped(text: &str) -> String {
        format!(
            "\"{}\"",
            text.chars()
                .flat_map(char::escape_debug)
                .collect::<String>()
        )
    }

    #[test]
    fn arabic_vowel_marks_and_kurdish_letters_are_written_raw() {
        let text = "حَلَقَةُ نِقَاش ڕێکخراو پێشنیار";
        assert_eq!(readable(&escaped(text)), format!("\"{text}\""));
    }

    #[test]
    fn emoji_sequences_are_written_raw() {
        for text in ["👩‍💻", "🏳️‍🌈", "👍🏽", "می‌خواهم"] {
            assert_eq!(readable(&escaped(text)), format!("\"{text}\""), "{text:?}");
        }
    }

    #[test]
    fn invisible_tag_characters_stay_escaped_even_inside_a_flag() {
        // Tags (U+E0020–E007F) spell hidden ASCII; only subdivision flags use them, and
        // showing them is worth an odd-looking flag.
        let out = readable(&escaped("🏴\u{E0067}\u{E0062}\u{E007F}"));
        assert!(out.contains("\\u{e0067}"), "{out}");
        assert!(!readable(&escaped("x\u{E0041}")).contains('\u{E0041}'));
    }

    #[test]
    fn control_and_bidi_characters_keep_their_escapes() {
        let text = "a\u{202E}b\0c\r\nd\u{2028}e\u{FEFF}f\u{200F}g\u{85}h\u{FFFF}i\u{7F}";
        let out = readable(&escaped(text));
        assert_eq!(out, escaped(text).replace("\\'", "'"));
        assert!(!out.chars().any(is_dangerous), "{out}");
    }

    #[test]
    fn a_literal_backslash_before_u_is_not_taken_for_an_escape() {
        // The text `\u{64f}` (typed by someone) must stay a backslash followed by letters.
        let text = "\\u{64f} and \\\u{64f}";
        let out = readable(&escaped(text));
        assert_eq!(out, "\"\\\\u{64f} and \\\\\u{64f}\"");
    }

    #[test]
    fn quotes_read_naturally_but_double_quotes_stay_escaped() {
        assert_eq!(readable(&escaped("it's \"ok\"")), "\"it's \\\"ok\\\"\"");
    }

    #[test]
    fn text_outside_strings_is_left_alone() {
        assert_eq!(
            readable("(a: '\\'', b: \"\\u{64f}\")"),
            "(a: '\\'', b: \"\u{64f}\")"
        );
    }
}
