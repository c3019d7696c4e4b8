//! Every form keeps a draft, not only the Capture editor: typing in an agenda item, a person
//! or the workshop details survives the program ending before it was saved, comes back when
//! the same form is opened again, and is removed when the form is saved or cancelled.

mod tui_support;

use halaqa::store::drafts::{form_draft_path, load_form_draft};
use halaqa::tui::App;
use halaqa::tui::form_drafts::{FORM_DRAFT_DEBOUNCE, write_now};
use std::time::Instant;
use tui_support::{Fixture, app_on, fixture, press, screen_text, type_text};

const TITLE: &str = "Budget hearing — جلسة استماع الموازنة";

/// The program ending with the form open (what quit and every ending signal do).
fn end(mut app: App) {
    write_now(&mut app);
    drop(app);
}

fn message(app: &App) -> String {
    app.message.clone().map(|m| m.text).unwrap_or_default()
}

fn kept_title(f: &Fixture) -> String {
    let draft = load_form_draft(&f.path)
        .expect("a readable draft")
        .expect("a form draft");
    draft
        .fields
        .iter()
        .find(|(label, _)| label == "Title")
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

#[test]
fn a_half_typed_agenda_item_survives_the_end_and_comes_back_in_its_form() {
    let f = fixture();
    let mut app = app_on(&f, false);
    press(&mut app, &["3", "a"]);
    type_text(&mut app, TITLE);
    end(app);
    assert_eq!(kept_title(&f), TITLE);

    let mut app = app_on(&f, false);
    press(&mut app, &["3"]);
    assert!(
        message(&app).contains("an unsaved agenda item form"),
        "{}",
        message(&app)
    );
    press(&mut app, &["a"]);
    let text = screen_text(&app, 120, 40);
    assert!(text.contains("Budget hearing"), "{text}");
    assert!(
        message(&app).starts_with("restored what was typed"),
        "{}",
        message(&app)
    );
    // Cancelled on purpose: the draft goes.
    press(&mut app, &["esc"]);
    assert!(!form_draft_path(&f.path).exists());
}

#[test]
fn a_form_nobody_typed_in_leaves_no_draft_and_a_saved_one_removes_it() {
    let f = fixture();
    let mut app = app_on(&f, false);
    press(&mut app, &["3", "a"]);
    end(app);
    assert!(
        !form_draft_path(&f.path).exists(),
        "nothing typed, nothing kept"
    );

    let mut app = app_on(&f, false);
    press(&mut app, &["3", "a"]);
    type_text(&mut app, "Closing circle");
    // A second later the tick writes it on a worker thread.
    app.tick(Instant::now() + FORM_DRAFT_DEBOUNCE * 2);
    write_now(&mut app);
    assert!(form_draft_path(&f.path).exists());
    // Saved: the item is in the workshop and the draft is gone.
    press(&mut app, &["enter"]);
    assert!(
        app.session.as_ref().is_some_and(|s| s
            .workshop()
            .agenda()
            .iter()
            .any(|i| i.title == "Closing circle")),
        "the item was saved"
    );
    assert!(
        !form_draft_path(&f.path).exists(),
        "saved: the draft is gone"
    );
}

#[test]
fn a_person_and_the_workshop_details_keep_their_drafts_too() {
    let f = fixture();
    let mut app = app_on(&f, false);
    press(&mut app, &["4", "a"]);
    type_text(&mut app, "كاروان حمه");
    end(app);
    let draft = load_form_draft(&f.path).unwrap().expect("a person draft");
    assert_eq!(draft.form, "new person");
    let mut app = app_on(&f, false);
    press(&mut app, &["4", "a"]);
    let text = screen_text(&app, 120, 40);
    assert!(text.contains("كاروان حمه"), "{text}");
    press(&mut app, &["esc"]);

    press(&mut app, &["2", "e"]);
    type_text(&mut app, "Erbil, Rotana hotel");
    end(app);
    let draft = load_form_draft(&f.path).unwrap().expect("a details draft");
    assert_eq!(draft.form, "workshop details");
    let mut app = app_on(&f, false);
    press(&mut app, &["2", "e"]);
    let text = screen_text(&app, 120, 40);
    assert!(text.contains("Erbil, Rotana hotel"), "{text}");
}

#[test]
fn a_read_only_session_neither_writes_nor_reads_form_drafts() {
    let f = fixture();
    let mut app = app_on(&f, true);
    press(&mut app, &["3", "a"]);
    type_text(&mut app, TITLE);
    end(app);
    assert!(!form_draft_path(&f.path).exists());
}
