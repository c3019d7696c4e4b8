//! Drafts beside the session: written privately and atomically, read back equal (Arabic,
//! control and bidi characters included), removed cleanly, damaged ones reported.

use chrono::NaiveDate;
use halaqa::model::{EntryKind, Id};
use halaqa::store::drafts::{Draft, draft_path, load_draft, remove_draft, save_draft};
use proptest::prelude::*;
use std::path::PathBuf;

fn at() -> chrono::NaiveDateTime {
    NaiveDate::from_ymd_opt(2025, 3, 10)
        .and_then(|d| d.and_hms_opt(14, 32, 0))
        .expect("valid time")
}

fn session_in(folder: &tempfile::TempDir) -> PathBuf {
    folder.path().join("closing.ron")
}

#[test]
fn the_draft_lives_beside_the_session() {
    assert_eq!(
        draft_path(std::path::Path::new("/x/closing.ron")),
        PathBuf::from("/x/closing.ron.draft")
    );
}

#[test]
fn a_draft_round_trips_and_is_private() {
    let folder = tempfile::tempdir().expect("temp");
    let session = session_in(&folder);
    assert_eq!(load_draft(&session).expect("no draft is fine"), None);
    let draft = Draft::new(
        at(),
        None,
        Some(Id::new()),
        EntryKind::Challenge,
        "التصاريح تستغرق أسابيع\nsecond line \u{202e}\u{0}",
    );
    save_draft(&session, &draft).expect("saved");
    let text = std::fs::read_to_string(draft_path(&session)).expect("file");
    assert!(text.starts_with("// halaqa draft"), "{text}");
    assert!(text.contains("التصاريح"), "Arabic stays readable");
    assert!(text.contains("\\u{202e}"), "bidi override escaped");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(draft_path(&session))
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    assert_eq!(load_draft(&session).expect("read"), Some(draft));
    remove_draft(&session).expect("removed");
    assert!(!draft_path(&session).exists());
    remove_draft(&session).expect("removing twice is fine");
}

#[test]
fn a_damaged_draft_is_an_error_naming_the_file_and_is_left_alone() {
    let folder = tempfile::tempdir().expect("temp");
    let session = session_in(&folder);
    std::fs::write(draft_path(&session), "(format: \"halaqa-draft\", vers").expect("write");
    let error = load_draft(&session).expect_err("damaged").to_string();
    assert!(error.contains("closing.ron.draft"), "{error}");
    assert!(draft_path(&session).exists());
}

proptest! {
    #[test]
    fn any_text_round_trips(text in "\\PC*|[\\u{0}-\\u{1f}\\u{202a}-\\u{202e}\"\\\\a-zا-ي]*") {
        let folder = tempfile::tempdir().expect("temp");
        let session = session_in(&folder);
        let draft = Draft::new(at(), Some(Id::new()), None, EntryKind::Plan, text);
        save_draft(&session, &draft).expect("saved");
        prop_assert_eq!(load_draft(&session).expect("read"), Some(draft));
    }
}
