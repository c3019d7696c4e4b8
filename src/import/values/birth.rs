//! Dates of birth as registration lists write them, and the age they give on a given day
//! (the workshop's first): 1998-07-19, 19/07/1998, 19-07-1998, 19.07.1998, 1998/07/19, with a
//! time after it as spreadsheets add one, in Arabic-Indic digits too. Day before month, as
//! Iraq writes dates, unless the numbers only fit the other way (07/19/1998).

use crate::model::search::fold;
use chrono::{Datelike, NaiveDate};

/// The date of birth in `value`, or `None` when it is not a date this reads (a year alone is
/// not guessed at).
pub fn birth_date(value: &str) -> Option<NaiveDate> {
    let folded = fold(value);
    // "1998-07-19T00:00:00", "19/07/1998 00:00:00": the time says nothing here.
    let date_part = folded.split(['t', ' ']).next().unwrap_or("");
    let parts: Vec<&str> = date_part.split(['-', '/', '.']).collect();
    let numbers: Vec<u32> = parts
        .iter()
        .map(|p| p.parse::<u32>().ok())
        .collect::<Option<Vec<u32>>>()?;
    let [a, b, c] = numbers.as_slice() else {
        return None;
    };
    let (a, b, c) = (*a, *b, *c);
    let year_first = parts.first().is_some_and(|p| p.len() == 4);
    let year_last = parts.last().is_some_and(|p| p.len() == 4);
    let date = if year_first {
        NaiveDate::from_ymd_opt(i32::try_from(a).ok()?, b, c)
    } else if year_last {
        let year = i32::try_from(c).ok()?;
        NaiveDate::from_ymd_opt(year, b, a).or_else(|| NaiveDate::from_ymd_opt(year, a, b))
    } else {
        None
    }?;
    (1900..=2100).contains(&date.year()).then_some(date)
}

/// Whole years from `birth` to `day`; `None` when `day` is before `birth`.
pub fn age_on(birth: NaiveDate, day: NaiveDate) -> Option<u32> {
    day.years_since(birth)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_ways_lists_write_a_birthday() {
        for text in [
            "1998-07-19",
            "1998/07/19",
            "19/07/1998",
            "19-07-1998",
            "19.07.1998",
            "07/19/1998",
            "1998-07-19T00:00:00",
            "19/07/1998 00:00:00",
            "١٩٩٨-٠٧-١٩",
        ] {
            assert_eq!(birth_date(text), Some(date(1998, 7, 19)), "{text}");
        }
        assert_eq!(
            birth_date("04/11/1960"),
            Some(date(1960, 11, 4)),
            "day first"
        );
        for bad in ["1998", "19/07/98", "31/02/1998", "soon", "1850-01-01"] {
            assert_eq!(birth_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn age_on_the_first_day() {
        let birth = date(1998, 7, 19);
        assert_eq!(age_on(birth, date(2026, 7, 18)), Some(27));
        assert_eq!(age_on(birth, date(2026, 7, 19)), Some(28));
        assert_eq!(age_on(birth, date(1990, 1, 1)), None);
    }
}
