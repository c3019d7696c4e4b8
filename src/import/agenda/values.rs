//! The cells of an agenda: times of day, lengths, dates, day numbers, kinds and speaker lists,
//! as people type them in a spreadsheet.

use crate::model::ItemKind;
use chrono::NaiveDate;

/// Minutes after midnight of "09:30", "9.30", "9:30 am", "14:05:00"; "24:00" is midnight at
/// the end of the day (an item may end then).
pub fn time(text: &str) -> Result<u32, String> {
    let bad = || {
        format!(
            "\"{}\" is not a time of day; write it as HH:MM, for example 09:30",
            text.trim()
        )
    };
    let lower = text.trim().to_lowercase();
    let (clock, half) = if let Some(rest) = lower.strip_suffix("am") {
        (rest.trim(), Some(false))
    } else if let Some(rest) = lower.strip_suffix("pm") {
        (rest.trim(), Some(true))
    } else {
        (lower.as_str(), None)
    };
    let mut parts = clock.split([':', '.']);
    let hours: u32 = parts
        .next()
        .and_then(|h| h.trim().parse().ok())
        .ok_or_else(bad)?;
    let minutes: u32 = match parts.next() {
        Some(m) if m.len() == 2 => m.parse().map_err(|_| bad())?,
        None if half.is_some() => 0,
        _ => return Err(bad()),
    };
    if let Some(seconds) = parts.next()
        && (seconds.len() != 2 || seconds.parse::<u32>().is_err())
    {
        return Err(bad());
    }
    if parts.next().is_some() || minutes > 59 {
        return Err(bad());
    }
    let hours = match half {
        Some(pm) if (1..=12).contains(&hours) => hours % 12 + if pm { 12 } else { 0 },
        Some(_) => return Err(bad()),
        None => hours,
    };
    match in_minutes(hours, minutes) {
        Some(minute) if minute <= 24 * 60 => Ok(minute),
        _ => Err(bad()),
    }
}

/// A length in minutes: "90", "90 min", "1:30", "1h30", "2h", "1 h 15 min".
pub fn duration(text: &str) -> Result<u32, String> {
    let trimmed = text.trim().to_lowercase();
    let bad = || {
        format!(
            "\"{}\" is not a length; write minutes (90) or hours and minutes (1:30)",
            text.trim()
        )
    };
    let compact: String = trimmed.chars().filter(|c| !c.is_whitespace()).collect();
    let minutes = if let Some((h, m)) = compact.split_once(':') {
        number(h).zip(number(m)).and_then(|(h, m)| in_minutes(h, m))
    } else if let Some((h, rest)) = compact.split_once('h') {
        let rest = rest
            .trim_end_matches("minutes")
            .trim_end_matches("mins")
            .trim_end_matches("min")
            .trim_end_matches('m');
        let m = if rest.is_empty() {
            Some(0)
        } else {
            number(rest)
        };
        number(h).zip(m).and_then(|(h, m)| in_minutes(h, m))
    } else {
        number(
            compact
                .trim_end_matches("minutes")
                .trim_end_matches("mins")
                .trim_end_matches("min")
                .trim_end_matches('m'),
        )
    };
    match minutes {
        Some(0) => Err(format!("the length \"{}\" is zero", text.trim())),
        Some(m) if m <= 24 * 60 => Ok(m),
        _ => Err(bad()),
    }
}

/// Hours and minutes as minutes; `None` past what a number holds (a cell of twenty ones).
fn in_minutes(hours: u32, minutes: u32) -> Option<u32> {
    hours.checked_mul(60)?.checked_add(minutes)
}

