//! Drawing the Agenda screen: the live panel on top, the days with their items, and the
//! selected item's details at the bottom. Reads the app; changes nothing.

use super::form::person_name;
use super::handlers::selected;
use super::live_panel;
use super::text::{PIN, kind_style, symbol};
use crate::model::live::drift_text;
use crate::model::schedule::clock_text;
use crate::model::{AgendaItem, Workshop};
use crate::tui::app::App;
use crate::tui::kit::text::{fit, pad};
use crate::tui::screen::Screen;
use crate::tui::theme::Theme;
use crate::tui::widgets::no_session;
use chrono::NaiveDateTime;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// Below this width the who/where column is left out (it is in the details).
const WIDE: u16 = 100;
const ACTUAL_WIDTH: usize = 20;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    let Some(session) = app.session.as_ref() else {
        no_session::render(frame, area, theme, "Agenda");
        return;
    };
    let workshop = session.workshop();
    let live = live_panel::lines(app, workshop, area.width);
    let details_height = if area.height >= 20 { 4 } else { 3 };
    let [live_area, list_area, details_area] = Layout::vertical([
        Constraint::Length(live.len() as u16 + 1),
        Constraint::Fill(1),
        Constraint::Length(details_height),
    ])
    .areas(area);
    let mut top = live;
    top.push(rule(theme, "", area.width));
    frame.render_widget(Paragraph::new(top), live_area);
    render_list(app, workshop, frame, list_area);
    render_details(app, workshop, frame, details_area);
}

fn rule(theme: Theme, title: &str, width: u16) -> Line<'static> {
    let used = unicode_width::UnicodeWidthStr::width(title);
    Line::from(vec![
        Span::styled(title.to_string(), theme.heading()),
        Span::styled(
            "─".repeat(usize::from(width).saturating_sub(used)),
            theme.border(),
        ),
    ])
}

/// The days to show: every workshop day, and any day an item sits on beyond them.
fn days(workshop: &Workshop) -> std::ops::RangeInclusive<u16> {
    let last_item_day = workshop.agenda().iter().map(|i| i.day).max().unwrap_or(1);
    1..=workshop.info().days.max(last_item_day).max(1)
}

fn render_list(app: &App, workshop: &Workshop, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    let width = area.width;
    let selected_index = app.list(Screen::Agenda).selected;
    let mut lines: Vec<Line> = Vec::new();
    let mut selected_line = 0;
    let mut index = 0;
    let today = workshop.info().day_of_date(app.today());
    if workshop.agenda().is_empty() {
        lines.push(Line::styled(
            " No agenda yet: a adds an item, t lays out a template's agenda.",
            theme.dim(),
        ));
    }
    for day in days(workshop) {
        let slots = workshop.day_plan(day);
        let items = workshop.agenda_of_day(day);
        lines.push(day_heading(
            workshop,
            day,
            &slots,
            today == Some(day),
            app.now,
            theme,
        ));
        if items.is_empty() {
            lines.push(Line::styled("   nothing planned", theme.dim()));
        }
        let problems = workshop.timing_problems(day);
        for (item, slot) in items.iter().zip(&slots) {
            let troubled = problems.iter().any(|p| p.involves(item.id));
            let times = (slot.start, slot.end, troubled);
            let mut line = item_line(workshop, item, times, width, theme);
            if index == selected_index {
                selected_line = lines.len();
                line = line.patch_style(theme.selected());
            }
            lines.push(line);
            index += 1;
        }
    }
    let height = usize::from(area.height);
    // Keep the selection in view with a little of what follows it.
    let offset = if selected_line + 2 < height {
        0
    } else {
        (selected_line + 3).saturating_sub(height)
    };
    let visible: Vec<Line> = lines.into_iter().skip(offset).take(height).collect();
    frame.render_widget(Paragraph::new(visible), area);
}

fn day_heading(
    workshop: &Workshop,
    day: u16,
    slots: &[crate::model::schedule::Slot],
    is_today: bool,
    now: NaiveDateTime,
    theme: Theme,
) -> Line<'static> {
    let date = workshop
        .info()
        .date_of_day(day)
        .map(|d| d.format(" · %a %-d %b %Y").to_string())
        .unwrap_or_default();
    let span = match (slots.first(), slots.iter().map(|s| s.end).max()) {
        (Some(first), Some(end)) => format!(
            " · {}–{} · {} item{}",
            clock_text(first.start),
            clock_text(end),
            slots.len(),
            if slots.len() == 1 { "" } else { "s" }
        ),
        _ => String::new(),
    };
    let mut spans = vec![Span::styled(
        format!(" Day {day}{date}{span}"),
        theme.heading(),
    )];
    if is_today {
        spans.push(Span::styled(" · today", theme.now_marker()));
        if let Some(drift) = workshop.drift(day, now) {
            let style = if drift > 0 {
                theme.warning()
            } else {
                theme.dim()
            };
            spans.push(Span::styled(format!(" ({})", behind_text(drift)), style));
        }
    }
    Line::from(spans)
}

