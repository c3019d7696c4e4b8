//! Drawing the re-plan overlay: every remaining item with its planned start and its new
//! start under each strategy side by side, the chosen strategy highlighted, pinned items
//! marked, and for each strategy when the day ends and whether that is on time.

use super::replan_data::for_day;
use super::state::ReplanState;
use super::text::PIN;
use super::view::behind_text;
use crate::model::Workshop;
use crate::model::replan::Strategy;
use crate::model::schedule::clock_text;
use crate::tui::app::App;
use crate::tui::kit::text::{fit, pad};
use crate::tui::widgets::centred;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

const COLUMN: usize = 12;

pub fn render(app: &App, workshop: &Workshop, frame: &mut Frame, area: Rect, state: &ReplanState) {
    let theme = app.theme;
    let rows_wanted = for_day(workshop, state.day, app.now, state.min_percent)
        .map_or(1, |d| d.items.len() - d.first_remaining + 6);
    let boxed = centred(
        area,
        area.width.saturating_sub(2).min(110),
        u16::try_from(rows_wanted + 2).unwrap_or(u16::MAX),
    );
    let inner = usize::from(boxed.width.saturating_sub(2));
    let mut lines: Vec<Line> = Vec::new();
    let Some(data) = for_day(workshop, state.day, app.now, state.min_percent) else {
        lines.push(Line::raw(format!(
            " Nothing is left to re-plan on day {}.",
            state.day
        )));
        draw(frame, boxed, lines, theme, state.day);
        return;
    };
    let drift = workshop
        .drift(state.day, app.now)
        .map_or_else(|| "not started".to_string(), behind_text);
    lines.push(Line::styled(
        fit(
            &format!(
                " Day {}: {drift} · the rest from {} · shrink to {}% at least (+/-)",
                state.day,
                clock_text(data.from),
                state.min_percent
            ),
            inner,
        ),
        theme.text(),
    ));
    let title_width = inner.saturating_sub(2 + COLUMN * 4);
    let header = |text: &str, i: Option<usize>| match i {
        Some(i) if i == state.chosen => {
            Span::styled(pad(&format!("▸{text}"), COLUMN), theme.selected())
        }
        _ => Span::styled(pad(&format!(" {text}"), COLUMN), theme.heading()),
    };
    let mut head = vec![
        Span::styled(pad("  item", title_width + 2), theme.heading()),
        header("planned", None),
    ];
    let names = ["shift", "shrink", "drop opt."];
    for (i, name) in names.iter().enumerate() {
        head.push(header(name, Some(i)));
    }
    lines.push(Line::from(head));
    let remaining: Vec<_> = data
        .items
        .iter()
        .zip(&data.slots)
        .skip(data.first_remaining)
        .collect();
    let mut rows: Vec<Line> = Vec::new();
    for (row, (item, slot)) in remaining.iter().enumerate() {
        let pin = if item.pinned { PIN } else { " " };
        let mut spans = vec![
            Span::styled(format!("{pin} "), theme.warning()),
            Span::raw(pad(&item.title, title_width)),
            Span::styled(
                pad(
                    &format!(" {} {}′", clock_text(slot.start), item.minutes),
                    COLUMN,
                ),
                theme.dim(),
            ),
        ];
        for (i, proposal) in data.proposals.iter().enumerate() {
            let text = match proposal.items.get(row) {
                Some(p) if p.dropped => "dropped".to_string(),
                Some(p) if p.minutes != item.minutes => {
                    format!("{} {}′", clock_text(p.start), p.minutes)
                }
                Some(p) => clock_text(p.start),
                None => String::new(),
            };
            let style = if i == state.chosen {
                theme.accent()
            } else {
                theme.text()
            };
            spans.push(Span::styled(pad(&format!(" {text}"), COLUMN), style));
        }
        rows.push(Line::from(spans));
    }
    // Room for the table: the box less borders, two lines above, three below.
    let room = usize::from(boxed.height.saturating_sub(2)).saturating_sub(6);
    let scroll = state.scroll.min(rows.len().saturating_sub(room));
    lines.extend(rows.into_iter().skip(scroll).take(room));
    let mut ends = vec![Span::styled(
        pad("  day ends", title_width + 2 + COLUMN),
        theme.dim(),
    )];
    let mut verdicts = vec![Span::raw(" ".repeat(title_width + 2 + COLUMN))];
    for (i, proposal) in data.proposals.iter().enumerate() {
        let style = if i == state.chosen {
            theme.accent()
        } else {
            theme.text()
        };
        ends.push(Span::styled(
            pad(&format!(" {}", clock_text(proposal.day_end)), COLUMN),
            style,
        ));
        let (text, style) = if proposal.on_time() {
            ("✓ on time".to_string(), theme.saved())
        } else if proposal.overlap > 0 {
            (format!("✗ clash {}′", proposal.overlap), theme.error())
        } else {
            (format!("✗ +{} min", proposal.late_by), theme.error())
        };
        verdicts.push(Span::styled(pad(&format!(" {text}"), COLUMN), style));
    }
    lines.push(Line::from(ends));
    lines.push(Line::from(verdicts));
    // A clash in words: which item runs into which fixed one, and by how much.
    let clash = data
        .proposals
        .get(state.chosen)
        .and_then(|p| p.clash_sentence(&data.items));
    if let Some(sentence) = clash {
        lines.push(Line::styled(
            fit(&format!(" ✗ {sentence}"), inner),
            theme.error(),
        ));
    }
    let chosen = Strategy::ALL.get(state.chosen).map_or("", |s| s.label());
    lines.push(Line::styled(
        fit(
            &format!(" ←→ choose ({chosen}) · Enter apply (one undo) · {PIN} pinned · Esc cancel"),
            inner,
        ),
        theme.dim(),
    ));
    draw(frame, boxed, lines, theme, state.day);
}

fn draw(
    frame: &mut Frame,
    boxed: Rect,
    lines: Vec<Line>,
    theme: crate::tui::theme::Theme,
    day: u16,
) {
    frame.render_widget(Clear, boxed);
    frame.render_widget(
        Paragraph::new(lines).block(Block::bordered().border_style(theme.border()).title(
            Span::styled(format!(" Re-plan the rest of day {day} "), theme.title()),
        )),
        boxed,
    );
}
