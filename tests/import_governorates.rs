//! Governorates as registration lists write them: one spelling stored (for the charts and the
//! report), the value as written kept in the record, and the Participants screen's search
//! finding the person by either, in Arabic or English.

mod tui_support;

use halaqa::import::{self, ImportOptions};
use halaqa::model::{DeviceId, Document};
use halaqa::store;
use tui_support::{app_on, fixture, press, screen_text, type_text};

const LIST: &str = "الاسم,المحافظة\n\
نور الهدى كريم,البصرة\n\
Mahmoud Younis,Nainawa/Musel\n\
Hana Salim,Salahdin\n\
Rawa Nabil,Al-Anbar\n\
Dilan Sherzad,Sulaymaniah\n";

#[test]
fn one_spelling_stored_and_the_written_one_kept() {
    let f = fixture();
    let workshop = store::load(&f.path).unwrap().workshop;
    let mut doc = Document::new(workshop, DeviceId::new("test-laptop"));
    let plan = import::plan(LIST.as_bytes(), doc.workshop(), &ImportOptions::default()).unwrap();
    assert!(plan.warnings.is_empty(), "{:?}", plan.warnings);
    doc.apply(plan.change).unwrap();
    let place = |name: &str| {
        let p = doc
            .workshop()
            .participants()
            .find(|p| p.name == name)
            .unwrap();
        (p.governorate.clone(), p.governorate_as_written.clone())
    };
    assert_eq!(place("نور الهدى كريم"), ("Basra".into(), "البصرة".into()));
    assert_eq!(
        place("Mahmoud Younis"),
        ("Nineveh".into(), "Nainawa/Musel".into())
    );
    assert_eq!(
        place("Hana Salim"),
        ("Salah al-Din".into(), "Salahdin".into())
    );
    assert_eq!(place("Rawa Nabil"), ("Anbar".into(), "Al-Anbar".into()));
    assert_eq!(
        place("Dilan Sherzad"),
        ("Sulaymaniyah".into(), "Sulaymaniah".into())
    );

    // Saved and loaded again, the written spelling is still there.
    store::save(&f.path, doc.workshop()).unwrap();
    let text = std::fs::read_to_string(&f.path).unwrap();
    assert!(
        text.contains("governorate_as_written: \"البصرة\""),
        "{text}"
    );

    // The Participants screen finds her by the Arabic, without the article, and in English.
    let mut app = app_on(&f, false);
    for query in ["البصرة", "بصرة", "basra", "Basrah"] {
        press(&mut app, &["4", "/"]);
        type_text(&mut app, query);
        let screen = screen_text(&app, 100, 30);
        assert!(screen.contains("نور الهدى كريم"), "{query}: {screen}");
        assert!(!screen.contains("Mahmoud Younis"), "{query}: {screen}");
        press(&mut app, &["esc"]);
    }
    press(&mut app, &["/"]);
    type_text(&mut app, "الموصل");
    let screen = screen_text(&app, 100, 30);
    assert!(screen.contains("Mahmoud Younis"), "{screen}");
}

#[test]
fn an_old_file_without_the_written_spelling_loads() {
    let f = fixture();
    let text = std::fs::read_to_string(&f.path).unwrap();
    assert!(
        !text.contains("governorate_as_written"),
        "not written when empty"
    );
    assert!(store::load(&f.path).is_ok());
}
