//! Drafts of every form, not only the Capture editor: what was typed into an agenda item, a
//! person, a group, a plenary comment or the workshop details is kept beside the session as
//! `<file>.form-draft` when the program ends before the form was saved or cancelled — a
//! closed terminal window (SIGHUP), a power cut, a crash.
//!
//! The rule:
//! - while a form is open and its fields differ from what it opened with, they are written
//!   about a second after the first change not yet written, on a worker thread; on quit and
//!   on every ending signal they are written at once;
//! - a form closed in the program (saved, or cancelled with Esc) removes the draft: both are
//!   deliberate;
//! - opening a session with a form draft says which form it is; opening that same form (the
//!   same item, person or group) puts the typing back and says so;
//! - a read-only session never reads, writes or removes a form draft.

mod fields;

pub use fields::Drafted;

use super::app::{App, Overlay};
use super::screens::agenda::Panel;
use super::screens::groups::Mode as GroupsMode;
use super::screens::participants::{FormKind, Mode as PeopleMode};
use crate::model::Id;
use crate::session::jobs::{Job, Polled};
use crate::store::drafts::{FormDraft, load_form_draft, remove_form_draft, save_form_draft};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// How long a changed form waits before it is written to its draft.
pub const FORM_DRAFT_DEBOUNCE: Duration = Duration::from_secs(1);

/// Which form, for which record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormKey {
    pub form: &'static str,
    pub record: Option<Id>,
}

/// The open form as the keeper last saw it.
struct Seen {
    key: FormKey,
    /// What it opened with: a form nobody typed in leaves no draft.
    opened_with: Vec<(String, String)>,
    now: Vec<(String, String)>,
    /// When it first differed from what was last written.
    dirty_since: Option<Instant>,
}

#[derive(Default)]
pub struct FormDrafts {
    /// The session whose form draft was looked for (once per opened session).
    checked: Option<PathBuf>,
    /// A draft found on opening, waiting for its form to be opened again.
    kept: Option<FormDraft>,
    seen: Option<Seen>,
    /// A draft file of this session exists (written by us, or found).
    on_disk: bool,
    writer: Option<Job<(), Result<(), String>>>,
}

fn writable_path(app: &App) -> Option<PathBuf> {
    let session = app.session.as_ref()?;
    session.read_only.is_none().then(|| session.path.clone())
}

/// The form open now, wherever it is: over the screen, or in a screen's panel.
fn open_form(app: &App) -> Option<(FormKey, &dyn Drafted)> {
    let key = |form, record| FormKey { form, record };
    if let Some(Overlay::Details(state)) = app.layers.iter().find(|l| is_details(l)) {
        return Some((key("workshop details", None), &state.form));
    }
    if let Some(Panel::Form(form)) = &app.agenda.panel {
        return Some((key("agenda item", form.editing), form.as_ref()));
    }
    if let PeopleMode::Form(form) = &app.participants.mode {
        let (name, record) = person_form(form.kind);
        return Some((key(name, record), form.as_ref()));
    }
    match &app.groups.mode {
        GroupsMode::Edit(edit) => return Some((key("group", edit.editing), &edit.form)),
        GroupsMode::Set(set) => return Some((key("set of groups", None), &set.form)),
        _ => {}
    }
    let comment = app.review.comment.as_ref()?;
    Some((key("plenary comment", Some(comment.entry)), &comment.form))
}

fn open_form_mut(app: &mut App) -> Option<&mut dyn Drafted> {
    if let Some(Overlay::Details(state)) = app.layers.top_mut() {
        return Some(&mut state.form);
    }
    if let Some(Panel::Form(form)) = &mut app.agenda.panel {
        return Some(form.as_mut());
    }
    if let PeopleMode::Form(form) = &mut app.participants.mode {
        return Some(form.as_mut());
    }
    match &mut app.groups.mode {
        GroupsMode::Edit(edit) => return Some(&mut edit.form),
        GroupsMode::Set(set) => return Some(&mut set.form),
        _ => {}
    }
    app.review
        .comment
        .as_mut()
        .map(|c| &mut c.form as &mut dyn Drafted)
}

fn is_details(layer: &Overlay) -> bool {
    matches!(layer, Overlay::Details(_))
}

fn person_form(kind: FormKind) -> (&'static str, Option<Id>) {
    match kind {
        FormKind::Add => ("new person", None),
        FormKind::Edit(id) => ("person", Some(id)),
        FormKind::WalkIn => ("walk-in", None),
    }
}