/// "12 min behind", "3 min ahead", "on time".
pub fn behind_text(drift: i64) -> String {
    match drift {
        0 => "on time".to_string(),
        d if d > 0 => format!("{d} min behind"),
        d => format!("{} min ahead", d.unsigned_abs()),
    }
}

/// One agenda line; `times` is the planned start, end and whether it overlaps, leaves a gap
/// or runs past the day's end (the time is then drawn as an error and the selected-item
/// panel says why). An item with a room has its title led by the room, so parallel
/// sessions read side by side in time order.
fn item_line(
    workshop: &Workshop,
    item: &AgendaItem,
    (start, end, troubled): (u32, u32, bool),
    width: u16,
    theme: Theme,
) -> Line<'static> {
    let running = item.actual_start.is_some() && item.actual_end.is_none();
    let done = item.actual_end.is_some();
    let marker = if running {
        Span::styled("▶ ", theme.now_marker())
    } else if done {
        Span::styled("✓ ", theme.dim())
    } else {
        Span::raw("  ")
    };
    let late_night = end > super::moves::MIDNIGHT;
    let time_style = if late_night || troubled {
        theme.error()
    } else {
        theme.accent()
    };
    let time = Span::styled(
        format!("{}–{}", clock_text(start), clock_text(end)),
        time_style,
    );
    let pin = Span::styled(
        if item.pinned {
            format!(" {PIN} ")
        } else {
            "   ".to_string()
        },
        theme.warning(),
    );
    let kind = Span::styled(
        format!("{} ", symbol(item.kind)),
        kind_style(theme, item.kind),
    );
    let wide = width >= WIDE;
    let flexible = usize::from(width).saturating_sub(2 + 11 + 3 + 2 + ACTUAL_WIDTH + 1);
    // On a wide screen the title and who/where share the room.
    let (title_width, who_width) = if wide {
        (flexible / 2, flexible.saturating_sub(flexible / 2 + 1))
    } else {
        (flexible.max(1), 0)
    };
    let title_style = if item.dropped {
        // Dropped when the day ran late: still there, struck through, restorable (R).
        theme
            .dim()
            .add_modifier(ratatui::style::Modifier::CROSSED_OUT)
    } else if done {
        theme.dim()
    } else {
        theme.text()
    };
    let title = match item.room.trim() {
        "" => item.title.clone(),
        room => format!("{room} · {}", item.title),
    };
    let mut spans = vec![
        marker,
        time,
        pin,
        kind,
        Span::styled(pad(&title, title_width), title_style),
    ];
    if wide {
        spans.push(Span::styled(
            format!(" {}", pad(&who_and_where(workshop, item), who_width)),
            theme.dim(),
        ));
    }
    let (actual, style) = actual_text(item, theme);
    spans.push(Span::styled(
        format!(" {}", pad(&actual, ACTUAL_WIDTH)),
        style,
    ));
    Line::from(spans)
}

/// Planned against actual: "09:10–09:36 +1 min", "started 10:05", "optional".
fn actual_text(item: &AgendaItem, theme: Theme) -> (String, ratatui::style::Style) {
    match (item.actual_start, item.actual_end) {
        (Some(start), Some(end)) => {
            let over = Workshop::overrun(item).unwrap_or(0);
            let style = if over > 0 {
                theme.warning()
            } else {
                theme.dim()
            };
            (
                format!(
                    "{}–{} {}",
                    start.format("%H:%M"),
                    end.format("%H:%M"),
                    drift_text(over)
                ),
                style,
            )
        }
        (Some(start), None) => (
            format!("started {}", start.format("%H:%M")),
            theme.now_marker(),
        ),
        _ if item.dropped => ("dropped (R restores)".to_string(), theme.warning()),
        _ if item.optional => ("optional".to_string(), theme.dim()),
        _ => (String::new(), theme.dim()),
    }
}

/// "Hall B", or "main room" for an item without a room.
fn room_name(item: &AgendaItem) -> &str {
    match item.room.trim() {
        "" => "main room",
        room => room,
    }
}

fn who_and_where(workshop: &Workshop, item: &AgendaItem) -> String {
    let mut people: Vec<String> = item
        .speakers
        .iter()
        .map(|p| person_name(workshop, p))
        .collect();
    if let Some(moderator) = &item.moderator {
        people.push(format!("mod. {}", person_name(workshop, moderator)));
    }
    let mut parts = Vec::new();
    if !people.is_empty() {
        parts.push(people.join(", "));
    }
    if !item.location.is_empty() {
        parts.push(item.location.clone());
    }
    parts.join(" · ")
}

