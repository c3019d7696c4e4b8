//! The workshop details form's fields, filled from the workshop's info, and the info read
//! back from them. Every sentence names its field; nothing here changes the workshop.

use crate::model::clock_text::{parse_number, parse_time};
use crate::model::{DayHours, WorkshopInfo};
use crate::tui::kit::form::{Field, Form};
use chrono::{Months, NaiveDate};

pub const TITLE: &str = "Title";
pub const SUBTITLE: &str = "Subtitle";
pub const DESCRIPTION: &str = "Description";
pub const ORGANISERS: &str = "Organisers";
pub const PARTNERS: &str = "Partners";
pub const DONORS: &str = "Donors";
pub const PROGRAMME: &str = "Programme";
pub const REFERENCE: &str = "Grant / ref.";
pub const VENUE: &str = "Venue";
pub const CITY: &str = "City";
pub const START: &str = "Start date";
pub const DAYS: &str = "Days";
pub const DAY_STARTS: &str = "Day starts";
pub const DAY_ENDS: &str = "Day ends";
pub const DAY_HOURS: &str = "Other hours";
pub const TIME_ZONE: &str = "Time zone";
pub const COUNTRY: &str = "Country";
pub const OBJECTIVES: &str = "Objectives";
pub const LANGUAGES: &str = "Languages";
pub const YOUTH: &str = "Youth ages";
pub const ANONYMITY_K: &str = "Anonymity k";

/// How far from today a start date may be: further is almost surely a typing slip.
const YEARS_AWAY: u32 = 5;

/// The form filled from `info`.
pub fn form(info: &WorkshopInfo) -> Form {
    let settings = &info.settings;
    let list = "one a line: Enter starts the next";
    Form::new(
        "Workshop details",
        vec![
            Field::line(TITLE, "as the report's cover shows it", &info.title).required(),
            Field::line(SUBTITLE, "a second line under the title", &info.subtitle),
            Field::lines(
                DESCRIPTION,
                "a few sentences; Enter starts a new line",
                &info.description,
            ),
            Field::list(ORGANISERS, list, &info.organisers),
            Field::list(PARTNERS, list, &info.partners),
            Field::list(DONORS, list, &info.donors),
            Field::line(
                PROGRAMME,
                "the programme or project it belongs to",
                &info.programme,
            ),
            Field::line(
                REFERENCE,
                "the grant or reference number the donor uses",
                &info.reference,
            ),
            Field::line(VENUE, "hotel or hall", &info.venue),
            Field::line(CITY, "", &info.city),
            Field::date(
                START,
                "the first day, YYYY-MM-DD; empty if not known yet",
                info.start,
            ),
            Field::line(DAYS, "how many days, 1 or more", &info.days.to_string()),
            Field::time(
                DAY_STARTS,
                "each day's usual start; an item may still start earlier",
                Some(settings.day_start),
            ),
            Field::time(
                DAY_ENDS,
                "each day's usual end; empty if open",
                settings.day_end,
            ),
            Field::list(
                DAY_HOURS,
                "a day with its own hours, one a line: 2 08:30-16:00",
                &settings
                    .day_hours
                    .iter()
                    .map(hours_text)
                    .collect::<Vec<_>>(),
            ),
            Field::line(
                TIME_ZONE,
                "Region/City, e.g. Asia/Baghdad; empty if not given",
                &info.time_zone,
            ),
            Field::line(
                COUNTRY,
                "two letters, e.g. IQ, JO: phones without +code are read as this country's; empty: IQ",
                &settings.country,
            ),
            Field::list(OBJECTIVES, list, &info.objectives),
            Field::line(
                LANGUAGES,
                "separated by commas, e.g. Arabic, Kurdish, English",
                &info.languages.join(", "),
            ),
            Field::line(
                YOUTH,
                "the ages counted as youth in the figures, e.g. 18-29",
                &format!("{}-{}", settings.youth_min_age, settings.youth_max_age),
            ),
            Field::line(
                ANONYMITY_K,
                "the fewest people an anonymised figure or source may stand for; empty: 5",
                &settings
                    .anonymity_k
                    .map(|k| k.to_string())
                    .unwrap_or_default(),
            ),
        ],
    )
}

/// "2 08:30-16:00": a day's own hours as the form shows them.
fn hours_text(hours: &DayHours) -> String {
    let end = hours.end.map(|e| format!("-{}", e.format("%H:%M")));
    format!(
        "{} {}{}",
        hours.day,
        hours.start.format("%H:%M"),
        end.unwrap_or_default()
    )
}

/// One line of the day-hours list, or why not.
fn read_hours(line: &str, days: u16) -> Result<DayHours, String> {
    let wrong = || format!("\"{line}\" is not a day and its hours; write e.g. 2 08:30-16:00");
    let (day, times) = line
        .trim()
        .split_once(char::is_whitespace)
        .ok_or_else(wrong)?;
    let day = parse_number(day)
        .and_then(|d| u16::try_from(d).ok())
        .ok_or_else(wrong)?;
    if !(1..=days).contains(&day) {
        return Err(format!(
            "day {day} is not one of the workshop's {days} day(s)"
        ));
    }
    let (start, end) = match times.split_once(['-', '–']) {
        Some((start, end)) => (start, Some(end)),
        None => (times, None),
    };
    let start = parse_time(start.trim()).map_err(|e| e.to_string())?;
    let end = end
        .map(|e| parse_time(e.trim()))
        .transpose()
        .map_err(|e| e.to_string())?;
    if let Some(end) = end
        && end <= start
    {
        return Err(format!(
            "day {day} ends at {} but starts at {}; the end must be later",
            end.format("%H:%M"),
            start.format("%H:%M")
        ));
    }
    Ok(DayHours { day, start, end })
}

