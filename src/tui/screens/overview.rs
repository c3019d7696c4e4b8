//! Screen 2: the workshop at a glance — what, when, where, who, today's agenda with now and
//! next, the groups, and what has been captured.

use crate::model::Workshop;
use crate::model::schedule::{clock_text as clock, minute_of};
use crate::tui::app::App;
use crate::tui::kit::text::{fit as cut, noun, one_line};
use crate::tui::theme::Theme;
use crate::tui::widgets::no_session;
use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    let Some(session) = app.session.as_ref() else {
        no_session::render(frame, area, theme, "Overview");
        return;
    };
    let workshop = session.workshop();
    let mut about = about_lines(workshop, theme, app.today(), usize::from(area.width));
    // A lock halaqa cannot check: who holds it and how to take it, before the blank line.
    let notice = crate::tui::widgets::lock_notice::lines(session, theme, usize::from(area.width));
    let at = about.len().saturating_sub(1);
    about.splice(at..at, notice);
    let [about_area, lower] =
        Layout::vertical([Constraint::Length(about.len() as u16), Constraint::Fill(1)]).areas(area);
    frame.render_widget(Paragraph::new(about), about_area);
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(lower);
    let block = |title: String| {
        Block::new()
            .borders(Borders::TOP)
            .border_style(theme.border())
            .title(Span::styled(title, theme.heading()))
    };
    let (day_title, day_lines) = today_lines(app, workshop, usize::from(left.width));
    frame.render_widget(Paragraph::new(day_lines).block(block(day_title)), left);
    let groups = group_lines(workshop, theme);
    // Who is in the room (the Participants screen's compact charts), below the groups when
    // there is room for it.
    let needed = groups.len() as u16 + 1;
    let (groups_area, room_area) =
        if right.height > needed + super::participants::charts::COMPACT_HEIGHT {
            let [groups_area, _, room_area] = Layout::vertical([
                Constraint::Length(needed),
                Constraint::Length(1),
                Constraint::Fill(1),
            ])
            .areas(right);
            (groups_area, Some(room_area))
        } else {
            (right, None)
        };
    frame.render_widget(
        Paragraph::new(groups)
            .wrap(Wrap { trim: false })
            .block(block(" Groups ".to_string())),
        groups_area,
    );
    if let Some(room_area) = room_area {
        super::participants::render_overview_charts(app, frame, room_area);
    }
}

fn about_lines(
    workshop: &Workshop,
    theme: Theme,
    today: NaiveDate,
    width: usize,
) -> Vec<Line<'static>> {
    let info = workshop.info();
    let mut lines = vec![Line::styled(format!(" {}", info.title), theme.title())];
    if !info.subtitle.is_empty() {
        lines.push(Line::raw(format!(" {}", info.subtitle)));
    }
    let when = match info.start {
        Some(start) => {
            let last = info.date_of_day(info.days.max(1)).unwrap_or(start);
            if info.days <= 1 {
                start.format("%a %-d %b %Y").to_string()
            } else {
                format!(
                    "{} – {} ({})",
                    start.format("%a %-d %b"),
                    last.format("%a %-d %b %Y"),
                    crate::tui::kit::text::count(usize::from(info.days), "day", "days")
                )
            }
        }
        None => format!(
            "dates not set ({})",
            crate::tui::kit::text::count(usize::from(info.days), "day", "days")
        ),
    };
    let place: Vec<&str> = [info.venue.as_str(), info.city.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    let mut where_when = vec![Span::styled(format!(" {when}"), theme.accent())];
    if !place.is_empty() {
        where_when.push(Span::raw(format!(" · {}", place.join(", "))));
    }
    lines.push(Line::from(where_when));
    let people = |label: &str, names: &[String]| {
        Line::from(vec![
            Span::styled(format!(" {label} "), theme.dim()),
            Span::raw(names.join(", ")),
        ])
    };
    if !info.organisers.is_empty() {
        lines.push(people("Organisers:", &info.organisers));
    }
    if !info.donors.is_empty() {
        lines.push(people("Donors:", &info.donors));
    }
    let participants = workshop.participants().count();
    let here = workshop
        .participants()
        .filter(|p| p.attended_on(today))
        .count();
    let entries = workshop.entries().count();
    let groups = workshop.groups().len();
    lines.push(Line::from(vec![
        Span::styled(format!(" {}", workshop.agenda().len()), theme.key()),
        Span::raw(" agenda items · "),
        Span::styled(participants.to_string(), theme.key()),
        Span::raw(" participants ("),
        Span::styled(here.to_string(), theme.key()),
        Span::raw(" checked in today) · "),
        Span::styled(groups.to_string(), theme.key()),
        Span::raw(format!(" {} · ", noun(groups, "group", "groups"))),
        Span::styled(entries.to_string(), theme.key()),
        Span::raw(format!(" {}", noun(entries, "entry", "entries"))),
    ]));
    let kinds: Vec<String> = workshop
        .entry_counts()
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(kind, n)| format!("{n} {}", if n == 1 { kind.label() } else { kind.plural() }))
        .collect();
    // As many kinds per line as fit, so none is cut off.
    let mut row = String::new();
    for kind in kinds {
        if !row.is_empty() && row.width() + kind.width() + 3 > width {
            lines.push(Line::styled(std::mem::take(&mut row), theme.dim()));
        }
        row.push_str(if row.is_empty() { " " } else { " · " });
        row.push_str(&kind);
    }
    if !row.is_empty() {
        lines.push(Line::styled(row, theme.dim()));
    }
    // A merge left versions to settle: say so where everyone looks first.
    lines.extend(super::conflicts::overview_line(workshop, theme));
    lines.push(Line::raw(""));
    lines
}

