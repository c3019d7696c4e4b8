//! The editor's text kept as a draft beside the session (`<file>.draft`).
//!
//! The rule:
//! - while an editor is open, what was typed is written to the draft about a second after
//!   the first keystroke not yet written (so never later than ~1.25 s after the last one),
//!   on a worker thread; on quit, SIGHUP or SIGTERM it is written at once;
//! - saving the entry removes the draft;
//! - Esc closes the editor and, when the text was changed, keeps the draft: `a` or `e`
//!   then offer it back (restore / discard). Esc on an unchanged editor leaves no draft;
//! - opening a session that has a draft (after a crash or a closed terminal) offers it back;
//! - discarding removes it. A read-only session never reads, writes or removes drafts (the
//!   draft belongs to whoever holds the file).

use super::state::{Editor, Modal, View};
use crate::model::Id;
use crate::session::jobs::{Job, Polled};
use crate::store::drafts::{Draft, load_draft, remove_draft, save_draft};
use crate::tui::app::App;
use crate::tui::screen::Screen;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// How long typed text waits before it is written to the draft.
pub const DRAFT_DEBOUNCE: Duration = Duration::from_secs(1);

#[derive(Default)]
pub struct DraftKeeper {
    /// The session whose draft file was looked for (once per opened session).
    checked: Option<PathBuf>,
    /// A draft not in an open editor: found on opening, or kept by Esc.
    pub kept: Option<Draft>,
    writer: Option<Job<(), Result<(), String>>>,
}

impl DraftKeeper {
    /// Wait for a draft being written (a small file: this is quick).
    fn settle(&mut self) -> Option<String> {
        let job = self.writer.take()?;
        written(job.wait())
    }

    /// A draft's write that has finished, without waiting for one that has not.
    fn finished(&mut self) -> Option<String> {
        let polled = self.writer.as_mut()?.poll();
        match polled {
            Polled::Running { .. } => None,
            Polled::Done(result) => {
                self.writer = None;
                written(Some(result))
            }
            Polled::Lost => {
                self.writer = None;
                written(None)
            }
        }
    }
}

/// Why a draft's write failed, if it did.
fn written(result: Option<Result<(), String>>) -> Option<String> {
    match result {
        Some(Ok(())) => None,
        Some(Err(error)) => Some(error),
        None => Some("the draft writer stopped unexpectedly".to_string()),
    }
}

fn writable_path(app: &App) -> Option<PathBuf> {
    let session = app.session.as_ref()?;
    session.read_only.is_none().then(|| session.path.clone())
}

fn draft_of(app: &App, editor: &Editor) -> Draft {
    Draft::new(
        app.now,
        editor.target,
        editor.group,
        editor.kind,
        editor.text(),
    )
}

/// The tick's share: look for a draft once per session, collect the worker's result, and
/// write the open editor's text when it has waited long enough. True when the screen changed.
pub fn tick(app: &mut App, now: Instant) -> bool {
    let mut changed = offer_found_draft(app);
    if let Some(error) = app.capture.drafts.finished() {
        app.warn(format!("the draft could not be written: {error}"));
        changed = true;
    }
    let Some(path) = writable_path(app) else {
        return changed;
    };
    let due = match &app.capture.modal {
        Some(Modal::Editor(editor)) => editor
            .dirty_since
            .is_some_and(|since| now.saturating_duration_since(since) >= DRAFT_DEBOUNCE),
        _ => false,
    };
    if !due || app.capture.drafts.writer.is_some() {
        return changed;
    }
    let Some(Modal::Editor(editor)) = &app.capture.modal else {
        return changed;
    };
    let draft = draft_of(app, editor);
    if let Some(Modal::Editor(editor)) = &mut app.capture.modal {
        editor.dirty_since = None;
    }
    app.capture.drafts.writer = Some(Job::spawn(move |_: &mut dyn FnMut(())| {
        if draft.text.trim().is_empty() {
            remove_draft(&path).map_err(|e| e.to_string())
        } else {
            save_draft(&path, &draft).map_err(|e| e.to_string())
        }
    }));
    changed
}

