//! A session that does not load: `check` and `open` list its backups and say how to restore
//! one; `halaqa restore FILE [--backup N]` puts one back, keeping the damaged file.

use super::RestoreArgs;
use crate::store::{self, Damage};
use std::fmt::Write as _;
use std::io::Write;
use std::path::{Path, PathBuf};

/// A load error on a damaged session that has backups: `run` prints the error on its line,
/// then the backups and the command that restores one.
#[derive(Debug, thiserror::Error)]
#[error("{}", damage.error)]
pub struct DamagedSession {
    pub path: PathBuf,
    pub damage: Damage,
}

impl DamagedSession {
    /// The lines after the error: the backups, newest first, and how to restore one.
    pub fn advice(&self) -> String {
        let path = self.path.display();
        let mut text = format!("Backups of {path}, newest first:\n");
        for backup in &self.damage.backups {
            let _ = writeln!(text, "  {}  {}", backup.number, backup.describe());
        }
        let newest = self
            .damage
            .backups
            .iter()
            .find(|b| b.contents.is_ok())
            .map_or(1, |b| b.number);
        let _ = writeln!(
            text,
            "To restore one: halaqa restore {path} --backup {newest} (the damaged file is kept \
             beside it as {path}.corrupt-<time>, never overwritten)"
        );
        text
    }
}

/// Load `path`; a damaged file with backups comes back as a [`DamagedSession`].
pub fn load_or_advise(path: &Path) -> anyhow::Result<store::Loaded> {
    match store::load(path) {
        Ok(loaded) => Ok(loaded),
        Err(error) if store::is_damage(&error) => {
            let backups = store::backups_of(path);
            tracing::warn!(
                file = store::file_label(path),
                cause = store::error_kinds(&error),
                backups = backups.len(),
                "damaged session found"
            );
            if backups.is_empty() {
                return Err(error.into());
            }
            Err(DamagedSession {
                path: path.to_path_buf(),
                damage: Damage { error, backups },
            }
            .into())
        }
        Err(error) => Err(error.into()),
    }
}

pub fn run(args: RestoreArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let now = chrono::Local::now().naive_local();
    let restored = match store::restore(&args.file, args.backup, now, args.take_lock) {
        Err(store::StoreError::Locked { holder, .. }) if holder.unconfirmed.is_some() => {
            return Err(super::session::unconfirmed(&args.file, &holder).into());
        }
        other => other?,
    };
    let path = args.file.display();
    writeln!(
        out,
        "Restored {path} from backup {} ({}).",
        restored.backup.number,
        restored.backup.describe()
    )?;
    if let Some(kept) = &restored.kept_as {
        writeln!(out, "The damaged file is kept as {}.", kept.display())?;
    }
    Ok(())
}
