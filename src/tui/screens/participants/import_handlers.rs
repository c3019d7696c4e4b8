//! The import's keys and the tick that reads its workers: Enter moves from the path to the
//! preview; in the preview ↑↓ move, Enter picks a column for a field (or imports on
//! "Import"), `x` leaves a column out, letters type the country; the finished plan is
//! applied as one change (with the choices remembered for this header) and its report shown.

use super::import_flow::{self, ImportFlow, Stage};
use super::import_mapping::{Line, Pick, PreviewState};
use super::state::Mode;
use crate::model::Change;
use crate::tui::action::Action;
use crate::tui::app::App;

pub fn import(app: &mut App, action: Action) -> bool {
    let Some(session) = app.session.as_ref() else {
        return false;
    };
    let revision = session.doc.revision();
    let Mode::Import(flow) = &mut app.participants.mode else {
        return false;
    };
    match (&mut flow.stage, action) {
        (Stage::Preview(state), Action::Back) if state.pick.is_some() => state.pick = None,
        (_, Action::Back) => {
            // A running worker finishes on its own; its result goes nowhere.
            app.participants.mode = Mode::Table;
            app.info("import closed");
        }
        (Stage::Path { typed, .. }, Action::Erase) => {
            typed.pop();
        }
        (Stage::Path { typed, error }, Action::Confirm) => match import_flow::load(typed) {
            Ok((file, preview)) => {
                let state = PreviewState::new(file, preview, session.workshop(), revision);
                flow.stage = Stage::Preview(Box::new(state));
            }
            Err(text) => *error = Some(text),
        },
        (Stage::Preview(state), Action::Confirm) if state.line() == Line::Import => {
            if state.pick.is_some() {
                return preview_key(app, action);
            }
            start_import(app, revision);
        }
        (Stage::Preview(_), _) => return preview_key(app, action),
        (Stage::Done { .. }, Action::Confirm) => app.participants.mode = Mode::Table,
        (Stage::Done { scroll, .. }, Action::Up | Action::ChoiceLeft) => {
            *scroll = scroll.saturating_sub(1);
        }
        (Stage::Done { scroll, lines, .. }, Action::Down | Action::ChoiceRight) => {
            *scroll = (*scroll + 1).min(lines.len().saturating_sub(1));
        }
        _ => return false,
    }
    true
}

/// Enter on "Import": the plan worked out for the choices, then applied.
fn start_import(app: &mut App, revision: u64) {
    if let Some(reason) = app.session.as_ref().and_then(|s| s.read_only.clone()) {
        app.warn(format!("read-only ({reason}): nothing was imported"));
        return;
    }
    let (Some(session), Mode::Import(flow)) = (app.session.as_ref(), &mut app.participants.mode)
    else {
        return;
    };
    let Stage::Preview(state) = &mut flow.stage else {
        return;
    };
    // The preview's own plan, when it is for this workshop and still running, is the one.
    let news = match state.job.take() {
        Some(job) if state.planned_on == revision => job,
        _ => import_flow::start(&state.file, session.workshop(), &state.options),
    };
    flow.stage = Stage::Running {
        file: state.file.clone(),
        options: state.options.clone(),
        header_hash: state.header_hash.clone(),
        news,
        progress: None,
        revision,
    };
}

/// A key in the preview: moving, picking, toggling. Every change reads the file again and
/// works the plan out again.
fn preview_key(app: &mut App, action: Action) -> bool {
    let (Some(session), Mode::Import(flow)) = (app.session.as_ref(), &mut app.participants.mode)
    else {
        return false;
    };
    let Stage::Preview(state) = &mut flow.stage else {
        return false;
    };
    let changed = match (state.pick, action) {
        (Some(mut pick), Action::ChoiceLeft | Action::ChoiceRight | Action::Up | Action::Down) => {
            let len = state.preview.columns.len() + 1;
            let forward = matches!(action, Action::ChoiceRight | Action::Down);
            pick.at = if forward {
                (pick.at + 1) % len
            } else {
                (pick.at + len - 1) % len
            };
            state.pick = Some(pick);
            false
        }
        (Some(pick), Action::Confirm) => {
            state.choose(pick);
            state.pick = None;
            true
        }
        (Some(_), _) => return false,
        (None, Action::ChoiceLeft | Action::Up | Action::PreviousField) => {
            if state.line() == Line::Sheet && action == Action::PreviousField {
                state.step_sheet(false);
                true
            } else {
                state.step(false);
                false
            }
        }
        (None, Action::ChoiceRight | Action::Down | Action::NextField) => {
            if state.line() == Line::Sheet && action == Action::NextField {
                state.step_sheet(true);
                true
            } else {
                state.step(true);
                false
            }
        }
        (None, Action::Confirm) => match state.line() {
            Line::Field(field) => {
                state.open_pick(field);
                false
            }
            Line::InvalidRows => {
                state.options.skip_invalid = !state.options.skip_invalid;
                true
            }
            Line::Sheet => {
                state.step_sheet(true);
                true
            }
            Line::Country | Line::Import => false,
        },
        (None, Action::Erase) if state.line() == Line::Country => {
            state.country_typed.pop();
            false
        }
        _ => return false,
    };
    if changed {
        let line = state.line();
        // A refusal (a sheet without a header row) is shown; the plan says it too.
        let _ = state.reread();
        state.keep_cursor_on(line);
        state.replan(session.workshop(), session.doc.revision());
    }
    true
}

