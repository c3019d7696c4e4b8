//! Drawing the import: the path prompt, the preview (mapping and first rows), the progress
//! bar, the report.

use super::import_flow::{ImportFlow, Stage};
use super::import_mapping_view;
use crate::tui::kit::text::{fit, one_line as safe, tail, wrap};
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
                    Span::styled(" List file › ", theme.key()),
                    Span::raw(safe(&tail(typed, width.saturating_sub(15)))),
                    Span::styled("▏", theme.accent()),
                ]),
                Line::styled(
                    " a registration list: .csv (, ; or tab), .xlsx, .xls or .ods",
                    theme.dim(),
                ),
            ];
            if let Some(error) = error {
                lines.push(Line::raw(""));
                for part in indented(error, width) {
                    lines.push(Line::styled(part, theme.error()));
                }
            }
            lines.push(Line::styled(
                " from KoBoToolbox, ODK, Excel or Google Forms; the columns can be chosen next",
                theme.dim(),
            ));
            lines.push(Line::raw(""));
            lines.push(Line::styled(" Enter preview · Esc cancel", theme.dim()));
            (" Import participants ", lines)
        }
        Stage::Preview(state) => (
            " Import participants: preview ",
            import_mapping_view::lines(
                state,
                width,
                usize::from(area.height.saturating_sub(2)),
                theme,
            ),
        ),
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

/// `text` made safe and wrapped into lines of `width` cells, each starting with a space.
pub fn indented(text: &str, width: usize) -> Vec<String> {
    wrap(text, width.saturating_sub(1))
        .into_iter()
        .map(|line| format!(" {line}"))
        .collect()
}
