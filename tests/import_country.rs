//! The workshop's country (its details' "Country", ISO two letters; Iraq when unset): the
//! default of `import participants --country`, of the terminal import, and of a walk-in's
//! phone check, where a number not valid there is kept as written and flagged, not refused.

#[path = "support/cli.rs"]
mod cli;
mod tui_support;

use halaqa::model::{Change, Participant, Workshop, WorkshopInfo};
use halaqa::tui::App;
use halaqa::tui::screens::participants::Mode;
use tui_support::{app_on, fixture, press, type_text};

const AMMAN: &str = "name,phone\nRana Haddad,0791234567\n";

fn in_country(code: &str) -> Workshop {
    let mut info = WorkshopInfo::titled("Amman dialogue");
    info.settings.country = code.to_string();
    Workshop::new(info)
}

fn person<'a>(workshop: &'a Workshop, name: &str) -> &'a Participant {
    workshop
        .participants()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("{name} is not there"))
}

#[test]
fn an_import_reads_phones_as_the_workshops_country_unless_told_otherwise() {
    let jordan = in_country("JO");
    let plan =
        halaqa::import::plan(AMMAN.as_bytes(), &jordan, &Default::default()).expect("a plan");
    assert!(plan.warnings.is_empty(), "{:?}", plan.warnings);
    let Change::Batch(changes) = &plan.change else {
        panic!("one batch")
    };
    let Change::PutParticipant(rana) = &changes[0] else {
        panic!("Rana added")
    };
    assert_eq!(rana.phone, "+962791234567");

    // --country wins over the workshop's.
    let options = halaqa::import::ImportOptions {
        country: Some("IQ".into()),
        ..Default::default()
    };
    let plan = halaqa::import::plan(AMMAN.as_bytes(), &jordan, &options).expect("a plan");
    assert_eq!(plan.warnings.len(), 1, "079… is no Iraqi number: flagged");

    // Unset: Iraq.
    let plan = halaqa::import::plan(AMMAN.as_bytes(), &in_country(""), &Default::default())
        .expect("a plan");
    assert_eq!(plan.warnings.len(), 1);
}

#[test]
fn the_command_line_import_takes_the_country_from_the_session() {
    let sandbox = cli::Sandbox::new();
    halaqa::store::save(&sandbox.path("w.ron"), &in_country("JO")).expect("saved");
    std::fs::write(sandbox.path("list.csv"), AMMAN).expect("written");
    sandbox
        .run(["import", "participants", "w.ron", "list.csv"])
        .succeeded();
    let workshop = halaqa::store::load(&sandbox.path("w.ron"))
        .expect("loads")
        .workshop;
    assert_eq!(person(&workshop, "Rana Haddad").phone, "+962791234567");
}

/// Open the details form and Tab to the Country field.
fn at_country(app: &mut App) {
    press(app, &["2", "e"]);
    for _ in 0..16 {
        press(app, &["tab"]);
    }
}

fn country_of(app: &App) -> String {
    let session = app.session.as_ref().expect("a session");
    session.workshop().info().settings.country.clone()
}

#[test]
fn the_details_form_sets_the_country_and_refuses_a_code_that_is_none() {
    let f = fixture();
    let mut app = app_on(&f, false);
    at_country(&mut app);
    type_text(&mut app, "xq");
    press(&mut app, &["ctrl-s"]);
    match app.layers.top() {
        Some(halaqa::tui::app::Overlay::Details(state)) => assert_eq!(
            state.form.error.as_deref(),
            Some(
                "Country: \"XQ\" is not a country's two-letter code; write e.g. IQ for Iraq, JO for Jordan"
            )
        ),
        _ => panic!("the form stays open with the sentence"),
    }
    assert_eq!(country_of(&app), "");
    press(&mut app, &["esc"]);
    at_country(&mut app);
    type_text(&mut app, "jo");
    press(&mut app, &["ctrl-s"]);
    assert_eq!(country_of(&app), "JO");
}

fn walk_in(app: &mut App, name: &str, phone: &str) {
    press(app, &["4", "c"]);
    type_text(app, name);
    press(app, &["ctrl-n"]);
    // Organisation, gender, governorate, then the phone.
    press(app, &["tab", "tab", "tab"]);
    type_text(app, phone);
    press(app, &["enter"]);
    assert!(
        matches!(app.participants.mode, Mode::CheckIn),
        "registered, back at the door"
    );
}

fn message(app: &App) -> String {
    app.message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}

#[test]
fn a_walk_ins_phone_is_read_as_the_workshops_country_and_a_foreign_one_kept_and_flagged() {
    let f = fixture();
    let mut app = app_on(&f, false);
    // Iraq (unset): a Jordanian 079… is not refused; it is kept as written and said.
    walk_in(&mut app, "Rana Haddad", "0791234567");
    let session = app.session.as_ref().expect("a session");
    assert_eq!(
        person(session.workshop(), "Rana Haddad").phone,
        "0791234567"
    );
    assert!(
        message(&app).contains(
            "the phone \"0791234567\" is not a valid number in IQ, so it was kept as written"
        ),
        "{}",
        message(&app)
    );
    press(&mut app, &["esc"]);
    at_country(&mut app);
    type_text(&mut app, "JO");
    press(&mut app, &["ctrl-s"]);
    walk_in(&mut app, "Omar Khalil", "0781234567");
    let session = app.session.as_ref().expect("a session");
    assert_eq!(
        person(session.workshop(), "Omar Khalil").phone,
        "+962781234567"
    );
    assert!(
        !message(&app).contains("kept as written"),
        "{}",
        message(&app)
    );
}
