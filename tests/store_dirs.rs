//! halaqa's own folders: the device id and the recent-files list.

use halaqa::store::Dirs;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;

fn dirs_in(root: &std::path::Path) -> Dirs {
    Dirs {
        data: root.join("data"),
        config: root.join("config"),
    }
}

#[test]
fn the_folders_come_from_the_environment_when_set() {
    let root = tempfile::tempdir().unwrap();
    // SAFETY: the only test in this file that touches the environment, and nothing in this
    // test binary reads these variables on another thread.
    unsafe {
        std::env::set_var("HALAQA_DATA_DIR", root.path().join("d"));
        std::env::set_var("HALAQA_CONFIG_DIR", root.path().join("c"));
    }
    let dirs = Dirs::from_env().unwrap();
    assert_eq!(dirs.data, root.path().join("d"));
    assert_eq!(dirs.config, root.path().join("c"));
    assert_eq!(dirs.keymap_file(), root.path().join("c").join("keymap.ron"));
    assert!(!root.path().join("d").exists(), "from_env creates nothing");
}

#[test]
fn the_device_id_is_made_once_privately_and_read_back() {
    let root = tempfile::tempdir().unwrap();
    let dirs = dirs_in(root.path());
    let first = dirs.device_id().unwrap();
    assert_eq!(first.0.len(), 12);
    assert!(first.0.chars().all(|c| c.is_ascii_hexdigit()), "{first}");
    assert_eq!(dirs.device_id().unwrap(), first);
    let file = root.path().join("config").join("device-id");
    assert_eq!(
        fs::metadata(&file).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let other = dirs_in(tempfile::tempdir().unwrap().path())
        .device_id()
        .unwrap();
    assert_ne!(other, first, "two machines get two ids");
}

#[test]
fn recent_files_are_newest_first_without_duplicates_and_at_most_twenty() {
    let root = tempfile::tempdir().unwrap();
    let recent = dirs_in(root.path()).recent();
    assert!(recent.list().is_empty(), "no list yet reads as empty");
    let session = |n: usize| {
        let path = root.path().join(format!("s{n}.ron"));
        fs::write(&path, "").unwrap();
        path
    };
    recent.touch(&session(1)).unwrap();
    recent.touch(&session(2)).unwrap();
    recent.touch(&session(1)).unwrap();
    let real = |n: usize| fs::canonicalize(session(n)).unwrap();
    assert_eq!(recent.list(), vec![real(1), real(2)]);
    for n in 0..30 {
        recent.touch(&session(n)).unwrap();
    }
    let list = recent.list();
    assert_eq!(list.len(), 20);
    assert_eq!(list[0], real(29));
    assert!(list.iter().all(|p| p.is_absolute()));
}

#[test]
fn a_damaged_recent_list_reads_as_empty_and_is_replaced_on_touch() {
    let root = tempfile::tempdir().unwrap();
    let dirs = dirs_in(root.path());
    fs::create_dir_all(&dirs.data).unwrap();
    fs::write(dirs.data.join("recent.ron"), "[\"half").unwrap();
    let recent = dirs.recent();
    assert!(recent.list().is_empty());
    recent.touch(&PathBuf::from("/nowhere/x.ron")).unwrap();
    assert_eq!(recent.list(), vec![PathBuf::from("/nowhere/x.ron")]);
}
