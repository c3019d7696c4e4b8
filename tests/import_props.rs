//! The importer on any input: it never panics, and what goes into a cell comes out in the
//! participant unchanged (apart from surrounding whitespace).

use halaqa::import::{self, ImportError, ImportOptions};
use halaqa::model::{Workshop, WorkshopInfo};
use proptest::prelude::*;

fn workshop() -> Workshop {
    Workshop::new(WorkshopInfo::titled("Props"))
}

/// Text people put in cells: Arabic with marks, Kurdish, Latin, digits, quotes, separators,
/// line breaks, formulas, bidi controls, emoji.
fn cell() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            prop::char::range('a', 'z'),
            prop::char::range('\u{0621}', '\u{0652}'),
            prop::sample::select(vec![
                'ێ', 'ڕ', 'ە', ' ', ',', ';', '\t', '"', '\n', '\r', '=', '@', '+', '-',
                '\u{202E}', '😀', '٣', '\'',
            ]),
        ],
        0..20,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_bytes_are_planned_or_refused_without_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = import::plan(&bytes, &workshop(), &ImportOptions::default());
        let _ = import::preview(&bytes, &ImportOptions::default(), 5);
    }

    #[test]
    fn any_text_after_a_header_is_planned_or_refused_without_panic(body in "\\PC{0,300}") {
        let text = format!("name;email;phone;gender;age;governorate\n{body}");
        let _ = import::plan(text.as_bytes(), &workshop(), &ImportOptions::default());
    }

    #[test]
    fn cells_come_back_as_written(rows in prop::collection::vec((cell(), cell(), cell()), 1..20)) {
        let mut writer = csv::WriterBuilder::new().from_writer(Vec::new());
        writer.write_record(["name", "organisation", "notes"]).unwrap();
        for (name, organisation, notes) in &rows {
            writer.write_record([name, organisation, notes]).unwrap();
        }
        let bytes = writer.into_inner().unwrap();
        let options = ImportOptions { skip_invalid: true, ..ImportOptions::default() };
        let plan = match import::plan(&bytes, &workshop(), &options) {
            Ok(plan) => plan,
            // A file whose every cell is blank has no header worth the name.
            Err(ImportError::Empty) => return Ok(()),
            Err(error) => return Err(TestCaseError::fail(format!("{error}"))),
        };
        let halaqa::model::Change::Batch(changes) = &plan.change else {
            return Err(TestCaseError::fail("not a batch"));
        };
        // Every added person's notes are some row's notes, trimmed, exactly as written.
        for change in changes {
            let halaqa::model::Change::PutParticipant(person) = change else { continue };
            prop_assert!(!person.name.trim().is_empty());
            prop_assert!(rows.iter().any(|(_, _, notes)| notes.trim() == person.notes));
        }
        // Each non-blank row is added, a duplicate, or skipped: none vanishes.
        let accounted = plan.added.len() + plan.duplicates.len() + plan.skipped.len();
        let non_blank = rows
            .iter()
            .filter(|(a, b, c)| !(a.trim().is_empty() && b.trim().is_empty() && c.trim().is_empty()))
            .count();
        prop_assert_eq!(accounted, non_blank);
    }
}

#[test]
fn more_people_than_a_session_holds_is_refused_before_anything_changes() {
    let csv = "name\nA\nB\nC\nD\n";
    let options = ImportOptions {
        max_participants: 3,
        ..ImportOptions::default()
    };
    let error = import::plan(csv.as_bytes(), &workshop(), &options).unwrap_err();
    assert_eq!(
        error,
        ImportError::TooManyParticipants {
            would_be: 4,
            max: 3
        }
    );
    assert!(
        error
            .to_string()
            .contains("4 participants, more than the 3")
    );
}
