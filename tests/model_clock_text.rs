//! Typed times and durations: every way of writing a valid time is read right, in any of
//! the three digit sets; everything else is refused with a sentence, never a panic.

use chrono::{NaiveTime, Timelike};
use halaqa::model::clock_text::{MinutesError, parse_minutes, parse_time};
use proptest::prelude::*;

/// Write `n` in ASCII, Arabic-Indic or Extended Arabic-Indic digits.
fn digits(n: u32, script: u8, width: usize) -> String {
    let base = match script {
        0 => '0' as u32,
        1 => 0x0660,
        _ => 0x06F0,
    };
    format!("{n:0width$}")
        .chars()
        .map(|c| char::from_u32(base + (c as u32 - '0' as u32)).unwrap_or(c))
        .collect()
}

proptest! {
    #[test]
    fn every_valid_time_in_every_script_reads_back(
        hour in 0u32..24,
        minute in 0u32..60,
        script in 0u8..3,
        padded in any::<bool>(),
    ) {
        let text = format!(
            "{}:{}",
            digits(hour, script, if padded { 2 } else { 1 }),
            digits(minute, script, 2)
        );
        let time = parse_time(&text).map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
        prop_assert_eq!((time.hour(), time.minute()), (hour, minute));
    }

    #[test]
    fn out_of_range_hours_and_minutes_are_refused_by_name(
        hour in 0u32..100,
        minute in 0u32..100,
        script in 0u8..3,
    ) {
        prop_assume!(hour >= 24 || minute >= 60);
        let text = format!("{}:{}", digits(hour, script, 2), digits(minute, script, 2));
        let error = parse_time(&text).expect_err("out of range").to_string();
        let named = if hour >= 24 { format!("no hour {hour}") } else { format!("no minute {minute}") };
        prop_assert!(error.contains(&named), "{}", error);
    }

    #[test]
    fn any_text_is_read_or_refused_never_a_panic(text in "\\PC{0,12}") {
        if let Ok(time) = parse_time(&text) {
            // What was accepted is a real time of day that reads back the same.
            let again = parse_time(&time.format("%H:%M").to_string());
            prop_assert_eq!(again, Ok(time));
        }
        let _ = parse_minutes(&text);
    }

    #[test]
    fn a_dot_is_never_a_colon(hour in 0u32..24, minute in 0u32..60) {
        let text = format!("{hour}.{minute:02}");
        prop_assert!(parse_time(&text).expect_err("a dot").to_string().contains("colon"));
    }

    #[test]
    fn durations_from_one_minute_to_a_day_in_any_script(n in 1u32..=1440, script in 0u8..3) {
        prop_assert_eq!(parse_minutes(&digits(n, script, 1)), Ok(n));
        prop_assert_eq!(parse_minutes(&format!("-{n}")), Err(MinutesError::Negative));
    }
}

#[test]
fn the_examples_from_the_issue() {
    let half_past_nine = NaiveTime::from_hms_opt(9, 30, 0);
    assert_eq!(parse_time("٩:٣٠").ok(), half_past_nine);
    assert_eq!(parse_time("۹:۳۰").ok(), half_past_nine);
    assert!(parse_time("25:70").is_err());
    assert!(parse_time("9.30").is_err());
    assert_eq!(parse_minutes("0"), Err(MinutesError::Zero));
}
