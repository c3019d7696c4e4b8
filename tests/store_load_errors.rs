//! Every way a file can be wrong gives one clear sentence, and loading never writes.

#[path = "store_support/sample.rs"]
mod sample;

use halaqa::store::{MAX_FILE_BYTES, StoreError, load, save, to_ron};
use std::fs;
use std::path::Path;

fn message_for(path: &Path) -> String {
    match load(path) {
        Ok(_) => panic!("{} loaded but should not", path.display()),
        Err(error) => error.to_string(),
    }
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> std::path::PathBuf {
    let path = dir.join(name);
    fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn a_missing_file_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nowhere.ron");
    assert_eq!(
        message_for(&path),
        format!(
            "{}: cannot open: there is no such file or folder",
            path.display()
        )
    );
}

#[test]
fn a_folder_given_as_a_file_says_so() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(
        message_for(dir.path()),
        format!(
            "{}: this is a folder, not a workshop file",
            dir.path().display()
        )
    );
}

#[test]
fn a_file_over_64_mib_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.ron");
    // Sparse: takes no disk space, and would take seconds to read if we did.
    fs::File::create(&path)
        .unwrap()
        .set_len(MAX_FILE_BYTES + 1)
        .unwrap();
    let error = load(&path).unwrap_err();
    assert!(matches!(error, StoreError::TooLarge { bytes, .. } if bytes == MAX_FILE_BYTES + 1));
    assert_eq!(
        error.to_string(),
        format!(
            "{} is 67108865 bytes; halaqa opens workshop files up to 64 MiB",
            path.display()
        )
    );
}

#[test]
fn other_kinds_of_file_are_named_as_not_ours() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (
            "list.json",
            &b"{\"format\": \"halaqa\", \"version\": 1}\n"[..],
            "it looks like JSON",
        ),
        (
            "people.csv",
            b"name,organisation,governorate\nSara,Tammuz,Basra\n",
            "it looks like a table (CSV); to add the people in it to a workshop use `halaqa import participants`",
        ),
        (
            "photo.jpg",
            b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\xfe\xff",
            "it is not a text file",
        ),
        (
            "other.ron",
            b"(name: \"a game\", level: 3)\n",
            "it has no `format: \"halaqa\"` at the top",
        ),
        (
            "notes.txt",
            b"Shopping list: tea, sugar\n",
            "it looks like a table (CSV)",
        ),
        (
            "page.html",
            b"<html><body>hi</body></html>",
            "it looks like HTML or XML",
        ),
        (
            "other-format.ron",
            b"(format: \"other\", version: 1, info: ())\n",
            "its format is \"other\", not \"halaqa\"",
        ),
    ];
    for (name, bytes, reason) in cases {
        let path = write(dir.path(), name, bytes);
        let message = message_for(&path);
        let expected = format!("{} is not a halaqa workshop file ({reason}", path.display());
        assert!(
            message.starts_with(&expected),
            "{message}\nexpected {expected}"
        );
        assert_eq!(fs::read(&path).unwrap(), bytes, "{name} changed");
    }
}

#[test]
fn an_empty_file_is_a_parse_error_at_the_start() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "empty.ron", "");
    assert_eq!(
        message_for(&path),
        format!(
            "{}:1:1: the file is empty; a workshop file starts with (format: \"halaqa\", …)",
            path.display()
        )
    );
}

#[test]
fn a_newer_file_that_parses_opens_read_only_and_one_that_does_not_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let text = to_ron(&sample::sample(4)).unwrap();
    let newer = text.replacen("version: 1,", "version: 7,\n    future_field: [1, 2],", 1);
    let path = write(dir.path(), "newer.ron", &newer);
    let loaded = load(&path).unwrap();
    let reason = loaded.read_only_reason.unwrap();
    assert!(
        reason.contains("newer halaqa (format version 7"),
        "{reason}"
    );
    assert!(reason.contains("read-only"), "{reason}");
    assert_eq!(loaded.workshop.version(), 7);
    // Saving it would drop what this build does not know: refused, file untouched.
    let error = save(&path, &loaded.workshop).unwrap_err();
    assert!(matches!(error, StoreError::Newer { version: 7, .. }));
    assert_eq!(fs::read_to_string(&path).unwrap(), newer);

    let unreadable = write(
        dir.path(),
        "newest.ron",
        "(format: \"halaqa\", version: 9, workshop: (everything: \"moved\"))\n",
    );
    assert_eq!(
        message_for(&unreadable),
        format!(
            "{} was written by a newer halaqa (format version 9) and this one cannot read it; \
             update halaqa to open it",
            unreadable.display()
        )
    );
}

