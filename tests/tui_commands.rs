//! The command table, tested over all of it: every palette command, chosen from every
//! screen, either runs (switching to its own screen where it has one) or says in the status
//! bar why not. Never nothing.

mod tui_support;

use halaqa::model::Workshop;
use halaqa::store;
use halaqa::tui::app::Overlay;
use halaqa::tui::commands::{COMMANDS, Scope};
use halaqa::tui::widgets::palette;
use halaqa::tui::{Action, App, Screen};
use std::time::Instant;
use tui_support::{Fixture, app_on, fixture, home_app, screen_text};

/// Choose `action` in the palette, as typing its name and pressing Enter would.
fn choose(app: &mut App, action: Action) {
    let filter = action.name();
    app.layers.push(Overlay::Palette {
        filter: filter.clone(),
        selected: 0,
    });
    let offered = palette::matching(app, &filter);
    let selected = offered
        .iter()
        .position(|a| *a == action)
        .unwrap_or_else(|| panic!("{filter} is not offered"));
    app.layers.pop();
    app.layers.push(Overlay::Palette { filter, selected });
    app.handle(Action::Confirm, Instant::now());
    // A command that opens a file (the demo) reads it by a job: take it in before looking.
    app.finish_loading();
}

/// Chosen on `screen`: the screen switched where the command belongs and something on it
/// changed, or the status bar says something. `what` names the case in a failure.
fn check_runs_or_says(mut app: App, screen: Screen, action: Action, what: &str) {
    app.screen = screen;
    app.message = None;
    let before = screen_text(&app, 100, 30);
    choose(&mut app, action);
    let said = app
        .message
        .as_ref()
        .is_some_and(|m| !m.text.trim().is_empty());
    let changed = screen_text(&app, 100, 30) != before || app.should_quit;
    let row = action.command();
    if let Scope::On(home) = row.scope
        && !said
    {
        assert_eq!(app.screen, home, "{what}: {} did not switch", row.name);
    }
    assert!(
        said || changed,
        "{what}: \"{}\" chosen on {} did nothing and said nothing",
        row.name,
        screen.title()
    );
}

fn palette_commands() -> Vec<Action> {
    COMMANDS
        .iter()
        .filter(|c| c.in_palette)
        .map(|c| c.action)
        .collect()
}

/// Every palette command from every screen, for the app `open` makes.
fn sweep(f: &Fixture, what: &str, open: impl Fn(&Fixture) -> App) {
    for screen in Screen::ALL {
        for action in palette_commands() {
            let app = open(f);
            if !palette::matching(&app, &action.name()).contains(&action) {
                continue;
            }
            check_runs_or_says(app, screen, action, what);
        }
    }
}

#[test]
fn every_palette_command_from_every_screen_runs_or_says_why_not() {
    let f = fixture();
    sweep(&f, "the facilitator", |f| app_on(f, false));
}

#[test]
fn read_only_every_offered_command_runs_or_says_why_not() {
    let f = fixture();
    sweep(&f, "read-only", |f| app_on(f, true));
}

#[test]
fn without_a_session_every_palette_command_runs_or_says_why_not() {
    let f = fixture();
    sweep(&f, "no session", home_app);
}

#[test]
fn in_an_empty_workshop_nothing_selected_is_said_not_silent() {
    let f = fixture();
    store::save(&f.path, &Workshop::default()).expect("saved");
    sweep(&f, "empty workshop", |f| app_on(f, false));
}

#[test]
fn a_capture_command_from_overview_switches_to_capture_and_runs() {
    let f = fixture();
    let mut app = app_on(&f, false);
    assert_eq!(app.screen, Screen::Overview);
    choose(
        &mut app,
        Action::Capture(halaqa::tui::screens::capture::CaptureAction::AllEntries),
    );
    assert_eq!(app.screen, Screen::Capture);
    assert!(screen_text(&app, 100, 30).contains("All entries"));
}

#[test]
fn a_read_only_palette_offers_nothing_that_changes_the_file() {
    let f = fixture();
    let app = app_on(&f, true);
    let offered = palette::matching(&app, "");
    assert!(!offered.is_empty());
    for action in offered {
        assert!(!action.changes_workshop(), "{} offered", action.name());
    }
}
