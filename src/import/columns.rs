//! Which column fills which field: header names and their synonyms in English, Arabic and
//! Kurdish, KoBo group prefixes and metadata columns, keywords in Google Forms questions,
//! and `--map` overrides.

use super::{Field, ImportError};
use crate::model::search::fold;
use std::collections::HashMap;
use std::sync::LazyLock;

mod names;
use names::{HEADER_NAMES, KEYWORDS};

/// How a column came to fill its field, or why it fills none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatchHow {
    /// The header is a known name for the field.
    Header,
    /// The header is a question that mentions the field ("What is your e-mail?").
    Keyword,
    /// `--map` said so.
    Mapped,
    /// KoBo or Google Forms bookkeeping (`_uuid`, `_submission_time`, `start`, Timestamp).
    Meta,
    /// An earlier column already fills the same field.
    Repeated,
    /// Not a header halaqa knows.
    Unknown,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ColumnMatch {
    pub header: String,
    pub field: Option<Field>,
    pub how: MatchHow,
}

/// Match every header to a field, then apply `--map` overrides.
pub fn match_columns(
    header: &[String],
    overrides: &[(Field, String)],
) -> Result<Vec<ColumnMatch>, ImportError> {
    let mut columns: Vec<ColumnMatch> = header
        .iter()
        .map(|h| {
            let (field, how) = if is_meta(h) {
                (None, MatchHow::Meta)
            } else {
                match by_header(h) {
                    Some(field) => (Some(field), MatchHow::Header),
                    None => (None, MatchHow::Unknown),
                }
            };
            ColumnMatch {
                header: h.clone(),
                field,
                how,
            }
        })
        .collect();
    // Questions only fill fields no header named outright.
    for i in 0..columns.len() {
        if columns[i].how == MatchHow::Unknown
            && let Some(field) = by_keyword(&columns[i].header)
            && !columns.iter().any(|c| c.field == Some(field))
        {
            columns[i].field = Some(field);
            columns[i].how = MatchHow::Keyword;
        }
    }
    mark_repeats(&mut columns);
    for (field, wanted) in overrides {
        let index = find_column(header, wanted).ok_or_else(|| {
            ImportError::BadMapping(format!(
                "--map {}={wanted}: there is no column \"{wanted}\" (columns: {})",
                field.key(),
                header.join(", ")
            ))
        })?;
        for column in columns.iter_mut() {
            if column.field == Some(*field) {
                column.field = None;
                column.how = MatchHow::Unknown;
            }
        }
        columns[index].field = Some(*field);
        columns[index].how = MatchHow::Mapped;
    }
    Ok(columns)
}

/// The first column for a field wins; later ones are reported and left out.
fn mark_repeats(columns: &mut [ColumnMatch]) {
    let mut seen = Vec::new();
    for column in columns.iter_mut() {
        if let Some(field) = column.field {
            if seen.contains(&field) {
                column.field = None;
                column.how = MatchHow::Repeated;
            } else {
                seen.push(field);
            }
        }
    }
}

/// A `--map` column: by its header as written, by its last KoBo segment, or by number (1 is
/// the first column).
fn find_column(header: &[String], wanted: &str) -> Option<usize> {
    let wanted_trimmed = wanted.trim();
    let same = |h: &String| h.trim().to_lowercase() == wanted_trimmed.to_lowercase();
    if let Some(i) = header.iter().position(same) {
        return Some(i);
    }
    let key = header_key(wanted_trimmed);
    if let Some(i) = header
        .iter()
        .position(|h| header_key(h) == key)
        .or_else(|| {
            header
                .iter()
                .position(|h| header_key(last_segment(h)) == key)
        })
    {
        return Some(i);
    }
    let number: usize = wanted_trimmed.parse().ok()?;
    (1..=header.len()).contains(&number).then(|| number - 1)
}

/// KoBo writes grouped questions as `group/subgroup/question`.
fn last_segment(header: &str) -> &str {
    header.rsplit('/').next().unwrap_or(header)
}