fn number(text: &str) -> Option<u32> {
    (!text.is_empty() && text.chars().all(|c| c.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// "2026-11-24", "24/11/2026", "24.11.2026"; a time after the date (Excel) is ignored.
pub fn date(text: &str) -> Result<NaiveDate, String> {
    let first = text.split_whitespace().next().unwrap_or("");
    ["%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y"]
        .iter()
        .find_map(|format| NaiveDate::parse_from_str(first, format).ok())
        .ok_or_else(|| {
            format!(
                "\"{}\" is not a date; write it as YYYY-MM-DD, for example 2026-11-24",
                text.trim()
            )
        })
}

/// "1", "Day 1", "day 2".
pub fn day(text: &str) -> Result<u16, String> {
    let lower = text.trim().to_lowercase();
    let digits = lower.strip_prefix("day").unwrap_or(&lower).trim();
    digits
        .parse()
        .map_err(|_| format!("\"{}\" is not a day number such as 1 or 2", text.trim()))
}

/// A kind by its label ("working groups"), ignoring case, spaces, dashes and underscores;
/// empty is "other".
pub fn kind(text: &str) -> Result<ItemKind, String> {
    let key = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .collect::<String>()
            .to_lowercase()
    };
    let wanted = key(text);
    if wanted.is_empty() {
        return Ok(ItemKind::Other);
    }
    ItemKind::ALL
        .into_iter()
        .find(|k| key(k.label()) == wanted || key(k.label()).trim_end_matches('s') == wanted)
        .ok_or_else(|| {
            let labels: Vec<&str> = ItemKind::ALL.iter().map(|k| k.label()).collect();
            format!(
                "the kind \"{}\" is not one of: {}",
                text.trim(),
                labels.join(", ")
            )
        })
}

/// Text on one line without control characters (an escape sequence in a cell would otherwise
/// reach every screen that shows the item); runs of spaces and line breaks become one space.
pub fn one_line(text: &str) -> String {
    let visible: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    visible.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Speakers separated by ";" (or by "," when there is no ";"), blanks left out.
pub fn speakers(text: &str) -> Vec<String> {
    let separator = if text.contains(';') { ';' } else { ',' };
    text.split([separator, '\n'])
        .map(one_line)
        .filter(|name| !name.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_as_people_type_them() {
        assert_eq!(time("09:30"), Ok(570));
        assert_eq!(time("9.30"), Ok(570));
        assert_eq!(time("2:30 pm"), Ok(870));
        assert_eq!(time("12 am"), Ok(0));
        assert_eq!(time("14:05:00"), Ok(845));
        assert_eq!(time("24:00"), Ok(1440));
        // The last two were found by the fuzzer: hours too many to count in minutes.
        for bad in [
            "",
            "9",
            "25:00",
            "9:7",
            "noon",
            "13:00 pm",
            "9:30:1",
            "1111111111:00",
            "4294967295:59",
        ] {
            assert!(time(bad).is_err(), "{bad:?}");
        }
        for bad in ["99999999:00", "4294967295h", "71582789h"] {
            assert!(duration(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn lengths_as_people_type_them() {
        for (text, minutes) in [
            ("90", 90),
            ("90 min", 90),
            ("1:30", 90),
            ("1h30", 90),
            ("2h", 120),
            ("1 h 15 min", 75),
        ] {
            assert_eq!(duration(text), Ok(minutes), "{text}");
        }
        for bad in ["", "0", "long", "1h3x", "-5"] {
            assert!(duration(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn days_with_or_without_the_word() {
        assert_eq!(day("2"), Ok(2));
        assert_eq!(day("Day 2"), Ok(2));
        assert!(day("second").is_err());
    }

    #[test]
    fn kinds_by_label_or_plural() {
        assert_eq!(kind("Working groups"), Ok(ItemKind::WorkingGroups));
        assert_eq!(kind("working-group"), Ok(ItemKind::WorkingGroups));
        assert_eq!(kind("panel"), Ok(ItemKind::Panel));
        assert_eq!(kind(""), Ok(ItemKind::Other));
        assert!(kind("lecture").unwrap_err().contains("presentation"));
    }

    #[test]
    fn text_keeps_no_control_characters() {
        assert_eq!(
            one_line("Evil \u{1b}[31mred\u{7}\n  line"),
            "Evil [31mred line"
        );
    }

    #[test]
    fn speakers_split_on_semicolons_first() {
        assert_eq!(
            speakers("Dr. Ali, Basra University; Sara"),
            ["Dr. Ali, Basra University", "Sara"]
        );
        assert_eq!(speakers("Ali,  Sara ,"), ["Ali", "Sara"]);
    }
}
