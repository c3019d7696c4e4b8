//! Seeing and settling merge conflicts in the terminal program: the list, keep the version
//! in use, use the other one, undo, read-only, and drawing at every size.

mod tui_support;

use chrono::{DateTime, FixedOffset, TimeZone, Utc};
use halaqa::model::{Change, DeviceId, Document, Id};
use halaqa::store;
use halaqa::tui::app::{App, Overlay};
use halaqa::tui::screens::conflicts::ConflictsState;
use halaqa::tui::{Action, Screen};
use tui_support::{Fixture, app_on, draw, fixture, press, screen_text, type_text};

const PERMITS: &str = "Permits for public meetings take weeks";
/// The facilitator's laptop (the open session) says this, later…
const IN_USE: &str = "Permits for public meetings take six weeks";
/// …than the note-taker's copy, merged in, which says this.
const OTHER: &str = "Permits for public meetings take weeks, sometimes months";

fn at(hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 3, 10, hour, 0, 0).unwrap()
}

/// A copy of the fixture's session changed on `device` at `when`: the permits entry gets
/// new text, and `edit` changes it further.
fn changed_copy(
    f: &Fixture,
    device: &str,
    when: DateTime<Utc>,
    text: &str,
    edit: impl Fn(&mut halaqa::model::Entry),
) -> Document {
    let mut doc = Document::new(
        store::load(&f.path).unwrap().workshop,
        DeviceId::new(device),
    );
    let mut entry = permits_entry(doc.workshop()).clone();
    entry.text = text.to_string();
    edit(&mut entry);
    doc.apply_at(Change::put_entry(entry), when).unwrap();
    doc
}

fn permits_entry(w: &halaqa::model::Workshop) -> &halaqa::model::Entry {
    w.entries()
        .find(|e| e.text.starts_with("Permits"))
        .expect("the permits entry")
}

/// The session on disk is the facilitator's (changed at 11:00); noor's copy (changed at
/// 10:00) is merged into the open app: the facilitator's stays in use, noor's is kept.
fn app_with_conflict(f: &Fixture) -> (App, Id) {
    let original = store::load(&f.path).unwrap().workshop;
    assert_eq!(permits_entry(&original).text, PERMITS);
    let id = permits_entry(&original).id;
    let lead = changed_copy(f, "lead-laptop", at(11), IN_USE, |e| e.votes = 7);
    let noor = changed_copy(f, "noor", at(10), OTHER, |e| {
        e.tags = vec!["permits".to_string(), "security".to_string()];
    });
    store::save(&f.path, lead.workshop()).unwrap();
    let copy_path = f.folder.path().join("noor.ron");
    store::save(&copy_path, noor.workshop()).unwrap();
    let mut app = app_on(f, false);
    press(&mut app, &[":"]);
    type_text(&mut app, "merge another");
    press(&mut app, &["enter"]);
    type_text(&mut app, &copy_path.display().to_string());
    press(&mut app, &["enter"]);
    assert_eq!(conflicts(&app), 1, "the merge kept noor's version");
    (app, id)
}

fn conflicts(app: &App) -> usize {
    app.session
        .as_ref()
        .map_or(0, |s| s.workshop().conflicts().len())
}

fn text_of(app: &App, id: Id) -> String {
    app.session
        .as_ref()
        .and_then(|s| s.workshop().entry(id))
        .map(|e| e.text.clone())
        .unwrap_or_default()
}

fn message(app: &App) -> String {
    app.message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}

/// Open the list from the palette, in Baghdad's time zone (so the times are the same
/// wherever the tests run).
fn open_list(app: &mut App) {
    press(app, &[":"]);
    type_text(app, "conflicts");
    press(app, &["enter"]);
    let Some(Overlay::Conflicts(state)) = app.layers.top_mut() else {
        panic!(
            "the palette opens the conflicts list: {:?}",
            app.layers.top()
        );
    };
    state.utc_offset = FixedOffset::east_opt(3 * 3600);
}

#[test]
fn the_overview_warns_and_the_list_shows_what_where_and_what_differs() {
    let f = fixture();
    let (mut app, _) = app_with_conflict(&f);
    app.message = None;
    let overview = screen_text(&app, 80, 24);
    assert!(
        overview.contains("1 merge conflict kept — press : conflicts to settle them"),
        "{overview}"
    );
    open_list(&mut app);
    let text = screen_text(&app, 120, 30);
    for expected in [
        "Merge conflicts — 1 of 1",
        "entry in Challenges · Permits for public meetings take six",
        "noor, 10 Mar 13:00",
        "In use  from lead-laptop, Mon 10 Mar 14:00",
        "Other   from noor, Mon 10 Mar 13:00",
        "text",
        IN_USE,
        OTHER,
        "votes: 7 → 5",
        "tags: (none) → permits, security",
    ] {
        assert!(text.contains(expected), "{expected:?} missing:\n{text}");
    }
}

