//! Opening a session and merging a copy: the file is read by a job (see
//! `app::loading`), and what it read is taken in here when a tick finds it done. Until then
//! the screens draw and the keys work; the status bar says how far the reading has come.

use super::screens;
use crate::tui::app::{App, Finished, Loading, LoadingWork, Overlay};
use crate::tui::screen::Screen;
use std::path::Path;
use std::time::Instant;

/// Close the current session (saving it) and start opening `path` in its place.
/// `then_say` is said once it is open.
pub fn open_path(app: &mut App, path: &Path, now: Instant, then_say: Option<String>) {
    if refuse_while_loading(app) {
        return;
    }
    if let Some(session) = app.session.as_mut()
        && let Err(error) = session.save_and_wait(now)
    {
        let text = format!(
            "could not save {} before opening another file: {error}",
            session.path.display()
        );
        set_form_error(app, text);
        return;
    }
    // Drop the old session (and its lock) before taking the new one's.
    app.session = None;
    let mut loading = Loading::open(&app.dirs, path, then_say);
    loading.form = put_form_away(app);
    app.loading = Some(loading);
}

/// The path form, out of the way while its file is read.
fn put_form_away(app: &mut App) -> Option<crate::tui::widgets::form::Form> {
    if !matches!(app.layers.top(), Some(Overlay::Form(_))) {
        return None;
    }
    match app.layers.pop() {
        Some(Overlay::Form(form)) => Some(form),
        _ => None,
    }
}

/// The path form back, for the sentence saying why its file was not taken.
fn give_form_back(app: &mut App, form: Option<crate::tui::widgets::form::Form>) {
    if let Some(form) = form {
        app.layers.push(Overlay::Form(form));
    }
}

/// Start reading a note-taker's copy to merge into the open session.
pub fn start_merge(app: &mut App, path: &Path) {
    if refuse_while_loading(app) {
        return;
    }
    let mut loading = Loading::merge(path);
    loading.form = put_form_away(app);
    app.loading = Some(loading);
}

/// A second file while one is being read: one at a time, said in the status bar.
fn refuse_while_loading(app: &mut App) -> bool {
    let Some(loading) = &app.loading else {
        return false;
    };
    let text = format!("{}; wait until it is done", loading.describe());
    set_form_error(app, text);
    true
}

/// Look at the file being read: take it in when it is done. With `wait`, wait for it (for
/// tests and for quitting). True when something on the screen changed.
pub fn poll_loading(app: &mut App, wait: bool) -> bool {
    let finished = match app.loading.as_mut() {
        None => return false,
        Some(loading) if !wait => match loading.work.poll() {
            Err(moved) => return moved,
            Ok(finished) => Some(finished),
        },
        Some(_) => None,
    };
    let Some(Loading {
        path,
        work,
        then_say,
        form,
    }) = app.loading.take()
    else {
        return false;
    };
    let what = match work {
        LoadingWork::Open(_) => "opening",
        LoadingWork::Merge(_) => "reading",
    };
    match finished.unwrap_or_else(|| work.wait()) {
        Finished::Opened(opened_or_not) => match *opened_or_not {
            Ok((session, warnings)) => opened(app, session, warnings, then_say),
            Err(error) => not_opened(app, &path, error, form),
        },
        Finished::Read(read) => match *read {
            Ok(copy) => {
                if let Err(error) = merge_copy(app, &path, copy) {
                    give_form_back(app, form);
                    set_form_error(app, error);
                }
            }
            Err(error) => {
                give_form_back(app, form);
                set_form_error(app, error.to_string());
            }
        },
        Finished::Lost => app.error(format!(
            "{what} {} stopped unexpectedly; nothing was taken in",
            display_name(&path)
        )),
    }
    true
}

fn opened(
    app: &mut App,
    session: crate::tui::app::Session,
    warnings: Vec<String>,
    then_say: Option<String>,
) {
    let name = session.file_name();
    let read_only = session.read_only.clone();
    app.session = Some(session);
    app.layers.clear();
    app.screen = Screen::Overview;
    app.refresh_recent();
    match read_only {
        Some(reason) => app.warn(format!("{name} opened read-only: {reason}")),
        None => app.info(then_say.unwrap_or_else(|| format!("opened {name}"))),
    }
    if let Some(last) = warnings.into_iter().last() {
        app.warn(last);
    }
    crate::tui::form_drafts::observe(app, std::time::Instant::now());
}

/// A damaged file offers its backups in place of the form; any other refusal goes back to
/// the form, to fix the path.
fn not_opened(
    app: &mut App,
    path: &Path,
    error: String,
    form: Option<crate::tui::widgets::form::Form>,
) {
    match crate::store::damage(path) {
        // A damaged file: the whole error, wrapped, and its backups to choose from.
        Some(damage) => {
            let state = screens::recovery::RecoveryState::new(path.to_path_buf(), damage);
            app.layers.push(Overlay::Recovery(state));
            app.error(format!("{} does not load", display_name(path)));
        }
        None => {
            give_form_back(app, form);
            set_form_error(app, error);
        }
    }
}

/// Bring another laptop's copy in through the one door (one undoable step), and say what
/// it brought.
/// The sentence when it was refused, with nothing changed.
fn merge_copy(app: &mut App, path: &Path, copy: crate::model::Workshop) -> Result<(), String> {
    let Some(session) = app.session.as_mut() else {
        return Err("the session was closed before the copy was read; nothing was merged".into());
    };
    if let Some(reason) = &session.read_only {
        return Err(format!("read-only ({reason}): nothing was merged"));
    }
    let file = session.path.clone();
    let merged = crate::session::merge_copy(&mut session.doc, &file, path, copy)
        .map_err(|e| e.to_string())?;
    let summary = merged.summary;
    let text = format!(
        "merged {}: {} added, {} updated, {} new conflicts (Ctrl-Z undoes the merge)",
        display_name(path),
        summary.added,
        summary.updated,
        summary.conflicts
    );
    if summary.conflicts > 0 {
        app.warn(text);
    } else {
        app.info(text);
    }
    Ok(())
}

/// Restore a backup of the damaged session at `path`, then open it.
pub fn restore(app: &mut App, path: &Path, backup: usize, now: Instant) {
    match crate::store::restore(path, backup, app.now, false) {
        Ok(restored) => {
            // Short enough for the status bar at 80 columns.
            let kept = restored.kept_as.as_deref().map_or_else(String::new, |k| {
                format!("; damaged file: {}", display_name(k))
            });
            let said = format!("backup {backup} restored{kept}");
            open_path(app, path, now, Some(said));
        }
        Err(error) => app.error(error.to_string()),
    }
}

fn display_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Show an error in the open form, or in the status bar when there is none.
pub fn set_form_error(app: &mut App, error: String) {
    match app.layers.top_mut() {
        Some(Overlay::Form(form)) => form.error = Some(error),
        _ => app.error(error),
    }
}
