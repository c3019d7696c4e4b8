//! Editing keys the keymap leaves alone (← → Home End Delete, Ctrl-←/→, Ctrl-A) go to the
//! focused field of whichever form is open: the Home forms, the Groups and Review forms,
//! the Agenda item form, the person form, the workshop details form.

use crate::tui::app::{App, Overlay};
use crate::tui::screen::Screen;
use crate::tui::screens::agenda::Panel;
use crate::tui::screens::groups::Mode as GroupMode;
use crate::tui::screens::participants::Mode;
use crate::tui::widgets::form::FieldEditing;
use ratatui::crossterm::event::KeyEvent;

/// True when a form used the key.
pub fn edit_key(app: &mut App, key: KeyEvent) -> bool {
    match app.layers.top_mut() {
        Some(Overlay::Form(form)) => return form.edit_key(key),
        Some(Overlay::Details(state)) => return crate::tui::screens::details::edit_key(state, key),
        Some(_) => return false,
        None => {}
    }
    match app.screen {
        Screen::Agenda => match app.agenda.panel.as_mut() {
            Some(Panel::Form(form)) => form.edit_key(key),
            _ => false,
        },
        Screen::Participants => match &mut app.participants.mode {
            Mode::Form(form) => form.edit_key(key),
            _ => false,
        },
        Screen::Groups => match &mut app.groups.mode {
            GroupMode::Edit(f) => f.form.edit_key(key),
            GroupMode::Set(f) => f.form.edit_key(key),
            _ => false,
        },
        Screen::Review => app
            .review
            .comment
            .as_mut()
            .is_some_and(|prompt| prompt.form.edit_key(key)),
        _ => false,
    }
}