#[test]
fn keeping_the_version_in_use_drops_the_other_and_undo_brings_it_back() {
    let f = fixture();
    let (mut app, id) = app_with_conflict(&f);
    open_list(&mut app);
    press(&mut app, &["k"]);
    assert_eq!(conflicts(&app), 0);
    assert_eq!(text_of(&app, id), IN_USE, "the record is unchanged");
    assert!(
        message(&app).contains("kept the version in use; noor's dropped (Ctrl-Z brings it back)"),
        "{}",
        message(&app)
    );
    let text = screen_text(&app, 80, 24);
    assert!(text.contains("No merge conflicts left."), "{text}");
    press(&mut app, &["ctrl-z"]);
    assert_eq!(conflicts(&app), 1, "Ctrl-Z restores the conflict");
    assert!(
        message(&app).contains("the conflict is back"),
        "{}",
        message(&app)
    );
    assert_eq!(text_of(&app, id), IN_USE);
    // Enter keeps too; Esc closes; the Overview stops warning.
    press(&mut app, &["enter", "esc"]);
    assert_eq!(conflicts(&app), 0);
    assert!(app.layers.is_empty());
    assert!(!screen_text(&app, 80, 24).contains("merge conflict"));
}

#[test]
fn using_the_other_version_puts_its_text_in_use_and_undo_restores_both() {
    let f = fixture();
    let (mut app, id) = app_with_conflict(&f);
    open_list(&mut app);
    press(&mut app, &["o"]);
    assert_eq!(conflicts(&app), 0);
    assert_eq!(text_of(&app, id), OTHER);
    let tags = app
        .session
        .as_ref()
        .and_then(|s| s.workshop().entry(id))
        .map(|e| e.tags.clone())
        .unwrap_or_default();
    assert_eq!(
        tags,
        ["permits", "security"],
        "the whole version, not only the text"
    );
    assert!(
        message(&app).contains("now using noor's version"),
        "{}",
        message(&app)
    );
    press(&mut app, &["ctrl-z"]);
    assert_eq!(conflicts(&app), 1);
    assert_eq!(
        text_of(&app, id),
        IN_USE,
        "one undo takes back the whole settle"
    );
    press(&mut app, &["ctrl-y"]);
    assert_eq!(text_of(&app, id), OTHER);
    assert_eq!(conflicts(&app), 0);
}

#[test]
fn the_overlay_at_80_by_24() {
    let f = fixture();
    let (mut app, _) = app_with_conflict(&f);
    app.theme = halaqa::tui::theme::Theme::new(halaqa::tui::theme::ThemeKind::Plain);
    open_list(&mut app);
    app.message = None;
    insta::assert_snapshot!(draw(&app, 80, 24).backend());
}

#[test]
fn read_only_sessions_can_look_but_not_settle() {
    let f = fixture();
    let (app, id) = app_with_conflict(&f);
    let merged = app.session.as_ref().unwrap().workshop().clone();
    drop(app);
    store::save(&f.path, &merged).unwrap();
    let mut app = app_on(&f, true);
    open_list(&mut app);
    for key in ["k", "o", "enter"] {
        press(&mut app, &[key]);
        assert_eq!(conflicts(&app), 1);
        assert_eq!(text_of(&app, id), IN_USE);
        assert!(message(&app).contains("read-only"), "{}", message(&app));
    }
    let text = screen_text(&app, 80, 24);
    assert!(text.contains("you can look, not settle"), "{text}");
}

#[test]
fn without_conflicts_or_a_session_the_list_does_not_open() {
    let f = fixture();
    let mut app = app_on(&f, false);
    app.handle(
        Action::Conflicts(halaqa::tui::screens::conflicts::ConflictAction::Open),
        std::time::Instant::now(),
    );
    assert!(app.layers.is_empty());
    assert!(message(&app).contains("no merge conflicts"));
    let mut home = tui_support::home_app(&f);
    home.handle(
        Action::Conflicts(halaqa::tui::screens::conflicts::ConflictAction::Open),
        std::time::Instant::now(),
    );
    assert!(home.layers.top().is_none());
    assert!(message(&home).contains("no session"));
}

