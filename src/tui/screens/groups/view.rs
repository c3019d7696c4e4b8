//! Drawing the Groups screen: the groups, the selected group's members, and whatever form,
//! pick list or preview is open over them.

use super::auto::AutoPreview;
use super::people::{self, PickFor, Picker};
use super::{Mode, form, timer};
use crate::model::{Group, Id, Workshop};
use crate::tui::app::App;
use crate::tui::kit::text::{fit, one_line, pad};
use crate::tui::screen::Screen;
use crate::tui::theme::Theme;
use crate::tui::widgets::centred;
use crate::tui::widgets::no_session;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    let Some(session) = app.session.as_ref() else {
        no_session::render(frame, area, theme, "Groups");
        return;
    };
    let workshop = session.workshop();
    render_list(app, workshop, frame, area);
    match &app.groups.mode {
        Mode::List => {}
        Mode::Edit(f) => form::render(frame, area, theme, &f.form),
        Mode::Set(f) => form::render(frame, area, theme, &f.form),
        Mode::Pick(picker) => render_picker(app, workshop, picker, frame, area),
        Mode::Auto(preview) => render_auto(theme, preview, frame, area),
    }
}

fn name_of(workshop: &Workshop, id: Id) -> String {
    workshop
        .participant(id)
        .map_or_else(|| format!("(unknown {})", id.short()), |p| p.name.clone())
}

fn render_list(app: &App, workshop: &Workshop, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    let groups = workshop.groups();
    let everyone = workshop.participants().filter(|p| !p.erased).count();
    let placed = workshop
        .participants()
        .filter(|p| !p.erased && people::group_of(workshop, p.id, None).is_some())
        .count();
    let width = usize::from(area.width);
    let [top, list, members] = Layout::vertical([
        Constraint::Length(2),
        // Room for the members below, however many groups there are.
        Constraint::Length(
            (groups.len() as u16)
                .saturating_mul(2)
                .clamp(2, (area.height.saturating_sub(2) * 2 / 3).max(2)),
        ),
        Constraint::Fill(1),
    ])
    .areas(area);
    let header = Line::from(vec![
        Span::styled(" Groups", theme.title()),
        Span::styled(
            format!(
                "  {} · {placed} of {} placed",
                crate::tui::kit::text::count(groups.len(), "group", "groups"),
                crate::tui::kit::text::count(everyone, "person", "people")
            ),
            theme.text(),
        ),
    ]);
    frame.render_widget(Paragraph::new(header), top);
    if groups.is_empty() {
        let hint = Line::styled(
            " No groups yet. a adds one by hand; s makes a set (lessons / challenges / plans, one per sector, numbered tables).",
            theme.dim(),
        );
        frame.render_widget(
            Paragraph::new(hint).wrap(ratatui::widgets::Wrap { trim: true }),
            Rect {
                height: members.height.saturating_add(list.height),
                ..list
            },
        );
        return;
    }
    let state = app.list(Screen::Groups);
    let selected = state.selected.min(groups.len() - 1);
    let visible_groups = usize::from(list.height / 2).max(1);
    let offset = state.visible_offset(visible_groups);
    let mut lines = Vec::new();
    for (i, group) in groups.iter().enumerate().skip(offset).take(visible_groups) {
        let (first, second) = group_lines(app, workshop, group, i + 1, width);
        if i == selected {
            lines.push(first.patch_style(theme.selected()));
            lines.push(second.patch_style(theme.selected()));
        } else {
            lines.push(first);
            lines.push(second);
        }
    }
    frame.render_widget(Paragraph::new(lines), list);
    if let Some(group) = groups.get(selected) {
        render_members(theme, workshop, group, frame, members);
    }
}

