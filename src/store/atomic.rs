//! Replacing a file so that at every moment either the old or the new version is complete on
//! disk: write a private temp file beside it, fsync it, rename it over the target, fsync the
//! folder so the rename itself survives a power cut.

use super::StoreError;
use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The folder a file lives in; `.` for a bare file name.
pub fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Write `bytes` to `target` atomically. `before_rename` runs once the new text is safely on
/// disk and just before it replaces the old file (backup rotation goes there). On any error
/// the target is unchanged and no temp file is left behind.
pub fn write_atomically(
    target: &Path,
    bytes: &[u8],
    before_rename: impl FnOnce(),
) -> Result<(), StoreError> {
    let folder = folder_of(target);
    check_folder(target, &folder)?;
    if fs::metadata(target).is_ok_and(|m| m.is_dir()) {
        return Err(StoreError::io_message(
            target,
            "cannot save: this is a folder, not a file",
        ));
    }
    // What an earlier, killed save left; then our own temp, locked while we write it.
    super::stale_temps::remove_stale_temps(target);
    let prefix = super::stale_temps::temp_prefix(target);
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o600));
    }
    // The temp file deletes itself when dropped, so every early return below cleans up.
    let mut temp = builder.tempfile_in(&folder).map_err(|e| {
        StoreError::io(
            target,
            "cannot save: cannot create a file in its folder",
            &e,
        )
    })?;
    // Held until the temp is renamed or removed, so a sweep elsewhere leaves it alone. Where
    // the file system has no locks the sweep cannot take one either, and removes nothing.
    let _ = temp.as_file().try_lock();
    temp.write_all(bytes)
        .and_then(|()| temp.as_file().sync_all())
        .map_err(|e| StoreError::io(target, "cannot save", &e))?;
    before_rename();
    temp.persist(target)
        .map_err(|e| StoreError::io(target, "cannot save: cannot replace the file", &e.error))?;
    sync_folder(&folder);
    Ok(())
}

/// A clear sentence when the folder is missing or is not a folder, before trying anything.
fn check_folder(target: &Path, folder: &Path) -> Result<(), StoreError> {
    match fs::metadata(folder) {
        Ok(meta) if meta.is_dir() => Ok(()),
        Ok(_) => Err(StoreError::io_message(
            target,
            format!("cannot save: {} is a file, not a folder", folder.display()),
        )),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(StoreError::io_message(
            target,
            format!(
                "cannot save: the folder {} does not exist",
                folder.display()
            ),
        )),
        Err(e) => Err(StoreError::io(
            target,
            "cannot save: cannot reach its folder",
            &e,
        )),
    }
}

/// Make a rename in `folder` durable. Best effort: some file systems (FAT, network drives)
/// cannot fsync a folder, and the file itself is already safely written by then.
pub fn sync_folder(folder: &Path) {
    if let Ok(dir) = File::open(folder) {
        let _ = dir.sync_all();
    }
}

/// Create a private folder (0700) and any missing parents.
pub fn create_private_folder(folder: &Path) -> std::io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(folder)
}