/// After every key: a form that opened gets its kept typing back, a changed form is marked
/// to be written, a form closed in the program removes its draft.
pub fn observe(app: &mut App, now: Instant) {
    let Some(path) = writable_path(app) else {
        app.form_drafts.seen = None;
        return;
    };
    look_for_draft(app, &path);
    let current = open_form(app).map(|(key, form)| (key, form.fields()));
    let previous = app.form_drafts.seen.as_ref().map(|s| s.key.clone());
    match current {
        Some((key, fields)) if previous.as_ref() != Some(&key) => opened(app, key, fields),
        Some((_, fields)) => {
            if let Some(seen) = app.form_drafts.seen.as_mut()
                && seen.now != fields
            {
                seen.now = fields;
                seen.dirty_since.get_or_insert(now);
            }
        }
        None if previous.is_some() => {
            // Saved or cancelled: either way, nothing is left to keep.
            app.form_drafts.seen = None;
            if app.form_drafts.on_disk {
                app.form_drafts.on_disk = false;
                finish_writer(app);
                if let Err(error) = remove_form_draft(&path) {
                    app.warn(format!("the form's draft could not be removed: {error}"));
                }
            }
        }
        None => {}
    }
}

/// A form just opened: the kept typing of this very form goes back into it.
fn opened(app: &mut App, key: FormKey, fields: Vec<(String, String)>) {
    let kept = app
        .form_drafts
        .kept
        .take_if(|d| d.form == key.form && d.record == key.record);
    let mut now = fields.clone();
    if let Some(draft) = kept {
        if let Some(form) = open_form_mut(app) {
            form.restore(&draft.fields);
            now = form.fields();
        }
        app.info(format!(
            "restored what was typed into this {} form at {} and not saved (Esc discards it)",
            key.form,
            draft.saved_at.format("%H:%M")
        ));
    }
    app.form_drafts.seen = Some(Seen {
        key,
        opened_with: fields,
        now,
        dirty_since: None,
    });
}

/// Once per opened session: a form draft on disk is said, and kept for its form.
fn look_for_draft(app: &mut App, path: &PathBuf) {
    if app.form_drafts.checked.as_ref() == Some(path) {
        return;
    }
    let drafts = &mut app.form_drafts;
    drafts.checked = Some(path.clone());
    drafts.kept = None;
    drafts.seen = None;
    drafts.on_disk = false;
    match load_form_draft(path) {
        Ok(Some(draft)) => {
            let text = format!(
                "an unsaved {} form from {} was kept: open it again to get the typing back",
                draft.form,
                draft.saved_at.format("%H:%M")
            );
            app.form_drafts.on_disk = true;
            app.form_drafts.kept = Some(draft);
            // Beside "opened …", not in its place.
            let text = match app.message.take() {
                Some(earlier) if earlier.level == super::app::Level::Info => {
                    format!("{} · {text}", earlier.text)
                }
                _ => text,
            };
            app.info(text);
        }
        Ok(None) => {}
        Err(error) => app.warn(format!("{error} (left in place)")),
    }
}

/// The tick's share: write a changed form once it has waited long enough. True when the
/// status bar changed.
pub fn tick(app: &mut App, now: Instant) -> bool {
    let mut changed = false;
    if let Some(job) = app.form_drafts.writer.as_mut() {
        match job.poll() {
            Polled::Running { .. } => return false,
            Polled::Done(Ok(())) => app.form_drafts.writer = None,
            Polled::Done(Err(error)) => {
                app.form_drafts.writer = None;
                app.warn(format!("the form's draft could not be written: {error}"));
                changed = true;
            }
            Polled::Lost => {
                app.form_drafts.writer = None;
                app.warn("the form's draft writer stopped unexpectedly");
                changed = true;
            }
        }
    }
    let due = app.form_drafts.seen.as_ref().is_some_and(|s| {
        s.dirty_since
            .is_some_and(|since| now.saturating_duration_since(since) >= FORM_DRAFT_DEBOUNCE)
    });
    if !due {
        return changed;
    }
    let (Some(path), Some(draft)) = (writable_path(app), draft_now(app)) else {
        return changed;
    };
    app.form_drafts.on_disk = true;
    app.form_drafts.writer = Some(Job::spawn(move |_: &mut dyn FnMut(())| {
        save_form_draft(&path, &draft).map_err(|e| e.to_string())
    }));
    changed
}

/// The open form as a draft, when it differs from what it opened with; marks it written.
fn draft_now(app: &mut App) -> Option<FormDraft> {
    let at = app.now;
    let seen = app.form_drafts.seen.as_mut()?;
    seen.dirty_since = None;
    (seen.now != seen.opened_with)
        .then(|| FormDraft::new(at, seen.key.form, seen.key.record, seen.now.clone()))
}

fn finish_writer(app: &mut App) {
    if let Some(job) = app.form_drafts.writer.take() {
        let _ = job.wait();
    }
}

/// Quitting, or a signal: write the open form's typing now. Errors go to the log and the
/// status bar; the caller goes on ending.
pub fn write_now(app: &mut App) {
    observe(app, Instant::now());
    finish_writer(app);
    let (Some(path), Some(draft)) = (writable_path(app), draft_now(app)) else {
        return;
    };
    match save_form_draft(&path, &draft) {
        Ok(()) => tracing::info!(form = draft.form, "form draft written"),
        Err(error) => {
            tracing::warn!(form = draft.form, "the form draft could not be written");
            app.warn(format!("the form's draft could not be written: {error}"));
        }
    }
}
