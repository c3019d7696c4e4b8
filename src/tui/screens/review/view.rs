//! Drawing the Review screen for a projector: one entry at a time, bold, wrapped with wide
//! margins and a blank line between lines; Arabic and Kurdish set on the right.

use super::{Bucket, position, session_buckets};
use crate::model::Entry;
use crate::tui::app::App;
use crate::tui::kit::text::{count, fit, is_rtl, one_line, wrap};
use crate::tui::screens::groups::form;
use crate::tui::theme::Theme;
use crate::tui::widgets::no_session;
use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Padding, Paragraph};

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    let Some(session) = app.session.as_ref() else {
        no_session::render(frame, area, theme, "Review");
        return;
    };
    let buckets = session_buckets(session);
    let (group, entry) = position(&app.review, &buckets);
    let [top, body, next] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let Some(bucket) = buckets.get(group) else {
        frame.render_widget(
            Paragraph::new(vec![
                Line::styled(" Review", theme.title()),
                Line::raw(""),
                Line::styled(
                    " Nothing to review yet: no groups and no entries.",
                    theme.dim(),
                ),
            ]),
            area,
        );
        return;
    };
    frame.render_widget(
        Paragraph::new(header(theme, bucket, group, buckets.len(), entry)),
        top,
    );
    match bucket.entries.get(entry) {
        Some(current) => {
            render_entry(theme, current, frame, body);
            if let Some(following) = bucket.entries.get(entry + 1) {
                let text = fit(
                    &format!(
                        " next: {} · {} · {}",
                        following.kind.label(),
                        crate::tui::kit::text::count(following.votes as usize, "vote", "votes"),
                        following.text
                    ),
                    usize::from(next.width),
                );
                frame.render_widget(Paragraph::new(Line::styled(text, theme.dim())), next);
            } else if let Some(after) = buckets.get(group + 1) {
                let text = format!(" last of this group · ] or → : {}", after.title());
                frame.render_widget(Paragraph::new(Line::styled(text, theme.dim())), next);
            }
        }
        None => {
            let text = vec![
                Line::raw(""),
                Line::styled("No entries from this group yet.", theme.dim()),
            ];
            frame.render_widget(Paragraph::new(text).alignment(Alignment::Center), body);
        }
    }
    if let Some(prompt) = &app.review.comment {
        form::render(frame, area, theme, &prompt.form);
    }
}

fn header(
    theme: Theme,
    bucket: &Bucket,
    group: usize,
    groups: usize,
    entry: usize,
) -> Line<'static> {
    let purpose = bucket.group.map_or("plenary", |g| g.purpose.label());
    let count = bucket.entries.len();
    let place = if count == 0 {
        "no entries".to_string()
    } else {
        format!("entry {}/{count}", entry + 1)
    };
    Line::from(vec![
        Span::styled(format!(" {}", fit(&bucket.title(), 30)), theme.title()),
        Span::styled(
            format!(
                "  {purpose} · group {}/{groups} · {place} · most votes first",
                group + 1
            ),
            theme.dim(),
        ),
    ])
}

/// The entry as large and clear as a terminal allows: a bold heading, the text in bold with
/// a blank line between lines (single-spaced only when it would not fit), the comment below.
fn render_entry(theme: Theme, entry: &Entry, frame: &mut Frame, area: Rect) {
    let block = Block::bordered()
        .border_style(theme.border())
        .padding(Padding::new(4, 4, 1, 0));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width).max(1);
    let height = usize::from(inner.height);
    let votes = count(entry.votes as usize, "vote", "votes");
    let mut heading = vec![
        Span::styled(entry.kind.label().to_uppercase(), theme.heading()),
        Span::styled(format!("   ▲ {votes}"), theme.text()),
    ];
    if entry.endorsed {
        heading.push(Span::styled("   ✔ ENDORSED IN PLENARY", theme.accent()));
    }
    let mut lines = vec![Line::from(heading), Line::raw("")];
    let rtl = is_rtl(&entry.text);
    let align = if rtl {
        Alignment::Right
    } else {
        Alignment::Left
    };
    let big = Style::default().add_modifier(Modifier::BOLD);
    let wrapped = wrap(&entry.text, width);
    let comment = one_line(&entry.plenary_comment);
    let comment_lines = if comment.is_empty() {
        Vec::new()
    } else {
        wrap(&comment, width)
    };
    let tags = if entry.tags.is_empty() {
        None
    } else {
        Some(fit(
            &entry
                .tags
                .iter()
                .map(|t| format!("#{t}"))
                .collect::<Vec<_>>()
                .join(" "),
            width,
        ))
    };
    let fixed = lines.len() + comment_lines.len() + usize::from(tags.is_some()) + 2;
    let spaced = wrapped.len() * 2 <= height.saturating_sub(fixed);
    for line in wrapped {
        lines.push(Line::styled(line, big.patch(theme.text())).alignment(align));
        if spaced {
            lines.push(Line::raw(""));
        }
    }
    if !comment_lines.is_empty() {
        if !spaced {
            lines.push(Line::raw(""));
        }
        lines.push(Line::styled("PLENARY COMMENT", theme.dim()));
        let comment_align = if is_rtl(&comment) {
            Alignment::Right
        } else {
            Alignment::Left
        };
        for line in comment_lines {
            lines.push(Line::styled(line, theme.accent()).alignment(comment_align));
        }
    }
    if let Some(tags) = tags {
        lines.push(Line::styled(tags, theme.dim()));
    }
    // Raised towards the middle: on a projector the eye goes there, not to the top edge.
    let top = height.saturating_sub(lines.len()) / 3;
    let mut placed = vec![Line::raw(""); top];
    placed.extend(lines);
    frame.render_widget(Paragraph::new(placed), inner);
}
