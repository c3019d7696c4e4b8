//! A fresh copy of the bundled demo, moved in time so its first day is today: `halaqa demo`
//! and the Home screen's demo line both come here.

use super::SessionError;
use super::create::remember;
use crate::store::{self, Dirs, demo};
use chrono::NaiveDateTime;
use std::path::{Path, PathBuf};

/// Write the demo for `now` to `<data>/demo/demo-<date>-<time>.ron` and put it on the
/// recent list; returns its path.
pub fn write_demo(dirs: &Dirs, now: NaiveDateTime) -> Result<PathBuf, SessionError> {
    let workshop =
        demo::demo_workshop_on(now.date()).map_err(|e| SessionError::Demo(e.to_string()))?;
    let path = fresh_demo_path(&dirs.data.join("demo"), now)?;
    store::save(&path, &workshop)?;
    remember(dirs, &path);
    Ok(path)
}

/// `demo-<date>-<time>.ron` in `folder`, a name not yet taken (two demos in one second get
/// `-2`, `-3`), with the folder created private to this user: it will hold made-up personal
/// data, and later real copies.
pub fn fresh_demo_path(folder: &Path, now: NaiveDateTime) -> Result<PathBuf, SessionError> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder
        .create(folder)
        .map_err(|source| SessionError::Folder {
            path: folder.to_path_buf(),
            source,
        })?;
    let stem = format!("demo-{}", now.format("%Y-%m-%d-%H%M%S"));
    let mut path = folder.join(format!("{stem}.ron"));
    let mut n = 2;
    while std::fs::symlink_metadata(&path).is_ok() {
        path = folder.join(format!("{stem}-{n}.ron"));
        n += 1;
    }
    Ok(path)
}
