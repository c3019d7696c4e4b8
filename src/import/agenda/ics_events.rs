//! Agenda items from an iCalendar file: one item per VEVENT with a start and an end.
//!
//! Times are read as the workshop's local wall-clock times: floating times as they are, and
//! times with a `TZID` by their clock reading (the calendar is taken to be in the workshop's
//! zone). A time in UTC (`…Z`) is refused, as the workshop has no zone to turn it into. A
//! halaqa export comes back as it went out: the kind, speakers, fixed time and optional marks
//! from the description, the room from the location before the venue.

use super::{AgendaImportError, Problem, Proposed, When, values};
use crate::model::{ItemKind, WorkshopInfo};
use chrono::{NaiveDateTime, Timelike};

/// One content line: name, parameters (`VALUE=DATE`, `TZID=…`), value.
struct Property {
    name: String,
    params: Vec<String>,
    value: String,
}

/// Undo the folding (a line break followed by a space or tab continues the line).
fn unfold(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for raw in text.split('\n') {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        match (raw.strip_prefix([' ', '\t']), lines.last_mut()) {
            (Some(rest), Some(last)) => last.push_str(rest),
            _ => lines.push(raw.to_string()),
        }
    }
    lines
}

fn property(line: &str) -> Option<Property> {
    // The value begins at the first colon outside a quoted parameter.
    let mut quoted = false;
    let colon = line.char_indices().find_map(|(i, c)| match c {
        '"' => {
            quoted = !quoted;
            None
        }
        ':' if !quoted => Some(i),
        _ => None,
    })?;
    let (head, value) = (&line[..colon], &line[colon + 1..]);
    let mut parts = head.split(';');
    let name = parts.next()?.trim().to_ascii_uppercase();
    Some(Property {
        name,
        params: parts.map(|p| p.trim().to_ascii_uppercase()).collect(),
        value: value.to_string(),
    })
}

/// A TEXT value without its escapes.
fn unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[derive(Default)]
struct Event {
    number: usize,
    summary: String,
    start: Option<Property>,
    end: Option<Property>,
    duration: Option<String>,
    location: String,
    description: String,
    categories: String,
    repeats: bool,
    cancelled: bool,
}

pub fn read(
    text: &str,
    info: &WorkshopInfo,
) -> Result<(Vec<Proposed>, Vec<String>), AgendaImportError> {
    let mut events = Vec::new();
    let mut current: Option<Event> = None;
    let mut depth = 0usize;
    for line in unfold(text) {
        let Some(p) = property(&line) else { continue };
        match (
            p.name.as_str(),
            p.value.trim().to_ascii_uppercase().as_str(),
        ) {
            ("BEGIN", "VEVENT") if current.is_none() => {
                current = Some(Event {
                    number: events.len() + 1,
                    ..Event::default()
                });
                depth = 0;
            }
            // An alarm inside an event has properties of its own.
            ("BEGIN", _) if current.is_some() => depth += 1,
            ("END", "VEVENT") if depth == 0 => events.extend(current.take()),
            ("END", _) if current.is_some() => depth = depth.saturating_sub(1),
            _ => {
                if let Some(event) = current.as_mut().filter(|_| depth == 0) {
                    take(event, p);
                }
            }
        }
    }
    let mut proposed = Vec::new();
    let mut problems = Vec::new();
    let mut notes = Vec::new();
    let cancelled = events.iter().filter(|e| e.cancelled).count();
    if cancelled > 0 {
        notes.push(format!("{cancelled} cancelled event(s) left out"));
    }
    for event in events.into_iter().filter(|e| !e.cancelled) {
        let whence = if event.summary.trim().is_empty() {
            format!("event {}", event.number)
        } else {
            format!("event {} ({})", event.number, event.summary.trim())
        };
        match one(event, info, whence.clone()) {
            Ok(item) => proposed.push(item),
            Err(reason) => problems.push(Problem { whence, reason }),
        }
    }
    if !problems.is_empty() {
        return Err(AgendaImportError::Invalid(problems));
    }
    Ok((proposed, notes))
}

fn take(event: &mut Event, p: Property) {
    match p.name.as_str() {
        "SUMMARY" => event.summary = unescape(&p.value),
        "DTSTART" => event.start = Some(p),
        "DTEND" => event.end = Some(p),
        "DURATION" => event.duration = Some(p.value.trim().to_string()),
        "LOCATION" => event.location = unescape(&p.value),
        "DESCRIPTION" => event.description = unescape(&p.value),
        "CATEGORIES" => event.categories = unescape(&p.value),
        "RRULE" | "RDATE" => event.repeats = true,
        "STATUS" => event.cancelled = p.value.trim().eq_ignore_ascii_case("CANCELLED"),
        _ => {}
    }
}

