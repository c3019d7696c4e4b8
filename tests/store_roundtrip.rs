//! Any text a facilitator can type survives a save and a load unchanged, the file stays
//! readable (Arabic raw, not `\u` soup), and nothing dangerous appears raw in it.

#[path = "store_support/sample.rs"]
mod sample;

use halaqa::store::{load, parse, save, to_ron};
use proptest::prelude::*;
use sample::{Texts, workshop_with};
use std::path::Path;

const HARAKAT: &str = "حَلَقَةُ نِقَاشٍ";

/// Pieces of text that have broken serialisers before, mixed with arbitrary characters.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => any::<char>().prop_map(String::from),
        2 => "\\PC{0,6}",
        1 => Just(HARAKAT.to_string()),
        1 => Just("ڕێکخراو".to_string()),
        1 => Just("پێشنیار".to_string()),
        1 => Just("👩‍💻".to_string()),
        1 => Just("👨‍👩‍👧‍👦".to_string()),
        1 => Just("🏳️‍🌈".to_string()),
        1 => Just("\u{202E}".to_string()),
        1 => Just("\u{200F}\u{2067}".to_string()),
        1 => Just("\0".to_string()),
        1 => Just("\r".to_string()),
        1 => Just("\r\n".to_string()),
        1 => Just("\"".to_string()),
        1 => Just("\\".to_string()),
        1 => Just("\\u{64f}".to_string()),
        1 => Just("\"#".to_string()),
        1 => Just("r#\"".to_string()),
        1 => Just("'".to_string()),
        1 => Just("\u{FEFF}\u{2028}\u{85}".to_string()),
        1 => Just("// not a comment */".to_string()),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..8).prop_map(|pieces| pieces.concat())
}

fn texts() -> impl Strategy<Value = Texts> {
    (
        text(),
        text(),
        prop::collection::vec(text(), 0..4),
        prop::collection::vec(text(), 0..4),
        prop::collection::vec(text(), 0..3),
    )
        .prop_map(|(title, venue, names, entries, tags)| Texts {
            title: format!("{HARAKAT}{title}"),
            venue,
            names,
            entries,
            tags,
        })
}

/// A character that must never stand raw in a session file.
fn forbidden_raw(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(
            c,
            '\u{061C}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{FEFF}'
        )
        || (c as u32 & 0xFFFE) == 0xFFFE
        || ('\u{FDD0}'..='\u{FDEF}').contains(&c)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_text_round_trips_and_saves_to_the_same_bytes(texts in texts()) {
        let workshop = workshop_with(&texts);
        let text = to_ron(&workshop).unwrap();
        let loaded = parse(Path::new("prop.ron"), &text)
            .unwrap_or_else(|e| panic!("{e}\n{text}"));
        prop_assert_eq!(&loaded.workshop, &workshop);
        prop_assert_eq!(loaded.migrated_from, None);
        prop_assert_eq!(loaded.read_only_reason, None);
        prop_assert_eq!(to_ron(&loaded.workshop).unwrap(), text.clone());

        prop_assert!(!text.contains('\r'));
        let raw: Vec<char> = text.chars().filter(|c| forbidden_raw(*c)).collect();
        prop_assert!(raw.is_empty(), "raw {:?} in\n{}", raw, text);
        prop_assert!(text.contains(HARAKAT), "harakat escaped:\n{}", text);
        prop_assert!(text.ends_with(")\n"));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn saving_to_disk_twice_gives_identical_bytes(texts in texts()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("session.ron");
        let workshop = workshop_with(&texts);
        save(&path, &workshop).unwrap();
        let first = std::fs::read(&path).unwrap();
        let loaded = load(&path).unwrap().workshop;
        prop_assert_eq!(&loaded, &workshop);
        save(&path, &loaded).unwrap();
        prop_assert_eq!(std::fs::read(&path).unwrap(), first);
    }
}

#[test]
fn the_file_starts_with_a_comment_and_reads_like_the_workshop() {
    let text = to_ron(&sample::sample(6)).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("// halaqa workshop session file (RON). See README.md, \"The workshop file\".")
    );
    assert_eq!(lines.next(), Some("("));
    assert_eq!(lines.next(), Some("    format: \"halaqa\","));
    assert_eq!(lines.next(), Some("    version: 1,"));
    assert!(text.contains("زَيْنَب عَلِيّ"), "{text}");
    assert!(text.contains("هەڤاڵ ئەحمەد"));
    assert!(text.contains("👩‍💻"));
    assert!(text.contains(r#"subtitle: "Outcome harvesting and lessons learned — حَلَقَة نِقَاش","#));
    // Fields appear in the model's order, the same every time.
    let order: Vec<usize> = ["info:", "agenda:", "participants:", "groups:", "entries:"]
        .iter()
        .map(|field| text.find(field).unwrap())
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
}

#[test]
fn dangerous_characters_are_visible_escapes_in_the_file() {
    let texts = Texts {
        title: "evil\u{202E}txt.exe\r\nline\0".into(),
        ..Texts::default()
    };
    let text = to_ron(&workshop_with(&texts)).unwrap();
    assert!(text.contains(r"evil\u{202e}txt.exe\r\nline\0"), "{text}");
}
