//! The Capture screen's default keys. The board also has the list keys (↑↓ j k, Enter, a e
//! d, /) from the Lists context; the editor and prompts type letters, so their commands
//! are Enter, Tab, Esc and Ctrl/Alt keys.

use super::action::CaptureAction as C;
use crate::tui::action::Action;
use crate::tui::keymap::{Chord, Context};
use ratatui::crossterm::event::{KeyCode as K, KeyModifiers};

pub fn default_keys(bind: &mut impl FnMut(Context, Chord, Action)) {
    let key = Chord::plain;
    let ch = Chord::char;
    let board = Context::Capture;
    let cap = Action::Capture;
    // The everyday keys first: the footer shows the first that fit.
    bind(board, ch('a'), Action::Add);
    bind(board, ch('e'), Action::Edit);
    bind(board, ch('+'), cap(C::VoteUp));
    bind(board, ch('-'), cap(C::VoteDown));
    bind(board, ch('v'), cap(C::AllEntries));
    bind(board, ch('d'), Action::Delete);
    bind(board, key(K::Left), cap(C::ColumnLeft));
    bind(board, ch('h'), cap(C::ColumnLeft));
    bind(board, key(K::Right), cap(C::ColumnRight));
    bind(board, ch('l'), cap(C::ColumnRight));
    bind(board, ch('['), cap(C::PreviousGroup));
    bind(board, ch(']'), cap(C::NextGroup));
    bind(board, ch('c'), cap(C::ChangeKind));
    bind(board, ch('g'), cap(C::MoveToGroup));
    bind(board, ch('='), cap(C::Tally));
    bind(board, ch('t'), cap(C::Tags));
    bind(board, ch('p'), cap(C::Attribute));
    bind(board, ch('L'), cap(C::Link));
    bind(board, ch('m'), cap(C::Mark));
    bind(board, ch('M'), cap(C::Merge));
    bind(board, ch('f'), cap(C::Details));
    bind(board, ch('x'), cap(C::ClearFilters));

    let text = Context::CaptureText;
    bind(text, key(K::Esc), Action::Back);
    bind(text, key(K::Enter), Action::Confirm);
    bind(
        text,
        Chord::new(K::Enter, KeyModifiers::ALT),
        cap(C::NewLine),
    );
    bind(text, key(K::Tab), Action::NextField);
    bind(text, key(K::BackTab), Action::PreviousField);
    bind(text, key(K::Up), Action::Up);
    bind(text, key(K::Down), Action::Down);
    bind(text, key(K::Backspace), Action::Erase);
    bind(text, Chord::ctrl('z'), cap(C::EditorUndo));
    bind(text, Chord::ctrl('y'), cap(C::EditorRedo));
    bind(text, Chord::ctrl('s'), Action::SaveNow);

    let draft = Context::CaptureDraft;
    bind(draft, ch('r'), cap(C::RestoreDraft));
    bind(draft, key(K::Enter), cap(C::RestoreDraft));
    bind(draft, ch('x'), cap(C::DiscardDraft));
    bind(draft, key(K::Esc), Action::Back);
}