/// A DATE-TIME as local time; an all-day DATE and a UTC time are refused with why.
fn local(p: &Property, which: &str) -> Result<NaiveDateTime, String> {
    let value = p.value.trim();
    if p.params.iter().any(|x| x == "VALUE=DATE") || value.len() == 8 {
        return Err(format!("it is an all-day event, with no {which} time"));
    }
    if value.ends_with(['Z', 'z']) {
        return Err(format!(
            "its {which} time {value} is in UTC and the workshop has no time zone to turn it into, so export the calendar with local times"
        ));
    }
    NaiveDateTime::parse_from_str(value, "%Y%m%dT%H%M%S")
        .map_err(|_| format!("its {which} time \"{value}\" is not a date and time"))
}

/// An ISO 8601 duration such as PT1H30M, in minutes.
fn minutes_of(duration: &str) -> Option<u32> {
    let rest = duration.trim().strip_prefix("PT")?;
    let (mut minutes, mut number) = (0u32, String::new());
    for c in rest.chars() {
        match c {
            '0'..='9' => number.push(c),
            'H' | 'M' | 'S' => {
                let n: u32 = number.parse().ok()?;
                number.clear();
                minutes = minutes.checked_add(match c {
                    'H' => n.checked_mul(60)?,
                    'M' => n,
                    _ => n / 60,
                })?;
            }
            _ => return None,
        }
    }
    number.is_empty().then_some(minutes)
}

fn one(event: Event, info: &WorkshopInfo, whence: String) -> Result<Proposed, String> {
    if event.repeats {
        return Err(
            "it repeats (RRULE), and only single events can be imported: expand the series first"
                .to_string(),
        );
    }
    let start = local(event.start.as_ref().ok_or("it has no start time")?, "start")?;
    let end = match (&event.end, &event.duration) {
        (Some(end), _) => local(end, "end")?,
        (None, Some(duration)) => {
            let minutes = minutes_of(duration).ok_or_else(|| {
                format!("its duration \"{duration}\" is not a length such as PT1H30M")
            })?;
            start + chrono::TimeDelta::minutes(i64::from(minutes))
        }
        (None, None) => return Err("it has no end time or duration".to_string()),
    };
    let date = start.date();
    let minute = |at: NaiveDateTime| -> u32 {
        let days = (at.date() - date).num_days().clamp(-1, 2);
        let base = at.time().hour() * 60 + at.time().minute();
        (base as i64 + days * 1440).max(0) as u32
    };
    if event.summary.trim().is_empty() {
        return Err("it has no title (SUMMARY)".to_string());
    }
    let lines: Vec<&str> = event.description.lines().map(str::trim).collect();
    let field = |label: &str| {
        lines
            .iter()
            .find_map(|l| l.strip_prefix(label).map(str::trim))
    };
    let kind = field("Kind:")
        .or(Some(event.categories.as_str()))
        .and_then(|k| values::kind(k).ok())
        .unwrap_or(ItemKind::Other);
    let room = room_of(&event.location, info);
    Ok(Proposed {
        whence,
        when: Some(When::Date(date)),
        start: minute(start),
        end: minute(end),
        title: values::one_line(&event.summary),
        kind,
        speakers: field("Speakers:").map(values::speakers).unwrap_or_default(),
        room,
        location: String::new(),
        pinned: lines.contains(&"Fixed time"),
        optional: lines.contains(&"Optional"),
    })
}

/// A halaqa export writes "ROOM, VENUE" (or just the venue): the venue is the workshop's,
/// not the item's room. Any other location is the room.
fn room_of(location: &str, info: &WorkshopInfo) -> String {
    let location = values::one_line(location);
    let location = location.as_str();
    let venue = info.venue.trim();
    if location.is_empty() || (!venue.is_empty() && location == venue) {
        return String::new();
    }
    if !venue.is_empty()
        && let Some(room) = location.strip_suffix(venue)
        && let Some(room) = room.trim_end().strip_suffix(',')
    {
        return room.trim().to_string();
    }
    location.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_lines_are_joined_and_escapes_undone() {
        let lines = unfold("SUMMARY:Opening\\, wel\r\n come\r\nEND:VEVENT\r\n");
        assert_eq!(lines[0], "SUMMARY:Opening\\, welcome");
        assert_eq!(unescape("a\\, b\\; c\\\\d\\ne"), "a, b; c\\d\ne");
    }

    #[test]
    fn durations_in_iso_form() {
        assert_eq!(minutes_of("PT1H30M"), Some(90));
        assert_eq!(minutes_of("PT45M"), Some(45));
        assert_eq!(minutes_of("P1D"), None);
    }
}
