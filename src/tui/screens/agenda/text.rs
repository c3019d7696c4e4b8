//! Small drawing helpers: each kind's symbol and colour.

use crate::model::ItemKind;
use crate::tui::theme::{Theme, ThemeKind};
use ratatui::style::{Color, Modifier, Style};

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
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn symbols_are_one_column() {
        for kind in ItemKind::ALL {
            assert_eq!(symbol(kind).width(), 1, "{kind:?}");
        }
        assert_eq!(PIN.width(), 1);
    }
}
