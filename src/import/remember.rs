//! A user's column choices kept per header row, so the next list with the same header (the
//! same form exported again next week) is read the same way: the header's hash, and the
//! choices turned into the workshop's [`ImportMapping`] and back.

use super::{Field, ImportOptions};
use crate::model::ImportMapping;

/// A stable hash of a header row (FNV-1a over its cells as written, each ended by a unit
/// separator), in hex. Stable across builds and machines, unlike the standard hasher, since
/// it is written into the session file.
pub fn header_hash(header: &[String]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for cell in header {
        for byte in cell.as_bytes().iter().chain(&[0x1f]) {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

impl ImportOptions {
    /// These options' column choices, to remember for a header with hash `header`. `None`
    /// when nothing was chosen (the list is read as halaqa would read it anyway).
    pub fn to_mapping(&self, header: &str) -> Option<ImportMapping> {
        let mapping = ImportMapping {
            header: header.to_string(),
            map: self
                .map
                .iter()
                .map(|(field, column)| (field.key().to_string(), column.clone()))
                .collect(),
            ignore: self.ignore.clone(),
            sheet: self.sheet.clone(),
            country: self.country.clone(),
        };
        let nothing = mapping.map.is_empty()
            && mapping.ignore.is_empty()
            && mapping.sheet.is_none()
            && mapping.country.is_none();
        (!nothing).then_some(mapping)
    }

    /// Take the choices of a remembered mapping (a field name this build does not know is
    /// left out).
    pub fn use_mapping(&mut self, mapping: &ImportMapping) {
        self.map = mapping
            .map
            .iter()
            .filter_map(|(key, column)| Field::from_key(key).map(|f| (f, column.clone())))
            .collect();
        self.ignore.clone_from(&mapping.ignore);
        self.sheet.clone_from(&mapping.sheet);
        self.country.clone_from(&mapping.country);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_depends_on_every_cell_and_where_cells_end() {
        let h =
            |cells: &[&str]| header_hash(&cells.iter().map(|c| c.to_string()).collect::<Vec<_>>());
        assert_eq!(h(&["name", "phone"]), h(&["name", "phone"]));
        assert_ne!(h(&["name", "phone"]), h(&["namep", "hone"]));
        assert_ne!(h(&["name", "phone"]), h(&["phone", "name"]));
        assert_eq!(h(&[]).len(), 16);
    }

    #[test]
    fn choices_go_there_and_back() {
        let options = ImportOptions {
            map: vec![(Field::Name, "Q1".into()), (Field::Email, String::new())],
            ignore: vec!["Q7".into()],
            sheet: Some("Data".into()),
            country: Some("JO".into()),
            ..ImportOptions::default()
        };
        let mapping = options.to_mapping("abc").expect("something was chosen");
        let mut back = ImportOptions::default();
        back.use_mapping(&mapping);
        assert_eq!(back, options);
        assert_eq!(ImportOptions::default().to_mapping("abc"), None);
    }

    #[test]
    fn the_newest_twenty_are_kept_and_one_header_has_one_mapping() {
        let mut settings = crate::model::Settings::default();
        for i in 0..25 {
            settings.remember_import_mapping(ImportMapping {
                header: format!("h{i}"),
                ..ImportMapping::default()
            });
        }
        assert_eq!(
            settings.import_mappings.len(),
            crate::model::REMEMBERED_MAPPINGS
        );
        assert!(
            settings.import_mapping("h4").is_none(),
            "the oldest are forgotten"
        );
        assert!(settings.import_mapping("h24").is_some());
        settings.remember_import_mapping(ImportMapping {
            header: "h24".into(),
            country: Some("JO".into()),
            ..ImportMapping::default()
        });
        assert_eq!(settings.import_mappings.len(), 20);
        assert_eq!(
            settings
                .import_mapping("h24")
                .and_then(|m| m.country.as_deref()),
            Some("JO")
        );
    }
}
