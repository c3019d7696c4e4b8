//! Which column fills which field: header names and their synonyms in English, Arabic and
//! Kurdish, form group prefixes (`group/question`, `group.question` as R writes KoBo exports,
//! `group-question` as ODK Central does, `group:question`), bookkeeping columns, keywords in
//! Google Forms questions, what the values say (a 0/1 choice column is no email), and the
//! user's `--map` and `--ignore`.

use super::table::Row;
use super::{Field, ImportError};
use std::collections::HashMap;
use std::sync::LazyLock;

mod evidence;
mod meta;
mod names;
use evidence::Evidence;
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
    /// Form bookkeeping (`_uuid`, `_submission_time`, `start`, `SubmissionDate`, Timestamp).
    Meta,
    /// An earlier column already fills the same field.
    Repeated,
    /// `--ignore` said so.
    Ignored,
    /// Looked like a field, but its values or its place in the form say otherwise.
    Refused,
    /// Not a header halaqa knows.
    Unknown,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ColumnMatch {
    pub header: String,
    pub field: Option<Field>,
    pub how: MatchHow,
    /// Why, in a few words for the report ("a choice of the multiple-choice question
    /// \"info_mode\"").
    pub why: String,
}

impl ColumnMatch {
    fn set(&mut self, field: Option<Field>, how: MatchHow, why: impl Into<String>) {
        self.field = field;
        self.how = how;
        self.why = why.into();
    }
}

/// Match every header to a field using the rows' values, then apply `--ignore` and `--map`.
pub fn match_columns(
    header: &[String],
    rows: &[Row],
    overrides: &[(Field, String)],
    ignore: &[String],
) -> Result<Vec<ColumnMatch>, ImportError> {
    let evidence = evidence::gather(header, rows);
    let mut columns: Vec<ColumnMatch> = header
        .iter()
        .zip(&evidence)
        .map(|(h, e)| first_look(h, e))
        .collect();
    by_keywords(&mut columns, &evidence);
    mark_repeats(&mut columns);
    for wanted in ignore {
        let index = find_column(header, wanted).ok_or_else(|| {
            ImportError::BadMapping(format!(
                "--ignore {wanted}: there is no column \"{wanted}\" (columns: {})",
                header.join(", ")
            ))
        })?;
        columns[index].set(None, MatchHow::Ignored, "--ignore");
    }
    for (field, wanted) in overrides {
        let key = field.key();
        let why = if wanted.trim().is_empty() {
            format!("--map {key}= (no column fills {key})")
        } else {
            format!("--map took {key} from another column")
        };
        for column in columns.iter_mut().filter(|c| c.field == Some(*field)) {
            column.set(None, MatchHow::Unknown, why.clone());
        }
        if wanted.trim().is_empty() {
            continue;
        }
        let index = find_column(header, wanted).ok_or_else(|| {
            ImportError::BadMapping(format!(
                "--map {key}={wanted}: there is no column \"{wanted}\" (columns: {})",
                header.join(", ")
            ))
        })?;
        columns[index].set(Some(*field), MatchHow::Mapped, "--map");
    }
    Ok(columns)
}

/// Bookkeeping, a known header, or nothing yet (keywords come after, for what is left).
fn first_look(header: &str, evidence: &Evidence) -> ColumnMatch {
    let mut column = ColumnMatch {
        header: header.to_string(),
        field: None,
        how: MatchHow::Unknown,
        why: "not a participant field".to_string(),
    };
    if meta::is_meta(header) {
        column.set(None, MatchHow::Meta, "form bookkeeping");
        return column;
    }
    if let Some(group) = &evidence.choice_of {
        column.set(
            None,
            MatchHow::Refused,
            format!("a choice of the multiple-choice question \"{group}\""),
        );
        return column;
    }
    let Some((field, by_segment)) = by_header(header) else {
        return column;
    };
    if evidence.zero_one_only && !field.is_yes_no() {
        column.set(
            None,
            MatchHow::Refused,
            format!("its values are only 0 and 1, so it is no {}", field.key()),
        );
        return column;
    }
    if field == Field::Name
        && by_segment
        && let Some(word) = evidence::not_the_person(header)
    {
        column.set(
            None,
            MatchHow::Refused,
            format!("the name of the {word}, not of the person"),
        );
        return column;
    }
    column.set(Some(field), MatchHow::Header, "header");
    column
}

