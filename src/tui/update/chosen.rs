//! A command chosen in the palette. It runs where it belongs: a command of another screen
//! switches to that screen first. It never does nothing in silence: a refusal says why, and a
//! command that found nothing to act on says so.

use super::{Effect, pass_down};
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::commands::{self, Scope};

pub fn run(app: &mut App, action: Action) -> Vec<Effect> {
    let row = action.command();
    if let Some(why) = commands::refusal(app, action) {
        app.warn(why);
        return Vec::new();
    }
    if let Scope::On(screen) = row.scope
        && app.screen != screen
    {
        if let Some(why) = commands::refusal(app, Action::GoTo(screen)) {
            app.warn(why);
            return Vec::new();
        }
        if app.session.is_none() {
            app.info(format!(
                "\"{}\" needs an open session: open one from Home (1)",
                row.description
            ));
            return Vec::new();
        }
        app.screen = screen;
    }
    if action == Action::GoTo(app.screen) {
        app.info(format!("already on {}", app.screen.title()));
        return Vec::new();
    }
    let before = Fingerprint::of(app);
    app.message = None;
    let effects = pass_down(app, action);
    if effects.is_empty() && app.message.is_none() && Fingerprint::of(app) == before {
        app.info(format!(
            "\"{}\": nothing to act on here on {}",
            row.description,
            app.screen.title()
        ));
    }
    effects
}

/// What a person could see change on the screen, cheaply: the screen, the overlay, the
/// workshop's revision, and each screen's selection, mode and open form.
#[derive(PartialEq, Eq)]
struct Fingerprint(String);

impl Fingerprint {
    fn of(app: &App) -> Fingerprint {
        let revision = app.session.as_ref().map(|s| s.doc.revision());
        let undo = app
            .session
            .as_ref()
            .map(|s| (s.doc.can_undo(), s.doc.can_redo()));
        let capture = &app.capture;
        let report = &app.report;
        Fingerprint(format!(
            "{:?}|{:?}|{revision:?}{undo:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}\
             |{:?}{:?}{:?}{}{:?}{:?}{:?}{}|{}{:?}{}{}{:?}",
            app.screen,
            app.layers.top(),
            app.lists,
            app.theme.kind,
            app.groups,
            app.review,
            app.agenda,
            app.participants,
            capture.group,
            capture.column,
            capture.selected,
            capture.row,
            capture.view,
            capture.all,
            capture.marked,
            capture.modal.is_some(),
            report.anonymised,
            report.pos,
            report.form.is_some(),
            report.job.is_some(),
            report.last_export,
        ))
    }
}
