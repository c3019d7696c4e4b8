//! Where halaqa keeps its own files: the data and config folders, the device id, the list
//! of recent sessions.

use super::StoreError;
use crate::model::DeviceId;
use std::path::{Path, PathBuf};

/// The platform folders from `directories`, overridden by `HALAQA_DATA_DIR` and
/// `HALAQA_CONFIG_DIR`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dirs {
    pub data: PathBuf,
    pub config: PathBuf,
}

impl Dirs {
    /// Read the environment and the platform's conventions. Creates nothing.
    pub fn from_env() -> Result<Dirs, StoreError> {
        todo!("store helper")
    }

    /// This machine's device id: created once (random, short) in the config folder and
    /// read back ever after.
    pub fn device_id(&self) -> Result<DeviceId, StoreError> {
        todo!("store helper")
    }

    /// The user's `keymap.ron`, if any.
    pub fn keymap_file(&self) -> PathBuf {
        self.config.join("keymap.ron")
    }

    pub fn recent(&self) -> RecentFiles {
        RecentFiles {
            file: self.data.join("recent.ron"),
        }
    }
}

/// Recently opened sessions, newest first, kept in the data folder.
#[derive(Clone, Debug)]
pub struct RecentFiles {
    file: PathBuf,
}

impl RecentFiles {
    /// The list, newest first; missing or unreadable lists read as empty.
    pub fn list(&self) -> Vec<PathBuf> {
        todo!("store helper")
    }

    /// Put `path` (made absolute) at the front; keeps at most 20.
    pub fn touch(&self, path: &Path) -> Result<(), StoreError> {
        let _ = path;
        todo!("store helper")
    }
}
