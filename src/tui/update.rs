//! `update`: what each action does to the app. Work that touches the disk comes back as an
//! [`Effect`] and is carried out by [`perform`], so tests can drive both without a terminal.

mod chosen;
mod form_keys;
mod forms;
mod loading;
mod overlays;
mod take_over;

use super::action::Action;
use super::app::{App, Overlay};
use super::commands;
use super::component;
use super::keymap::KeyMeaning;
use super::screen::Screen;
use super::screens;
use crate::tui::widgets::form::FieldEditing;
use ratatui::crossterm::event::KeyEvent;
use std::path::PathBuf;
use std::time::Instant;

pub use forms::{merge_path_form, new_session_form, open_path_form};
pub use loading::poll_loading;

/// Work for the shell: saving, quitting, opening files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Hand the current state to the autosaver now.
    SaveNow,
    /// Save, wait for it, then quit; on failure ask before quitting without saving.
    SaveAndQuit,
    Open(PathBuf),
    /// Merge the copy at this path into the open session.
    Merge(PathBuf),
    Create(super::app::NewSession),
    Demo,
    /// Put this backup (1 = newest) back in place of the damaged session, then open it.
    Restore {
        path: PathBuf,
        backup: usize,
    },
    /// Take over the lock of the open, read-only session and start writing it.
    TakeLock,
}

/// Lines a page key moves.
const PAGE: isize = 10;

impl App {
    /// A key from the terminal: look it up in the keymap for where we are, and act.
    pub fn handle_key(&mut self, event: KeyEvent, now: Instant) {
        // Enter in a field of several lines breaks the line rather than saving.
        if screens::details::wants_key(self, &event) {
            form_keys::edit_key(self, event);
            return;
        }
        match self.keymap.meaning(&self.contexts(), &event) {
            KeyMeaning::Action(action) => self.handle(action, now),
            KeyMeaning::Text(c) => self.type_text(&c.to_string()),
            KeyMeaning::Nothing => {
                // Arrows, Delete, Home/End… edit the focused text: the Capture editor's, or
                // a form's (every form's text fields are the kit's line editor).
                if !screens::of(self.screen).raw_key(self, event) {
                    form_keys::edit_key(self, event);
                }
                super::form_drafts::observe(self, now);
            }
        }
    }

    /// An action, with its effects carried out.
    pub fn handle(&mut self, action: Action, now: Instant) {
        let selected = super::selection::before(self);
        for effect in update(self, action) {
            perform(self, effect, now);
        }
        super::selection::follow(self, selected);
        // The Report screen's preview follows the document (built when first shown).
        screens::report::refresh(self);
        // A form opened, changed or closed: its draft follows.
        super::form_drafts::observe(self, now);
    }

    /// Text typed or pasted into the focused field, if there is one.
    pub fn type_text(&mut self, text: &str) {
        let selected = super::selection::before(self);
        self.type_text_here(text);
        super::selection::follow(self, selected);
        super::form_drafts::observe(self, Instant::now());
    }

    fn type_text_here(&mut self, text: &str) {
        match self.layers.top_mut() {
            Some(Overlay::Form(form)) => form.type_text(text),
            Some(Overlay::Details(state)) => screens::details::type_text(state, text),
            Some(Overlay::Palette { filter, selected }) => {
                filter.extend(text.chars().filter(|c| !c.is_control()));
                *selected = 0;
            }
            _ => {
                screens::of(self.screen).type_text(self, text);
            }
        }
    }
}

/// Change the app for `action`; return the work that needs the disk.
pub fn update(app: &mut App, action: Action) -> Vec<Effect> {
    if !app.layers.is_empty() {
        return overlays::update(app, action);
    }
    pass_down(app, action)
}

/// An action for the current screen and the shell: what no layer is open for, or what the
/// top layer left.
pub fn pass_down(app: &mut App, action: Action) -> Vec<Effect> {
    // Out of this laptop's role, or a change while read-only: say why, do nothing.
    if let Some(why) = commands::refusal(app, action) {
        app.warn(why);
        return Vec::new();
    }
    // Merge conflicts work from every screen.
    if let Action::Conflicts(conflict) = action {
        return screens::conflicts::update(app, conflict);
    }
    // One screen takes the action: the one whose own command it is, else the current one.
    let taker = component::owner(action).unwrap_or(app.screen);
    if let Some(effects) = screens::of(taker).update(app, action) {
        return effects;
    }
    match action {
        Action::NextScreen => app.screen = commands::next_screen(app, true),
        Action::PreviousScreen => app.screen = commands::next_screen(app, false),
        Action::GoTo(screen) => {
            let arriving = app.screen != screen;
            app.screen = screen;
            if arriving {
                screens::of(screen).arrive(app);
            }
        }
        Action::Undo => undo_or_redo(app, true),
        Action::Redo => undo_or_redo(app, false),
        Action::SaveNow => return save_now(app),
        Action::Quit => return vec![Effect::SaveAndQuit],
        Action::Help => app.layers.push(Overlay::Help { scroll: 0 }),
        Action::Palette => {
            app.layers.push(Overlay::Palette {
                filter: String::new(),
                selected: 0,
            });
        }
        Action::Back => app.message = None,
        Action::Up => move_selection(app, -1),
        Action::Down => move_selection(app, 1),
        Action::PageUp => move_selection(app, -PAGE),
        Action::PageDown => move_selection(app, PAGE),
        Action::First => move_selection(app, isize::MIN / 2),
        Action::Last => move_selection(app, isize::MAX / 2),
        Action::Open if app.screen == Screen::Home => return open_home_line(app),
        Action::Open | Action::Add | Action::Edit | Action::Delete | Action::Filter => {
            later(app);
        }
        Action::NewSession => app.layers.push(Overlay::Form(new_session_form(app))),
        Action::OpenPath => app.layers.push(Overlay::Form(open_path_form())),
        Action::OpenDemo => return vec![Effect::Demo],
        Action::MergeCopy if app.session.is_none() => {
            app.warn("no session is open: open the session to merge into first");
        }
        Action::MergeCopy => app.layers.push(Overlay::Form(merge_path_form())),
        Action::TakeLock => return vec![Effect::TakeLock],
        Action::WorkshopDetails => {
            app.screen = Screen::Overview;
            screens::details::open(app);
        }
        Action::ToggleContrast => {
            app.theme = app.theme.toggled();
            let text = format!("colours: {:?}", app.theme.kind);
            app.info(text);
        }
        Action::Confirm
        | Action::NextField
        | Action::PreviousField
        | Action::ChoiceLeft
        | Action::ChoiceRight
        | Action::Erase
        | Action::Groups(_)
        | Action::Review(_)
        | Action::People(_)
        | Action::Report(_)
        | Action::Capture(_)
        | Action::Agenda(_)
        | Action::Conflicts(_) => {}
    }
    Vec::new()
}

