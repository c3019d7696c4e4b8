//! Merging a note-taker's copy from inside the terminal program: palette, path, one undo.

mod tui_support;

use chrono::{TimeZone, Utc};
use halaqa::model::{Change, DeviceId, Document, Entry, EntryKind, Workshop, WorkshopInfo};
use halaqa::store;
use halaqa::tui::app::Overlay;
use tui_support::{app_on, fixture, home_app, press, screen_text, type_text};

fn entries(app: &halaqa::tui::App) -> usize {
    app.session
        .as_ref()
        .map(|s| s.workshop().entries().count())
        .unwrap_or(0)
}

#[test]
fn a_copy_merged_from_the_palette_brings_its_entries_and_undoes_in_one_step() {
    let f = fixture();
    // The note-taker's laptop: the same session, one entry more, a day later.
    let mut copy = Document::new(
        store::load(&f.path).unwrap().workshop,
        DeviceId::new("noor"),
    );
    let group = copy.workshop().find_group("Challenges").map(|g| g.id);
    let later = Utc.with_ymd_and_hms(2025, 3, 11, 9, 0, 0).unwrap();
    copy.apply_at(
        Change::put_entry(Entry::new(
            EntryKind::Challenge,
            "Transport money arrives late",
            group,
        )),
        later,
    )
    .unwrap();
    let copy_path = f.folder.path().join("noor.ron");
    store::save(&copy_path, copy.workshop()).unwrap();

    let mut app = app_on(&f, false);
    let before = entries(&app);
    press(&mut app, &[":"]);
    type_text(&mut app, "merge another");
    press(&mut app, &["enter"]);
    assert!(
        matches!(app.layers.top(), Some(Overlay::Form(_))),
        "the palette opens the path form"
    );
    type_text(&mut app, &copy_path.display().to_string());
    press(&mut app, &["enter"]);
    assert_eq!(entries(&app), before + 1);
    let text = screen_text(&app, 100, 24);
    assert!(
        text.contains("merged noor.ron: 1 added, 0 updated, 0 new conflicts"),
        "{text}"
    );
    press(&mut app, &["ctrl-z"]);
    assert_eq!(entries(&app), before);
}

#[test]
fn another_workshop_or_a_broken_file_is_refused_in_the_form() {
    let f = fixture();
    let other = f.folder.path().join("other.ron");
    store::save(
        &other,
        &Workshop::new(WorkshopInfo::titled("Another event")),
    )
    .unwrap();
    std::fs::write(f.folder.path().join("cut.ron"), "(format: \"halaqa\", vers").unwrap();
    let mut app = app_on(&f, false);
    let before = entries(&app);
    for (file, says) in [
        ("other.ron", "two different workshops"),
        ("cut.ron", "cut.ron:1:"),
    ] {
        press(&mut app, &[":"]);
        type_text(&mut app, "merge another");
        press(&mut app, &["enter"]);
        type_text(&mut app, &f.folder.path().join(file).display().to_string());
        press(&mut app, &["enter"]);
        let Some(Overlay::Form(form)) = app.layers.top() else {
            panic!("the form stays open with the reason");
        };
        let error = form.error.clone().unwrap_or_default();
        assert!(error.contains(says), "{error}");
        press(&mut app, &["esc"]);
        assert_eq!(entries(&app), before);
    }
}

#[test]
fn read_only_or_no_session_refuses_to_merge() {
    let f = fixture();
    let mut app = app_on(&f, true);
    app.handle(halaqa::tui::Action::MergeCopy, std::time::Instant::now());
    assert!(app.layers.is_empty());
    assert!(
        app.message
            .as_ref()
            .is_some_and(|m| m.text.contains("read-only"))
    );
    let mut home = home_app(&f);
    home.handle(halaqa::tui::Action::MergeCopy, std::time::Instant::now());
    assert!(home.layers.top().is_none());
}
