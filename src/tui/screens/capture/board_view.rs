//! Drawing the board: a title line, a column per kind (as many as fit, around the selected
//! one), and the selected entry in full at the bottom.

use super::board::{Place, Shown, column_entries, columns, place};
use super::details::{addressee_label, priority_label, status_label, substantiation_label};
use crate::model::{Attribution, Entry, Group, Workshop};
use crate::tui::app::App;
use crate::tui::kit::text::{fit as clip, preview, width as cells};
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

/// Narrower than this, a column shows too little of its entries: fewer columns are shown.
const MIN_COLUMN_WIDTH: u16 = 22;

pub fn render(app: &App, frame: &mut Frame, area: Rect, workshop: &Workshop, shown: &Shown) {
    let theme = app.theme;
    let [title, rest] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    let note_taker = app.session.as_ref().and_then(|s| s.group).is_some();
    let group = match shown {
        Shown::Group(group) => *group,
        Shown::Deleted { name, .. } => {
            let lines = vec![
                Line::styled(format!(" Capture — {}", preview(name)), theme.title()),
                Line::raw(""),
                Line::styled(
                    format!(
                        " The group {} was deleted while its board was open.",
                        preview(name)
                    ),
                    theme.warning(),
                ),
                Line::raw(if note_taker {
                    " Ctrl-Z may bring it back; v shows all entries. Nothing typed was lost."
                } else {
                    " Ctrl-Z may bring it back; [ and ] show another group. Nothing typed was lost."
                }),
            ];
            frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
            return;
        }
        Shown::NoGroups => {
            let lines = vec![
                Line::styled(" Capture", theme.title()),
                Line::raw(""),
                Line::raw(" This workshop has no groups yet: create them on Groups (5)."),
                Line::raw(" a adds an entry for the plenary; v shows all entries."),
            ];
            frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
            return;
        }
    };
    let count = workshop.entries_of_group(group.id).count();
    let marked = app.capture.marked.len();
    let mut spans = vec![
        Span::styled(
            if note_taker {
                " Note-taker: "
            } else {
                " Capture: "
            },
            theme.title(),
        ),
        Span::styled(clip(&preview(&group.name), 30), theme.heading()),
        Span::styled(
            format!(
                " — {} · {}",
                group.purpose.label(),
                crate::tui::kit::text::count(count, "entry", "entries")
            ),
            theme.text(),
        ),
    ];
    if marked > 0 {
        spans.push(Span::styled(format!(" · {marked} marked"), theme.key()));
    }
    if !note_taker {
        spans.push(Span::styled("  [ ] group", theme.dim()));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), title);

    let detail_height = (rest.height / 3).min(6);
    let [board, detail] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(detail_height)]).areas(rest);
    let here = place(workshop, group, &app.capture);
    render_columns(app, frame, board, workshop, group, here);
    if detail_height > 0 {
        let entry = here.entry.and_then(|id| workshop.entry(id));
        render_detail(theme, frame, detail, workshop, entry);
    }
}

fn render_columns(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    workshop: &Workshop,
    group: &Group,
    here: Place,
) {
    let theme = app.theme;
    let kinds = columns(workshop, group);
    let fit = usize::from((area.width / MIN_COLUMN_WIDTH).max(1));
    let shown = fit.min(kinds.len());
    // A window of columns that holds the selected one.
    let first = here
        .column
        .saturating_sub(shown.saturating_sub(1))
        .min(kinds.len() - shown);
    let areas = Layout::horizontal(vec![Constraint::Fill(1); shown]).split(area);
    for (slot, kind_index) in (first..first + shown).enumerate() {
        let Some(column_area) = areas.get(slot).copied() else {
            continue;
        };
        let kind = kinds[kind_index];
        let focused = kind_index == here.column;
        let entries = column_entries(workshop, group.id, kind);
        let block = if slot == 0 {
            Block::new()
        } else {
            Block::new()
                .borders(Borders::LEFT)
                .border_style(theme.border())
        };
        let inner = block.inner(column_area);
        frame.render_widget(block, column_area);
        let more_left = slot == 0 && first > 0;
        let more_right = slot + 1 == shown && first + shown < kinds.len();
        let mut header = format!(" {} {}", kind.plural(), entries.len());
        if more_left {
            header = format!("‹{header}");
        }
        if more_right {
            header.push_str(" ›");
        }
        let header_style = if focused {
            theme.tab_active()
        } else {
            theme.heading()
        };
        let mut lines = vec![Line::styled(
            clip(&header, usize::from(inner.width)),
            header_style,
        )];
        let height = usize::from(inner.height.saturating_sub(1));
        if entries.is_empty() && focused {
            lines.push(Line::styled(" a adds one", theme.dim()));
        }
        let offset = if focused && here.row >= height && height > 0 {
            here.row + 1 - height
        } else {
            0
        };
        for (row, entry) in entries.iter().enumerate().skip(offset).take(height) {
            let line = entry_line(app, entry, usize::from(inner.width));
            lines.push(if focused && row == here.row {
                line.patch_style(theme.selected())
            } else {
                line
            });
        }
        frame.render_widget(Paragraph::new(lines), inner);
    }
}

