//! Drawing the Report screen: a header (full or anonymised, the section, how far down),
//! the visible slice of the preview, and the export form over it.

use super::export::{ExportForm, Field, describe};
use super::layout::rows;
use super::preview::{Piece, Preview, Tone};
use super::scroll::{self, Pos, Viewport};
use crate::tui::app::App;
use crate::tui::kit::text::{fit as cut, tail};
use crate::tui::theme::Theme;
use crate::tui::widgets::centred;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block as Bordered, Clear, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    let Some(session) = app.session.as_ref() else {
        let text = vec![
            Line::styled(" Report", theme.title()),
            Line::raw(""),
            Line::raw(
                " No session is open. Press 1 for Home to open one, create one, or try the demo.",
            ),
        ];
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: false }), area);
        return;
    };
    let state = &app.report;
    let [top, body] = Layout::vertical([Constraint::Length(2), Constraint::Fill(1)]).areas(area);
    // One column of margin on each side.
    let inner = Rect {
        x: body.x.saturating_add(1),
        width: body.width.saturating_sub(2),
        ..body
    };
    let view = Viewport {
        width: inner.width,
        height: inner.height,
    };
    state.record_viewport(view);
    let shown = state.shown(session);
    header(app, frame, top, shown, view);
    match shown {
        Some(preview) => {
            let lines = visible(preview, state.pos, view, theme);
            frame.render_widget(Paragraph::new(lines), inner);
        }
        None => {
            let entries = session.workshop().entries().count();
            let text = format!(
                " Preparing the preview ({})…",
                crate::tui::kit::text::count(entries, "entry", "entries")
            );
            frame.render_widget(Paragraph::new(Line::styled(text, theme.dim())), body);
        }
    }
    if let Some(form) = &state.form {
        render_form(app, frame, area, form);
    }
}

fn header(app: &App, frame: &mut Frame, area: Rect, shown: Option<&Preview>, view: Viewport) {
    let theme = app.theme;
    let state = &app.report;
    let mode = if state.anonymised {
        Span::styled(
            " ANONYMISED preview: what a shared report shows ",
            theme.read_only(),
        )
    } else {
        Span::styled(" — full preview, with names", theme.text())
    };
    let mut first = vec![Span::styled(" Report", theme.title()), mode];
    let mut second = Vec::new();
    if let Some(preview) = shown {
        let section = preview
            .section_of(state.pos.block)
            .map(|i| preview.heading_title(i).to_string())
            .unwrap_or_default();
        let place = if preview.blocks.len() <= 1 || state.pos == Pos::default() {
            "top".to_string()
        } else if state.pos >= scroll::last_top(preview, view) {
            "end".to_string()
        } else {
            format!("{}%", state.pos.block * 100 / preview.blocks.len())
        };
        let used: usize = first.iter().map(|s| s.content.width()).sum();
        let right = format!(" {place} ");
        let room = usize::from(area.width).saturating_sub(used + right.width() + 1);
        first.push(Span::styled(
            format!(" {:>room$}", cut(&section, room)),
            theme.accent(),
        ));
        first.push(Span::styled(right, theme.dim()));
        let updating = if state.preparing() {
            " · updating…"
        } else {
            ""
        };
        second.push(Span::styled(
            format!(" {}{updating}", preview.summary),
            theme.dim(),
        ));
    }
    if let Some(last) = &state.last_export {
        let style = if last.failed {
            theme.error()
        } else {
            theme.saved()
        };
        let room = usize::from(area.width).saturating_sub(1);
        // A failure's cause comes first; a success's file name and size come last.
        let text = if last.failed {
            cut(&last.text, room)
        } else {
            tail(&last.text, room)
        };
        second = vec![Span::styled(format!(" {text}"), style)];
    }
    let lines = vec![Line::from(first), Line::from(second)];
    frame.render_widget(Paragraph::new(lines), area);
}