/// Two lines per group: name and figures; roles, room and agenda item.
fn group_lines(
    app: &App,
    workshop: &Workshop,
    group: &Group,
    number: usize,
    width: usize,
) -> (Line<'static>, Line<'static>) {
    let theme = app.theme;
    let entries = workshop.entries_of_group(group.id).count();
    let size = match group.capacity {
        Some(capacity) => format!("{}/{capacity}", group.members.len()),
        None => group.members.len().to_string(),
    };
    let over = group
        .capacity
        .is_some_and(|c| group.members.len() > c as usize);
    let mut first = vec![
        Span::styled(format!(" {number:>2} "), theme.dim()),
        Span::styled(pad(&group.name, 20), theme.heading()),
        Span::styled(format!(" {:<16}", group.purpose.label()), theme.dim()),
        Span::styled(
            // "1 person", "3 people", "1/15 people": the noun agrees with the last number.
            format!(
                "{size:>6} {}",
                crate::tui::kit::text::noun(
                    group.capacity.map_or(group.members.len(), |c| c as usize),
                    "person",
                    "people"
                )
            ),
            if over { theme.warning() } else { theme.text() },
        ),
        Span::styled(
            format!(
                " · {entries} {}",
                if entries == 1 { "entry" } else { "entries" }
            ),
            theme.text(),
        ),
    ];
    if let Some(seconds) = timer::seconds_left(workshop, group, app.now) {
        let style = if seconds < 0 {
            theme.warning()
        } else {
            theme.accent()
        };
        first.push(Span::styled(
            format!("  ⏱ {}", timer::describe(seconds)),
            style,
        ));
    }
    let role = |id: Option<Id>| id.map_or("—".to_string(), |id| name_of(workshop, id));
    let mut details = format!(
        "facilitator {} · note-taker {}",
        role(group.facilitator),
        role(group.note_taker)
    );
    if !group.room.is_empty() {
        details.push_str(&format!(" · {}", group.room));
    }
    if let Some(item) = group.agenda_item.and_then(|id| workshop.item(id)) {
        details.push_str(&format!(" · {}", item.title));
    }
    let second = Line::styled(
        format!("    {}", fit(&details, width.saturating_sub(5))),
        theme.dim(),
    );
    (Line::from(first), second)
}

/// The selected group's members in columns.
fn render_members(theme: Theme, workshop: &Workshop, group: &Group, frame: &mut Frame, area: Rect) {
    if area.height < 2 {
        return;
    }
    let title = Line::styled(
        format!(
            " Members of {} ({}) — Enter or m to change, A to deal automatically",
            fit(&group.name, 30),
            group.members.len()
        ),
        theme.heading(),
    );
    let [head, body] = Layout::vertical([Constraint::Length(2), Constraint::Fill(1)]).areas(area);
    frame.render_widget(Paragraph::new(vec![Line::raw(""), title]), head);
    if group.members.is_empty() {
        frame.render_widget(
            Paragraph::new(Line::styled("   nobody yet", theme.dim())),
            body,
        );
        return;
    }
    // Wide enough for both spellings of most names.
    let column_width = 38usize;
    let columns = (usize::from(body.width).saturating_sub(2) / column_width).max(1);
    let rows = usize::from(body.height).max(1);
    let mut names: Vec<String> = group
        .members
        .iter()
        .map(|id| {
            let mark = if group.facilitator == Some(*id) {
                "F "
            } else if group.note_taker == Some(*id) {
                "N "
            } else {
                "  "
            };
            let name = match workshop.participant(*id) {
                Some(p) if !p.name_other_script.trim().is_empty() => {
                    format!("{}  {}", p.name, p.name_other_script)
                }
                _ => name_of(workshop, *id),
            };
            format!("{mark}{}", fit(&name, column_width - 3))
        })
        .collect();
    let room = columns * rows;
    if names.len() > room {
        let more = names.len() - room + 1;
        names.truncate(room - 1);
        names.push(format!("  … and {more} more"));
    }
    let mut lines = Vec::new();
    for row in 0..rows {
        let mut text = String::from(" ");
        for column in 0..columns {
            if let Some(name) = names.get(column * rows + row) {
                text.push_str(&pad(name, column_width));
            }
        }
        lines.push(Line::raw(text));
    }
    frame.render_widget(Paragraph::new(lines), body);
}