fn render_details(app: &App, workshop: &Workshop, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    let width = usize::from(area.width);
    let mut lines = vec![rule(theme, " Selected ", area.width)];
    match selected(app) {
        None => lines.push(Line::styled(" nothing selected", theme.dim())),
        Some(item) => {
            let slot = workshop
                .day_plan(item.day)
                .into_iter()
                .find(|s| s.id == item.id);
            let mut facts = vec![
                item.kind.label().to_string(),
                format!("{} min", item.minutes),
            ];
            if let Some(slot) = slot {
                facts.push(format!(
                    "planned {}–{}",
                    clock_text(slot.start),
                    clock_text(slot.end)
                ));
            }
            if item.pinned {
                facts.push(format!("{PIN} pinned"));
            }
            if item.optional {
                facts.push("optional".to_string());
            }
            if item.dropped {
                facts.push("dropped (R restores)".to_string());
            }
            if let Some(baseline) = item.baseline {
                let agreed = baseline.start.format("%H:%M");
                let moved = slot
                    .is_some_and(|s| crate::model::schedule::minute_of(baseline.start) != s.start);
                if moved || baseline.minutes != item.minutes {
                    facts.push(format!("agreed {agreed} {} min", baseline.minutes));
                }
            }
            lines.push(Line::from(vec![
                Span::styled(
                    format!(" {} ", symbol(item.kind)),
                    kind_style(theme, item.kind),
                ),
                Span::styled(fit(&item.title, width / 2), theme.title()),
                Span::styled(
                    fit(&format!(" · {}", facts.join(" · ")), width),
                    theme.dim(),
                ),
            ]));
            let speakers: Vec<String> = item
                .speakers
                .iter()
                .map(|p| person_name(workshop, p))
                .collect();
            let mut who = vec![format!(
                "Speakers: {}",
                if speakers.is_empty() {
                    "—".to_string()
                } else {
                    speakers.join(", ")
                }
            )];
            if let Some(moderator) = &item.moderator {
                who.push(format!("Moderator: {}", person_name(workshop, moderator)));
            }
            if !item.room.trim().is_empty() {
                who.push(format!("Room: {}", item.room.trim()));
            }
            if !item.location.is_empty() {
                who.push(format!("Location: {}", item.location));
            }
            let alongside = alongside(workshop, item);
            if !alongside.is_empty() {
                who.push(format!("Alongside: {}", alongside.join(", ")));
            }
            let rooms = group_rooms(workshop, item);
            if !rooms.is_empty() {
                who.push(format!("Groups: {}", rooms.join(", ")));
            }
            lines.push(Line::raw(fit(&format!(" {}", who.join(" · ")), width)));
            for problem in workshop
                .timing_problems(item.day)
                .iter()
                .filter(|p| p.involves(item.id))
            {
                let sentence = format!(" ✗ {}", problem.sentence(workshop));
                lines.push(Line::styled(fit(&sentence, width), theme.error()));
            }
            if !item.notes.is_empty() {
                lines.push(Line::styled(
                    fit(&format!(" {}", item.notes), width),
                    theme.dim(),
                ));
            }
        }
    }
    frame.render_widget(Paragraph::new(lines), area);
}

/// The items of other rooms planned at the same time as `item`: "Health (Hall B)".
fn alongside(workshop: &Workshop, item: &AgendaItem) -> Vec<String> {
    let items = workshop.agenda_of_day(item.day);
    let slots = workshop.day_plan(item.day);
    let Some(own) = slots.iter().find(|s| s.id == item.id) else {
        return Vec::new();
    };
    items
        .iter()
        .zip(&slots)
        .filter(|(other, slot)| {
            other.id != item.id
                && !other.same_room(item)
                && !other.dropped
                && slot.start < own.end
                && own.start < slot.end
        })
        .map(|(other, _)| format!("{} ({})", other.title, room_name(other)))
        .collect()
}

/// A working-groups item's groups and where they meet: "Water (Hall A)".
fn group_rooms(workshop: &Workshop, item: &AgendaItem) -> Vec<String> {
    if item.kind != crate::model::ItemKind::WorkingGroups {
        return Vec::new();
    }
    workshop
        .groups()
        .iter()
        .filter(|g| g.agenda_item == Some(item.id))
        .map(|g| match g.room.trim() {
            "" => g.name.clone(),
            room => format!("{} ({room})", g.name),
        })
        .collect()
}
