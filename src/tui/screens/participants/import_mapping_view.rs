//! Drawing the import preview: what the import would do, the choices (invalid rows, country,
//! sheet), the fields with the column filling each and sample values, and the pick list of
//! columns when one is open.

use super::import_mapping::{Line as Row, Pick, PreviewState};
use crate::import::{ImportError, MatchHow, Source};
use crate::tui::kit::text::{count, fit, one_line as safe, pad};
use crate::tui::theme::Theme;
use ratatui::text::{Line, Span};

const FIELD_CELLS: usize = 18;
const COLUMN_CELLS: usize = 24;

/// The preview's lines in `width` cells and at most `height` lines.
pub fn lines(
    state: &PreviewState,
    width: usize,
    height: usize,
    theme: Theme,
) -> Vec<Line<'static>> {
    let mut out = vec![Line::raw(fit(
        &format!(" {}", safe(&state.file.path.display().to_string())),
        width,
    ))];
    out.push(Line::styled(fit(&read_as(state), width), theme.dim()));
    out.push(outcome(state, width, theme));
    if let Some(why) = &state.refused {
        out.push(Line::styled(
            fit(&format!(" {}", safe(why)), width),
            theme.error(),
        ));
    } else if let Some(note) = state.preview.notes.first() {
        out.push(Line::styled(
            fit(&format!(" {}", safe(note)), width),
            theme.warning(),
        ));
    }
    let cursor = state.line();
    let mark = |row: Row| {
        if cursor == row && state.pick.is_none() {
            "▸"
        } else {
            " "
        }
    };
    out.push(Line::from(vec![
        Span::raw(mark(Row::Import)),
        Span::styled(
            "Import",
            if cursor == Row::Import {
                theme.selected()
            } else {
                theme.key()
            },
        ),
        Span::styled(" (Enter here imports; one undoable step)", theme.dim()),
    ]));
    out.push(choice(
        mark(Row::InvalidRows),
        "Invalid rows",
        if state.options.skip_invalid {
            "skip them, import the rest"
        } else {
            "refuse the whole file"
        },
        "(Enter)",
        theme,
    ));
    out.push(choice(
        mark(Row::Country),
        "Phones without +code are from",
        &state.country_typed,
        "(type two letters: IQ, JO, SY…)",
        theme,
    ));
    if let Source::Workbook { sheet, .. } = &state.preview.source {
        let shown = state.options.sheet.clone().unwrap_or_else(|| sheet.clone());
        out.push(choice(
            mark(Row::Sheet),
            "Sheet",
            &safe(&shown),
            &format!("of {} (Enter: next)", state.preview.sheets.len()),
            theme,
        ));
    }
    let footer = 2;
    let room = height.saturating_sub(out.len() + footer + 1).max(1);
    match state.pick {
        None => fields(state, &mut out, room, width, theme),
        Some(pick) => pick_list(state, pick, &mut out, room, width, theme),
    }
    out.push(Line::styled(fit(&unused(state), width), theme.dim()));
    out.push(Line::styled(
        fit(
            if state.pick.is_some() {
                " ↑↓ choose · Enter use this column · x leave the column out / take it back · Esc back"
            } else {
                " ↑↓ move · Enter on a field: pick its column · x leave its column out · Esc cancel"
            },
            width,
        ),
        theme.dim(),
    ));
    out
}

fn read_as(state: &PreviewState) -> String {
    let preview = &state.preview;
    let mut text = format!(" {}", count(preview.rows_total, "row", "rows"));
    match &preview.source {
        Source::Text { encoding } => {
            let separator = match preview.delimiter {
                b'\t' => "tab".to_string(),
                other => format!("\"{}\"", char::from(other)),
            };
            text.push_str(&format!(" · {encoding} · separated by {separator}"));
        }
        Source::Workbook { kind, .. } => text.push_str(&format!(" · {kind}")),
    }
    if state.remembered {
        text.push_str(" · columns as chosen last time");
    }
    text
}

/// What Enter would do, as the plan for the current choices says.
fn outcome(state: &PreviewState, width: usize, theme: Theme) -> Line<'static> {
    match &state.planned {
        None => Line::styled(" working out what the import would do…", theme.dim()),
        Some(Ok(plan)) => {
            let mut parts = vec![format!("would add {}", plan.added.len())];
            parts.push(format!("fill blanks of {}", plan.updated.len()));
            parts.push(count(plan.duplicates.len(), "duplicate", "duplicates"));
            let problems = plan.skipped.len() + plan.warnings.len();
            parts.push(count(problems, "row with a problem", "rows with problems"));
            Line::styled(
                fit(&format!(" {}", parts.join(" · ")), width),
                theme.heading(),
            )
        }
        Some(Err(error)) => {
            Line::styled(fit(&format!(" {}", refusal(error)), width), theme.error())
        }
    }
}

