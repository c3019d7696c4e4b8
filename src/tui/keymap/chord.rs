//! One key with its modifiers, written as a person would: "ctrl-z", "shift-tab", "?", "enter".

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Chord {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

impl Chord {
    pub fn new(code: KeyCode, modifiers: KeyModifiers) -> Chord {
        Chord { code, modifiers }.normalised()
    }

    pub fn plain(code: KeyCode) -> Chord {
        Chord::new(code, KeyModifiers::NONE)
    }

    pub fn ctrl(c: char) -> Chord {
        Chord::new(KeyCode::Char(c), KeyModifiers::CONTROL)
    }

    pub fn char(c: char) -> Chord {
        Chord::plain(KeyCode::Char(c))
    }

    pub fn from_event(event: &KeyEvent) -> Chord {
        Chord::new(event.code, event.modifiers)
    }

    /// Terminals disagree on whether `?` arrives with Shift; the character already says it,
    /// so Shift is dropped from characters. Shift-Tab arrives as BackTab.
    fn normalised(mut self) -> Chord {
        self.modifiers &= KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT;
        match self.code {
            KeyCode::Char(c) => {
                self.modifiers -= KeyModifiers::SHIFT;
                // Ctrl-letters arrive lower-case from most terminals; compare them that way.
                if self.modifiers.contains(KeyModifiers::CONTROL) {
                    self.code = KeyCode::Char(c.to_ascii_lowercase());
                }
            }
            KeyCode::BackTab => self.modifiers -= KeyModifiers::SHIFT,
            KeyCode::Tab if self.modifiers.contains(KeyModifiers::SHIFT) => {
                self.code = KeyCode::BackTab;
                self.modifiers -= KeyModifiers::SHIFT;
            }
            _ => {}
        }
        self
    }

    /// Whether this chord carries Ctrl or Alt: the only keys that are commands while a
    /// text field has focus.
    pub fn has_command_modifier(&self) -> bool {
        self.modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
    }

    /// Parse "ctrl-z", "alt-enter", "shift-tab", "?", "-", "f1", "space".
    pub fn parse(text: &str) -> Result<Chord, String> {
        let text = text.trim();
        if text.is_empty() {
            return Err("an empty key".to_string());
        }
        let mut modifiers = KeyModifiers::NONE;
        let mut rest = text;
        // A lone "-" is the minus key, and "ctrl--" is Ctrl with minus.
        loop {
            let lower = rest.to_lowercase();
            let (prefix, modifier) = if lower.starts_with("ctrl-") {
                ("ctrl-", KeyModifiers::CONTROL)
            } else if lower.starts_with("alt-") {
                ("alt-", KeyModifiers::ALT)
            } else if lower.starts_with("shift-") {
                ("shift-", KeyModifiers::SHIFT)
            } else {
                break;
            };
            if rest.len() == prefix.len() {
                break;
            }
            modifiers |= modifier;
            rest = &rest[prefix.len()..];
        }
        let code = match rest.to_lowercase().as_str() {
            "enter" | "return" => KeyCode::Enter,
            "esc" | "escape" => KeyCode::Esc,
            "tab" => KeyCode::Tab,
            "backtab" => KeyCode::BackTab,
            "space" => KeyCode::Char(' '),
            "backspace" => KeyCode::Backspace,
            "delete" | "del" => KeyCode::Delete,
            "insert" | "ins" => KeyCode::Insert,
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "pageup" | "page-up" | "pgup" => KeyCode::PageUp,
            "pagedown" | "page-down" | "pgdn" => KeyCode::PageDown,
            lower => {
                let mut chars = rest.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => KeyCode::Char(c),
                    _ => match lower.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
                        Some(n) if (1..=24).contains(&n) => KeyCode::F(n),
                        _ => return Err(format!("\"{text}\" is not a key halaqa knows")),
                    },
                }
            }
        };
        Ok(Chord::new(code, modifiers))
    }
}

impl fmt::Display for Chord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            write!(f, "Ctrl-")?;
        }
        if self.modifiers.contains(KeyModifiers::ALT) {
            write!(f, "Alt-")?;
        }
        if self.modifiers.contains(KeyModifiers::SHIFT) {
            write!(f, "Shift-")?;
        }
        match self.code {
            KeyCode::Char(' ') => write!(f, "Space"),
            KeyCode::Char(c) if self.modifiers.contains(KeyModifiers::CONTROL) => {
                write!(f, "{}", c.to_ascii_uppercase())
            }
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Enter => write!(f, "Enter"),
            KeyCode::Esc => write!(f, "Esc"),
            KeyCode::Tab => write!(f, "Tab"),
            KeyCode::BackTab => write!(f, "Shift-Tab"),
            KeyCode::Backspace => write!(f, "Backspace"),
            KeyCode::Delete => write!(f, "Del"),
            KeyCode::Insert => write!(f, "Ins"),
            KeyCode::Up => write!(f, "↑"),
            KeyCode::Down => write!(f, "↓"),
            KeyCode::Left => write!(f, "←"),
            KeyCode::Right => write!(f, "→"),
            KeyCode::Home => write!(f, "Home"),
            KeyCode::End => write!(f, "End"),
            KeyCode::PageUp => write!(f, "PgUp"),
            KeyCode::PageDown => write!(f, "PgDn"),
            KeyCode::F(n) => write!(f, "F{n}"),
            other => write!(f, "{other:?}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_people_write() {
        assert_eq!(Chord::parse("ctrl-z"), Ok(Chord::ctrl('z')));
        assert_eq!(Chord::parse("Ctrl-Z"), Ok(Chord::ctrl('z')));
        assert_eq!(
            Chord::parse("shift-tab"),
            Ok(Chord::plain(KeyCode::BackTab))
        );
        assert_eq!(Chord::parse("?"), Ok(Chord::char('?')));
        assert_eq!(Chord::parse("-"), Ok(Chord::char('-')));
        assert_eq!(
            Chord::parse("ctrl--"),
            Ok(Chord::new(KeyCode::Char('-'), KeyModifiers::CONTROL))
        );
        assert_eq!(
            Chord::parse("alt-enter"),
            Ok(Chord::new(KeyCode::Enter, KeyModifiers::ALT))
        );
        assert_eq!(Chord::parse("f2"), Ok(Chord::plain(KeyCode::F(2))));
        assert!(Chord::parse("ctrl-banana").is_err());
        assert!(Chord::parse("").is_err());
    }

    #[test]
    fn shifted_characters_match_whatever_the_terminal_sends() {
        let with_shift = KeyEvent::new(KeyCode::Char('?'), KeyModifiers::SHIFT);
        assert_eq!(Chord::from_event(&with_shift), Chord::char('?'));
        let back_tab = KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(Chord::from_event(&back_tab), Chord::plain(KeyCode::BackTab));
    }

    #[test]
    fn shows_keys_readably() {
        assert_eq!(Chord::ctrl('z').to_string(), "Ctrl-Z");
        assert_eq!(Chord::plain(KeyCode::BackTab).to_string(), "Shift-Tab");
        assert_eq!(Chord::char('j').to_string(), "j");
    }
}