#[test]
fn the_overlay_draws_at_every_size_without_panic() {
    let f = fixture();
    let (mut app, _) = app_with_conflict(&f);
    app.screen = Screen::Overview;
    open_list(&mut app);
    let mut states = vec![app.layers.top().cloned()];
    // After the last one is settled the list says so.
    press(&mut app, &["k"]);
    states.push(app.layers.top().cloned());
    // A selection past the end (the list shrank under it) draws too.
    states.push(Some(Overlay::Conflicts(ConflictsState {
        selected: 9,
        utc_offset: None,
    })));
    press(&mut app, &["ctrl-z"]);
    for overlay in states {
        app.layers.clear();
        app.layers.extend(overlay);
        for width in 0..=60 {
            for height in 0..=30 {
                draw(&app, width, height);
            }
        }
        for (width, height) in [(61, 16), (80, 17), (200, 60), (1, 100), (300, 1)] {
            draw(&app, width, height);
        }
    }
}

#[test]
fn the_selected_conflict_is_the_one_settled() {
    let f = fixture();
    let plan = |w: &halaqa::model::Workshop| {
        w.entries()
            .find(|e| e.text.starts_with("Quarterly"))
            .expect("the plan entry")
            .clone()
    };
    let original = store::load(&f.path).unwrap().workshop;
    let plan_id = plan(&original).id;
    let mut lead = changed_copy(&f, "lead-laptop", at(11), IN_USE, |_| {});
    let mut noor = changed_copy(&f, "noor", at(10), OTHER, |_| {});
    for (doc, text, hour) in [
        (&mut lead, "Monthly meetings", 13),
        (&mut noor, "Weekly meetings", 12),
    ] {
        let mut entry = plan(doc.workshop());
        entry.text = text.to_string();
        doc.apply_at(Change::put_entry(entry), at(hour)).unwrap();
    }
    store::save(&f.path, lead.workshop()).unwrap();
    let copy_path = f.folder.path().join("noor.ron");
    store::save(&copy_path, noor.workshop()).unwrap();
    let mut app = app_on(&f, false);
    press(&mut app, &[":"]);
    type_text(&mut app, "merge another");
    press(&mut app, &["enter"]);
    type_text(&mut app, &copy_path.display().to_string());
    press(&mut app, &["enter"]);
    assert_eq!(conflicts(&app), 2);
    open_list(&mut app);
    // The list is in the file's order; find the plan's line and settle only it.
    let plan_line = app
        .session
        .as_ref()
        .unwrap()
        .workshop()
        .conflicts()
        .iter()
        .position(|c| c.target().id() == plan_id)
        .unwrap();
    for _ in 0..plan_line {
        press(&mut app, &["down"]);
    }
    let text = screen_text(&app, 80, 24);
    assert!(
        text.contains("Monthly meetings → Weekly meetings"),
        "{text}"
    );
    press(&mut app, &["o"]);
    assert_eq!(text_of(&app, plan_id), "Weekly meetings");
    let left = app
        .session
        .as_ref()
        .unwrap()
        .workshop()
        .conflicts()
        .to_vec();
    assert_eq!(left.len(), 1);
    assert_ne!(
        left[0].target().id(),
        plan_id,
        "the other conflict is still there"
    );
    // Moving past the end stays on the last line.
    press(&mut app, &["down", "down", "pagedown"]);
    let text = screen_text(&app, 80, 24);
    assert!(text.contains("Merge conflicts — 1 of 1"), "{text}");
}

#[test]
fn help_opens_over_the_list_and_esc_goes_back_to_the_list_not_the_screen() {
    let f = fixture();
    let (mut app, _) = app_with_conflict(&f);
    open_list(&mut app);
    press(&mut app, &["?"]);
    assert_eq!(app.layers.len(), 2, "help is a layer over the list");
    assert!(matches!(app.layers.top(), Some(Overlay::Help { .. })));
    // Both are drawn: the list under the help.
    let text = screen_text(&app, 120, 40);
    assert!(
        text.contains("In the merge conflicts list"),
        "help lists the list's keys: {text}"
    );
    press(&mut app, &["esc"]);
    assert!(
        matches!(app.layers.top(), Some(Overlay::Conflicts(_))),
        "Esc closes the help only"
    );
    // Undo in the list goes to the shell under it, and the list stays open.
    press(&mut app, &["k"]);
    assert_eq!(conflicts(&app), 0);
    press(&mut app, &["ctrl-z"]);
    assert_eq!(conflicts(&app), 1);
    assert!(matches!(app.layers.top(), Some(Overlay::Conflicts(_))));
    press(&mut app, &["esc"]);
    assert!(app.layers.is_empty());
}
