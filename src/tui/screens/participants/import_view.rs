//! Drawing the import: the path prompt, the preview (mapping and first rows), the progress
//! bar, the report.

use super::import_flow::{ImportFlow, Stage};
use crate::import::{MatchHow, Preview};
use crate::tui::kit::text::{fit, one_line as safe, tail, wrap, wrap_items};
use crate::tui::theme::Theme;
use crate::tui::widgets::centred;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

pub fn render(frame: &mut Frame, area: Rect, flow: &ImportFlow, theme: Theme) {
    let boxed = centred(area, area.width.saturating_sub(2).min(78), area.height);
    let width = usize::from(boxed.width.saturating_sub(2));
    let (title, lines) = match &flow.stage {
        Stage::Path { typed, error } => {
            let mut lines = vec![
                Line::from(vec![
                    Span::styled(" CSV file › ", theme.key()),
                    Span::raw(safe(&tail(typed, width.saturating_sub(14)))),
                    Span::styled("▏", theme.accent()),
                ]),
                Line::styled(
                    " a registration list from KoBoToolbox, Excel or Google Forms (, ; or tab)",
                    theme.dim(),
                ),
            ];
            if let Some(error) = error {
                lines.push(Line::raw(""));
                for part in indented(error, width) {
                    lines.push(Line::styled(part, theme.error()));
                }
            }
            lines.push(Line::raw(""));
            lines.push(Line::styled(" Enter preview · Esc cancel", theme.dim()));
            (" Import participants ", lines)
        }
        Stage::Preview {
            file,
            preview,
            skip_invalid,
        } => {
            let mut lines = vec![Line::raw(fit(
                &format!(" {}", safe(&file.path.display().to_string())),
                width,
            ))];
            lines.extend(preview_lines(preview, width, theme));
            lines.push(Line::from(vec![
                Span::styled(" Invalid rows ‹ ", theme.key()),
                Span::raw(if *skip_invalid {
                    "skip them, import the rest"
                } else {
                    "refuse the whole file"
                }),
                Span::styled(" › (↑↓)", theme.key()),
            ]));
            lines.push(Line::styled(
                " Enter imports (one undoable step) · Esc cancel",
                theme.dim(),
            ));
            (" Import participants: preview ", lines)
        }
        Stage::Running { file, progress, .. } => {
            let (done, total) = progress.map_or((0, 0), |p| (p.rows_done, p.rows_total));
            let bar_width = width.saturating_sub(4);
            let filled = (done.min(total) * bar_width)
                .checked_div(total)
                .unwrap_or(0);
            let lines = vec![
                Line::raw(fit(
                    &format!(" {}", safe(&file.path.display().to_string())),
                    width,
                )),
                Line::raw(""),
                Line::from(vec![
                    Span::raw(" "),
                    Span::styled("█".repeat(filled), theme.accent()),
                    Span::styled("░".repeat(bar_width - filled), theme.dim()),
                ]),
                Line::raw(if total == 0 {
                    " reading the file…".to_string()
                } else {
                    format!(
                        " {done} of {}",
                        crate::tui::kit::text::count(total, "row", "rows")
                    )
                }),
                Line::raw(""),
                Line::styled(" Esc stops (nothing is imported)", theme.dim()),
            ];
            (" Importing… ", lines)
        }
        Stage::Done {
            lines: report,
            imported,
            scroll,
        } => {
            let room = usize::from(boxed.height.saturating_sub(3));
            let mut lines: Vec<Line> = report
                .iter()
                .flat_map(|l| indented(l, width))
                .skip(*scroll)
                .take(room)
                .map(Line::raw)
                .collect();
            lines.push(Line::styled(
                if *imported {
                    " Ctrl-Z undoes the whole import · Enter or Esc close · ↑↓ scroll"
                } else {
                    " Nothing was imported · Enter or Esc close · ↑↓ scroll"
                },
                theme.dim(),
            ));
            (
                if *imported {
                    " Import done "
                } else {
                    " Import refused "
                },
                lines,
            )
        }
    };
    let height = (lines.len() as u16 + 2).min(area.height);
    let boxed = centred(area, boxed.width, height);
    frame.render_widget(Clear, boxed);
    frame.render_widget(
        Paragraph::new(lines).block(
            Block::bordered()
                .border_style(theme.border())
                .title(Span::styled(title, theme.title())),
        ),
        boxed,
    );
}

/// The mapping ("header → field") and the first rows, cut to `width`.
fn preview_lines(preview: &Preview, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let separator = match preview.delimiter {
        b'\t' => "tab".to_string(),
        other => format!("\"{}\"", char::from(other)),
    };
    let mut lines = vec![Line::styled(
        format!(
            " {} · separated by {separator}",
            crate::tui::kit::text::count(preview.rows_total, "row", "rows")
        ),
        theme.dim(),
    )];
    for note in &preview.notes {
        lines.push(Line::styled(
            fit(&format!(" {}", safe(note)), width),
            theme.warning(),
        ));
    }
    lines.push(Line::styled(" Columns", theme.heading()));
    let mut mapping = Vec::new();
    let mut ignored = Vec::new();
    for column in &preview.columns {
        match (column.field, column.how) {
            (Some(field), _) => {
                mapping.push(format!("{} → {}", column.header, field.key()));
            }
            (None, MatchHow::Meta) => {}
            (None, _) => ignored.push(safe(&column.header)),
        }
    }
    for line in wrap_items(&mapping, " · ", width.saturating_sub(1)) {
        lines.push(Line::raw(format!(" {line}")));
    }
    if !ignored.is_empty() {
        lines.push(Line::styled(
            fit(&format!(" not imported: {}", ignored.join(", ")), width),
            theme.dim(),
        ));
    }
    lines.push(Line::styled(" First rows", theme.heading()));
    for row in &preview.rows {
        // The columns that will be imported, in file order; an empty cell as "–".
        let cells: Vec<String> = row
            .cells
            .iter()
            .zip(&preview.columns)
            .filter(|(_, column)| column.field.is_some())
            .map(|(cell, _)| match safe(cell.trim()) {
                empty if empty.is_empty() => "–".to_string(),
                text => text,
            })
            .collect();
        lines.push(Line::raw(fit(
            &format!(" {:>3} {}", row.number, cells.join(" │ ")),
            width,
        )));
    }
    lines
}

/// `text` made safe and wrapped into lines of `width` cells, each starting with a space.
pub fn indented(text: &str, width: usize) -> Vec<String> {
    wrap(text, width.saturating_sub(1))
        .into_iter()
        .map(|line| format!(" {line}"))
        .collect()
}