/// Questions only fill fields no header named outright, and never from a 0/1 column. For
/// the name, the person's own ("participant name") beats any other, and a place's or
/// somebody else's ("area name", "enumerator name") is never taken.
fn by_keywords(columns: &mut [ColumnMatch], evidence: &[Evidence]) {
    let mut name_candidates = Vec::new();
    for i in 0..columns.len() {
        if columns[i].how != MatchHow::Unknown {
            continue;
        }
        let Some((field, word)) = by_keyword(&columns[i].header) else {
            continue;
        };
        if evidence[i].zero_one_only {
            columns[i].set(
                None,
                MatchHow::Refused,
                format!("mentions \"{word}\" but its values are only 0 and 1"),
            );
            continue;
        }
        if field == Field::Name {
            match evidence::not_the_person(&columns[i].header) {
                Some(other) => columns[i].set(
                    None,
                    MatchHow::Refused,
                    format!("the name of the {other}, not of the person"),
                ),
                None => name_candidates.push(i),
            }
            continue;
        }
        if !columns.iter().any(|c| c.field == Some(field)) {
            columns[i].set(
                Some(field),
                MatchHow::Keyword,
                format!("the question mentions \"{word}\""),
            );
        }
    }
    if columns.iter().any(|c| c.field == Some(Field::Name)) {
        return;
    }
    let best = name_candidates
        .iter()
        .copied()
        .find(|i| evidence::the_person(&columns[*i].header))
        .or_else(|| name_candidates.first().copied());
    if let Some(i) = best {
        let why = if evidence::the_person(&columns[i].header) {
            "the question asks for the person's name"
        } else {
            "the question mentions \"name\""
        };
        columns[i].set(Some(Field::Name), MatchHow::Keyword, why);
    }
}

/// The first column for a field wins; later ones are reported and left out.
fn mark_repeats(columns: &mut [ColumnMatch]) {
    let mut seen: Vec<(Field, String)> = Vec::new();
    for column in columns.iter_mut() {
        if let Some(field) = column.field {
            if let Some((_, first)) = seen.iter().find(|(f, _)| *f == field) {
                let why = format!("\"{first}\" already fills {}", field.key());
                column.set(None, MatchHow::Repeated, why);
            } else {
                seen.push((field, column.header.clone()));
            }
        }
    }
}

/// A `--map` or `--ignore` column: by its header as written, by its last group segment, or
/// by number (1 is the first column).
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

/// Form tools write grouped questions as `group/question` (KoBo), `group.question` (KoBo
/// read by R), `group-question` (ODK Central) or `group:question`: the parts, in order.
pub(crate) fn segments(header: &str) -> Vec<&str> {
    header
        .split(['/', '.', '-', ':'])
        .filter(|part| !part.trim().is_empty())
        .collect()
}

/// The question of `group/question`; the header itself when it has no group.
fn last_segment(header: &str) -> &str {
    segments(header).last().copied().unwrap_or(header)
}

/// A header as compared: folded (case, Arabic letter forms), punctuation as spaces, and the
/// Arabic article ال taken off longer words, so "البريد الإلكتروني" and "بريد الكتروني" meet.
pub fn header_key(header: &str) -> String {
    crate::model::search::loose_key(header)
}

/// `EnumeratorName` as `Enumerator Name`: ODK and KoBo names are often written in camel case.
fn camel_spaced(header: &str) -> String {
    let mut out = String::with_capacity(header.len() + 4);
    let mut previous_lower = false;
    for c in header.chars() {
        if c.is_uppercase() && previous_lower {
            out.push(' ');
        }
        previous_lower = c.is_lowercase() || c.is_ascii_digit();
        out.push(c);
    }
    out
}

/// The field a header names, and whether it took its last group segment to see it.
fn by_header(header: &str) -> Option<(Field, bool)> {
    let whole = header_key(header);
    if let Some(field) = SYNONYMS.get(&whole) {
        return Some((*field, false));
    }
    // Bilingual headers such as "Name / الاسم" have spaces: any half may be the known one.
    if header.trim().contains(char::is_whitespace)
        && let Some(field) = header
            .split('/')
            .map(header_key)
            .find_map(|part| SYNONYMS.get(&part).copied())
    {
        return Some((field, false));
    }
    // Forms write `group/question` without spaces: the question is the last segment (the
    // group's name, say `organisation/org_type`, must not decide the field).
    let segment = last_segment(header);
    for key in [header_key(segment), header_key(&camel_spaced(segment))] {
        if let Some(field) = SYNONYMS.get(&key) {
            return Some((*field, segment.len() != header.trim().len()));
        }
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
/// first ("type of organisation" is the stakeholder type, not the organisation). The field
/// and the word that decided it.
fn by_keyword(header: &str) -> Option<(Field, &'static str)> {
    let keys = [
        format!(" {} ", header_key(header)),
        format!(" {} ", header_key(&camel_spaced(header))),
    ];
    let has = |words: &[&'static str]| -> Option<&'static str> {
        words.iter().copied().find(|w| {
            let word = format!(" {} ", header_key(w));
            keys.iter().any(|key| key.contains(&word))
        })
    };
    if let Some(word) = has(&["consent", "agree", "موافقة", "اوافق", "ڕەزامەندی"])
    {
        let field = if has(&[
            "photo",
            "photos",
            "photograph",
            "photographed",
            "photographs",
            "تصوير",
            "صور",
            "وێنە",
        ])
        .is_some()
        {
            Field::ConsentPhoto
        } else if has(&["quote", "quoted", "اقتباس"]).is_some() {
            Field::ConsentQuote
        } else if has(&["contact", "share", "مشاركة"]).is_some() {
            Field::ConsentContact
        } else {
            Field::ConsentData
        };
        return Some((field, word));
    }
    KEYWORDS
        .iter()
        .find_map(|(field, words)| has(words).map(|word| (*field, word)))
}

#[cfg(test)]
mod tests;
