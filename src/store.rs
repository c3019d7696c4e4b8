//! Files: load, save, backups, lock, autosave, migrate, folders, templates, the demo.
//!
//! Uses `model`; knows nothing of the terminal.

mod atomic;
mod autosave;
mod backups;
pub mod demo;
mod dirs;
pub mod drafts;
mod error;
mod load;
mod lock;
mod log_fields;
mod log_file;
mod migrate;
mod parse_error;
mod readable;
mod recovery;
mod save;
mod stale_temps;
pub mod templates;
mod untrusted;

pub use autosave::{Autosaver, SaveReport, SaveState};
pub use backups::{AUTOSAVE_BACKUP_INTERVAL, BACKUP_FOLDER, BACKUPS_KEPT, Rotation};
pub use dirs::{Dirs, RecentFiles};
pub use error::StoreError;
pub use load::{LoadProgress, Loaded, MAX_FILE_BYTES, WORKSHOP_FILE, load, load_reporting, parse};
pub use lock::{LockGuard, LockInfo, Locking, lock, take_over};
pub use log_fields::{error_kinds, file_label};
pub use log_file::{
    LOG_FILE, LOG_FILE_CAP, LOG_FILES_KEPT, LOG_FOLDER, log_folder, log_turned_off, start_log,
};
pub use recovery::{BackupInfo, Counts, Damage, Restored, backups_of, damage, is_damage, restore};
pub use save::{FILE_COMMENT, SaveOptions, backup_paths, save, save_with, to_ron};
pub use untrusted::{
    AGENDA_FILE, CSV_FILE, FileKind, KEYMAP_FILE, ReadProgress, read_regular_file,
    read_regular_file_reporting,
};
