//! What the screens look like: insta snapshots at 80×24, and every screen and overlay at
//! every size from 0×0 to 60×30 without a panic.

mod tui_support;

use halaqa::tui::app::Overlay;
use halaqa::tui::{App, Screen};
use std::path::PathBuf;
use tui_support::{app_on, draw, fixture, home_app, press, screen_text};

/// Paths in the temporary folder differ per run; show them fixed.
fn steady(app: &mut App) {
    app.dirs.config = PathBuf::from("/home/facilitator/.config/halaqa");
    app.theme = halaqa::tui::theme::Theme::new(halaqa::tui::theme::ThemeKind::Plain);
}

#[test]
fn home_without_a_session() {
    let f = fixture();
    let mut app = home_app(&f);
    steady(&mut app);
    insta::assert_snapshot!(draw(&app, 80, 24).backend());
}

#[test]
fn home_with_a_session_open() {
    let f = fixture();
    let mut app = app_on(&f, false);
    steady(&mut app);
    press(&mut app, &["1", "j"]);
    insta::assert_snapshot!(draw(&app, 80, 24).backend());
}

#[test]
fn overview_during_the_workshop() {
    let f = fixture();
    let mut app = app_on(&f, false);
    steady(&mut app);
    insta::assert_snapshot!(draw(&app, 80, 24).backend());
}

#[test]
fn overview_before_the_workshop_has_no_now_or_next() {
    let f = fixture();
    let mut app = app_on(&f, false);
    steady(&mut app);
    app.now -= chrono::Duration::days(3);
    let screen = screen_text(&app, 80, 24);
    assert!(screen.contains("starts in 3 days"), "{screen}");
    assert!(!screen.contains("now "), "{screen}");
}

#[test]
fn overview_marks_now_and_next() {
    let f = fixture();
    let app = app_on(&f, false);
    let screen = screen_text(&app, 80, 24);
    let line_with = |text: &str| {
        screen
            .lines()
            .find(|l| l.contains(text))
            .unwrap_or_default()
            .to_string()
    };
    // 10:20: opening 09:30–10:00, review 10:00–10:30, panel 10:30–11:30.
    assert!(line_with("Project review").contains("now"), "{screen}");
    assert!(line_with("Moderated panel").contains("next"), "{screen}");
}

#[test]
fn help_overlay_on_the_overview() {
    let f = fixture();
    let mut app = app_on(&f, false);
    steady(&mut app);
    press(&mut app, &["?"]);
    insta::assert_snapshot!(draw(&app, 80, 24).backend());
}

#[test]
fn palette_overlay() {
    let f = fixture();
    let mut app = app_on(&f, false);
    steady(&mut app);
    press(&mut app, &[":"]);
    tui_support::type_text(&mut app, "scr");
    insta::assert_snapshot!(draw(&app, 80, 24).backend());
}

#[test]
fn a_read_only_session_shows_its_screens_and_says_why() {
    let f = fixture();
    let mut app = app_on(&f, true);
    steady(&mut app);
    let screens = [
        (Screen::Overview, "Closing session"),
        (Screen::Participants, "Layla Hassan"),
        (Screen::Groups, "Future plans"),
        (Screen::Capture, "Involve the governorate council"),
    ];
    for (screen, shows) in screens {
        app.screen = screen;
        let text = screen_text(&app, 80, 24);
        assert!(text.contains(shows), "{screen:?} lacks {shows:?}:\n{text}");
        assert!(
            text.contains("READ-ONLY: opened with --read-only"),
            "{text}"
        );
    }
}

#[test]
fn too_small_says_what_it_needs() {
    let f = fixture();
    let app = app_on(&f, false);
    let text = screen_text(&app, 50, 10);
    assert!(
        text.contains("terminal too small: need 60×16, have 50×10"),
        "{text}"
    );
}

#[test]
fn no_color_theme_draws_without_colours() {
    let f = fixture();
    let mut app = app_on(&f, false);
    app.theme = halaqa::tui::theme::Theme::new(halaqa::tui::theme::ThemeKind::Plain);
    let terminal = draw(&app, 80, 24);
    let buffer = terminal.backend().buffer();
    for cell in buffer.content() {
        assert_eq!(cell.fg, ratatui::style::Color::Reset);
        assert_eq!(cell.bg, ratatui::style::Color::Reset);
    }
}

/// Every screen, and each overlay, at every size up to 60×30 (and a few wide and tall ones).
#[test]
fn every_screen_and_overlay_draws_at_every_size_without_panic() {
    let f = fixture();
    let mut with_session = app_on(&f, false);
    let mut without = home_app(&f);
    let overlays = [
        None,
        Some(Overlay::Help { scroll: 3 }),
        Some(Overlay::Palette {
            filter: "o".to_string(),
            selected: 2,
        }),
        Some(Overlay::Form(halaqa::tui::update::new_session_form(
            &with_session,
        ))),
        Some(Overlay::QuitUnsaved {
            error: "no space left on device ".repeat(5),
        }),
    ];
    for app in [&mut with_session, &mut without] {
        for screen in Screen::ALL {
            app.screen = screen;
            app.list_mut(screen).selected = 2;
            for overlay in &overlays {
                app.layers.clear();
                app.layers.extend(overlay.clone());
                for width in 0..=60 {
                    for height in 0..=30 {
                        draw(app, width, height);
                    }
                }
                for (width, height) in [(200, 60), (61, 17), (1, 100), (300, 1)] {
                    draw(app, width, height);
                }
            }
        }
    }
}

/// Every screen but Home, with no session open, names itself and says how to open one.
#[test]
fn screens_without_a_session_say_how_to_open_one() {
    let f = fixture();
    let mut app = home_app(&f);
    for screen in Screen::ALL {
        if screen == Screen::Home {
            continue;
        }
        app.screen = screen;
        let text = screen_text(&app, 100, 24);
        let lines: Vec<&str> = text.lines().map(|l| l.trim_matches('"').trim()).collect();
        assert_eq!(lines[1], screen.title(), "{text}");
        assert_eq!(
            lines[3],
            "No session is open. Press 1 for Home to open one, create one, or try the demo.",
            "{text}"
        );
    }
}
