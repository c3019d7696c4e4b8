//! The import's keys and the tick that reads its worker: Enter moves from the path to the
//! preview to the worker; the finished plan is applied as one change and its report shown.

use super::import_flow::{self, ImportFlow, Stage};
use super::state::Mode;
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
                flow.stage = Stage::Preview {
                    file,
                    preview,
                    skip_invalid: false,
                }
            }
            Err(text) => *error = Some(text),
        },
        (
            Stage::Preview { skip_invalid, .. },
            Action::ChoiceLeft | Action::ChoiceRight | Action::Up | Action::Down,
        ) => *skip_invalid = !*skip_invalid,
        (
            Stage::Preview {
                file, skip_invalid, ..
            },
            Action::Confirm,
        ) => {
            if let Some(reason) = app.session.as_ref().and_then(|s| s.read_only.clone()) {
                app.warn(format!("read-only ({reason}): nothing was imported"));
                return true;
            }
            let (file, skip_invalid) = (file.clone(), *skip_invalid);
            let Some(session) = app.session.as_ref() else {
                return true;
            };
            let news = import_flow::start(&file, session.workshop(), skip_invalid);
            if let Mode::Import(flow) = &mut app.participants.mode {
                flow.stage = Stage::Running {
                    file,
                    skip_invalid,
                    news,
                    progress: None,
                    revision,
                };
            }
        }
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

/// The tick: read the import worker's news; apply a finished plan. True when the screen
/// changed.
pub fn tick(app: &mut App) -> bool {
    let Mode::Import(flow) = &mut app.participants.mode else {
        return false;
    };
    let Stage::Running {
        file,
        skip_invalid,
        news,
        progress,
        revision,
    } = &mut flow.stage
    else {
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
    let (file, skip_invalid, started_on) = (file.clone(), *skip_invalid, *revision);
    let Some(session) = app.session.as_ref() else {
        return true;
    };
    let now_revision = session.doc.revision();
    if now_revision != started_on {
        // Someone checked in (or undid something) meanwhile: the plan was made for an older
        // workshop. Work it out again on the current one rather than overwrite that.
        let news = import_flow::start(&file, session.workshop(), skip_invalid);
        flow.stage = Stage::Running {
            file,
            skip_invalid,
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
                match app.apply(plan.change.clone()) {
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
