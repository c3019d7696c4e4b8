//! Where halaqa keeps its own files: the data and config folders, the device id, the list
//! of recent sessions.

use super::StoreError;
use super::atomic::{create_private_folder, write_atomically};
use crate::model::DeviceId;
use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

/// How many sessions the recent list keeps.
pub const RECENT_KEPT: usize = 20;

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
        let platform = directories::ProjectDirs::from("org", "halaqa", "halaqa");
        let data = folder_from_env("HALAQA_DATA_DIR")
            .or_else(|| platform.as_ref().map(|p| p.data_dir().to_path_buf()));
        let config = folder_from_env("HALAQA_CONFIG_DIR")
            .or_else(|| platform.as_ref().map(|p| p.config_dir().to_path_buf()));
        match (data, config) {
            (Some(data), Some(config)) => Ok(Dirs { data, config }),
            _ => Err(StoreError::io_message(
                Path::new("HALAQA_DATA_DIR"),
                "no home folder found to keep halaqa's own files in; set HALAQA_DATA_DIR and \
                 HALAQA_CONFIG_DIR to folders halaqa may use",
            )),
        }
    }

    /// This machine's device id: created once (random, short) in the config folder and
    /// read back ever after.
    pub fn device_id(&self) -> Result<DeviceId, StoreError> {
        let file = self.config.join("device-id");
        match fs::read_to_string(&file) {
            Ok(text) if is_device_id(text.trim()) => return Ok(DeviceId::new(text.trim())),
            // A damaged id is replaced: the id only has to be unique, not stable forever.
            Ok(_) => {}
            Err(e) if e.kind() == ErrorKind::NotFound => {}
            Err(e) => return Err(StoreError::io(&file, "cannot read the device id", &e)),
        }
        create_private_folder(&self.config)
            .map_err(|e| StoreError::io(&self.config, "cannot create the config folder", &e))?;
        let id = new_device_id();
        write_atomically(&file, format!("{id}\n").as_bytes(), || {})?;
        Ok(DeviceId::new(id))
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

/// A folder named by an environment variable, made absolute so a later change of the
/// working folder does not move it.
fn folder_from_env(key: &str) -> Option<PathBuf> {
    let value = std::env::var_os(key).filter(|v| !v.is_empty())?;
    let path = PathBuf::from(value);
    Some(std::path::absolute(&path).unwrap_or(path))
}

fn is_device_id(text: &str) -> bool {
    (4..=64).contains(&text.len())
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Twelve random hex digits: the random tail of a UUID v7 (its last six bytes are random).
fn new_device_id() -> String {
    let bytes = uuid::Uuid::now_v7().into_bytes();
    bytes[10..].iter().map(|b| format!("{b:02x}")).collect()
}

/// Recently opened sessions, newest first, kept in the data folder.
#[derive(Clone, Debug)]
pub struct RecentFiles {
    file: PathBuf,
}

impl RecentFiles {
    /// The list, newest first; missing or unreadable lists read as empty.
    pub fn list(&self) -> Vec<PathBuf> {
        fs::read_to_string(&self.file)
            .ok()
            .and_then(|text| ron::from_str::<Vec<PathBuf>>(&text).ok())
            .unwrap_or_default()
    }

    /// Put `path` (made absolute) at the front; keeps at most 20.
    pub fn touch(&self, path: &Path) -> Result<(), StoreError> {
        let path = fs::canonicalize(path)
            .or_else(|_| std::path::absolute(path))
            .map_err(|e| StoreError::io(path, "cannot find the full path", &e))?;
        let mut list = self.list();
        list.retain(|p| p != &path);
        list.insert(0, path);
        list.truncate(RECENT_KEPT);
        self.write(&list)
    }

    /// Take `path` off the list (a file that has gone away).
    pub fn forget(&self, path: &Path) -> Result<(), StoreError> {
        let mut list = self.list();
        let before = list.len();
        list.retain(|p| p != path);
        if list.len() == before {
            return Ok(());
        }
        self.write(&list)
    }

    fn write(&self, list: &[PathBuf]) -> Result<(), StoreError> {
        if let Some(folder) = self.file.parent() {
            create_private_folder(folder)
                .map_err(|e| StoreError::io(folder, "cannot create the data folder", &e))?;
        }
        let config = ron::ser::PrettyConfig::new().new_line("\n");
        let text = ron::ser::to_string_pretty(&list, config).map_err(|e| {
            StoreError::io_message(&self.file, format!("cannot write the recent list: {e}"))
        })?;
        write_atomically(&self.file, format!("{text}\n").as_bytes(), || {})
    }
}
