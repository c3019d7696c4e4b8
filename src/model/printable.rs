//! Text from a file, made safe to show on a terminal. A name, an entry or a CSV cell keeps
//! every character in the file; printed as it is, an ESC could clear the screen or retitle
//! the window, a BEL ring, and a bidi override (U+202E) reorder the rest of the line. The
//! one rule, for the command line's output and every screen of the terminal program:
//! - C0 controls and DEL become their visible "control picture" (␀, ␛, ␡), C1 controls an
//!   escape such as `\u{9b}`;
//! - embeddings, overrides and isolates become a short visible tag such as `[RLO]`; the weak
//!   marks LRM, RLM and ALM are kept, as they cannot reorder anything beyond their neighbours;
//! - zero-width spaces and byte-order marks a reader could not see become `·`.
//!
//! Tabs and line breaks are the caller's choice (a report keeps them, a table row cannot).

/// `text` with every control character visible; tabs and line breaks kept.
pub fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\t' => out.push(c),
            other => push_visible(&mut out, other),
        }
    }
    out
}

/// Whether [`push_visible`] would show `c` differently from itself.
pub fn is_hidden(c: char) -> bool {
    c.is_control() || direction_tag(c).is_some() || invisible(c)
}

/// Append `c` as it may reach a terminal (tabs and line breaks too become pictures here).
pub fn push_visible(out: &mut String, c: char) {
    if let Some(tag) = direction_tag(c) {
        out.push('[');
        out.push_str(tag);
        out.push(']');
        return;
    }
    match c {
        '\u{0}'..='\u{1f}' => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('�')),
        '\u{7f}' => out.push('␡'),
        '\u{80}'..='\u{9f}' | '\u{206a}'..='\u{206f}' => {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        }
        c if invisible(c) => out.push('·'),
        other => out.push(other),
    }
}

/// Invisible characters that would confuse a reader counting letters or the layout.
fn invisible(c: char) -> bool {
    matches!(c, '\u{feff}' | '\u{200b}' | '\u{2060}')
}

/// Whether `c` opens or closes a direction run (an embedding, override or isolate).
pub fn is_direction_control(c: char) -> bool {
    direction_tag(c).is_some()
}

/// The direction-formatting characters that open or close a run, with a short visible name.
fn direction_tag(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{202a}' => "LRE",
        '\u{202b}' => "RLE",
        '\u{202c}' => "PDF",
        '\u{202d}' => "LRO",
        '\u{202e}' => "RLO",
        '\u{2066}' => "LRI",
        '\u{2067}' => "RLI",
        '\u{2068}' => "FSI",
        '\u{2069}' => "PDI",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_bells_overrides_and_c1_but_keeps_lines_and_tabs() {
        assert_eq!(
            printable("a\u{1b}]0;owned\u{7}b\tc\nd\u{202e}e\u{9b}2J\u{7f}"),
            "a␛]0;owned␇b\tc\nd[RLO]e\\u{9b}2J␡"
        );
        assert_eq!(printable("شيلان عمر\u{200f}"), "شيلان عمر\u{200f}");
    }
}