fn render_picker(app: &App, workshop: &Workshop, picker: &Picker, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    let boxed = centred(area, area.width.saturating_sub(2).min(78), area.height);
    let group_name = workshop
        .group(picker.group)
        .map_or_else(|| "(deleted group)".to_string(), |g| g.name.clone());
    let title = match picker.purpose {
        PickFor::Members => format!(" Members of {} ", fit(&group_name, 30)),
        PickFor::Facilitator => format!(" Facilitator of {} ", fit(&group_name, 30)),
        PickFor::NoteTaker => format!(" Note-taker of {} ", fit(&group_name, 30)),
    };
    let help = match picker.purpose {
        PickFor::Members => " type to filter · space in/out · Enter or Esc done",
        _ => " type to filter · Enter chooses (they join the group) · Esc cancels",
    };
    let inner_width = usize::from(boxed.width.saturating_sub(2));
    let list_height = usize::from(boxed.height.saturating_sub(5));
    let rows = people::rows(workshop, &picker.filter);
    let mut lines = vec![
        Line::from(vec![
            Span::styled(" > ", theme.key()),
            Span::raw(one_line(&picker.filter)),
            Span::styled("▏", theme.accent()),
            Span::styled(
                format!(
                    "  {}",
                    crate::tui::kit::text::count(rows.len(), "person", "people")
                ),
                theme.dim(),
            ),
        ]),
        Line::styled(help, theme.dim()),
        Line::raw(""),
    ];
    if rows.is_empty() {
        lines.push(Line::styled(" nobody matches", theme.dim()));
    }
    let selected = picker.list.selected.min(rows.len().saturating_sub(1));
    let offset = picker.list.visible_offset(list_height);
    for (i, person) in rows.iter().enumerate().skip(offset).take(list_height) {
        let current = people::group_of(workshop, person.id, None);
        let here = current.is_some_and(|g| g.id == picker.group);
        let mark = if here { "[x]" } else { "[ ]" };
        let place = match current {
            Some(g) if g.id == picker.group => format!("in {}", fit(&g.name, 18)),
            Some(g) => format!("now in {}", fit(&g.name, 18)),
            None => "not in a group".to_string(),
        };
        let mut who = person.name.clone();
        if !person.name_other_script.trim().is_empty() {
            who.push_str(&format!("  {}", person.name_other_script));
        }
        who.push_str(&format!(
            " · {} · {}",
            person.organisation, person.governorate
        ));
        let who_width = inner_width.saturating_sub(place.width() + 7);
        let line = Line::from(vec![
            Span::raw(format!(" {mark} ")),
            Span::raw(format!("{} ", pad(&who, who_width))),
            Span::styled(place, if here { theme.accent() } else { theme.dim() }),
        ]);
        lines.push(if i == selected {
            line.patch_style(theme.selected())
        } else {
            line
        });
    }
    frame.render_widget(Clear, area);
    frame.render_widget(
        Paragraph::new(lines).block(
            Block::bordered()
                .border_style(theme.border())
                .title(Span::styled(title, theme.title())),
        ),
        boxed,
    );
}

fn render_auto(theme: Theme, preview: &AutoPreview, frame: &mut Frame, area: Rect) {
    let boxed = centred(area, area.width.saturating_sub(2).min(78), area.height);
    let summary = &preview.summary;
    let who = if preview.only_checked_in {
        "only those checked in today"
    } else {
        "everyone not yet in a group"
    };
    let mut lines = vec![
        Line::from(vec![
            Span::styled(" Deal ", theme.dim()),
            Span::styled(format!("‹ {who} ›"), theme.key()),
            Span::styled(
                format!("  c changes · mix {} (s shuffles)", preview.seed),
                theme.dim(),
            ),
        ]),
        Line::raw(format!(
            " {} to deal{}; people already placed stay",
            crate::tui::kit::text::count(summary.dealt, "person", "people"),
            if summary.left_out > 0 {
                format!(", {} not checked in stay out", summary.left_out)
            } else {
                String::new()
            }
        )),
        Line::raw(""),
        Line::styled(
            " group                 size  women/men  governorates",
            theme.heading(),
        ),
    ];
    let width = usize::from(boxed.width.saturating_sub(2));
    let mut body = Vec::new();
    for g in &summary.groups {
        let governorates = g
            .governorates
            .iter()
            .map(|(name, n)| format!("{name} {n}"))
            .collect::<Vec<_>>()
            .join(", ");
        let over = g.capacity.is_some_and(|c| g.after > c as usize);
        let size = format!("{:>2}→{:<2}", g.before, g.after);
        body.push(Line::from(vec![
            Span::raw(format!(" {} ", pad(&g.name, 20))),
            Span::styled(size, if over { theme.warning() } else { theme.text() }),
            Span::raw(format!("  {:>2}/{:<2}     ", g.women, g.men)),
            Span::raw(fit(&governorates, width.saturating_sub(41))),
        ]));
        let repeated = if g.repeated.is_empty() {
            "no organisation twice".to_string()
        } else {
            format!(
                "same organisation: {}",
                g.repeated
                    .iter()
                    .map(|(name, n)| format!("{name} ×{n}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        let capacity = if over { " · OVER CAPACITY" } else { "" };
        body.push(Line::styled(
            format!(
                "    {}",
                fit(&format!("{repeated}{capacity}"), width.saturating_sub(5))
            ),
            if g.repeated.is_empty() && !over {
                theme.dim()
            } else {
                theme.warning()
            },
        ));
    }
    let room = usize::from(boxed.height.saturating_sub(2)).saturating_sub(lines.len() + 2);
    let scroll = preview.scroll.min(body.len().saturating_sub(room));
    lines.extend(body.into_iter().skip(scroll).take(room));
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        " Enter applies (one change, Ctrl-Z undoes) · Esc cancels",
        theme.key(),
    ));
    frame.render_widget(Clear, area);
    frame.render_widget(
        Paragraph::new(lines).block(
            Block::bordered()
                .border_style(theme.border())
                .title(Span::styled(" Deal people into the groups ", theme.title())),
        ),
        boxed,
    );
}
