//! Small drawing helpers: text cut to a display width, and each kind's symbol and colour.

use crate::model::ItemKind;
use crate::tui::theme::{Theme, ThemeKind};
use ratatui::style::{Color, Modifier, Style};
use unicode_width::UnicodeWidthStr;

/// `text` cut to at most `width` display columns, with "…" when cut; control characters
/// (a bidi override, a newline from a file) shown as spaces so they cannot move the screen.
pub fn fit(text: &str, width: usize) -> String {
    let clean: String = text
        .chars()
        .map(|c| {
            if c.is_control() || is_bidi_control(c) {
                ' '
            } else {
                c
            }
        })
        .collect();
    crate::tui::widgets::cut::cut(&clean, width)
}

/// `text` padded with spaces to exactly `width` columns (cut first if longer).
pub fn pad(text: &str, width: usize) -> String {
    let cut = fit(text, width);
    let fill = width.saturating_sub(cut.width());
    format!("{cut}{}", " ".repeat(fill))
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// One column wide in every terminal font we tried; the colour says the same.
pub fn symbol(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::Opening => "◆",
        ItemKind::Presentation => "■",
        ItemKind::Panel => "◎",
        ItemKind::Dialogue => "⇄",
        ItemKind::WorkingGroups => "⁂",
        ItemKind::Plenary => "●",
        ItemKind::Break => "○",
        ItemKind::Meal => "◇",
        ItemKind::Prayer => "☾",
        ItemKind::Travel => "→",
        ItemKind::FieldVisit => "⌂",
        ItemKind::Other => "·",
    }
}

/// The mark of a pinned item.
pub const PIN: &str = "⚑";

pub fn kind_style(theme: Theme, kind: ItemKind) -> Style {
    let colour = match kind {
        ItemKind::Opening => Color::Magenta,
        ItemKind::Presentation => Color::Cyan,
        ItemKind::Panel => Color::LightBlue,
        ItemKind::Dialogue => Color::LightMagenta,
        ItemKind::WorkingGroups => Color::LightGreen,
        ItemKind::Plenary => Color::Green,
        ItemKind::Break | ItemKind::Meal | ItemKind::Prayer | ItemKind::Travel => Color::Gray,
        ItemKind::FieldVisit => Color::Yellow,
        ItemKind::Other => Color::White,
    };
    match theme.kind {
        ThemeKind::Normal => Style::new().fg(colour),
        ThemeKind::HighContrast => Style::new().fg(colour).add_modifier(Modifier::BOLD),
        ThemeKind::Plain => Style::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbols_are_one_column_and_fit_counts_columns() {
        for kind in ItemKind::ALL {
            assert_eq!(symbol(kind).width(), 1, "{kind:?}");
        }
        assert_eq!(PIN.width(), 1);
        assert_eq!(fit("Grantee presentations", 8), "Grantee…");
        assert_eq!(fit("ليلى حسن", 20), "ليلى حسن");
        assert_eq!(fit("a\u{202E}b", 5), "a b");
        assert_eq!(pad("ab", 4), "ab  ");
        assert_eq!(fit("abc", 0), "");
    }
}
