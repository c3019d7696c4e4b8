//! The Participants screen's default keys (the table, the filter field, the door).

use super::PeopleAction as P;
use crate::tui::action::Action;
use crate::tui::keymap::{Chord, Context};
use ratatui::crossterm::event::{KeyCode as K, KeyModifiers};

pub fn default_keys(bind: &mut impl FnMut(Context, Chord, Action)) {
    use Context::*;
    let key = Chord::plain;
    let ch = Chord::char;
    let people = Action::People;

    bind(Participants, ch('c'), people(P::CheckInMode));
    bind(Participants, ch('i'), people(P::Import));
    bind(Participants, ch('b'), people(P::Charts));
    bind(Participants, ch('s'), people(P::Sort));
    bind(Participants, ch('w'), people(P::WalkIn));
    bind(Participants, ch('x'), people(P::Erase));
    bind(Participants, ch('t'), people(P::Team));
    bind(Participants, ch(']'), people(P::NextScope));
    bind(Participants, ch('['), people(P::PreviousScope));

    bind(ParticipantFilter, key(K::Enter), Action::Confirm);
    bind(ParticipantFilter, key(K::Esc), Action::Back);
    bind(ParticipantFilter, key(K::Backspace), Action::Erase);
    bind(ParticipantFilter, key(K::Up), Action::Up);
    bind(ParticipantFilter, key(K::Down), Action::Down);

    bind(CheckIn, key(K::Enter), people(P::CheckInChosen));
    bind(CheckIn, Chord::ctrl('o'), people(P::CheckOut));
    bind(CheckIn, key(K::Esc), Action::Back);
    bind(CheckIn, key(K::Backspace), Action::Erase);
    bind(CheckIn, key(K::Up), Action::Up);
    bind(CheckIn, key(K::Down), Action::Down);
    bind(CheckIn, key(K::PageUp), Action::PageUp);
    bind(CheckIn, key(K::PageDown), Action::PageDown);
    bind(CheckIn, Chord::ctrl('n'), people(P::WalkIn));
    bind(
        CheckIn,
        Chord::new(K::Char('w'), KeyModifiers::ALT),
        people(P::WalkIn),
    );
}
