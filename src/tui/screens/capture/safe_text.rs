//! Text from the file, made safe to put on a terminal row.
//!
//! Entries keep every character typed or pasted (the file escapes the dangerous ones). On
//! screen, though, a control character could move the cursor and a bidi override (U+202E)
//! could reorder the rest of the row in terminals that do bidi. So for display:
//! - C0/C1 controls and DEL become their visible "control picture" (␀, ␉, ␛, …), and line
//!   breaks become `⏎` on one-line views;
//! - explicit direction controls (embeddings, overrides, isolates, marks) become a short
//!   visible tag such as `[RLO]` and are never sent to the terminal.
//!
//! We do not wrap Arabic runs in isolate characters (FSI…PDI): most terminals draw those as
//! nothing or as boxes, and without explicit controls on the row one entry's text cannot
//! spill its direction into another's — each sits in its own cells.

/// One line for a list row: controls visible, direction controls tagged, breaks as `⏎`.
pub fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' | '\u{2028}' | '\u{2029}' => out.push_str(" ⏎ "),
            other => push_safe(&mut out, other),
        }
    }
    out
}

/// The start of a long text as one line: list rows never need more than a screen's width,
/// and a pasted megabyte should not be copied on every frame.
pub fn preview(text: &str) -> String {
    match text.char_indices().nth(PREVIEW_CHARS) {
        Some((end, _)) => format!("{}…", one_line(&text[..end])),
        None => one_line(text),
    }
}

/// Characters of an entry shown in one list row at most.
const PREVIEW_CHARS: usize = 400;

/// Several lines for a detail pane: like [`one_line`] but line breaks stay breaks.
pub fn lines(text: &str) -> Vec<String> {
    text.split('\n')
        .map(|line| one_line(line.strip_suffix('\r').unwrap_or(line)))
        .collect()
}

fn push_safe(out: &mut String, c: char) {
    if let Some(tag) = direction_tag(c) {
        out.push('[');
        out.push_str(tag);
        out.push(']');
        return;
    }
    match c {
        '\t' => out.push_str("    "),
        '\u{0}'..='\u{1f}' => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('�')),
        '\u{7f}' => out.push('␡'),
        '\u{80}'..='\u{9f}' => out.push('�'),
        // Invisible characters that would confuse a reader or the layout.
        '\u{feff}' | '\u{200b}' | '\u{2060}' => out.push('·'),
        other => out.push(other),
    }
}

/// The explicit direction-formatting characters, with a short visible name.
fn direction_tag(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{200e}' => "LRM",
        '\u{200f}' => "RLM",
        '\u{061c}' => "ALM",
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

/// Whether the text holds anything [`one_line`] has to change (for the editor's notice).
pub fn has_hidden(text: &str) -> bool {
    text.chars()
        .any(|c| (c.is_control() && c != '\n' && c != '\t') || direction_tag(c).is_some())
}

/// The cells a terminal row gives `text`, counted per grapheme as ratatui draws it (the
/// whole-string width of unicode-width joins lam-alef into one cell; ratatui does not).
pub fn cells(text: &str) -> usize {
    use unicode_width::UnicodeWidthStr;
    ratatui::text::Span::raw(text)
        .styled_graphemes(ratatui::style::Style::default())
        .map(|g| g.symbol.width())
        .sum()
}

/// At most `width` cells of `text`, ending in `…` when cut.
pub fn clip(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    if cells(text) <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for grapheme in
        ratatui::text::Span::raw(text).styled_graphemes(ratatui::style::Style::default())
    {
        let w = grapheme.symbol.width();
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push_str(grapheme.symbol);
    }
    if width > 0 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_overrides_become_visible() {
        assert_eq!(one_line("a\u{202e}b\u{0}c\u{1b}"), "a[RLO]b␀c␛");
        assert_eq!(one_line("one\r\ntwo\nthree"), "one ⏎ two ⏎ three");
        assert!(!one_line("x\u{202e}y").contains('\u{202e}'));
    }

    #[test]
    fn arabic_kurdish_and_emoji_pass_through() {
        let text = "الشباب هم من غيّروا المجلس کوردی 👩‍👩‍👧";
        assert_eq!(one_line(text), text);
    }

    #[test]
    fn clip_respects_display_width() {
        assert_eq!(clip("abcdef", 4), "abc…");
        assert_eq!(clip("abc", 4), "abc");
        assert_eq!(clip("abc", 0), "");
        // Lam-alef is two cells on a terminal row.
        assert_eq!(cells("الاجتماعات"), 10);
    }
}