/// Once per opened session: a draft on disk is offered back on the Capture screen.
fn offer_found_draft(app: &mut App) -> bool {
    let Some(path) = writable_path(app) else {
        return false;
    };
    if app.capture.drafts.checked.as_ref() == Some(&path) {
        return false;
    }
    app.capture.drafts.checked = Some(path.clone());
    app.capture.drafts.kept = None;
    match load_draft(&path) {
        Ok(Some(draft)) => {
            app.capture.drafts.kept = Some(draft);
            if app.capture.modal.is_none() {
                app.capture.modal = Some(Modal::DraftOffer);
            }
            app.capture.view = View::Board;
            app.screen = Screen::Capture;
            app.info("a draft from the last time was found: restore it or discard it");
            true
        }
        Ok(None) => false,
        Err(error) => {
            app.warn(format!("{error} (left in place)"));
            true
        }
    }
}

/// Write the open editor's text now (quitting, SIGHUP, SIGTERM, Esc). Errors go to the
/// status bar; the caller goes on.
pub fn write_now(app: &mut App) {
    if let Some(error) = app.capture.drafts.settle() {
        app.warn(format!("the draft could not be written: {error}"));
    }
    let Some(path) = writable_path(app) else {
        return;
    };
    let Some(Modal::Editor(editor)) = &app.capture.modal else {
        return;
    };
    if !editor.changed() || editor.text().trim().is_empty() {
        return;
    }
    let draft = draft_of(app, editor);
    match save_draft(&path, &draft) {
        Ok(()) => {
            if let Some(Modal::Editor(editor)) = &mut app.capture.modal {
                editor.dirty_since = None;
            }
        }
        Err(error) => app.warn(format!("the draft could not be written: {error}")),
    }
}

/// Esc in a changed editor: keep its text as the draft (on disk and to offer back).
pub fn keep(app: &mut App, editor: &Editor) {
    if let Some(error) = app.capture.drafts.settle() {
        app.warn(format!("the draft could not be written: {error}"));
    }
    let draft = draft_of(app, editor);
    if let Some(path) = writable_path(app)
        && let Err(error) = save_draft(&path, &draft)
    {
        app.warn(format!(
            "the draft could not be written: {error}; it is kept in memory"
        ));
    }
    app.capture.drafts.kept = Some(draft);
}

/// The text was saved or thrown away: no draft any more.
pub fn forget(app: &mut App) {
    let _ = app.capture.drafts.settle();
    app.capture.drafts.kept = None;
    if let Some(path) = writable_path(app)
        && let Err(error) = remove_draft(&path)
    {
        app.warn(format!("the old draft could not be removed: {error}"));
    }
}

/// The editor a kept draft reopens as: its entry if that still exists, else a new entry in
/// its group if that still exists, else in `fallback_group`.
pub fn editor_for(app: &App, draft: &Draft, fallback_group: Option<Id>) -> Editor {
    let workshop = app.session.as_ref().map(|s| s.workshop());
    let entry = draft
        .entry
        .and_then(|id| workshop.and_then(|w| w.entry(id)))
        .filter(|e| !e.deleted);
    let group_live = |id: Id| {
        workshop
            .and_then(|w| w.group(id))
            .is_some_and(|g| !g.deleted)
    };
    let group = match entry {
        Some(e) => e.group,
        None => draft.group.filter(|g| group_live(*g)).or(fallback_group),
    };
    let original = entry.map(|e| e.text.clone()).unwrap_or_default();
    let mut editor = Editor::new(entry.map(|e| e.id), group, draft.kind, &original);
    editor.area = super::state::text_area(&draft.text, true);
    editor.fit_wrapping();
    editor
}
