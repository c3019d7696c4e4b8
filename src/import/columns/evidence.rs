//! What a column's values and neighbours say about it, beyond its header: a KoBo
//! `select_multiple` exports one 0/1 column per choice (`info_mode/email`), which is never the
//! person's email; `location-area_name` is a place's name, not the person's.

use super::{camel_spaced, header_key, segments};
use crate::import::table::Row;

/// The facts about one column that matching needs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Evidence {
    /// Every non-empty value is 0 or 1 (and there is at least one).
    pub zero_one_only: bool,
    /// The header is `GROUP<sep>choice` where GROUP is itself a column: a choice of a
    /// multiple-choice question.
    pub choice_of: Option<String>,
}

/// The evidence for every column of the table.
pub fn gather(header: &[String], rows: &[Row]) -> Vec<Evidence> {
    let whole: Vec<String> = header.iter().map(|h| h.trim().to_lowercase()).collect();
    header
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let mut seen_any = false;
            let mut only = true;
            for row in rows {
                let value = row.cells.get(i).map_or("", |c| c.trim());
                if value.is_empty() {
                    continue;
                }
                seen_any = true;
                if !matches!(value, "0" | "1") {
                    only = false;
                    break;
                }
            }
            Evidence {
                zero_one_only: seen_any && only,
                choice_of: group_of(h).filter(|group| {
                    let group = group.trim().to_lowercase();
                    whole
                        .iter()
                        .enumerate()
                        .any(|(j, other)| j != i && *other == group)
                }),
            }
        })
        .collect()
}

/// The group part of `group/question` (every separator kept), or `None` without one.
fn group_of(header: &str) -> Option<String> {
    let parts = segments(header);
    if parts.len() < 2 {
        return None;
    }
    let last = parts.last()?;
    // Where the last segment starts in the header (segments are slices of it, so this is
    // a character boundary whatever follows the segment: separators, spaces).
    let cut = (last.as_ptr() as usize).saturating_sub(header.as_ptr() as usize);
    // Drop the separator itself.
    let group = header
        .get(..cut)
        .unwrap_or_default()
        .trim_end_matches(['/', '.', '-', ':']);
    (!group.is_empty()).then(|| group.to_string())
}

/// Words that make a "name" header somebody else's name or a place's: the person filling
/// in the form is not the area, the school, the enumerator or the participant's father.
const NOT_THE_PERSON: &[&str] = &[
    "area",
    "location",
    "place",
    "village",
    "city",
    "town",
    "site",
    "camp",
    "settlement",
    "community",
    "neighbourhood",
    "neighborhood",
    "district",
    "governorate",
    "province",
    "region",
    "locality",
    "facility",
    "school",
    "hospital",
    "organisation",
    "organization",
    "org",
    "project",
    "event",
    "workshop",
    "activity",
    "training",
    "venue",
    "enumerator",
    "interviewer",
    "surveyor",
    "supervisor",
    "staff",
    "team",
    "partner",
    "agency",
    "company",
    "ngo",
    "father",
    "mother",
    "husband",
    "spouse",
    "guardian",
    "form",
    "file",
    "منطقة",
    "موقع",
    "قرية",
    "مدينة",
    "مخيم",
    "منظمة",
    "مدرسة",
    "مشروع",
    "الاب",
    "الام",
    "الزوج",
    "الباحث",
    "ناوچە",
    "گوند",
];

/// Words that make a "name" header the person's own.
const THE_PERSON: &[&str] = &[
    "participant",
    "respondent",
    "beneficiary",
    "attendee",
    "trainee",
    "applicant",
    "person",
    "full",
    "your",
    "مشارك",
    "مشاركة",
    "كامل",
    "ثلاثي",
    "رباعي",
    "بەشداربوو",
    "تەواو",
];

fn has_word(header: &str, words: &[&str]) -> Option<String> {
    let keys = [
        format!(" {} ", header_key(header)),
        format!(" {} ", header_key(&camel_spaced(header))),
    ];
    words
        .iter()
        .find(|w| {
            let word = format!(" {} ", header_key(w));
            keys.iter().any(|key| key.contains(&word))
        })
        .map(|w| (*w).to_string())
}

/// The word that makes `header` a place's or someone else's name, if any.
pub fn not_the_person(header: &str) -> Option<String> {
    has_word(header, NOT_THE_PERSON)
}

/// True when `header` says it is the person's own name ("participant name", "your name").
pub fn the_person(header: &str) -> bool {
    has_word(header, THE_PERSON).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(cells: &[&[&str]]) -> Vec<Row> {
        cells
            .iter()
            .enumerate()
            .map(|(i, r)| Row {
                number: i + 2,
                cells: r.iter().map(|c| c.to_string()).collect(),
            })
            .collect()
    }

    #[test]
    fn zero_one_columns_and_choices_of_a_group() {
        let header: Vec<String> = ["info_mode", "info_mode.email", "email", "consent"]
            .iter()
            .map(|h| h.to_string())
            .collect();
        let evidence = gather(
            &header,
            &rows(&[
                &["email mobile", "1", "a@b.org", "1"],
                &["mobile", "0", "", ""],
            ]),
        );
        assert_eq!(evidence[1].choice_of.as_deref(), Some("info_mode"));
        assert!(evidence[1].zero_one_only);
        assert!(!evidence[2].zero_one_only);
        assert_eq!(evidence[2].choice_of, None);
        assert!(evidence[3].zero_one_only);
    }

    #[test]
    fn place_names_are_not_the_person() {
        assert_eq!(
            not_the_person("location-area_name").as_deref(),
            Some("area")
        );
        assert!(not_the_person("EnumeratorName").is_some(), "camel case");
        assert!(not_the_person("enumerator_name").is_some());
        assert!(not_the_person("participant_name").is_none());
        assert!(the_person("What is your full name?"));
    }
}

#[cfg(test)]
mod group_tests {
    use super::group_of;

    #[test]
    fn a_group_is_cut_at_a_character_boundary_whatever_follows_the_question() {
        assert_eq!(group_of("aid_feedback.email"), Some("aid_feedback".into()));
        assert_eq!(group_of("location-area_name"), Some("location".into()));
        // Found by the property test: a separator and a tab after a three-byte character.
        assert_eq!(group_of("\u{e}:€-\t\u{1}"), Some("\u{e}:€".into()));
        assert_eq!(group_of(":€-"), None);
        assert_eq!(group_of("شيلان/الاسم "), Some("شيلان".into()));
    }
}