/// A header as compared: folded (case, Arabic letter forms), punctuation as spaces, and the
/// Arabic article ال taken off longer words, so "البريد الإلكتروني" and "بريد الكتروني" meet.
pub fn header_key(header: &str) -> String {
    let folded = fold(header);
    let spaced: String = folded
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    spaced
        .split_whitespace()
        .map(|word| match word.strip_prefix("ال") {
            Some(rest) if rest.chars().count() >= 2 => rest,
            _ => word,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn is_meta(header: &str) -> bool {
    let segment = last_segment(header.trim());
    if segment.starts_with('_') {
        return true;
    }
    let key = header_key(segment);
    META.contains(&key.as_str()) || header.trim().to_lowercase().starts_with("meta/")
}

/// KoBo's automatic questions and Google Forms' timestamp, compared as header keys.
const META: &[&str] = &[
    "start",
    "end",
    "today",
    "deviceid",
    "subscriberid",
    "simserial",
    "username",
    "audit",
    "instanceid",
    "instancename",
    "deprecatedid",
    "uuid",
    "version",
    "timestamp",
    "submission time",
    "طابع زمني",
];

fn by_header(header: &str) -> Option<Field> {
    let whole = header_key(header);
    if let Some(field) = SYNONYMS.get(&whole) {
        return Some(*field);
    }
    // KoBo writes `group/question` without spaces: the question is the last segment (the
    // group's name, say `organisation/org_type`, must not decide the field).
    let segment = header_key(last_segment(header));
    if let Some(field) = SYNONYMS.get(&segment) {
        return Some(*field);
    }
    // Bilingual headers such as "Name / الاسم" have spaces: any half may be the known one.
    if header.trim().contains(char::is_whitespace) {
        return header
            .split('/')
            .map(header_key)
            .find_map(|part| SYNONYMS.get(&part).copied());
    }
    None
}

static SYNONYMS: LazyLock<HashMap<String, Field>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for (field, names) in HEADER_NAMES {
        for name in *names {
            map.insert(header_key(name), *field);
        }
    }
    map
});

/// Questions as Google Forms writes them ("What is your e-mail address?"): the first field
/// whose keyword appears as whole words wins, in an order where the more specific comes
/// first ("type of organisation" is the stakeholder type, not the organisation).
fn by_keyword(header: &str) -> Option<Field> {
    let key = format!(" {} ", header_key(header));
    let has = |words: &[&str]| {
        words
            .iter()
            .any(|w| key.contains(&format!(" {} ", header_key(w))))
    };
    if has(&["consent", "agree", "موافقة", "اوافق", "ڕەزامەندی"]) {
        return Some(
            if has(&[
                "photo",
                "photos",
                "photograph",
                "photographed",
                "photographs",
                "تصوير",
                "صور",
                "وێنە",
            ]) {
                Field::ConsentPhoto
            } else if has(&["quote", "quoted", "اقتباس"]) {
                Field::ConsentQuote
            } else if has(&["contact", "share", "مشاركة"]) {
                Field::ConsentContact
            } else {
                Field::ConsentData
            },
        );
    }
    KEYWORDS
        .iter()
        .find(|(_, words)| has(words))
        .map(|(field, _)| *field)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(headers: &[&str]) -> Vec<Option<Field>> {
        let header: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
        match_columns(&header, &[])
            .unwrap()
            .into_iter()
            .map(|c| c.field)
            .collect()
    }

    #[test]
    fn english_headers_in_any_case() {
        assert_eq!(
            fields(&["Full Name", "E-mail", "Phone Number", "SEX", "Organization"]),
            [
                Some(Field::Name),
                Some(Field::Email),
                Some(Field::Phone),
                Some(Field::Gender),
                Some(Field::Organisation)
            ]
        );
    }

    #[test]
    fn arabic_headers_with_and_without_hamza_or_article() {
        assert_eq!(
            fields(&[
                "الاسم الكامل",
                "الجنس",
                "المحافظة",
                "الجهة",
                "رقم الهاتف",
                "البريد الالكتروني",
                "العمر",
                "الفئة العمرية",
                "المنصب",
                "القضاء"
            ]),
            [
                Some(Field::Name),
                Some(Field::Gender),
                Some(Field::Governorate),
                Some(Field::Organisation),
                Some(Field::Phone),
                Some(Field::Email),
                Some(Field::Age),
                Some(Field::AgeBand),
                Some(Field::Position),
                Some(Field::District)
            ]
        );
    }

    #[test]
    fn kurdish_headers() {
        assert_eq!(
            fields(&[
                "ناو",
                "ڕەگەز",
                "پارێزگا",
                "ڕێکخراو",
                "ژمارەی مۆبایل",
                "تەمەن"
            ]),
            [
                Some(Field::Name),
                Some(Field::Gender),
                Some(Field::Governorate),
                Some(Field::Organisation),
                Some(Field::Phone),
                Some(Field::Age)
            ]
        );
    }

    #[test]
    fn kobo_group_prefixes_and_meta_columns() {
        let header: Vec<String> = [
            "start",
            "participant/full_name",
            "contact/phone",
            "_uuid",
            "_submission_time",
            "meta/instanceID",
            "_index",
        ]
        .iter()
        .map(|h| h.to_string())
        .collect();
        let columns = match_columns(&header, &[]).unwrap();
        let how: Vec<MatchHow> = columns.iter().map(|c| c.how).collect();
        assert_eq!(
            how,
            [
                MatchHow::Meta,
                MatchHow::Header,
                MatchHow::Header,
                MatchHow::Meta,
                MatchHow::Meta,
                MatchHow::Meta,
                MatchHow::Meta
            ]
        );
        assert_eq!(columns[1].field, Some(Field::Name));
        assert_eq!(columns[2].field, Some(Field::Phone));
    }

    #[test]
    fn google_forms_questions_by_keyword() {
        assert_eq!(
            fields(&[
                "Timestamp",
                "What is your full name?",
                "Your e-mail address",
                "Type of organisation",
                "Name of your organisation",
                "Do you agree to be photographed? (consent)"
            ]),
            [
                None,
                Some(Field::Name),
                Some(Field::Email),
                Some(Field::Stakeholder),
                Some(Field::Organisation),
                Some(Field::ConsentPhoto)
            ]
        );
    }

    #[test]
    fn bilingual_header() {
        assert_eq!(
            fields(&["Gender / الجنس", "Name / الاسم"]),
            [Some(Field::Gender), Some(Field::Name)]
        );
    }

    #[test]
    fn a_repeated_field_keeps_the_first_column() {
        let header: Vec<String> = ["phone", "mobile"].iter().map(|h| h.to_string()).collect();
        let columns = match_columns(&header, &[]).unwrap();
        assert_eq!(columns[1].how, MatchHow::Repeated);
    }

    #[test]
    fn map_overrides_by_name_or_number() {
        let header: Vec<String> = ["Name", "Col B", "Mobile"]
            .iter()
            .map(|h| h.to_string())
            .collect();
        let columns = match_columns(
            &header,
            &[
                (Field::Organisation, "col b".to_string()),
                (Field::Phone, "1".to_string()),
            ],
        )
        .unwrap();
        assert_eq!(columns[1].field, Some(Field::Organisation));
        assert_eq!(columns[0].field, Some(Field::Phone));
        assert_eq!(columns[2].field, None);
        let error = match_columns(&header, &[(Field::Email, "Mail".to_string())]).unwrap_err();
        assert!(error.to_string().contains("no column \"Mail\""));
    }
}
