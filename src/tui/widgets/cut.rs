//! Text cut to a display width: the one way every screen shortens a name or a title.

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