fn undo_or_redo(app: &mut App, undo: bool) {
    let Some(session) = app.session.as_mut() else {
        app.info("no session is open: nothing to undo");
        return;
    };
    let result = if undo {
        session.doc.undo()
    } else {
        session.doc.redo()
    };
    // Both forms spelled out: a verb is not its past tense minus a letter ("could not undi").
    let (verb, done) = if undo {
        ("undo", "undid")
    } else {
        ("redo", "redid")
    };
    match result {
        Ok(Some(what)) => app.info(format!("{done}: {what}")),
        Ok(None) if undo => app.info("nothing to undo"),
        Ok(None) => app.info("nothing to redo"),
        Err(error) => app.error(format!("could not {verb}: {error}")),
    }
}

fn save_now(app: &mut App) -> Vec<Effect> {
    match app.session.as_ref() {
        None => {
            app.info("no session is open: nothing to save");
            Vec::new()
        }
        Some(session) => match &session.read_only {
            Some(reason) => {
                let text = format!("read-only ({reason}): not saving");
                app.warn(text);
                Vec::new()
            }
            None => vec![Effect::SaveNow],
        },
    }
}

fn move_selection(app: &mut App, delta: isize) {
    let screen = app.screen;
    let len = screens::row_count(app, screen);
    app.list_mut(screen).step(delta, len);
}

/// Enter on Home: the three actions, then the recent sessions.
fn open_home_line(app: &mut App) -> Vec<Effect> {
    let selected = app.list(Screen::Home).selected;
    match selected {
        0 => pass_down(app, Action::NewSession),
        1 => pass_down(app, Action::OpenPath),
        2 => vec![Effect::Demo],
        n => match app.recent.get(n - screens::home::FIXED_LINES) {
            Some(path) => vec![Effect::Open(path.clone())],
            None => Vec::new(),
        },
    }
}

/// Screens 3–8 show the file read-only until later versions build their editing.
fn later(app: &mut App) {
    let text = if app.session.is_none() {
        "no session is open: open one from Home (1)".to_string()
    } else {
        format!(
            "{} editing arrives in a later version; this screen is read-only for now",
            app.screen.title()
        )
    };
    app.info(text);
}

/// Carry out work that touches the disk.
pub fn perform(app: &mut App, effect: Effect, now: Instant) {
    match effect {
        Effect::SaveNow => {
            if let Some(session) = app.session.as_mut() {
                session.submit(now);
                app.info("saving…");
            }
        }
        Effect::SaveAndQuit => quit(app, now),
        Effect::Open(path) => loading::open_path(app, &path, now, None),
        Effect::Merge(path) => loading::start_merge(app, &path),
        Effect::Restore { path, backup } => loading::restore(app, &path, backup, now),
        Effect::TakeLock => take_over::take_over(app),
        Effect::Create(new) => match crate::session::create(&app.dirs, &new) {
            Ok(_) => loading::open_path(app, &new.path, now, None),
            Err(error) => loading::set_form_error(app, error.to_string()),
        },
        Effect::Demo => match super::app::write_demo(&app.dirs, app.now) {
            Ok(path) => loading::open_path(app, &path, now, None),
            Err(error) => app.error(format!("could not write the demo: {error}")),
        },
    }
}

fn quit(app: &mut App, now: Instant) {
    let Some(session) = app.session.as_mut() else {
        app.should_quit = true;
        return;
    };
    match session.save_and_wait(now) {
        Ok(()) => app.should_quit = true,
        Err(error) => {
            app.error(format!(
                "SAVE FAILED: {error}. Press q again to quit WITHOUT saving, Esc to stay"
            ));
            if !app.layers.any(|l| matches!(l, Overlay::QuitUnsaved { .. })) {
                app.layers.push(Overlay::QuitUnsaved { error });
            }
        }
    }
}
