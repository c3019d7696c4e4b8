//! Check-in at the door: a text field that always has focus, the best matches for what was
//! typed (Arabic or Latin, `model::search::score`), Enter to check the chosen person in for
//! today (what the keys do is in `door.rs`), and a counter of who is here. On a day that is
//! not a workshop day it says so, and shows the choice of the workshop day to record for.

use super::door::{date_text, door_date};
use super::rows::checked_in_at;
use super::state::DayChoice;
use crate::model::search::{Query, fold};
use crate::model::{Participant, Workshop};
use crate::tui::app::App;
use crate::tui::kit::text::{fit, one_line as safe, tail};
use chrono::{NaiveDate, NaiveTime, Timelike};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

/// The most matches listed; nobody scrolls further than this at a door.
const MOST: usize = 50;

/// The people that answer `query`, best first: by score over the name and the other-script
/// name (then phone and organisation, less), then those not yet checked in, then by name.
/// An empty query lists today's check-ins, the latest first, so a mistake can be undone.
pub fn matches<'w>(workshop: &'w Workshop, query: &str, today: NaiveDate) -> Vec<&'w Participant> {
    let query = Query::new(query);
    let live = workshop.participants().filter(|p| !p.erased);
    if query.is_empty() {
        let mut here: Vec<(&Participant, NaiveTime, String)> = live
            .filter_map(|p| checked_in_at(p, today).map(|t| (p, t, fold(&p.name))))
            .collect();
        // The latest first, to the second; the same second by name.
        here.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.2.cmp(&b.2)));
        return here.into_iter().take(MOST).map(|(p, ..)| p).collect();
    }
    let mut scored: Vec<(u32, bool, String, &Participant)> = live
        .filter_map(|p| {
            let by_name = [&p.name, &p.name_other_script]
                .iter()
                .filter_map(|text| query.score(text))
                .max();
            // Organisation and phone find people too, below any name match.
            let score = by_name
                .map(|s| s + 100)
                .or_else(|| query.score_folded(&super::rows::haystack(p)).map(|_| 1))?;
            Some((score, p.attended_on(today), fold(&p.name), p))
        })
        .collect();
    scored.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then_with(|| a.1.cmp(&b.1))
            .then_with(|| a.2.cmp(&b.2))
    });
    scored.into_iter().take(MOST).map(|(.., p)| p).collect()
}

/// The time recorded for a check-in now: to the second, so "most recent" sorts right even
/// when a dozen people come in the same minute (screens still show minutes).
pub fn check_in_time(app: &App) -> NaiveTime {
    let now = app.now.time();
    now.with_nanosecond(0).unwrap_or(now)
}

