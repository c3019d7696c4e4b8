//! Colours. One palette for ordinary terminals, a high-contrast one, and a plain one
//! without colour when `NO_COLOR` is set.

use ratatui::style::{Color, Modifier, Style};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThemeKind {
    Normal,
    HighContrast,
    /// No colours at all (`NO_COLOR`); emphasis by bold, underline and reverse only.
    Plain,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Theme {
    pub kind: ThemeKind,
}

impl Theme {
    pub fn new(kind: ThemeKind) -> Theme {
        Theme { kind }
    }

    /// Plain when `NO_COLOR` is set to anything non-empty (no-color.org), else normal.
    pub fn from_env() -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Theme::new(if no_color {
            ThemeKind::Plain
        } else {
            ThemeKind::Normal
        })
    }

    /// Normal ⇄ high contrast; plain stays plain (the user asked for no colour).
    pub fn toggled(self) -> Theme {
        Theme::new(match self.kind {
            ThemeKind::Normal => ThemeKind::HighContrast,
            ThemeKind::HighContrast => ThemeKind::Normal,
            ThemeKind::Plain => ThemeKind::Plain,
        })
    }

    fn pick(self, normal: Style, high: Style, plain: Style) -> Style {
        match self.kind {
            ThemeKind::Normal => normal,
            ThemeKind::HighContrast => high,
            ThemeKind::Plain => plain,
        }
    }

    pub fn text(self) -> Style {
        self.pick(Style::new(), Style::new().fg(Color::White), Style::new())
    }

    pub fn dim(self) -> Style {
        self.pick(
            Style::new().fg(Color::DarkGray),
            Style::new().fg(Color::Gray),
            Style::new(),
        )
    }

    pub fn title(self) -> Style {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        self.pick(bold.fg(Color::Cyan), bold.fg(Color::White), bold)
    }

    pub fn heading(self) -> Style {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        self.pick(bold.fg(Color::Yellow), bold.fg(Color::Yellow), bold)
    }

    pub fn accent(self) -> Style {
        self.pick(
            Style::new().fg(Color::Cyan),
            Style::new()
                .fg(Color::LightCyan)
                .add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::UNDERLINED),
        )
    }

    pub fn selected(self) -> Style {
        self.pick(
            Style::new().bg(Color::Blue).fg(Color::White),
            Style::new()
                .bg(Color::White)
                .fg(Color::Black)
                .add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::REVERSED),
        )
    }

    pub fn now_marker(self) -> Style {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        self.pick(bold.fg(Color::Green), bold.fg(Color::LightGreen), bold)
    }

    pub fn bar(self) -> Style {
        self.pick(
            Style::new().bg(Color::DarkGray).fg(Color::White),
            Style::new().bg(Color::Black).fg(Color::White),
            Style::new().add_modifier(Modifier::REVERSED),
        )
    }

    pub fn tab_active(self) -> Style {
        self.pick(
            Style::new()
                .bg(Color::Cyan)
                .fg(Color::Black)
                .add_modifier(Modifier::BOLD),
            Style::new()
                .bg(Color::White)
                .fg(Color::Black)
                .add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
        )
    }

    pub fn key(self) -> Style {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        self.pick(bold.fg(Color::Cyan), bold.fg(Color::LightYellow), bold)
    }

    pub fn saved(self) -> Style {
        self.pick(
            Style::new().fg(Color::Green),
            Style::new().fg(Color::LightGreen),
            Style::new(),
        )
    }

    pub fn saving(self) -> Style {
        self.pick(
            Style::new().fg(Color::Yellow),
            Style::new().fg(Color::LightYellow),
            Style::new().add_modifier(Modifier::ITALIC),
        )
    }

    /// A save failed: loud, whatever the theme.
    pub fn failed(self) -> Style {
        let loud = Style::new().add_modifier(Modifier::BOLD);
        self.pick(
            loud.bg(Color::Red).fg(Color::White),
            loud.bg(Color::LightRed).fg(Color::Black),
            loud.add_modifier(Modifier::REVERSED | Modifier::SLOW_BLINK),
        )
    }

    pub fn read_only(self) -> Style {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        self.pick(
            bold.bg(Color::Yellow).fg(Color::Black),
            bold.bg(Color::LightYellow).fg(Color::Black),
            bold.add_modifier(Modifier::REVERSED),
        )
    }

    pub fn warning(self) -> Style {
        self.pick(
            Style::new().fg(Color::Yellow),
            Style::new()
                .fg(Color::LightYellow)
                .add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::BOLD),
        )
    }

    pub fn error(self) -> Style {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        self.pick(bold.fg(Color::LightRed), bold.fg(Color::LightRed), bold)
    }

    pub fn border(self) -> Style {
        self.pick(
            Style::new().fg(Color::DarkGray),
            Style::new().fg(Color::White),
            Style::new(),
        )
    }
}
