//! Times and numbers as people type them into a form: "9:30", "09:30", "٩:٣٠" (Arabic-Indic
//! digits) or "۹:۳۰" (the Persian/Kurdish keyboard's digits) are all half past nine. A typing
//! slip gets a sentence that says what is wrong and how to write it, never a guess.

use chrono::NaiveTime;
use thiserror::Error;

/// Why a typed time was refused.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum TimeError {
    #[error("type a time such as 09:30")]
    Empty,
    #[error("\"{0}\" is not a time: write hours and minutes with a colon, e.g. 9:30")]
    NoColon(String),
    #[error("\"{0}\" is not a time: use only digits and one colon, e.g. 14:05")]
    NotDigits(String),
    #[error("\"{text}\": there is no hour {hour} (hours run from 0 to 23)")]
    Hour { text: String, hour: u32 },
    #[error("\"{text}\": there is no minute {minute} (minutes run from 00 to 59)")]
    Minute { text: String, minute: u32 },
    #[error("\"{0}\": write the minutes with two digits, e.g. 9:05")]
    MinuteDigits(String),
}

/// Why a typed number of minutes was refused.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum MinutesError {
    #[error("type how many minutes it lasts, e.g. 45")]
    Empty,
    #[error("the duration cannot be negative: type how many minutes it lasts, e.g. 45")]
    Negative,
    #[error("the duration must be more than 0 minutes")]
    Zero,
    #[error("\"{0}\" is not a number of minutes: type digits only, e.g. 45")]
    NotNumber(String),
    #[error("{0} minutes is longer than a day: split it over several days")]
    TooLong(u32),
}

/// The longest an agenda item may last.
pub const MAX_MINUTES: u32 = 24 * 60;

/// The value of a decimal digit in ASCII, Arabic-Indic (٠–٩) or Extended Arabic-Indic (۰–۹).
pub fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

/// A whole number written in any of the three digit sets; `None` for anything else (signs,
/// spaces inside, letters) or a number too large for `u32`.
pub fn parse_number(text: &str) -> Option<u32> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    text.chars().try_fold(0u32, |acc, c| {
        acc.checked_mul(10)?.checked_add(digit_value(c)?)
    })
}

/// A time of day typed as `H:MM` or `HH:MM`, in any of the three digit sets.
pub fn parse_time(text: &str) -> Result<NaiveTime, TimeError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(TimeError::Empty);
    }
    // The Arabic comma-like separators and the full-width colon are colons on some keyboards.
    let normalised: String = trimmed
        .chars()
        .map(|c| if matches!(c, '：' | '٫') { ':' } else { c })
        .collect();
    let Some((hours, minutes)) = normalised.split_once(':') else {
        return Err(TimeError::NoColon(trimmed.to_string()));
    };
    let all_digits = |s: &str| !s.is_empty() && s.chars().all(|c| digit_value(c).is_some());
    if !all_digits(hours) || !all_digits(minutes) || hours.chars().count() > 2 {
        return Err(TimeError::NotDigits(trimmed.to_string()));
    }
    let hour = parse_number(hours).unwrap_or(u32::MAX);
    let minute = parse_number(minutes).unwrap_or(u32::MAX);
    if hour > 23 {
        return Err(TimeError::Hour {
            text: trimmed.to_string(),
            hour,
        });
    }
    if minutes.chars().count() != 2 {
        if minute > 59 {
            return Err(TimeError::Minute {
                text: trimmed.to_string(),
                minute,
            });
        }
        return Err(TimeError::MinuteDigits(trimmed.to_string()));
    }
    if minute > 59 {
        return Err(TimeError::Minute {
            text: trimmed.to_string(),
            minute,
        });
    }
    NaiveTime::from_hms_opt(hour, minute, 0).ok_or(TimeError::NotDigits(trimmed.to_string()))
}

/// A duration typed as whole minutes ("45", "٤٥", "45 min"), more than 0 and at most a day.
pub fn parse_minutes(text: &str) -> Result<u32, MinutesError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(MinutesError::Empty);
    }
    if trimmed.starts_with(['-', '−']) {
        return Err(MinutesError::Negative);
    }
    let number = ["minutes", "minute", "mins", "min", "m"]
        .iter()
        .find_map(|unit| trimmed.strip_suffix(unit))
        .unwrap_or(trimmed)
        .trim();
    let minutes = parse_number(number).ok_or_else(|| MinutesError::NotNumber(trimmed.into()))?;
    match minutes {
        0 => Err(MinutesError::Zero),
        m if m > MAX_MINUTES => Err(MinutesError::TooLong(m)),
        m => Ok(m),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn the_ways_people_type_half_past_nine() {
        for text in ["9:30", "09:30", " 9:30 ", "٩:٣٠", "۹:۳۰", "٠٩:٣٠", "9：30"] {
            assert_eq!(parse_time(text), Ok(at(9, 30)), "{text}");
        }
        assert_eq!(parse_time("0:00"), Ok(at(0, 0)));
        assert_eq!(parse_time("23:59"), Ok(at(23, 59)));
    }

    #[test]
    fn slips_get_a_sentence_that_says_how_to_write_it() {
        let message = |t: &str| parse_time(t).unwrap_err().to_string();
        assert_eq!(
            message("25:70"),
            "\"25:70\": there is no hour 25 (hours run from 0 to 23)"
        );
        assert_eq!(
            message("9:70"),
            "\"9:70\": there is no minute 70 (minutes run from 00 to 59)"
        );
        assert!(message("9.30").contains("with a colon, e.g. 9:30"));
        assert!(message("930").contains("with a colon"));
        assert!(message("nine:30").contains("only digits"));
        assert!(message("9:5").contains("two digits"));
        assert!(message("").contains("09:30"));
        assert!(message("24:00").contains("no hour 24"));
        assert!(message("-9:30").contains("only digits"));
        assert!(message("123:00").contains("only digits"));
    }

    #[test]
    fn minutes_in_any_digits_and_the_refusals() {
        assert_eq!(parse_minutes("45"), Ok(45));
        assert_eq!(parse_minutes("٤٥"), Ok(45));
        assert_eq!(parse_minutes("۹۰ min"), Ok(90));
        assert_eq!(parse_minutes("0"), Err(MinutesError::Zero));
        assert_eq!(parse_minutes("-15"), Err(MinutesError::Negative));
        assert_eq!(parse_minutes(""), Err(MinutesError::Empty));
        assert_eq!(parse_minutes("1441"), Err(MinutesError::TooLong(1441)));
        assert!(matches!(
            parse_minutes("an hour"),
            Err(MinutesError::NotNumber(_))
        ));
        assert!(matches!(
            parse_minutes("99999999999"),
            Err(MinutesError::NotNumber(_))
        ));
    }
}