pub fn render(app: &App, workshop: &Workshop, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    let state = &app.participants.check_in;
    let today = door_date(app);
    let info = workshop.info();
    let day = info.day_of_date(today);
    let (here, registered) = workshop.checked_in_count(today);
    let width = usize::from(area.width);
    // The long forms when they fit side by side, else shorter ones: the counter always shows.
    let (mut counter, mut title) = match (day, state.day) {
        (Some(day), Some(date)) => (
            format!("checked in on day {day}: {here} of {registered} registered "),
            format!(
                " Check-in at the door · for day {day}, {}",
                date.format("%a %-d %b")
            ),
        ),
        (Some(_), None) => (
            format!("checked in today {here} of {registered} registered "),
            format!(" Check-in at the door · {}", today.format("%a %-d %b")),
        ),
        (None, _) => (
            "not a workshop day ".to_string(),
            format!(" Check-in at the door · {}", today.format("%a %-d %b")),
        ),
    };
    if title.chars().count() + counter.chars().count() + 1 > width {
        title = " Check-in".to_string();
    }
    if title.chars().count() + counter.chars().count() + 1 > width {
        counter = match day {
            Some(_) => format!("{here} of {registered} here "),
            None => "no workshop day ".to_string(),
        };
    }
    let gap = width.saturating_sub(title.chars().count() + counter.chars().count());
    let mut lines = vec![
        Line::from(vec![
            Span::styled(title, theme.title()),
            Span::raw(" ".repeat(gap)),
            Span::styled(counter, theme.key()),
        ]),
        Line::from(vec![
            Span::styled(" name › ", theme.key()),
            Span::raw(safe(&tail(&state.query, width.saturating_sub(10)))),
            Span::styled("▏", theme.accent()),
        ]),
    ];
    let found = matches(workshop, &state.query, today);
    let header = match &state.choice {
        Some(choice) => {
            lines.extend(choice_lines(workshop, choice, width, theme));
            5
        }
        None => {
            let hint = if day.is_none() {
                " Not a workshop day: Enter offers the workshop day to record for."
            } else if state.query.trim().is_empty() {
                if found.is_empty() {
                    " Type a few letters of a name (Arabic or Latin). Ctrl-N registers a walk-in."
                } else {
                    " Type a few letters of a name. Checked in most recently:"
                }
            } else if found.is_empty() {
                " Nobody on the list matches. Ctrl-N registers them as a walk-in."
            } else {
                " ↑↓ choose · Enter checks in · Ctrl-O checks out · Ctrl-N walk-in"
            };
            lines.push(Line::styled(fit(hint, width), theme.dim()));
            4
        }
    };
    frame.render_widget(
        Paragraph::new(lines).block(
            Block::new()
                .borders(Borders::BOTTOM)
                .border_style(theme.border()),
        ),
        Rect {
            height: area.height.min(header),
            ..area
        },
    );
    let list = Rect {
        y: area.y.saturating_add(header),
        height: area.height.saturating_sub(header),
        ..area
    };
    if list.height == 0 || found.is_empty() {
        return;
    }
    let room = usize::from(list.height);
    let selected = state.selected.min(found.len() - 1);
    let offset = selected.saturating_sub(room.saturating_sub(1));
    let rows: Vec<Line> = found
        .iter()
        .enumerate()
        .skip(offset)
        .take(room)
        .map(|(i, person)| {
            let line = person_line(person, today, width, theme);
            if i == selected {
                line.patch_style(theme.selected())
            } else {
                line
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(rows), list);
}

/// The open "record for which workshop day?" choice: who, which day, and how to change it.
fn choice_lines(
    workshop: &Workshop,
    choice: &DayChoice,
    width: usize,
    theme: crate::tui::theme::Theme,
) -> Vec<Line<'static>> {
    let days = workshop.info().dated_days();
    let name = workshop
        .participant(choice.person)
        .map(|p| safe(&p.name))
        .unwrap_or_default();
    let day = days
        .get(choice.at)
        .map(|(day, date)| format!("day {day} · {}", date_text(*date)))
        .unwrap_or_default();
    let first = format!(" Record {name}'s check-in for ‹ {day} › ?");
    let second = " ↑↓ day · Enter records · Esc cancels · wrong dates? Overview e (details)";
    vec![
        Line::styled(fit(&first, width), theme.accent()),
        Line::styled(fit(second, width), theme.dim()),
    ]
}

fn person_line(
    person: &Participant,
    today: NaiveDate,
    width: usize,
    theme: crate::tui::theme::Theme,
) -> Line<'static> {
    let here = match checked_in_at(person, today) {
        Some(time) => Span::styled(format!(" ✓ {} ", time.format("%H:%M")), theme.now_marker()),
        None => Span::raw("         "),
    };
    let mut name = safe(&person.name);
    if !person.name_other_script.trim().is_empty() {
        name.push_str("  ");
        name.push_str(&safe(person.name_other_script.trim()));
    }
    let detail: Vec<String> = [&person.organisation, &person.governorate]
        .into_iter()
        .filter(|t| !t.trim().is_empty())
        .map(|t| safe(t.trim()))
        .collect();
    let room = width.saturating_sub(10);
    let name = fit(&name, room * 3 / 5);
    let detail = fit(
        &detail.join(" · "),
        room.saturating_sub(unicode_width::UnicodeWidthStr::width(name.as_str()) + 2),
    );
    Line::from(vec![
        here,
        Span::raw(name),
        Span::styled(format!("  {detail}"), theme.dim()),
    ])
}
