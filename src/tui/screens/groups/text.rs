//! Showing text from the file safely: no control characters, no bidi overrides that would
//! reorder the rest of the line, Arabic and Kurdish recognised so they can sit on the right,
//! wrapping and cutting by display width.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

pub use crate::tui::widgets::cut::safe_line;

/// Right-to-left script: Hebrew, Arabic (Kurdish and Persian letters included), Syriac,
/// Thaana, N'Ko, and the Arabic presentation forms.
fn is_rtl_char(c: char) -> bool {
    matches!(c,
        '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}'
        | '\u{10800}'..='\u{10FFF}' | '\u{1E800}'..='\u{1EFFF}')
}

/// Whether the text reads right to left: decided by its first letter, as the Unicode
/// paragraph rule does (quotation marks and digits before it do not count).
pub fn is_rtl(text: &str) -> bool {
    text.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(is_rtl_char)
}

/// `text` made safe to draw and cut to `width` columns, with "…" when something was cut.
pub fn fit(text: &str, width: usize) -> String {
    crate::tui::widgets::cut::cut(&safe_line(text), width)
}

/// `text` cut to `width` columns and padded with spaces to exactly that many (by display
/// width, so vowel marks and wide characters line columns up).
pub fn pad(text: &str, width: usize) -> String {
    let mut out = fit(text, width);
    let used = out.width();
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(used)));
    out
}

/// Lines of at most `width` columns, breaking at spaces where possible and inside a word
/// only when it is longer than a line. The text's own line breaks are kept.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let paragraph = safe_line(paragraph);
        let mut line = String::new();
        let mut used = 0;
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            let word_width = word.width();
            let gap = usize::from(!line.is_empty());
            if used + gap + word_width <= width {
                if gap == 1 {
                    line.push(' ');
                }
                line.push_str(word);
                used += gap + word_width;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            for c in word.chars() {
                let w = c.width().unwrap_or(0);
                if used + w > width && !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    used = 0;
                }
                line.push(c);
                used += w;
            }
        }
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overrides_and_controls_are_not_drawn() {
        assert_eq!(safe_line("a\u{202E}b\u{0}c\nd"), "ab c d");
    }

    #[test]
    fn arabic_and_kurdish_read_right_to_left() {
        assert!(is_rtl("«الشباب هم من غيّروا المجلس»"));
        assert!(is_rtl("کاروان عەزیز"));
        assert!(!is_rtl("42 permits"));
        assert!(!is_rtl(""));
    }

    #[test]
    fn wrapping_keeps_every_word_within_the_width() {
        let lines = wrap("one two three four five six", 9);
        assert_eq!(lines, ["one two", "three", "four five", "six"]);
        assert!(wrap(&"x".repeat(25), 10).iter().all(|l| l.width() <= 10));
        assert_eq!(fit("Lessons learned", 8), "Lessons…");
        assert_eq!(pad("زينَب", 7).width(), 7);
    }
}
