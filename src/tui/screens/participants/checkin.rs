//! Check-in at the door: a text field that always has focus, the best matches for what was
//! typed (Arabic or Latin, `model::search::score`), Enter to check the chosen person in for
//! today — Enter again takes it back — and a counter of who is here.

use super::rows::checked_in_at;
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
        let mut here: Vec<(&Participant, NaiveTime)> = live
            .filter_map(|p| checked_in_at(p, today).map(|t| (p, t)))
            .collect();
        here.sort_by_key(|(_, time)| std::cmp::Reverse(*time));
        return here.into_iter().take(MOST).map(|(p, _)| p).collect();
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

/// The time recorded for a check-in now: to the minute, as people read it.
pub fn check_in_time(app: &App) -> NaiveTime {
    let now = app.now.time();
    NaiveTime::from_hms_opt(now.hour(), now.minute(), 0).unwrap_or(now)
}

pub fn render(app: &App, workshop: &Workshop, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    let state = &app.participants.check_in;
    let today = app.today();
    let (here, registered) = workshop.checked_in_count(today);
    let width = usize::from(area.width);
    // The long forms when they fit side by side, else shorter ones: the counter always shows.
    let mut counter = format!("checked in today {here} of {registered} registered ");
    let mut title = format!(" Check-in at the door · {}", today.format("%a %-d %b"));
    if title.chars().count() + counter.chars().count() + 1 > width {
        title = " Check-in".to_string();
    }
    if title.chars().count() + counter.chars().count() + 1 > width {
        counter = format!("{here} of {registered} here ");
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
    let hint = if state.query.trim().is_empty() {
        if found.is_empty() {
            " Type a few letters of a name (Arabic or Latin). Ctrl-N registers a walk-in."
        } else {
            " Type a few letters of a name. Checked in most recently:"
        }
    } else if found.is_empty() {
        " Nobody on the list matches. Ctrl-N registers them as a walk-in."
    } else {
        " ↑↓ choose · Enter checks in (again: takes it back) · Ctrl-N walk-in"
    };
    lines.push(Line::styled(hint, theme.dim()));
    frame.render_widget(
        Paragraph::new(lines).block(
            Block::new()
                .borders(Borders::BOTTOM)
                .border_style(theme.border()),
        ),
        Rect {
            height: area.height.min(4),
            ..area
        },
    );
    let list = Rect {
        y: area.y.saturating_add(4),
        height: area.height.saturating_sub(4),
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