/// Letters in the preview: the country code on its line; `x` leaves a column out (the one
/// chosen in the pick list, or the one filling the field under the cursor).
pub fn type_text(app: &mut App, text: &str) {
    let (Some(session), Mode::Import(flow)) = (app.session.as_ref(), &mut app.participants.mode)
    else {
        return;
    };
    let Stage::Preview(state) = &mut flow.stage else {
        return;
    };
    let mut changed = false;
    for c in text.chars() {
        match (state.pick, state.line(), c) {
            (Some(Pick { at, .. }), _, 'x' | 'X') => {
                if let Some(index) = at.checked_sub(1) {
                    state.toggle_ignore(index);
                    changed = true;
                }
            }
            (None, Line::Country, c) if c.is_ascii_alphabetic() => {
                if state.country_typed.len() >= 2 {
                    state.country_typed.clear();
                }
                state.country_typed.push(c.to_ascii_uppercase());
                if state.country_typed.len() == 2
                    && crate::import::values::country(&state.country_typed).is_some()
                {
                    state.options.country = Some(state.country_typed.clone());
                    changed = true;
                }
            }
            (None, Line::Field(field), 'x' | 'X') => {
                if let Some(index) = state.column_of(field) {
                    state.toggle_ignore(index);
                    changed = true;
                }
            }
            _ => {}
        }
    }
    if changed {
        let line = state.line();
        let _ = state.reread();
        state.keep_cursor_on(line);
        state.replan(session.workshop(), session.doc.revision());
    }
}

/// The tick: read the import workers' news; apply a finished plan. True when the screen
/// changed.
pub fn tick(app: &mut App) -> bool {
    let (Some(session), Mode::Import(flow)) = (app.session.as_ref(), &mut app.participants.mode)
    else {
        return false;
    };
    let now_revision = session.doc.revision();
    let Stage::Running {
        file,
        options,
        header_hash,
        news,
        progress,
        revision,
    } = &mut flow.stage
    else {
        if let Stage::Preview(state) = &mut flow.stage {
            if state.planned_on != now_revision {
                // The workshop changed under the preview: its counts are worked out again.
                state.replan(session.workshop(), now_revision);
                return true;
            }
            return state.poll();
        }
        return false;
    };
    let (newest, result) = import_flow::drain(news);
    let moved = newest.is_some();
    if newest.is_some() {
        *progress = newest;
    }
    let Some(result) = result else {
        return moved;
    };
    let (file, options, header_hash, started_on) = (
        file.clone(),
        options.clone(),
        header_hash.clone(),
        *revision,
    );
    if now_revision != started_on {
        // Someone checked in (or undid something) meanwhile: the plan was made for an older
        // workshop. Work it out again on the current one rather than overwrite that.
        let news = import_flow::start(&file, session.workshop(), &options);
        flow.stage = Stage::Running {
            file,
            options,
            header_hash,
            news,
            progress: None,
            revision: now_revision,
        };
        return true;
    }
    let (lines, imported) = match result {
        Err(error) => {
            tracing::warn!(csv = crate::store::file_label(&file.path), "import refused");
            (
                vec![
                    format!("Nothing was imported from {}:", file.path.display()),
                    error.to_string(),
                ],
                false,
            )
        }
        Ok(plan) => {
            tracing::info!(
                csv = crate::store::file_label(&file.path),
                rows = plan.rows_read,
                added = plan.added.len(),
                updated = plan.updated.len(),
                duplicates = plan.duplicates.len(),
                skipped = plan.skipped.len(),
                "import"
            );
            let lines = import_flow::report_lines(&file.path, &plan);
            if plan.is_empty() {
                (lines, false)
            } else {
                let change = with_remembered(plan.change.clone(), app, &options, &header_hash);
                match app.apply(change) {
                    Ok(()) => (lines, true),
                    Err(error) => (vec![format!("Nothing was imported: {error}")], false),
                }
            }
        }
    };
    let added = lines.iter().find(|l| l.starts_with("Added")).cloned();
    if imported {
        app.info(format!(
            "imported from {}: {}",
            file.path.display(),
            added.unwrap_or_default()
        ));
    }
    app.participants.mode = Mode::Import(Box::new(ImportFlow {
        stage: Stage::Done {
            lines,
            imported,
            scroll: 0,
        },
    }));
    true
}

/// The import's change, and in the same undoable step the column choices remembered for
/// this header (when there are any and they are not already what the workshop remembers).
fn with_remembered(
    change: Change,
    app: &App,
    options: &crate::import::ImportOptions,
    header_hash: &str,
) -> Change {
    let Some(session) = app.session.as_ref() else {
        return change;
    };
    let mut info = session.workshop().info().clone();
    let known = info.settings.import_mapping(header_hash).cloned();
    let mapping = options.to_mapping(header_hash);
    if mapping == known || mapping.is_none() {
        return change;
    }
    if let Some(mapping) = mapping {
        info.settings.remember_import_mapping(mapping);
    }
    Change::Batch(vec![change, Change::set_info(info)])
}
