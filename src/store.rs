//! Files: load, save, backups, lock, autosave, migrate, folders, templates, the demo.
//!
//! Uses `model`; never names ratatui or crossterm.

mod autosave;
pub mod demo;
mod dirs;
mod error;
mod load;
mod lock;
mod save;
pub mod templates;

pub use autosave::{Autosaver, SaveReport, SaveState};
pub use dirs::{Dirs, RecentFiles};
pub use error::StoreError;
pub use load::{Loaded, MAX_FILE_BYTES, load};
pub use lock::{LockGuard, LockInfo, Locking, lock};
pub use save::{backup_paths, save, to_ron};