/// A refusal in one line: the first sentence of what the import would say.
fn refusal(error: &ImportError) -> String {
    let text = safe(&error.to_string());
    format!(
        "not importable now: {}",
        text.lines().next().unwrap_or_default()
    )
}

fn choice(mark: &str, label: &str, value: &str, hint: &str, theme: Theme) -> Line<'static> {
    Line::from(vec![
        Span::raw(mark.to_string()),
        Span::styled(format!("{label} ‹ "), theme.key()),
        Span::raw(value.to_string()),
        Span::styled(" › ", theme.key()),
        Span::styled(hint.to_string(), theme.dim()),
    ])
}

/// The fields, a window of them around the cursor; a field no column fills is dim.
fn fields(
    state: &PreviewState,
    out: &mut Vec<Line<'static>>,
    room: usize,
    width: usize,
    theme: Theme,
) {
    out.push(Line::styled(
        fit(
            &format!(
                " {}{}Samples",
                pad("Field", FIELD_CELLS),
                pad("Column", COLUMN_CELLS)
            ),
            width,
        ),
        theme.heading(),
    ));
    let order = state.field_order();
    let at = match state.line() {
        Row::Field(field) => order.iter().position(|f| *f == field),
        _ => None,
    };
    let first = at.map_or(0, |at| (at + 1).saturating_sub(room));
    for field in order.iter().skip(first).take(room) {
        let chosen = at.is_some_and(|at| order[at] == *field);
        let (column, samples) = match state.column_of(*field) {
            Some(index) => (
                safe(&state.preview.columns[index].header),
                state.samples(index).join(", "),
            ),
            None => ("–".to_string(), String::new()),
        };
        let text = format!(
            "{}{}{}{}",
            if chosen { "▸" } else { " " },
            pad(field.key(), FIELD_CELLS),
            pad(&column, COLUMN_CELLS),
            safe(&samples)
        );
        let style = if chosen {
            theme.selected()
        } else if column == "–" {
            theme.dim()
        } else {
            theme.text()
        };
        out.push(Line::styled(fit(&text, width), style));
    }
}

/// The pick list: "no column", then every column with its sample values.
fn pick_list(
    state: &PreviewState,
    pick: Pick,
    out: &mut Vec<Line<'static>>,
    room: usize,
    width: usize,
    theme: Theme,
) {
    out.push(Line::styled(
        fit(&format!(" Which column fills {}?", pick.field.key()), width),
        theme.heading(),
    ));
    let len = state.preview.columns.len() + 1;
    let first = (pick.at + 1)
        .saturating_sub(room)
        .min(len.saturating_sub(room));
    for at in (0..len).skip(first).take(room) {
        let chosen = at == pick.at;
        let text = match at.checked_sub(1) {
            None => format!("{}(no column)", if chosen { "▸" } else { " " }),
            Some(index) => {
                let column = &state.preview.columns[index];
                let fate = match (column.field, column.how) {
                    (_, MatchHow::Ignored) => " [left out]".to_string(),
                    (Some(field), _) => format!(" [{}]", field.key()),
                    (None, MatchHow::Meta) => " [bookkeeping]".to_string(),
                    (None, _) => String::new(),
                };
                format!(
                    "{}{}{}",
                    if chosen { "▸" } else { " " },
                    pad(
                        &format!("{}{fate}", safe(&column.header)),
                        FIELD_CELLS + COLUMN_CELLS
                    ),
                    safe(&state.samples(index).join(", "))
                )
            }
        };
        let style = if chosen {
            theme.selected()
        } else {
            theme.text()
        };
        out.push(Line::styled(fit(&text, width), style));
    }
}

/// The columns nothing is taken from: unused ones, and those left out.
fn unused(state: &PreviewState) -> String {
    let mut unused = Vec::new();
    let mut left_out = Vec::new();
    for column in &state.preview.columns {
        match (column.field, column.how) {
            (_, MatchHow::Ignored) => left_out.push(safe(&column.header)),
            (None, MatchHow::Meta) => {}
            (None, _) => unused.push(safe(&column.header)),
            (Some(_), _) => {}
        }
    }
    let mut parts = Vec::new();
    if !unused.is_empty() {
        parts.push(format!("not imported: {}", unused.join(", ")));
    }
    if !left_out.is_empty() {
        parts.push(format!("left out: {}", left_out.join(", ")));
    }
    if parts.is_empty() {
        parts.push("every column is used".to_string());
    }
    format!(" {}", parts.join(" · "))
}
