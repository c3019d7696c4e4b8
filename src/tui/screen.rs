//! The eight screens, in Tab order.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Screen {
    Home,
    Overview,
    Agenda,
    Participants,
    Groups,
    Capture,
    Review,
    Report,
}

impl Screen {
    pub const ALL: [Screen; 8] = [
        Screen::Home,
        Screen::Overview,
        Screen::Agenda,
        Screen::Participants,
        Screen::Groups,
        Screen::Capture,
        Screen::Review,
        Screen::Report,
    ];

    /// 1 for Home … 8 for Report: the number key that opens it.
    pub fn number(self) -> usize {
        Screen::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1
    }

    pub fn from_number(number: usize) -> Option<Screen> {
        number
            .checked_sub(1)
            .and_then(|i| Screen::ALL.get(i))
            .copied()
    }

    pub fn title(self) -> &'static str {
        match self {
            Screen::Home => "Home",
            Screen::Overview => "Overview",
            Screen::Agenda => "Agenda",
            Screen::Participants => "Participants",
            Screen::Groups => "Groups",
            Screen::Capture => "Capture",
            Screen::Review => "Review",
            Screen::Report => "Report",
        }
    }

    pub fn next(self) -> Screen {
        let i = self.number() % Screen::ALL.len();
        Screen::ALL[i]
    }

    pub fn previous(self) -> Screen {
        let len = Screen::ALL.len();
        Screen::ALL[(self.number() + len - 2) % len]
    }
}