/// The info the form describes, on top of `old` (its stamp and anything the form does not
/// show), or the field to go to and a sentence naming it.
pub fn read(
    form: &Form,
    old: &WorkshopInfo,
    today: NaiveDate,
) -> Result<WorkshopInfo, (&'static str, String)> {
    let mut info = old.clone();
    let text = |label: &str| form.text(label).trim().to_string();
    info.title = text(TITLE);
    if info.title.is_empty() {
        return Err((TITLE, "Title: the workshop needs a title".to_string()));
    }
    info.subtitle = text(SUBTITLE);
    info.description = form.text(DESCRIPTION).trim_end().to_string();
    info.organisers = form.list(ORGANISERS);
    info.partners = form.list(PARTNERS);
    info.donors = form.list(DONORS);
    info.programme = text(PROGRAMME);
    info.reference = text(REFERENCE);
    info.venue = text(VENUE);
    info.city = text(CITY);
    info.start = match text(START).as_str() {
        "" => None,
        typed => Some(
            crate::tui::kit::form::parse_date(typed)
                .map_err(|e| (START, format!("{START}: {e}")))?,
        ),
    };
    if let Some(start) = info.start {
        let earliest = today.checked_sub_months(Months::new(12 * YEARS_AWAY));
        let latest = today.checked_add_months(Months::new(12 * YEARS_AWAY));
        if earliest.is_some_and(|e| start < e) || latest.is_some_and(|l| start > l) {
            return Err((
                START,
                format!(
                    "{START}: {start} is more than {YEARS_AWAY} years from today; check the year"
                ),
            ));
        }
    }
    let days = text(DAYS);
    info.days = match parse_number(&days).and_then(|d| u16::try_from(d).ok()) {
        Some(0) => {
            return Err((
                DAYS,
                format!("{DAYS}: a workshop lasts at least 1 day, not 0"),
            ));
        }
        Some(days) => days,
        None => return Err((DAYS, format!("{DAYS}: \"{days}\" is not a number of days"))),
    };
    info.settings.day_start = form.time(DAY_STARTS).ok_or_else(|| {
        (
            DAY_STARTS,
            format!("{DAY_STARTS}: write the time the day starts, e.g. 09:00"),
        )
    })?;
    info.settings.day_end = match text(DAY_ENDS).as_str() {
        "" => None,
        typed => Some(parse_time(typed).map_err(|e| (DAY_ENDS, format!("{DAY_ENDS}: {e}")))?),
    };
    if let Some(end) = info.settings.day_end
        && end <= info.settings.day_start
    {
        return Err((
            DAY_ENDS,
            format!(
                "{DAY_ENDS}: the day ends at {} but starts at {}; the end must be later",
                end.format("%H:%M"),
                info.settings.day_start.format("%H:%M")
            ),
        ));
    }
    info.settings.day_hours = form
        .list(DAY_HOURS)
        .iter()
        .map(|line| read_hours(line, info.days))
        .collect::<Result<_, _>>()
        .map_err(|e| (DAY_HOURS, format!("{DAY_HOURS}: {e}")))?;
    info.time_zone = text(TIME_ZONE);
    if !info.time_zone.is_empty() && info.time_zone.parse::<chrono_tz::Tz>().is_err() {
        return Err((
            TIME_ZONE,
            format!(
                "{TIME_ZONE}: \"{}\" is not a time zone; write it as Region/City, e.g. Asia/Baghdad",
                info.time_zone
            ),
        ));
    }
    let country = text(COUNTRY).to_ascii_uppercase();
    if !country.is_empty() && crate::import::values::country(&country).is_none() {
        return Err((
            COUNTRY,
            format!(
                "{COUNTRY}: \"{country}\" is not a country's two-letter code; write e.g. IQ for Iraq, JO for Jordan"
            ),
        ));
    }
    info.settings.country = country;
    info.objectives = form.list(OBJECTIVES);
    info.languages = text(LANGUAGES)
        .split(',')
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    let youth = text(YOUTH);
    let ages: Vec<Option<u32>> = youth
        .split(['-', '–', ' '])
        .filter(|p| !p.is_empty())
        .map(parse_number)
        .collect();
    match ages.as_slice() {
        [Some(min), Some(max)] if min <= max => {
            info.settings.youth_min_age = *min;
            info.settings.youth_max_age = *max;
        }
        _ => {
            return Err((
                YOUTH,
                format!(
                    "{YOUTH}: \"{youth}\" is not an age range; write the youngest and oldest, e.g. 18-29"
                ),
            ));
        }
    }
    let k = text(ANONYMITY_K);
    info.settings.anonymity_k = match k.trim() {
        "" => None,
        typed => match parse_number(typed) {
            // Below 2 a "group" is one person: refused here rather than silently raised.
            Some(k) if k >= 2 => Some(k),
            _ => {
                return Err((
                    ANONYMITY_K,
                    format!(
                        "{ANONYMITY_K}: \"{typed}\" is not a number of 2 or more; e.g. 5 (a figure under 5 people reads <5)"
                    ),
                ));
            }
        },
    };
    Ok(info)
}
