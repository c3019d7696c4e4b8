//! Actions for the top layer (help, palette, a form, the conflicts list, the quit
//! question). What it leaves goes to the current screen through [`pass_down`].

use super::{Effect, PAGE, chosen, forms};
use crate::tui::action::Action;
use crate::tui::app::{App, Overlay};
use crate::tui::widgets::form::FieldEditing;
use crate::tui::widgets::palette;

pub fn update(app: &mut App, action: Action) -> Vec<Effect> {
    // Help opens over a list layer (conflicts, backups) and Esc goes back to it.
    if action == Action::Help
        && matches!(
            app.layers.top(),
            Some(Overlay::Conflicts(_) | Overlay::Recovery(_))
        )
    {
        app.layers.push(Overlay::Help { scroll: 0 });
        return Vec::new();
    }
    let Some(overlay) = app.layers.top_mut() else {
        return Vec::new();
    };
    match overlay {
        Overlay::Help { scroll } => match action {
            Action::Back | Action::Help => {
                app.layers.pop();
            }
            Action::Up => *scroll = scroll.saturating_sub(1),
            Action::Down => *scroll = scroll.saturating_add(1),
            Action::PageUp => *scroll = scroll.saturating_sub(PAGE as usize),
            Action::PageDown => *scroll = scroll.saturating_add(PAGE as usize),
            other => {
                // Any other command closes help and does what it says, to the layer
                // that was under it (or the screen).
                app.layers.pop();
                return super::update(app, other);
            }
        },
        Overlay::Palette { .. } => return palette(app, action),
        Overlay::Form(form) => match action {
            Action::Back => {
                app.layers.pop();
                app.info("cancelled");
            }
            Action::NextField => form.next_field(),
            Action::PreviousField => form.previous_field(),
            Action::ChoiceLeft => form.choose(-1),
            Action::ChoiceRight => form.choose(1),
            Action::Erase => form.erase(),
            Action::Confirm => {
                if form.on_last_field() {
                    return forms::submit(app);
                }
                form.next_field();
            }
            Action::Quit => return vec![Effect::SaveAndQuit],
            _ => {}
        },
        Overlay::Details(_) => return crate::tui::screens::details::update(app, action),
        Overlay::Conflicts(_) => {
            return crate::tui::screens::conflicts::update_overlay(app, action);
        }
        Overlay::Recovery(_) => {
            return crate::tui::screens::recovery::update_overlay(app, action);
        }
        Overlay::QuitUnsaved { .. } => match action {
            Action::Quit => app.should_quit = true,
            Action::Back => {
                app.layers.pop();
                app.warn("not quitting: the data is still in memory; Ctrl-S retries the save");
            }
            _ => {}
        },
    }
    Vec::new()
}

/// Keys in the palette: move, filter, and Enter runs the chosen command where it belongs.
fn palette(app: &mut App, action: Action) -> Vec<Effect> {
    let Some(Overlay::Palette { filter, selected }) = app.layers.top() else {
        return Vec::new();
    };
    let offered = palette::matching(app, filter);
    let (mut filter, mut selected) = (filter.clone(), *selected);
    match action {
        Action::Back => {
            app.layers.pop();
            return Vec::new();
        }
        Action::Up => selected = selected.saturating_sub(1),
        Action::Down => selected = (selected + 1).min(offered.len().saturating_sub(1)),
        Action::Erase => {
            filter.pop();
            selected = 0;
        }
        Action::Confirm => {
            app.layers.pop();
            return match offered.get(selected).copied() {
                Some(chosen) => chosen::run(app, chosen),
                None => {
                    app.info(format!("no command matches \"{filter}\""));
                    Vec::new()
                }
            };
        }
        other => {
            app.layers.pop();
            return super::update(app, other);
        }
    }
    // The palette stays the top layer with its new filter and line.
    if let Some(top) = app.layers.top_mut() {
        *top = Overlay::Palette { filter, selected };
    }
    Vec::new()
}
