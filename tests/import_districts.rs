//! Districts as registration lists write them, read where the governorate is known: one
//! spelling stored, the value as written kept in the record, a district of another
//! governorate or of a list without governorates kept as written, and the Participants
//! screen's search finding the person by either spelling.

mod tui_support;

use halaqa::import::{self, ImportOptions};
use halaqa::model::{DeviceId, Document};
use halaqa::store;
use tui_support::{app_on, fixture, press, screen_text, type_text};

// The district column comes first in one list and last in the other: order does not matter.
const LIST: &str = "القضاء,الاسم,المحافظة\n\
زاخو,Berivan Haji,دهوك\n\
Al-Zubair,Ahmed Jassim,Basra\n\
قضاء سنجار,Khalida Murad,Ninawa\n\
Tooz,Sarmad Turki,Salahdin\n\
Zakho,Laith Adnan,Basra\n\
Qamishli,Joudi Hassan,Duhok\n";

fn district_of(doc: &Document, name: &str) -> (String, String) {
    let p = doc
        .workshop()
        .participants()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("{name}"));
    (p.district.clone(), p.district_as_written.clone())
}

#[test]
fn one_spelling_per_district_where_the_governorate_is_known_and_search_finds_either() {
    let f = fixture();
    let workshop = store::load(&f.path).unwrap().workshop;
    let mut doc = Document::new(workshop, DeviceId::new("test-laptop"));
    let plan = import::plan(LIST.as_bytes(), doc.workshop(), &ImportOptions::default()).unwrap();
    doc.apply(plan.change).unwrap();
    assert_eq!(
        district_of(&doc, "Berivan Haji"),
        ("Zakho".into(), "زاخو".into())
    );
    assert_eq!(
        district_of(&doc, "Ahmed Jassim"),
        ("Al-Zubair".into(), String::new())
    );
    assert_eq!(
        district_of(&doc, "Khalida Murad"),
        ("Sinjar".into(), "قضاء سنجار".into())
    );
    assert_eq!(
        district_of(&doc, "Sarmad Turki"),
        ("Tuz Khurmatu".into(), "Tooz".into())
    );
    // Zakho is no district of Basra, and Qamishli none of Duhok: kept as written.
    assert_eq!(
        district_of(&doc, "Laith Adnan"),
        ("Zakho".into(), String::new())
    );
    assert_eq!(
        district_of(&doc, "Joudi Hassan"),
        ("Qamishli".into(), String::new())
    );

    store::save(&f.path, doc.workshop()).unwrap();
    let text = std::fs::read_to_string(&f.path).unwrap();
    assert!(text.contains("district_as_written: \"زاخو\""), "{text}");

    let mut app = app_on(&f, false);
    for (query, who) in [
        ("زاخو", "Berivan Haji"),
        ("Zakho", "Berivan Haji"),
        ("Zaxo", "Berivan Haji"),
        ("الزبير", "Ahmed Jassim"),
        ("Zubair", "Ahmed Jassim"),
        ("سنجار", "Khalida Murad"),
        ("Sinjar", "Khalida Murad"),
        ("Tuz", "Sarmad Turki"),
        ("Tooz", "Sarmad Turki"),
    ] {
        press(&mut app, &["4", "/"]);
        type_text(&mut app, query);
        let screen = screen_text(&app, 100, 30);
        assert!(screen.contains(who), "{query}: {screen}");
        assert!(!screen.contains("Joudi Hassan"), "{query}: {screen}");
        press(&mut app, &["esc"]);
    }
}
