//! The Agenda screen's default keys (DESIGN.md: `s` / `n` start-stop / next, `p` / `r`
//! present / re-plan; the list keys a / e / d come from the lists context).

use super::actions::AgendaAction as A;
use crate::tui::action::Action;
use crate::tui::keymap::{Chord, Context};
use ratatui::crossterm::event::KeyCode as K;

pub fn default_keys(bind: &mut impl FnMut(Context, Chord, Action)) {
    let key = Chord::plain;
    let ch = Chord::char;
    let agenda = Action::Agenda;

    let list = Context::Agenda;
    bind(list, ch('s'), agenda(A::StartStop));
    bind(list, ch('n'), agenda(A::Advance));
    bind(list, ch('r'), agenda(A::Replan));
    bind(list, ch('p'), agenda(A::Present));
    bind(list, ch('c'), agenda(A::Duplicate));
    bind(list, ch('K'), agenda(A::MoveUp));
    bind(list, ch('J'), agenda(A::MoveDown));
    bind(list, ch('<'), agenda(A::EarlierDay));
    bind(list, ch('>'), agenda(A::LaterDay));
    bind(list, ch('t'), agenda(A::Template));
    bind(list, ch('R'), agenda(A::Restore));
    bind(list, ch('F'), agenda(A::Freeze));

    let panel = Context::AgendaPanel;
    bind(panel, key(K::Esc), Action::Back);
    bind(panel, key(K::Enter), Action::Confirm);
    bind(panel, key(K::Left), Action::ChoiceLeft);
    bind(panel, ch('h'), Action::ChoiceLeft);
    bind(panel, key(K::Right), Action::ChoiceRight);
    bind(panel, ch('l'), Action::ChoiceRight);
    bind(panel, key(K::Up), Action::Up);
    bind(panel, ch('k'), Action::Up);
    bind(panel, key(K::Down), Action::Down);
    bind(panel, ch('j'), Action::Down);
    bind(panel, key(K::Tab), Action::NextField);
    bind(panel, ch('+'), agenda(A::RaiseMinimum));
    bind(panel, ch('='), agenda(A::RaiseMinimum));
    bind(panel, ch('-'), agenda(A::LowerMinimum));

    let present = Context::Present;
    bind(present, key(K::Esc), Action::Back);
    bind(present, ch('p'), Action::Back);
    bind(present, ch('s'), agenda(A::StartStop));
    bind(present, ch('n'), agenda(A::Advance));
}
