//! The default keys (DESIGN.md's table is the contract; more may be added).

use super::{Binding, Chord, Context};
use crate::tui::action::Action;
use crate::tui::screen::Screen;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

pub fn bindings() -> Vec<Binding> {
    let mut out = Vec::new();
    let mut bind = |context: Context, chord: Chord, action: Action| {
        out.push(Binding {
            context,
            chord,
            action: Some(action),
        });
    };
    use Context::*;
    use KeyCode as K;
    let key = Chord::plain;
    let ch = Chord::char;

    bind(Anywhere, ch('?'), Action::Help);
    bind(Anywhere, ch(':'), Action::Palette);
    bind(Anywhere, key(K::Tab), Action::NextScreen);
    bind(Anywhere, key(K::BackTab), Action::PreviousScreen);
    for screen in Screen::ALL {
        let digit = char::from_digit(screen.number() as u32, 10).unwrap_or('0');
        bind(Anywhere, ch(digit), Action::GoTo(screen));
    }
    bind(Anywhere, Chord::ctrl('z'), Action::Undo);
    bind(Anywhere, Chord::ctrl('y'), Action::Redo);
    bind(Anywhere, Chord::ctrl('s'), Action::SaveNow);
    bind(Anywhere, ch('q'), Action::Quit);
    bind(Anywhere, key(K::Esc), Action::Back);
    bind(Anywhere, key(K::F(2)), Action::ToggleContrast);

    for context in [Lists, Home] {
        bind(context, key(K::Up), Action::Up);
        bind(context, ch('k'), Action::Up);
        bind(context, key(K::Down), Action::Down);
        bind(context, ch('j'), Action::Down);
        bind(context, key(K::PageUp), Action::PageUp);
        bind(context, key(K::PageDown), Action::PageDown);
        bind(context, key(K::Home), Action::First);
        bind(context, key(K::End), Action::Last);
        bind(context, key(K::Enter), Action::Open);
    }
    bind(Lists, ch('a'), Action::Add);
    bind(Lists, ch('e'), Action::Edit);
    bind(Lists, ch('d'), Action::Delete);
    bind(Lists, ch('/'), Action::Filter);

    bind(Overview, ch('e'), Action::WorkshopDetails);

    bind(Home, ch('n'), Action::NewSession);
    bind(Home, ch('o'), Action::OpenPath);
    bind(Home, ch('d'), Action::OpenDemo);

    bind(Help, key(K::Esc), Action::Back);
    bind(Help, ch('?'), Action::Back);
    bind(Help, key(K::Up), Action::Up);
    bind(Help, ch('k'), Action::Up);
    bind(Help, key(K::Down), Action::Down);
    bind(Help, ch('j'), Action::Down);
    bind(Help, key(K::PageUp), Action::PageUp);
    bind(Help, key(K::PageDown), Action::PageDown);

    bind(Palette, key(K::Esc), Action::Back);
    bind(Palette, key(K::Enter), Action::Confirm);
    bind(Palette, key(K::Up), Action::Up);
    bind(Palette, key(K::Down), Action::Down);
    bind(Palette, key(K::Backspace), Action::Erase);

    bind(Form, key(K::Esc), Action::Back);
    bind(Form, key(K::Enter), Action::Confirm);
    bind(Form, key(K::Tab), Action::NextField);
    bind(Form, key(K::BackTab), Action::PreviousField);
    bind(Form, key(K::Up), Action::ChoiceLeft);
    bind(Form, key(K::Down), Action::ChoiceRight);
    bind(Form, key(K::Backspace), Action::Erase);
    bind(
        Form,
        Chord::new(K::Char('s'), KeyModifiers::CONTROL),
        Action::Confirm,
    );
    groups_and_review(&mut bind);
    crate::tui::screens::participants::default_keys(&mut bind);
    crate::tui::screens::report::default_keys(&mut bind);
    crate::tui::screens::capture::default_keys(&mut bind);
    crate::tui::screens::agenda::default_keys(&mut bind);
    crate::tui::screens::conflicts::default_keys(&mut bind);
    crate::tui::screens::recovery::default_keys(&mut bind);
    out
}

/// The Groups screen (list, pick list, auto-assignment preview) and the Review screen.
fn groups_and_review(bind: &mut impl FnMut(Context, Chord, Action)) {
    use crate::tui::screens::groups::GroupAction as G;
    use crate::tui::screens::review::ReviewAction as R;
    use Context::*;
    use KeyCode as K;
    let key = Chord::plain;
    let ch = Chord::char;

    bind(Groups, ch('s'), Action::Groups(G::FromSet));
    bind(Groups, ch('f'), Action::Groups(G::Facilitator));
    bind(Groups, ch('t'), Action::Groups(G::NoteTaker));
    bind(Groups, ch('m'), Action::Groups(G::Members));
    bind(Groups, ch('A'), Action::Groups(G::AutoAssign));

    bind(GroupMembers, key(K::Esc), Action::Back);
    bind(GroupMembers, key(K::Enter), Action::Confirm);
    bind(GroupMembers, ch(' '), Action::Groups(G::Toggle));
    bind(GroupMembers, key(K::Up), Action::Up);
    bind(GroupMembers, key(K::Down), Action::Down);
    bind(GroupMembers, key(K::PageUp), Action::PageUp);
    bind(GroupMembers, key(K::PageDown), Action::PageDown);
    bind(GroupMembers, key(K::Backspace), Action::Erase);

    bind(GroupAuto, key(K::Enter), Action::Confirm);
    bind(GroupAuto, key(K::Esc), Action::Back);
    bind(GroupAuto, ch('s'), Action::Groups(G::Shuffle));
    bind(GroupAuto, ch('c'), Action::Groups(G::DealWho));
    bind(GroupAuto, key(K::Left), Action::Groups(G::DealWho));
    bind(GroupAuto, key(K::Right), Action::Groups(G::DealWho));
    bind(GroupAuto, key(K::Up), Action::Up);
    bind(GroupAuto, key(K::Down), Action::Down);

    bind(Review, key(K::Right), Action::Review(R::NextEntry));
    bind(Review, ch('n'), Action::Review(R::NextEntry));
    bind(Review, key(K::Down), Action::Review(R::NextEntry));
    bind(Review, ch('j'), Action::Review(R::NextEntry));
    bind(Review, key(K::Left), Action::Review(R::PreviousEntry));
    bind(Review, ch('p'), Action::Review(R::PreviousEntry));
    bind(Review, key(K::Up), Action::Review(R::PreviousEntry));
    bind(Review, ch('k'), Action::Review(R::PreviousEntry));
    bind(Review, ch(']'), Action::Review(R::NextGroup));
    bind(Review, ch('['), Action::Review(R::PreviousGroup));
    bind(Review, ch('e'), Action::Review(R::Endorse));
    bind(Review, ch('c'), Action::Review(R::Comment));
}
