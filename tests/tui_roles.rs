//! The note-taker's laptop (`halaqa open FILE --group NAME`): everything outside its group's
//! capture and review is absent from the palette and help, and refused with a sentence when
//! sent directly; inside its group it still adds, edits, votes, tags, attributes and links.

mod tui_support;

use halaqa::tui::commands::{self, COMMANDS, Role, Roles};
use halaqa::tui::screens::capture::CaptureAction;
use halaqa::tui::widgets::{help, palette};
use halaqa::tui::{Action, App, Screen};
use std::time::Instant;
use tui_support::{Fixture, app_on, fixture, press, screen_text, type_text};

/// The fixture as the Challenges group's note-taker sees it on opening.
fn note_taker(f: &Fixture) -> App {
    let mut app = app_on(f, false);
    let session = app.session.as_mut().expect("a session");
    let id = session
        .workshop()
        .find_group("Challenges")
        .expect("group")
        .id;
    session.group = Some(id);
    app.screen = Screen::Capture;
    app
}

fn help_text(app: &App) -> String {
    help::lines(app)
        .iter()
        .map(|l| l.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

fn facilitator_only() -> Vec<Action> {
    COMMANDS
        .iter()
        .filter(|c| c.roles == Roles::Facilitator)
        .map(|c| c.action)
        .collect()
}

#[test]
fn out_of_role_commands_are_absent_and_refused_with_a_sentence() {
    let f = fixture();
    let mut app = note_taker(&f);
    assert_eq!(commands::role(&app), Role::NoteTaker);
    let offered = palette::matching(&app, "");
    assert!(!offered.is_empty());
    for screen in [Screen::Capture, Screen::Review] {
        app.screen = screen;
        let help = help_text(&app);
        for action in facilitator_only() {
            let row = action.command();
            assert!(!offered.contains(&action), "{} in the palette", row.name);
            assert!(
                !help
                    .lines()
                    .any(|l| l.trim_end().ends_with(row.description)),
                "{} in help on {}:\n{help}",
                row.name,
                screen.title()
            );
        }
    }
    for word in ["erase", "report", "import", "export", "check-in", "agenda"] {
        let found: Vec<String> = palette::matching(&app, word)
            .iter()
            .map(|a| a.name())
            .collect();
        assert!(found.is_empty(), "{word}: {found:?}");
    }
    for action in facilitator_only() {
        app.screen = Screen::Capture;
        app.layers.pop();
        app.message = None;
        let before = app.session.as_ref().map(|s| s.doc.revision());
        app.handle(action, Instant::now());
        let said = app
            .message
            .as_ref()
            .map(|m| m.text.clone())
            .unwrap_or_default();
        assert!(
            said.starts_with("note-taker mode"),
            "{}: {said:?}",
            action.name()
        );
        assert_eq!(app.screen, Screen::Capture, "{} moved away", action.name());
        assert_eq!(app.session.as_ref().map(|s| s.doc.revision()), before);
    }
}

#[test]
fn screen_keys_keep_the_note_taker_on_its_board_and_review() {
    let f = fixture();
    let mut app = note_taker(&f);
    press(&mut app, &["7"]);
    assert_eq!(app.screen, Screen::Review);
    press(&mut app, &["tab"]);
    assert_eq!(
        app.screen,
        Screen::Capture,
        "Tab from Review skips the facilitator's screens"
    );
    press(&mut app, &["7", "shift-tab"]);
    assert_eq!(app.screen, Screen::Capture);
    press(&mut app, &["4"]);
    assert_eq!(
        app.screen,
        Screen::Capture,
        "Participants is not for this laptop"
    );
}

#[test]
fn review_shows_only_the_note_takers_group() {
    let f = fixture();
    let mut app = note_taker(&f);
    press(&mut app, &["7"]);
    let screen = screen_text(&app, 100, 30);
    assert!(screen.contains("Challenges"), "{screen}");
    assert!(screen.contains("group 1/1"), "{screen}");
}

#[test]
fn the_note_taker_still_adds_edits_votes_tags_attributes_and_links() {
    let f = fixture();
    let mut app = note_taker(&f);
    for action in [
        Action::Add,
        Action::Edit,
        Action::Delete,
        Action::Undo,
        Action::SaveNow,
        Action::Help,
        Action::GoTo(Screen::Review),
        Action::Capture(CaptureAction::VoteUp),
        Action::Capture(CaptureAction::Tags),
        Action::Capture(CaptureAction::Attribute),
        Action::Capture(CaptureAction::Link),
        Action::Capture(CaptureAction::AllEntries),
    ] {
        assert!(commands::offered(&app, action), "{} refused", action.name());
    }
    let count = |app: &App| {
        app.session
            .as_ref()
            .map_or(0, |s| s.workshop().entries().count())
    };
    let before = count(&app);
    press(&mut app, &["a"]);
    type_text(&mut app, "Per diems arrive late");
    press(&mut app, &["enter"]);
    assert_eq!(count(&app), before + 1);
    let revision = |app: &App| app.session.as_ref().map(|s| s.doc.revision());
    let voted = revision(&app);
    press(&mut app, &["+"]);
    assert_ne!(revision(&app), voted, "the vote went through");
    press(&mut app, &["t"]);
    type_text(&mut app, "youth");
    press(&mut app, &["enter"]);
    let message = app
        .message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default();
    assert!(!message.starts_with("note-taker mode"), "{message}");
}