/// The title of the agenda box and its lines: today's programme with now and next, or the
/// first/last day when today is not a workshop day.
fn today_lines(app: &App, workshop: &Workshop, width: usize) -> (String, Vec<Line<'static>>) {
    let theme = app.theme;
    let info = workshop.info();
    let today = app.today();
    let (day, title, live) = match (info.day_of_date(today), info.start) {
        (Some(day), _) => (day, format!(" Today — day {day} of {} ", info.days), true),
        (None, Some(start)) if today < start => {
            let days = (start - today).num_days();
            (
                1,
                format!(
                    " Day 1 — starts in {} ",
                    crate::tui::kit::text::count(days.unsigned_abs() as usize, "day", "days")
                ),
                false,
            )
        }
        (None, Some(_)) => (
            info.days.max(1),
            " Last day — the workshop is over ".to_string(),
            false,
        ),
        (None, None) => (1, " Day 1 — no dates set ".to_string(), false),
    };
    let plan = workshop.day_plan(day);
    if plan.is_empty() {
        return (title, vec![Line::styled(" nothing planned", theme.dim())]);
    }
    // "now" is what is really running (every room's), and "next" what can begin next; the
    // clock decides only while nothing runs.
    let running: Vec<_> = workshop
        .running_items()
        .into_iter()
        .filter(|item| item.day == day)
        .map(|item| item.id)
        .collect();
    let (now, next) = if !running.is_empty() {
        (
            running,
            workshop.next_up(day, app.now).map(|(item, _)| item.id),
        )
    } else if live {
        let (now, next) = workshop.now_and_next(day, minute_of(app.now.time()));
        (now.into_iter().collect(), next)
    } else {
        (Vec::new(), None)
    };
    let lines = plan
        .iter()
        .map(|slot| {
            let here = now.contains(&slot.id);
            let (marker, style) = if here {
                ("now  ", theme.now_marker())
            } else if Some(slot.id) == next {
                ("next ", theme.accent())
            } else {
                ("     ", theme.dim())
            };
            let line = Line::from(vec![
                Span::styled(format!(" {marker}"), style),
                Span::styled(format!("{} ", clock(slot.start)), theme.accent()),
                // Marker and time take 12 columns; a long title ends in "…", not mid-word.
                Span::raw(cut(
                    &workshop
                        .item(slot.id)
                        .map(|item| item.title.clone())
                        .unwrap_or_default(),
                    width.saturating_sub(13),
                )),
            ]);
            if here {
                line.patch_style(theme.now_marker())
            } else {
                line
            }
        })
        .collect();
    (title, lines)
}

fn group_lines(workshop: &Workshop, theme: Theme) -> Vec<Line<'static>> {
    let groups = workshop.groups();
    if groups.is_empty() {
        return vec![Line::styled(" no groups yet", theme.dim())];
    }
    groups
        .into_iter()
        .flat_map(|group| {
            let entries = workshop.entries_of_group(group.id).count();
            [
                Line::raw(format!(" {}", one_line(&group.name))),
                Line::styled(
                    format!(
                        "   {} · {}",
                        crate::tui::kit::text::count(group.members.len(), "member", "members"),
                        crate::tui::kit::text::count(entries, "entry", "entries")
                    ),
                    theme.dim(),
                ),
            ]
        })
        .collect()
}
