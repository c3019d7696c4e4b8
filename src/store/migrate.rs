//! Bringing files written by older versions of halaqa up to this build's format.
//!
//! A migration step turns the text of version `n` into the text of version `n + 1`; the
//! chain runs from the file's version to [`FORMAT_VERSION`]. The steps work on text through
//! typed snapshots of the old schema (deserialise the frozen old structs, convert, serialise
//! the next version), not on `ron::Value`: ron 0.12's `Value` drops enum variant names and
//! struct names (`Female` reads back as `()`), so a round trip through it loses data.
//!
//! Version 1 is the first format, so there are no steps yet; the first one goes here as
//! `Migration { from: 1, run: v1_to_v2 }` with the version-1 structs in `migrate/v1.rs`.

use crate::model::FORMAT_VERSION;
use ron::error::SpannedError;

/// The oldest format version this build can read.
pub const OLDEST_READABLE: u32 = 1;

/// One step of the chain: text of version `from` to text of version `from + 1`.
#[derive(Clone, Copy)]
pub struct Migration {
    pub from: u32,
    pub run: fn(&str) -> Result<String, MigrationError>,
}

/// Every step, oldest first.
const MIGRATIONS: &[Migration] = &[];

#[derive(Debug)]
pub enum MigrationError {
    /// The old text does not parse as its version's schema.
    #[allow(dead_code)] // made by the first real step; `load` already reports it
    Parse(SpannedError),
    /// No chain of steps leads from this version to the current one.
    Unsupported(String),
}

/// Migrate `text`, in format version `from`, to [`FORMAT_VERSION`].
pub fn migrate(text: &str, from: u32) -> Result<String, MigrationError> {
    migrate_with(text, from, FORMAT_VERSION, MIGRATIONS)
}

/// The chain over any list of steps, so the mechanism can be tested before a real step
/// exists.
pub fn migrate_with(
    text: &str,
    from: u32,
    to: u32,
    steps: &[Migration],
) -> Result<String, MigrationError> {
    let oldest = steps.first().map_or(to, |s| s.from).min(OLDEST_READABLE);
    if from < oldest {
        return Err(MigrationError::Unsupported(format!(
            "its format version {from} was never written by a released halaqa; \
             this one reads versions {oldest} to {to}"
        )));
    }
    let mut text = text.to_string();
    for version in from..to {
        let step = steps.iter().find(|s| s.from == version).ok_or_else(|| {
            MigrationError::Unsupported(format!(
                "this halaqa cannot convert format version {version} to {}",
                version + 1
            ))
        })?;
        text = (step.run)(&text)?;
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bump(text: &str) -> Result<String, MigrationError> {
        Ok(format!("{text}+"))
    }

    fn broken(_: &str) -> Result<String, MigrationError> {
        Err(MigrationError::Unsupported("broken step".into()))
    }

    const STEPS: &[Migration] = &[
        Migration { from: 1, run: bump },
        Migration { from: 2, run: bump },
    ];

    #[test]
    fn the_chain_runs_every_step_from_the_files_version() {
        assert_eq!(migrate_with("x", 1, 3, STEPS).unwrap(), "x++");
        assert_eq!(migrate_with("x", 2, 3, STEPS).unwrap(), "x+");
        assert_eq!(migrate_with("x", 3, 3, STEPS).unwrap(), "x");
    }

    #[test]
    fn a_version_older_than_any_step_or_a_gap_is_a_clear_error() {
        let Err(MigrationError::Unsupported(why)) = migrate_with("x", 0, 3, STEPS) else {
            panic!("version 0 must be refused");
        };
        assert!(why.contains("version 0"), "{why}");
        let gap = &[Migration { from: 1, run: bump }];
        assert!(matches!(
            migrate_with("x", 1, 3, gap),
            Err(MigrationError::Unsupported(_))
        ));
        let failing = &[Migration {
            from: 1,
            run: broken,
        }];
        assert!(migrate_with("x", 1, 2, failing).is_err());
    }

    #[test]
    fn version_zero_is_refused_by_this_build() {
        assert!(matches!(
            migrate("(format: \"halaqa\", version: 0)", 0),
            Err(MigrationError::Unsupported(_))
        ));
    }
}
