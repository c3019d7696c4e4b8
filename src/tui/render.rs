//! Drawing the whole app: header with the screens, the screen, the status bar, the footer,
//! and any overlay. Reads the app; changes nothing.

use super::app::{App, MIN_HEIGHT, MIN_WIDTH, Overlay};
use super::screens;
use super::widgets::{footer, form_view, help, palette, quit_unsaved, status_bar, tabs, too_small};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};

pub fn render(app: &App, frame: &mut Frame) {
    let area = frame.area();
    // The projector view takes the whole terminal and copes with any size itself.
    if screens::agenda::presenting(app) {
        screens::agenda::render_present(app, frame);
        return;
    }
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small::render(frame, area, (MIN_WIDTH, MIN_HEIGHT));
        return;
    }
    let [header, body, status, keys] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    tabs::render(app, frame, header);
    screens::render(app, frame, body);
    status_bar::render(app, frame, status);
    footer::render(app, frame, keys);
    // Every layer, bottom to top: help opened over a form shows the form under it.
    for layer in app.layers.iter() {
        match layer {
            Overlay::Help { scroll } => help::render(app, frame, body, *scroll),
            Overlay::Palette { filter, selected } => {
                palette::render(app, frame, body, filter, *selected);
            }
            Overlay::Form(form) => form_view::render(app, frame, body, form),
            Overlay::QuitUnsaved { error } => quit_unsaved::render(app, frame, body, error),
            Overlay::Conflicts(state) => screens::conflicts::render(app, frame, body, state),
            Overlay::Recovery(state) => screens::recovery::render(app, frame, body, state),
            Overlay::Details(state) => screens::details::render(app, frame, body, state),
        }
    }
}
