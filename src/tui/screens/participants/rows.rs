//! Which people the table shows, in which order: the filter (Arabic-aware, over name,
//! other-script name, organisation, governorate, phone and email) and the sort column.
//! Also how a person's text is made safe to draw.

use super::state::SortColumn;
use crate::model::search::{Query, fold};
use crate::model::{Gender, Participant, Workshop};
use chrono::{NaiveDate, NaiveTime};
use unicode_width::UnicodeWidthStr;

/// The people the table lists, filtered by `filter` and sorted by `sort`. Deleted people
/// are never listed; erased ones only while no filter is typed (they have no name to match).
pub fn visible<'w>(
    workshop: &'w Workshop,
    filter: &str,
    sort: SortColumn,
    today: NaiveDate,
) -> Vec<&'w Participant> {
    let query = Query::new(filter);
    let mut people: Vec<&Participant> = workshop
        .participants()
        .filter(|p| {
            if query.is_empty() {
                return true;
            }
            !p.erased && query.matches_folded(&haystack(p))
        })
        .collect();
    // Folding once per person, not once per comparison: 2,000 people sort in well under a
    // millisecond this way.
    people.sort_by_cached_key(|p| sort_key(p, sort, today));
    people
}

/// Everything the filter looks at, folded, in one string. The phone is there twice: as
/// stored (+9647701234567) and as people say it (07701234567), so either finds it.
pub fn haystack(person: &Participant) -> String {
    let mut text = String::new();
    for part in [
        person.name.as_str(),
        person.name_other_script.as_str(),
        person.organisation.as_str(),
        person.governorate.as_str(),
        person.phone.as_str(),
        person.email.as_str(),
    ] {
        text.push_str(part);
        // A separator no query can contain, so words do not run across fields.
        text.push_str(" \u{1F} ");
    }
    if let Some(national) = person.phone.trim().strip_prefix("+964") {
        text.push('0');
        text.push_str(national);
    }
    fold(&text)
}

/// (column value, name) folded; erased people last, where they bother nobody.
fn sort_key(person: &Participant, sort: SortColumn, today: NaiveDate) -> (bool, String, String) {
    let name = fold(&person.name);
    let column = match sort {
        SortColumn::Name => String::new(),
        SortColumn::Organisation => blank_last(fold(&person.organisation)),
        SortColumn::Governorate => blank_last(fold(&person.governorate)),
        SortColumn::Gender => format!("{}", person.gender as u8),
        SortColumn::Stakeholder => format!("{:02}", person.stakeholder as u8),
        SortColumn::CheckedIn => match checked_in_at(person, today) {
            Some(time) => format!("0{}", time.format("%H:%M:%S")),
            None => "1".to_string(),
        },
    };
    (person.erased, column, name)
}

/// Empty values sort after every written one.
fn blank_last(value: String) -> String {
    if value.is_empty() {
        "\u{10FFFF}".to_string()
    } else {
        value
    }
}

/// When the person was checked in on `date`, if they were.
pub fn checked_in_at(person: &Participant, date: NaiveDate) -> Option<NaiveTime> {
    person
        .attendance
        .iter()
        .find(|a| a.date == date)
        .map(|a| a.time)
}

/// A person's text as it may be drawn: control characters shown as `�` (a newline or tab
/// as a space), and the bidi embeddings, overrides and isolates left out, so that a name
/// cannot reverse or hide the text drawn after it.
pub fn safe(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\n' | '\t' | '\r' => Some(' '),
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => None,
            c if c.is_control() => Some('\u{FFFD}'),
            c => Some(c),
        })
        .collect()
}

/// The name to show: the name, or "(erased)" for a person erased on request.
pub fn shown_name(person: &Participant) -> String {
    if person.erased {
        "(erased)".to_string()
    } else {
        safe(&person.name)
    }
}

/// Gender in a table cell: short, and empty when not given.
pub fn gender_cell(gender: Gender) -> &'static str {
    match gender {
        Gender::Female => "female",
        Gender::Male => "male",
        Gender::Other => "other",
        Gender::PreferNotToSay => "—",
        Gender::Unknown => "",
    }
}

/// `text` cut to `width` display columns, with "…" when cut.
pub fn fit(text: &str, width: usize) -> String {
    crate::tui::widgets::cut::cut(text, width)
}

/// The end of `text` that fits in `width` columns: where the cursor is stays visible however
/// much is typed.
pub fn tail(text: &str, width: usize) -> String {
    let mut out: Vec<char> = Vec::new();
    let mut used = 0;
    for c in text.chars().rev() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out.into_iter().rev().collect()
}

/// `text` broken at spaces into lines of at most `width` columns, each starting with a
/// space (a word longer than a line is cut).
pub fn wrap_words(text: &str, width: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        if !line.is_empty() && line.width() + 1 + word.width() > width {
            out.push(std::mem::take(&mut line));
        }
        line.push(' ');
        line.push_str(word);
    }
    if !line.is_empty() {
        out.push(line);
    }
    out.into_iter().map(|l| fit(&l, width)).collect()
}

/// A shorter word for a category where a chart or a table column is narrow; other labels
/// as they are.
pub fn short_label(label: &str) -> &str {
    match label {
        "local government" => "local gov.",
        "national government" => "national gov.",
        "international partner" => "intl partner",
        "private sector" => "private",
        "with a disability" => "disability",
        "without a disability" => "no disability",
        "prefer not to say" => "not saying",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str, other: &str, organisation: &str) -> Participant {
        let mut p = Participant::new(name);
        p.name_other_script = other.to_string();
        p.organisation = organisation.to_string();
        p
    }

    #[test]
    fn the_filter_finds_arabic_spellings_and_phones_as_people_say_them() {
        let mut p = person("Ibrahim Ali", "إبراهيم علي", "Tamkeen");
        p.phone = "+9647701234567".to_string();
        let text = haystack(&p);
        for query in ["ابراهيم", "ibra", "tamk", "07701234", "+964770", "علي"] {
            assert!(Query::new(query).matches_folded(&text), "{query}");
        }
        assert!(!Query::new("basra").matches_folded(&text));
    }

    #[test]
    fn safe_text_hides_controls_and_bidi_overrides() {
        assert_eq!(safe("a\u{1b}[2Jb"), "a\u{FFFD}[2Jb");
        assert_eq!(safe("x\u{202E}yz\u{2066}"), "xyz");
        assert_eq!(safe("two\nlines"), "two lines");
        assert_eq!(safe("ليلى"), "ليلى");
    }
}
