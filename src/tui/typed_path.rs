//! A path typed into a form made usable, the same way in every form: `~/` is the home
//! folder, and a relative path is from the folder halaqa was started in (as on the command
//! line).

use std::path::{Path, PathBuf};

pub fn expand(typed: &str) -> PathBuf {
    let typed = typed.trim();
    let path = match typed.strip_prefix("~/") {
        Some(rest) => match std::env::var_os("HOME") {
            Some(home) => Path::new(&home).join(rest),
            None => PathBuf::from(typed),
        },
        None => PathBuf::from(typed),
    };
    if path.is_relative()
        && let Ok(cwd) = std::env::current_dir()
    {
        return cwd.join(path);
    }
    path
}
