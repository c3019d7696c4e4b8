//! The previous versions of a session, kept beside it.
//!
//! Where: `<folder of the session>/.halaqa-backups/<file name>.1` is the version before the
//! last save, `.2` the one before that, `.3` the oldest. The folder is private (0700), the
//! files 0600. A backup is made by hard-linking the file about to be replaced (falling back
//! to a copy on disks without hard links, such as FAT32 USB sticks), so the session file
//! itself is never missing, not even for a moment.
//!
//! `save` (and the command line) rotate on every save. The autosaver rotates only when the
//! newest backup is older than [`AUTOSAVE_BACKUP_INTERVAL`], so the three backups span a
//! quarter of an hour of work rather than the last six seconds.

use super::atomic::{create_private_folder, folder_of, sync_folder};
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The folder, beside the session, that holds its backups.
pub const BACKUP_FOLDER: &str = ".halaqa-backups";
/// How many previous versions are kept.
pub const BACKUPS_KEPT: usize = 3;
/// The autosaver's minimum age of the newest backup before it makes another.
pub const AUTOSAVE_BACKUP_INTERVAL: Duration = Duration::from_secs(5 * 60);

/// When a save moves the previous version into the backups.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rotation {
    /// On every save (the command line, Ctrl-S).
    Always,
    /// Only when the newest backup is at least this old (autosave). A file in an older
    /// format version is always backed up, so a migrated file keeps its original.
    WhenOlderThan(Duration),
}

/// Where the backups of `path` live, newest first.
pub fn backup_paths(path: &Path) -> Vec<PathBuf> {
    let folder = folder_of(path).join(BACKUP_FOLDER);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "halaqa".to_string());
    (1..=BACKUPS_KEPT)
        .map(|n| folder.join(format!("{name}.{n}")))
        .collect()
}

/// Move the current `target` into the backups if `rotation` says so. `writing_version` is
/// the format version about to be written.
pub fn rotate(target: &Path, rotation: Rotation, writing_version: u32) -> io::Result<()> {
    match fs::metadata(target) {
        Ok(meta) if meta.is_file() => {}
        // Nothing to back up yet (a new file), or something we will not touch.
        _ => return Ok(()),
    }
    let paths = backup_paths(target);
    if !is_due(target, &paths[0], rotation, writing_version) {
        return Ok(());
    }
    let folder = folder_of(&paths[0]);
    create_private_folder(&folder)?;
    for i in (1..paths.len()).rev() {
        match fs::rename(&paths[i - 1], &paths[i]) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
            _ => {}
        }
    }
    if fs::hard_link(target, &paths[0]).is_err() {
        copy_privately(target, &paths[0])?;
    }
    make_private(&paths[0]);
    sync_folder(&folder);
    Ok(())
}

fn is_due(target: &Path, newest: &Path, rotation: Rotation, writing_version: u32) -> bool {
    let Rotation::WhenOlderThan(interval) = rotation else {
        return true;
    };
    let age = fs::metadata(newest)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok());
    match age {
        Some(age) if age < interval => file_version(target) != Some(writing_version),
        _ => true,
    }
}

/// Copy through a temp file so a half-made copy never sits under a backup's name.
fn copy_privately(from: &Path, to: &Path) -> io::Result<()> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(".copy.").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o600));
    }
    let mut temp = builder.tempfile_in(folder_of(to))?;
    io::copy(&mut fs::File::open(from)?, temp.as_file_mut())?;
    temp.as_file().sync_all()?;
    temp.persist(to).map_err(|e| e.error)?;
    Ok(())
}

/// Backups hold personal data: readable by the owner only.
fn make_private(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = fs::set_permissions(path, fs::Permissions::from_mode(0o600));
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// The `version: N` near the top of a session file, found without parsing the whole file.
pub fn file_version(path: &Path) -> Option<u32> {
    let mut head = Vec::with_capacity(4096);
    fs::File::open(path)
        .ok()?
        .take(4096)
        .read_to_end(&mut head)
        .ok()?;
    let text = String::from_utf8_lossy(&head);
    let after = &text[text.find("version:")? + "version:".len()..];
    let digits: String = after
        .trim_start()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}
