//! Temp files a killed save left behind. A save writes `.NAME.XXXXXX.tmp` beside the session
//! and renames it over; killed in between, the temp stays — full size, personal data and all.
//! Each temp is OS-locked by the process writing it for as long as it writes, so a temp whose
//! lock can be taken belongs to nobody alive and is removed by the next save or open.

use std::fs::{self, File};
use std::path::Path;

/// The start of the names of `target`'s temp files.
pub fn temp_prefix(target: &Path) -> String {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "halaqa".to_string());
    format!(".{name}.")
}

/// Remove `target`'s temp files that no live process is writing; the number removed.
/// Best effort: a temp that cannot be read or removed stays for a later try.
pub fn remove_stale_temps(target: &Path) -> usize {
    let folder = super::atomic::folder_of(target);
    let prefix = temp_prefix(target);
    let Ok(entries) = fs::read_dir(&folder) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.starts_with(&prefix) || !name.ends_with(".tmp") {
            continue;
        }
        // Only regular files: never follow a link someone put there.
        if !entry.file_type().is_ok_and(|t| t.is_file()) {
            continue;
        }
        let path = entry.path();
        let Ok(file) = File::open(&path) else {
            continue;
        };
        // Held: a save in progress (this process's or another's). Free: left by a kill.
        if file.try_lock().is_ok() && fs::remove_file(&path).is_ok() {
            removed += 1;
        }
    }
    if removed > 0 {
        tracing::info!(
            file = super::log_fields::file_label(target),
            removed,
            "stale temp files removed"
        );
    }
    removed
}
