//! Who was in the room: horizontal bar charts of gender, age band, stakeholder type,
//! governorate and disability, with the shares of women and of youth. The figures come from
//! `report::Participation`; this file only draws them.

use super::state::Scope;
use crate::report::{Breakdown, Breakdowns, Participation, Share};
use crate::tui::theme::Theme;
use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

/// The scope the charts start on: today when it is a workshop day, else everyone registered.
pub fn default_scope(participation: &Participation, today: NaiveDate) -> Scope {
    participation
        .days
        .iter()
        .find(|d| d.date == Some(today))
        .map_or(Scope::Registered, |d| Scope::Day(d.day))
}

/// The people counted for `scope`, and a title for them. `None` when the day has no date.
pub fn scoped(participation: &Participation, scope: Scope) -> (String, Option<&Breakdowns>) {
    match scope {
        Scope::Registered => (
            "everyone registered".to_string(),
            Some(&participation.registered),
        ),
        Scope::Attended => (
            "everyone who attended".to_string(),
            Some(&participation.attended),
        ),
        Scope::Day(day) => {
            let found = participation.days.iter().find(|d| d.day == day);
            let date = found
                .and_then(|d| d.date)
                .map(|d| d.format(" (%a %-d %b)").to_string())
                .unwrap_or_default();
            (
                format!("day {day}{date}"),
                found.and_then(|d| d.attended.as_ref()),
            )
        }
    }
}

/// "women 46% (23 of 50)" — or "women: not known" when nobody answered.
pub fn share_text(word: &str, share: &Share) -> String {
    match share.percent() {
        Some(percent) => format!("{word} {percent}% ({} of {})", share.count, share.of),
        None => format!("{word}: not known"),
    }
}

/// "women 33%" — or "women not known": the compact form.
fn short_share(word: &str, share: &Share) -> String {
    match share.percent() {
        Some(percent) => format!("{word} {percent}%"),
        None => format!("{word} not known"),
    }
}

/// The bars of one breakdown in `width` columns: label, bar, count. Empty categories are
/// left out (a chart of zeros tells nobody anything); the label column is as wide as the
/// longest label, up to a third of the width.
pub fn bars(breakdown: &Breakdown, total: usize, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let rows: Vec<_> = breakdown.rows.iter().filter(|r| r.count > 0).collect();
    if rows.is_empty() {
        return vec![Line::styled("  nobody", theme.dim())];
    }
    // Bars are shares of everyone counted: half the people, half the bar.
    let max = total.max(breakdown.max()).max(1);
    let count_width = max.to_string().len();
    let label_width = rows
        .iter()
        .map(|r| super::rows::short_label(&r.label).width())
        .max()
        .unwrap_or(0)
        .min(width / 3)
        .max(1);
    let bar_room = width.saturating_sub(label_width + count_width + 4);
    rows.into_iter()
        .map(|row| {
            let label =
                crate::tui::kit::text::fit(super::rows::short_label(&row.label), label_width);
            let filled = if bar_room == 0 {
                0
            } else {
                // At least one cell for anyone counted, so small groups stay visible.
                (row.count * bar_room).div_ceil(max).clamp(1, bar_room)
            };
            let style = if row.not_given {
                theme.dim()
            } else {
                theme.accent()
            };
            Line::from(vec![
                Span::raw(format!(
                    " {label}{} ",
                    " ".repeat(label_width - label.width().min(label_width))
                )),
                Span::styled("█".repeat(filled), style),
                Span::raw(format!(" {:>count_width$}", row.count)),
            ])
        })
        .collect()
}

/// The five charts and the two shares for one set of people, as blocks of lines, each block
/// one chart with its heading.
fn blocks(breakdowns: &Breakdowns, width: usize, theme: Theme) -> Vec<Vec<Line<'static>>> {
    let mut out = vec![vec![
        Line::from(vec![
            Span::styled(
                format!(
                    " {}",
                    crate::tui::kit::text::count(breakdowns.total, "person", "people")
                ),
                theme.key(),
            ),
            Span::raw(" · "),
            Span::raw(share_text("women", &breakdowns.women)),
        ]),
        Line::raw(format!(" {}", share_text("youth", &breakdowns.youth))),
    ]];
    for breakdown in breakdowns.all() {
        let mut block = vec![Line::styled(
            format!(" {}", breakdown.dimension.label()),
            theme.heading(),
        )];
        block.extend(bars(breakdown, breakdowns.total, width, theme));
        out.push(block);
    }
    out
}

