//! Saving: private files, three backups, nothing half-written when the disk refuses.

#[path = "store_support/sample.rs"]
mod sample;
#[path = "support/unwritable.rs"]
mod unwritable;

use halaqa::model::{Change, DeviceId, Document, Workshop, WorkshopInfo};
use halaqa::store::{SaveOptions, StoreError, backup_paths, load, save, save_with, to_ron};
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::{Duration, SystemTime};
use unwritable::make_unwritable;

fn titled(title: &str) -> Workshop {
    let mut doc = Document::new(Workshop::default(), DeviceId::new("t"));
    doc.apply(Change::set_info(WorkshopInfo::titled(title)))
        .unwrap();
    doc.into_workshop()
}

fn title_in(path: &Path) -> String {
    load(path).unwrap().workshop.info().title.clone()
}

fn mode(path: &Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn the_session_and_its_backups_are_private() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("session.ron");
    save(&path, &titled("one")).unwrap();
    save(&path, &titled("two")).unwrap();
    assert_eq!(mode(&path), 0o600);
    assert_eq!(mode(&backup_paths(&path)[0]), 0o600);
    assert_eq!(mode(&dir.path().join(".halaqa-backups")), 0o700);
}

#[test]
fn four_saves_keep_the_three_previous_versions_newest_first() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("session.ron");
    for title in ["first", "second", "third", "fourth"] {
        save(&path, &titled(title)).unwrap();
    }
    let backups = backup_paths(&path);
    assert_eq!(
        backups,
        ["session.ron.1", "session.ron.2", "session.ron.3"]
            .map(|n| dir.path().join(".halaqa-backups").join(n))
    );
    assert_eq!(title_in(&path), "fourth");
    assert_eq!(title_in(&backups[0]), "third");
    assert_eq!(title_in(&backups[1]), "second");
    assert_eq!(title_in(&backups[2]), "first");
    // Only the session and the backup folder: no temp files left beside them.
    assert_eq!(names_in(dir.path()), [".halaqa-backups", "session.ron"]);
    assert_eq!(
        names_in(&dir.path().join(".halaqa-backups")),
        ["session.ron.1", "session.ron.2", "session.ron.3"]
    );
}

#[test]
fn autosave_backs_up_at_most_every_five_minutes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let backups = backup_paths(&path);
    save_with(&path, &titled("a"), SaveOptions::autosave()).unwrap();
    save_with(&path, &titled("b"), SaveOptions::autosave()).unwrap();
    assert_eq!(
        title_in(&backups[0]),
        "a",
        "the first backup is made at once"
    );
    save_with(&path, &titled("c"), SaveOptions::autosave()).unwrap();
    assert_eq!(title_in(&backups[0]), "a", "a fresh backup is not replaced");
    assert!(!backups[1].exists());

    let ten_minutes_ago = SystemTime::now() - Duration::from_secs(600);
    fs::File::options()
        .write(true)
        .open(&backups[0])
        .unwrap()
        .set_modified(ten_minutes_ago)
        .unwrap();
    save_with(&path, &titled("d"), SaveOptions::autosave()).unwrap();
    assert_eq!(title_in(&backups[0]), "c");
    assert_eq!(title_in(&backups[1]), "a");
    assert_eq!(title_in(&path), "d");
}

#[test]
fn a_file_in_an_older_format_is_always_backed_up_before_it_is_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.ron");
    let backups = backup_paths(&path);
    save_with(&path, &titled("a"), SaveOptions::autosave()).unwrap();
    save_with(&path, &titled("b"), SaveOptions::autosave()).unwrap();
    // Pretend the file on disk is from an older halaqa, and the backup is fresh.
    let old = fs::read_to_string(&path)
        .unwrap()
        .replacen("version: 1,", "version: 0,", 1);
    fs::write(&path, &old).unwrap();
    save_with(&path, &titled("c"), SaveOptions::autosave()).unwrap();
    assert_eq!(fs::read_to_string(&backups[0]).unwrap(), old);
}

#[test]
fn saving_into_a_missing_folder_says_so_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gone").join("session.ron");
    let error = save(&path, &titled("x")).unwrap_err();
    assert_eq!(
        error.to_string(),
        format!(
            "{}: cannot save: the folder {} does not exist",
            path.display(),
            dir.path().join("gone").display()
        )
    );
    assert!(names_in(dir.path()).is_empty());
}

#[test]
fn saving_under_a_file_as_folder_or_over_a_folder_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plain");
    fs::write(&file, "x").unwrap();
    let error = save(&file.join("session.ron"), &titled("x")).unwrap_err();
    assert!(
        error.to_string().contains("is a file, not a folder"),
        "{error}"
    );
    let folder = dir.path().join("folder.ron");
    fs::create_dir(&folder).unwrap();
    let error = save(&folder, &titled("x")).unwrap_err();
    assert!(
        error.to_string().contains("this is a folder, not a file"),
        "{error}"
    );
    assert_eq!(names_in(dir.path()), ["folder.ron", "plain"]);
}

#[test]
fn an_unwritable_folder_is_an_error_and_the_file_stays_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("session.ron");
    save(&path, &titled("kept")).unwrap();
    let before = fs::read(&path).unwrap();
    let Some(undo) = make_unwritable(dir.path()) else {
        eprintln!("cannot make a folder unwritable here; case skipped");
        return;
    };
    let result = save(&path, &titled("lost"));
    undo();
    let error = result.unwrap_err();
    assert!(matches!(error, StoreError::Io { .. }));
    assert_eq!(
        error.to_string(),
        format!(
            "{}: cannot save: cannot create a file in its folder: permission denied",
            path.display()
        )
    );
    assert_eq!(fs::read(&path).unwrap(), before);
    assert_eq!(names_in(dir.path()), ["session.ron"]);
}

#[test]
fn saving_through_a_link_writes_the_linked_file_and_keeps_the_link() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.ron");
    let link = dir.path().join("link.ron");
    save(&real, &titled("one")).unwrap();
    std::os::unix::fs::symlink(&real, &link).unwrap();
    save(&link, &titled("two")).unwrap();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(title_in(&real), "two");
}

#[test]
fn the_saved_file_is_exactly_to_ron() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let workshop = sample::sample(5);
    save(&path, &workshop).unwrap();
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        to_ron(&workshop).unwrap()
    );
}
