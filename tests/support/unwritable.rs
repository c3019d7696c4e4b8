//! Making a folder refuse new files, for tests of what halaqa does when the disk says no.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

/// Make `dir` unwritable: by permissions, or, for root (who ignores them), with the
/// immutable attribute. Returns how to undo it, or `None` when neither works here (the
/// caller says so and skips: a test that cannot set up its fault proves nothing).
pub fn make_unwritable(dir: &Path) -> Option<Box<dyn Fn()>> {
    let writable = || {
        fs::File::create(dir.join("probe")).is_ok_and(|_| {
            let _ = fs::remove_file(dir.join("probe"));
            true
        })
    };
    fs::set_permissions(dir, fs::Permissions::from_mode(0o500)).ok()?;
    let owned = dir.to_path_buf();
    let undo_mode = move || {
        let _ = fs::set_permissions(&owned, fs::Permissions::from_mode(0o700));
    };
    if !writable() {
        return Some(Box::new(undo_mode));
    }
    undo_mode();
    let chattr = |flag: &str| {
        std::process::Command::new("chattr")
            .arg(flag)
            .arg(dir)
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if chattr("+i") && !writable() {
        let owned = dir.to_path_buf();
        return Some(Box::new(move || {
            let _ = std::process::Command::new("chattr")
                .arg("-i")
                .arg(&owned)
                .output();
        }));
    }
    chattr("-i");
    None
}