/// The full charts panel of the Participants screen, in as many columns as fit, scrolled
/// down by `scroll` lines.
pub fn render_panel(
    frame: &mut Frame,
    area: Rect,
    participation: &Participation,
    scope: Scope,
    scroll: usize,
    theme: Theme,
) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let (title, counted) = scoped(participation, scope);
    let heading = Line::from(vec![
        Span::styled(" Who was in the room: ", theme.title()),
        Span::styled(title, theme.accent()),
        Span::styled("  [ ] other days · b table", theme.dim()),
    ]);
    frame.render_widget(Paragraph::new(heading), Rect { height: 1, ..area });
    let body = Rect {
        y: area.y + 1,
        height: area.height.saturating_sub(1),
        ..area
    };
    let Some(counted) = counted else {
        frame.render_widget(
            Paragraph::new(Line::styled(
                " this day has no date: set the workshop's first day to count it",
                theme.dim(),
            )),
            body,
        );
        return;
    };
    // Columns of about 38 cells, filled in order: a chart goes to the next column when it
    // would not fit below the last one; the last column takes the rest (and scrolls).
    let columns = (usize::from(body.width) / 38).clamp(1, 3);
    let column_width = usize::from(body.width) / columns;
    let all = blocks(counted, column_width.saturating_sub(1), theme);
    // Balanced: each column about an equal share of the lines, at most the screen's height.
    let total: usize = all.iter().map(|b| b.len() + 1).sum();
    let height = total.div_ceil(columns).min(usize::from(body.height)).max(1);
    let mut laid: Vec<Vec<Line<'static>>> = vec![Vec::new(); columns];
    let mut at = 0;
    for block in all {
        let used = laid[at].len() + usize::from(!laid[at].is_empty());
        if used + block.len() > height && !laid[at].is_empty() && at + 1 < columns {
            at += 1;
        }
        if !laid[at].is_empty() {
            laid[at].push(Line::raw(""));
        }
        laid[at].extend(block);
    }
    for (i, lines) in laid.into_iter().enumerate() {
        let column = Rect {
            x: body.x + (i * column_width) as u16,
            width: column_width as u16,
            ..body
        };
        let visible: Vec<Line> = lines
            .into_iter()
            .skip(scroll)
            .take(usize::from(body.height))
            .collect();
        frame.render_widget(Paragraph::new(visible), column);
    }
}

/// How many lines the compact version wants: a heading, the shares, female and male bars.
pub const COMPACT_HEIGHT: u16 = 4;

/// The Overview's compact version: who is here today (or who is registered, off the
/// workshop's days): count, women and youth shares, and the gender bars that are not empty.
pub fn render_compact(
    frame: &mut Frame,
    area: Rect,
    participation: &Participation,
    today: NaiveDate,
    theme: Theme,
) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let scope = default_scope(participation, today);
    let (title, counted) = scoped(participation, scope);
    let Some(counted) = counted else {
        return;
    };
    let title = match scope {
        Scope::Day(_) => "here today".to_string(),
        _ => title,
    };
    let width = usize::from(area.width);
    let mut lines = vec![
        Line::styled(
            format!(" Who is in the room: {} {title}", counted.total),
            theme.heading(),
        ),
        Line::raw(crate::tui::kit::text::fit(
            &format!(
                " {} · {}",
                short_share("women", &counted.women),
                short_share("youth", &counted.youth)
            ),
            width,
        )),
    ];
    lines.extend(bars(
        &counted.gender,
        counted.total,
        width.saturating_sub(1),
        theme,
    ));
    lines.truncate(usize::from(area.height));
    frame.render_widget(Paragraph::new(lines), area);
}