#[test]
fn a_version_no_halaqa_wrote_is_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let text = to_ron(&sample::sample(2))
        .unwrap()
        .replacen("version: 1,", "version: 0,", 1);
    let path = write(dir.path(), "zero.ron", &text);
    let message = message_for(&path);
    assert!(
        message.contains("its format version 0 was never written by a released halaqa"),
        "{message}"
    );
}

#[test]
fn a_wrong_value_names_line_column_and_what_was_expected() {
    let dir = tempfile::tempdir().unwrap();
    let text = to_ron(&sample::sample(2)).unwrap();
    let broken = text.replacen("gender: Female", "gender: Femail", 1);
    let line = 1 + broken[..broken.find("Femail").unwrap()]
        .matches('\n')
        .count();
    let path = write(dir.path(), "typo.ron", &broken);
    let error = load(&path).unwrap_err();
    let StoreError::Parse {
        line: at,
        column,
        message,
        ..
    } = &error
    else {
        panic!("{error}");
    };
    assert_eq!(*at, line);
    assert!(*column > 1);
    assert!(
        message.contains("`Femail` is not a known value here"),
        "{message}"
    );
    assert!(message.contains("Female, Male"), "{message}");
}

#[test]
fn a_byte_order_mark_and_windows_line_ends_are_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let workshop = sample::sample(3);
    let text = to_ron(&workshop).unwrap().replace('\n', "\r\n");
    let path = write(dir.path(), "notepad.ron", format!("\u{FEFF}{text}"));
    assert_eq!(load(&path).unwrap().workshop, workshop);
}

/// A file cut off at any point (a crash mid-copy, a full USB stick) is a parse error with a
/// place, never a panic, and loading leaves the file as it was.
#[test]
fn every_truncation_is_a_parse_error_with_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let text = to_ron(&sample::sample(8)).unwrap();
    let bytes = text.as_bytes();
    let end = text.rfind(')').unwrap(); // cutting only the final newline leaves a valid file
    let mut offsets: Vec<usize> = (0..end).step_by((end / 300).max(1)).collect();
    offsets.extend(0..40.min(end));
    offsets.extend(end.saturating_sub(40)..end);
    // Cuts inside multi-byte characters (Arabic is two bytes, emoji four).
    offsets.extend(
        text.char_indices()
            .filter(|(_, c)| c.len_utf8() > 1)
            .map(|(i, _)| i + 1)
            .step_by(37),
    );
    offsets.sort_unstable();
    offsets.dedup();
    assert!(offsets.len() >= 200, "only {} offsets", offsets.len());

    let path = dir.path().join("cut.ron");
    for offset in offsets {
        let cut = &bytes[..offset];
        fs::write(&path, cut).unwrap();
        let error = match load(&path) {
            Ok(_) => panic!("cut at {offset} loaded"),
            Err(error) => error,
        };
        let StoreError::Parse {
            line,
            column,
            message,
            ..
        } = &error
        else {
            panic!("cut at {offset}: not a parse error: {error}");
        };
        assert!(*line >= 1 && *column >= 1, "cut at {offset}: {error}");
        let says_cut_off = message.contains("cut off") || message.contains("the file is empty");
        assert!(says_cut_off, "cut at {offset}: {error}");
        let shown = error.to_string();
        assert!(
            shown.starts_with(&format!("{}:{line}:{column}: ", path.display())),
            "{shown}"
        );
        assert_eq!(
            fs::read(&path).unwrap(),
            cut,
            "cut at {offset}: file changed"
        );
    }
}
