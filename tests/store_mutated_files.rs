//! Damaged session files never crash the loader: the demo file with bytes flipped, cut,
//! repeated or dropped either loads or is refused with a sentence naming the file.

use halaqa::store;
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Damage {
    /// Replace the byte at this fraction of the file.
    Flip(f64, u8),
    /// Cut the file at this fraction.
    Cut(f64),
    /// Remove this many bytes from this fraction on.
    Drop(f64, usize),
    /// Repeat a stretch of this many bytes at this fraction.
    Repeat(f64, usize),
    /// Insert one of the characters parsers trip on.
    Insert(f64, &'static str),
}

fn damage() -> impl Strategy<Value = Damage> {
    let at = 0.0..1.0f64;
    prop_oneof![
        (at.clone(), any::<u8>()).prop_map(|(a, b)| Damage::Flip(a, b)),
        at.clone().prop_map(Damage::Cut),
        (at.clone(), 1..200usize).prop_map(|(a, n)| Damage::Drop(a, n)),
        (at.clone(), 1..400usize).prop_map(|(a, n)| Damage::Repeat(a, n)),
        (
            at,
            prop::sample::select(vec![
                "(",
                ")",
                "[",
                "]",
                "\"",
                "\\",
                ",",
                ":",
                "Some(",
                "99999999999999999999",
                "-1",
                "\u{0}",
                "\u{202e}",
                "r#\"",
                "/*",
                "é",
                "🙂",
            ])
        )
            .prop_map(|(a, s)| Damage::Insert(a, s)),
    ]
}

fn apply(bytes: &mut Vec<u8>, damage: &Damage) {
    let at = |f: f64, len: usize| ((len as f64) * f) as usize % len.max(1);
    match *damage {
        Damage::Flip(f, b) => {
            let i = at(f, bytes.len());
            bytes[i] = b;
        }
        Damage::Cut(f) => bytes.truncate(at(f, bytes.len())),
        Damage::Drop(f, n) => {
            let i = at(f, bytes.len());
            let end = (i + n).min(bytes.len());
            bytes.drain(i..end);
        }
        Damage::Repeat(f, n) => {
            let i = at(f, bytes.len());
            let end = (i + n).min(bytes.len());
            let stretch = bytes[i..end].to_vec();
            bytes.splice(i..i, stretch);
        }
        Damage::Insert(f, s) => {
            let i = at(f, bytes.len());
            bytes.splice(i..i, s.bytes());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn a_damaged_demo_file_loads_or_is_refused_with_a_sentence(
        damages in proptest::collection::vec(damage(), 1..4)
    ) {
        let mut bytes = store::demo::demo_text().as_bytes().to_vec();
        for d in &damages {
            if !bytes.is_empty() {
                apply(&mut bytes, d);
            }
        }
        let folder = tempfile::tempdir().expect("temp folder");
        let path = folder.path().join("damaged.ron");
        std::fs::write(&path, &bytes).expect("written");
        match store::load(&path) {
            Ok(loaded) => {
                // What loads can be saved and loaded again unchanged.
                let again = folder.path().join("again.ron");
                store::save(&again, &loaded.workshop).expect("saves");
                prop_assert_eq!(store::load(&again).expect("loads").workshop, loaded.workshop);
            }
            Err(error) => {
                let message = error.to_string();
                prop_assert!(message.contains("damaged.ron"), "{message}");
                prop_assert!(!message.trim().is_empty());
            }
        }
    }
}