/// The rows from `pos` down, as many as the viewport holds: only these blocks are laid
/// out.
fn visible(preview: &Preview, pos: Pos, view: Viewport, theme: Theme) -> Vec<Line<'static>> {
    let height = usize::from(view.height);
    let width = usize::from(view.width);
    let pos = scroll::clamp(preview, pos, view);
    let mut out = Vec::with_capacity(height);
    let mut block = pos.block;
    let mut skip = pos.row;
    while out.len() < height && block < preview.blocks.len() {
        for row in rows(preview, block, width).into_iter().skip(skip) {
            if out.len() >= height {
                break;
            }
            out.push(line(&row, theme));
        }
        skip = 0;
        block += 1;
    }
    out
}

fn line(row: &[Piece], theme: Theme) -> Line<'static> {
    Line::from(
        row.iter()
            .map(|p| Span::styled(p.text.clone(), style(p.tone, theme)))
            .collect::<Vec<_>>(),
    )
}

fn style(tone: Tone, theme: Theme) -> Style {
    match tone {
        Tone::Text => theme.text(),
        Tone::Emphasis => theme.text().add_modifier(Modifier::ITALIC),
        Tone::Strong => theme.text().add_modifier(Modifier::BOLD),
        Tone::Heading(1) => theme.title(),
        Tone::Heading(2 | 3) => theme.heading(),
        Tone::Heading(_) => theme.accent().add_modifier(Modifier::BOLD),
        Tone::Frame => theme.dim(),
    }
}

fn render_form(app: &App, frame: &mut Frame, area: Rect, form: &ExportForm) {
    let theme = app.theme;
    let height = 10 + u16::from(form.error.is_some()) * 2;
    let boxed = centred(area, area.width.saturating_sub(4).min(76), height);
    let value_width = usize::from(boxed.width.saturating_sub(2)).saturating_sub(14);
    let mut lines = Vec::new();
    for field in Field::ALL {
        let focused = form.focus == field;
        let label = Span::styled(
            format!(" {:<11} ", field.label()),
            if focused { theme.key() } else { theme.dim() },
        );
        let (value, hint) = match field {
            Field::Format => (
                format!("‹ {} ›", form.format.name()),
                describe(form.format).to_string(),
            ),
            Field::Anonymise => (
                format!("‹ {} ›", if form.anonymise { "yes" } else { "no" }),
                if form.anonymise {
                    "no names, phones or emails; counts under 5 shown as <5".to_string()
                } else {
                    "names included: for the team, not for sharing".to_string()
                },
            ),
            Field::Path => {
                let cursor = if focused { "▏" } else { "" };
                (
                    format!(
                        "{}{cursor}",
                        tail(&form.path, value_width.saturating_sub(1))
                    ),
                    if form.format == crate::report::Format::Csv {
                        "a folder; ~/ and relative paths work".to_string()
                    } else {
                        "a file; ~/ and relative paths work".to_string()
                    },
                )
            }
        };
        let value_line = Line::from(vec![label, Span::raw(value)]);
        lines.push(if focused {
            value_line.patch_style(theme.selected())
        } else {
            value_line
        });
        lines.push(Line::styled(
            format!("             {}", cut(&hint, value_width)),
            theme.dim(),
        ));
    }
    if let Some(error) = &form.error {
        lines.push(Line::raw(""));
        lines.push(Line::styled(format!(" {error}"), theme.error()));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        " Enter export · Tab field · ↑↓ change · Esc cancel",
        theme.dim(),
    ));
    frame.render_widget(Clear, boxed);
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: false }).block(
            Bordered::bordered()
                .border_style(theme.border())
                .title(Span::styled(" Export the report ", theme.title())),
        ),
        boxed,
    );
}

/// The status bar's note while an export runs: "exporting ▕████░░░░▏ 2/3 writing …".
pub fn status(app: &App) -> Option<String> {
    let job = app.report.job.as_ref()?;
    let name = job
        .path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let Some(progress) = job.progress else {
        return Some(format!("exporting {name}…"));
    };
    const CELLS: usize = 10;
    let filled = (progress.done * CELLS)
        .checked_div(progress.total)
        .unwrap_or(0)
        .min(CELLS);
    Some(format!(
        "exporting {name} ▕{}{}▏ {}/{} {}",
        "█".repeat(filled),
        "░".repeat(CELLS - filled),
        progress.done,
        progress.total,
        progress.step
    ))
}