/// "●+5 Permits for public meetings…" in `width` cells.
fn entry_line(app: &App, entry: &Entry, width: usize) -> Line<'static> {
    let theme = app.theme;
    let mark = if app.capture.marked.contains(&entry.id) {
        "●"
    } else {
        " "
    };
    let votes = if entry.votes == 0 {
        "   ".to_string()
    } else {
        format!("{:>+3}", entry.votes)
    };
    let links = if entry.links.is_empty() { "" } else { "↔" };
    let fixed = 1 + votes.width() + 1 + links.width();
    let text = clip(&preview(&entry.text), width.saturating_sub(fixed));
    let pad = width.saturating_sub(fixed + cells(&text));
    Line::from(vec![
        Span::styled(mark.to_string(), theme.key()),
        Span::styled(votes, theme.now_marker()),
        Span::raw(" "),
        Span::raw(format!("{text}{}", " ".repeat(pad))),
        Span::styled(links.to_string(), theme.dim()),
    ])
}

/// Who an entry names, as a report would (never the name without consent).
pub fn attribution_text(workshop: &Workshop, entry: &Entry) -> String {
    let Some(id) = entry.attributed else {
        return "no one".to_string();
    };
    let Some(person) = workshop.participant(id).filter(|p| !p.deleted) else {
        return "a participant no longer in the list".to_string();
    };
    if person.erased {
        return "an erased participant (anonymous)".to_string();
    }
    let level = match entry.attribution {
        Attribution::Named => "named",
        Attribution::Organisation => "organisation only",
        Attribution::Anonymous => "anonymous",
    };
    format!("{} ({level})", preview(&person.name))
}

fn render_detail(
    theme: Theme,
    frame: &mut Frame,
    area: Rect,
    workshop: &Workshop,
    entry: Option<&Entry>,
) {
    let block = Block::new()
        .borders(Borders::TOP)
        .border_style(theme.border());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(entry) = entry else {
        let text = Line::styled(
            " a add · e edit · + - vote · = tally · t tags · p who · L link · m M merge · f details",
            theme.dim(),
        );
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: false }), inner);
        return;
    };
    let mut meta = vec![format!("{} {:+}", entry.kind.label(), entry.votes)];
    if !entry.tags.is_empty() {
        meta.push(format!("#{}", preview(&entry.tags.join(" #"))));
    }
    if entry.attributed.is_some() {
        meta.push(format!("by {}", attribution_text(workshop, entry)));
    }
    if !entry.links.is_empty() {
        meta.push(crate::tui::kit::text::count(
            entry.links.len(),
            "link",
            "links",
        ));
    }
    if entry.endorsed {
        meta.push("endorsed".to_string());
    }
    meta.extend(detail_fields(entry));
    let mut lines = vec![Line::styled(
        clip(&format!(" {}", meta.join(" · ")), usize::from(inner.width)),
        theme.accent(),
    )];
    // Only as much text as can show: a pasted megabyte is not laid out every frame.
    let room = usize::from(inner.height) * usize::from(inner.width.max(1));
    let head: String = entry.text.chars().take(room.max(1)).collect();
    // Wrapped as Review wraps it, so an entry reads the same on both screens.
    lines.extend(
        crate::tui::kit::text::wrap(&head, usize::from(inner.width).saturating_sub(1))
            .into_iter()
            .map(|l| Line::raw(format!(" {l}"))),
    );
    frame.render_widget(Paragraph::new(lines), inner);
}

fn detail_fields(entry: &Entry) -> Vec<String> {
    let mut out = Vec::new();
    match entry.kind {
        crate::model::EntryKind::Plan => {
            let p = &entry.plan;
            if !p.owner.is_empty() {
                out.push(format!("owner {}", preview(&p.owner)));
            }
            if !p.lead_organisation.is_empty() {
                out.push(format!("lead {}", preview(&p.lead_organisation)));
            }
            if let Some(due) = p.due {
                out.push(format!("due {due}"));
            }
            out.push(status_label(p.status).to_string());
        }
        crate::model::EntryKind::Recommendation => {
            let r = &entry.recommendation;
            out.push(format!(
                "to {} · {} priority",
                addressee_label(r.addressee),
                priority_label(r.priority)
            ));
        }
        crate::model::EntryKind::Outcome => {
            let o = &entry.outcome;
            if !o.social_actor.is_empty() {
                out.push(format!("actor {}", preview(&o.social_actor)));
            }
            out.push(substantiation_label(o.substantiation).to_string());
        }
        _ => {}
    }
    out
}
