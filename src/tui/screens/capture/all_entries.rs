//! All entries: every live entry of the workshop in one list — by group, then kind, most
//! votes first — filtered by kind, tag, group and text (Arabic-aware).

use super::board::sort_by_votes;
use super::state::{Filter, GroupFilter};
use crate::model::search::Query;
use crate::model::{Entry, EntryKind, Id, Workshop};
use crate::tui::app::App;
use crate::tui::kit::text::{fit as clip, preview, width as cells};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use std::collections::BTreeMap;
use unicode_width::UnicodeWidthStr;

/// The entries the filter lets through, in list order.
pub fn rows<'w>(workshop: &'w Workshop, filter: &Filter) -> Vec<&'w Entry> {
    let query = Query::new(&filter.text);
    // Groups in their order; entries of no group (or of a deleted group) at the end.
    let order: BTreeMap<Id, usize> = workshop
        .groups()
        .iter()
        .enumerate()
        .map(|(i, g)| (g.id, i))
        .collect();
    let mut entries: Vec<&Entry> = workshop
        .entries()
        .filter(|e| filter.kind.is_none_or(|k| e.kind == k))
        .filter(|e| filter.tag.as_ref().is_none_or(|t| e.tags.contains(t)))
        .filter(|e| match filter.group {
            GroupFilter::Any => true,
            GroupFilter::NoGroup => e.group.is_none_or(|g| !order.contains_key(&g)),
            GroupFilter::Group(id) => e.group == Some(id),
        })
        .filter(|e| {
            query.is_empty() || query.matches(&e.text) || e.tags.iter().any(|t| query.matches(t))
        })
        .collect();
    sort_by_votes(&mut entries);
    let kind_rank = |k: EntryKind| EntryKind::ALL.iter().position(|x| *x == k).unwrap_or(0);
    entries.sort_by_key(|e| {
        (
            e.group
                .and_then(|g| order.get(&g).copied())
                .unwrap_or(usize::MAX),
            kind_rank(e.kind),
        )
    });
    entries
}

/// "kind: plan · tag: youth · group: Challenges · text: مجلس" — or "no filter".
pub fn describe(workshop: &Workshop, filter: &Filter) -> String {
    let mut parts = Vec::new();
    if let Some(kind) = filter.kind {
        parts.push(format!("kind: {}", kind.label()));
    }
    if let Some(tag) = &filter.tag {
        parts.push(format!("tag: {}", preview(tag)));
    }
    match filter.group {
        GroupFilter::Any => {}
        GroupFilter::NoGroup => parts.push("group: none".to_string()),
        GroupFilter::Group(id) => parts.push(format!(
            "group: {}",
            workshop
                .group(id)
                .map(|g| preview(&g.name))
                .unwrap_or_else(|| "?".to_string())
        )),
    }
    if !filter.text.trim().is_empty() {
        parts.push(format!("text: {}", preview(&filter.text)));
    }
    if parts.is_empty() {
        "no filter".to_string()
    } else {
        parts.join(" · ")
    }
}

pub fn render(app: &App, frame: &mut Frame, area: Rect, workshop: &Workshop) {
    let theme = app.theme;
    let state = &app.capture;
    let rows = rows(workshop, &state.all.filter);
    let [top, body] = Layout::vertical([Constraint::Length(2), Constraint::Fill(1)]).areas(area);
    let total = workshop.entries().count();
    let header = vec![
        Line::from(vec![
            Span::styled(" All entries", theme.title()),
            Span::styled(format!(" — {} of {total}", rows.len()), theme.text()),
        ]),
        Line::from(vec![
            Span::styled(" / ", theme.key()),
            Span::styled(
                clip(
                    &describe(workshop, &state.all.filter),
                    usize::from(area.width).saturating_sub(4),
                ),
                theme.dim(),
            ),
        ]),
    ];
    frame.render_widget(Paragraph::new(header), top);
    if rows.is_empty() {
        let text = if total == 0 {
            " No entries yet: v goes back to the board, a adds one."
        } else {
            " Nothing matches: / changes the filter, x clears it."
        };
        frame.render_widget(Paragraph::new(Line::styled(text, theme.dim())), body);
        return;
    }
    let height = usize::from(body.height);
    let list = state.all.list;
    let offset = list.visible_offset(height);
    let width = usize::from(body.width);
    let group_width = (width / 5).clamp(6, 18);
    let lines: Vec<Line> = rows
        .iter()
        .enumerate()
        .skip(offset)
        .take(height)
        .map(|(i, entry)| {
            let group = entry
                .group
                .and_then(|g| workshop.group(g))
                .map(|g| {
                    if g.deleted {
                        format!("{} (deleted)", g.name)
                    } else {
                        g.name.clone()
                    }
                })
                .unwrap_or_else(|| "—".to_string());
            let group = clip(&preview(&group), group_width);
            let kind = format!(" {:<9}", clip(entry.kind.label(), 9));
            let votes = if entry.votes == 0 {
                "    ".to_string()
            } else {
                format!("{:>+4}", entry.votes)
            };
            let mark = if state.marked.contains(&entry.id) {
                "●"
            } else {
                " "
            };
            let fixed = kind.width() + group_width + 2 + votes.width() + 2;
            let text = clip(&preview(&entry.text), width.saturating_sub(fixed));
            let pad = width.saturating_sub(fixed + cells(&text));
            let line = Line::from(vec![
                Span::styled(kind, theme.accent()),
                Span::styled(mark, theme.key()),
                Span::raw(format!("{text}{}", " ".repeat(pad))),
                Span::styled(
                    format!(
                        " {group}{} ",
                        " ".repeat(group_width.saturating_sub(cells(&group)))
                    ),
                    theme.dim(),
                ),
                Span::styled(votes, theme.now_marker()),
            ]);
            if i == list.selected {
                line.patch_style(theme.selected())
            } else {
                line
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), body);
}
