//! Text from the file made fit for one screen line: controls neutralised, then cut to a
//! display width. The one way every screen shortens a name or a title.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// `text` cut to at most `width` display columns, ending in "…" when something was cut.
/// Wide characters (CJK, most emoji) count as two columns, combining marks as none.
pub fn cut(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

/// Direction controls (embeddings, overrides, isolates, marks). In the file they are kept as
/// typed; on screen they would reorder everything after them, so they are left out.
fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// One line fit for the screen: direction controls dropped, other control characters
/// (newlines, tabs, NUL, escape) shown as spaces.
pub fn safe_line(text: &str) -> String {
    text.chars()
        .filter(|c| !is_direction_control(*c))
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_ends_in_an_ellipsis_within_the_width() {
        assert_eq!(cut("Plenary review", 8), "Plenary…");
        assert_eq!(cut("short", 8), "short");
        assert_eq!(cut("anything", 0), "");
        assert_eq!(cut("مراجعة عامة للمجموعات", 7).width(), 7);
        // A wide character that does not fit is left out whole.
        assert_eq!(cut("会議の記録", 4), "会…");
    }
}
