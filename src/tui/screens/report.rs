//! Screen 8, the report: a scrollable preview of the Markdown report (full or anonymised,
//! so the writer sees exactly what will be shared) and an export form that writes
//! Markdown, HTML or CSV on a worker thread with progress in the status bar.
//!
//! - The preview is built once per document revision and kept in [`ReportState`]; a large
//!   workshop's is built on a worker while the screen says "preparing…".
//! - Drawing lays out only the visible blocks (`layout`), so a 5 MB report scrolls freely.
//! - Exporting does not change the workshop, so read-only sessions can export too.

mod action;
mod export;
mod layout;
mod preview;
mod scroll;
mod view;

pub use action::ReportAction;
pub use export::{ExportForm, ExportJob, Field as ExportField, human_bytes};
pub use preview::{Block, Preview, PreviewKey};
pub use scroll::{Pos, Viewport};
pub use view::{render, status};

use crate::report::Format;
use crate::session::jobs::{Job, Polled};
use crate::tui::action::Action;
use crate::tui::app::{App, Session};
use crate::tui::keymap::Context;
use crate::tui::screen::Screen;
use crate::tui::update::Effect;
use export::Finished;
use std::cell::Cell;

/// Above this many participants plus entries the preview is built on a worker thread
/// (the demo's 150 records take about a millisecond; 50,000 entries take seconds).
pub const BACKGROUND_ABOVE: usize = 2_000;

/// The size the preview is laid out for before the screen is first drawn: an 80×24
/// terminal.
pub const FIRST_VIEWPORT: Viewport = Viewport {
    width: 78,
    height: 18,
};

/// The Report screen's state: the cached preview, the scroll position, the export form
/// and a running export.
pub struct ReportState {
    /// Preview (and, by default, export) anonymised.
    pub anonymised: bool,
    /// The last preview built; may be for an older revision while a new one is prepared.
    pub preview: Option<Preview>,
    building: Option<Building>,
    /// The top line shown.
    pub pos: Pos,
    /// The size the preview was last drawn at: the one thing `render` records, so that a
    /// page key knows what a page is. It changes nothing on screen by itself.
    viewport: Cell<Viewport>,
    pub form: Option<ExportForm>,
    pub job: Option<ExportJob>,
    /// The choices of the last export, offered again.
    last_form: Option<ExportForm>,
    /// What the last export did, shown under the screen's title.
    pub last_export: Option<LastExport>,
}

/// The last export's outcome, with the whole path (the status bar has room for less).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LastExport {
    pub text: String,
    pub failed: bool,
}

struct Building {
    key: PreviewKey,
    job: Job<(), Preview>,
}

impl Default for ReportState {
    fn default() -> Self {
        ReportState {
            anonymised: false,
            preview: None,
            building: None,
            pos: Pos::default(),
            viewport: Cell::new(FIRST_VIEWPORT),
            form: None,
            job: None,
            last_form: None,
            last_export: None,
        }
    }
}

impl ReportState {
    pub fn viewport(&self) -> Viewport {
        self.viewport.get()
    }

    /// Called by `render` with the preview's area.
    pub fn record_viewport(&self, viewport: Viewport) {
        self.viewport.set(viewport);
    }

    /// True while a preview is being prepared on a worker.
    pub fn preparing(&self) -> bool {
        self.building.is_some()
    }

    /// The preview to show now: one of the session on screen, in the chosen mode (never
    /// the named one while the anonymised one is being prepared).
    pub fn shown(&self, session: &Session) -> Option<&Preview> {
        self.preview
            .as_ref()
            .filter(|p| p.key.anonymised == self.anonymised && p.key.path == session.path)
    }
}

fn key_of(session: &Session, anonymised: bool) -> PreviewKey {
    PreviewKey {
        path: session.path.clone(),
        revision: session.doc.revision(),
        stamp: session.workshop().latest_stamp(),
        anonymised,
    }
}

/// Make sure the preview on screen is for the current revision: build it now (small
/// workshops) or start a worker (large ones). True when something visible changed.
pub fn refresh(app: &mut App) -> bool {
    if app.screen != Screen::Report {
        return false;
    }
    let state = &mut app.report;
    let Some(session) = app.session.as_ref() else {
        state.building = None;
        return state.preview.take().is_some();
    };
    let key = key_of(session, state.anonymised);
    if state.preview.as_ref().is_some_and(|p| p.key == key)
        || state.building.as_ref().is_some_and(|b| b.key == key)
    {
        return false;
    }
    let workshop = session.workshop();
    let size = workshop.participants().count() + workshop.entries().count();
    if size <= BACKGROUND_ABOVE {
        let preview = Preview::build(workshop, key);
        install(state, preview);
    } else {
        let copy = workshop.clone();
        let for_worker = key.clone();
        let job = Job::spawn(move |_: &mut dyn FnMut(())| Preview::build(&copy, for_worker));
        // A build still running for an older key is dropped; its result goes nowhere.
        state.building = Some(Building { key, job });
    }
    true
}

/// Put a new preview in place, keeping the reader where they were: the same position
/// after an edit, the same section after switching between full and anonymised.
fn install(state: &mut ReportState, preview: Preview) {
    let view = state.viewport();
    let pos = match &state.preview {
        Some(old) if old.key.path != preview.key.path => Pos::default(),
        Some(old) if old.key.anonymised != preview.key.anonymised => {
            match old.section_of(state.pos.block) {
                Some(section) => {
                    let below = state.pos.block - old.headings[section];
                    let start = preview.headings.get(section).copied().unwrap_or(0);
                    let end = preview
                        .headings
                        .get(section + 1)
                        .copied()
                        .unwrap_or(preview.blocks.len());
                    Pos {
                        block: (start + below).min(end.saturating_sub(1)).max(start),
                        row: 0,
                    }
                }
                None => Pos::default(),
            }
        }
        Some(_) => state.pos,
        None => Pos::default(),
    };
    let pos = scroll::clamp(&preview, pos, view).min(scroll::last_top(&preview, view));
    state.pos = pos;
    state.preview = Some(preview);
}

/// A preview finished on the worker, if one has.
fn poll_preview(state: &mut ReportState) -> bool {
    let Some(building) = &mut state.building else {
        return false;
    };
    match building.job.poll() {
        Polled::Done(preview) => {
            state.building = None;
            install(state, preview);
            true
        }
        Polled::Running { .. } => false,
        Polled::Lost => {
            state.building = None;
            true
        }
    }
}

/// The app's tick: progress of a running export, a preview finished on the worker, a
/// preview to rebuild after a change. True when the screen needs drawing.
pub fn tick(app: &mut App) -> bool {
    let mut changed = false;
    if let Some(job) = app.report.job.as_mut() {
        let (moved, finished) = job.poll();
        changed |= moved;
        if let Some(finished) = finished {
            let job = app.report.job.take();
            finished_export(app, job, finished);
        }
    }
    changed |= poll_preview(&mut app.report);
    changed | refresh(app)
}

fn finished_export(app: &mut App, job: Option<ExportJob>, finished: Finished) {
    match finished {
        Finished::Written(summary) => {
            let what = match summary.format {
                Format::Csv => format!("{} tables", summary.files.len()),
                Format::Markdown => "Markdown".to_string(),
                Format::Html => "HTML".to_string(),
                Format::Signin => "sign-in sheet".to_string(),
            };
            let anonymised = if job.is_some_and(|j| j.anonymise) {
                ", anonymised"
            } else {
                ""
            };
            let size = human_bytes(summary.bytes);
            let name = summary
                .path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            // The status bar is short: the name there, the whole path on the screen.
            app.info(format!("exported {name} ({what}{anonymised}, {size})"));
            app.report.last_export = Some(LastExport {
                text: format!(
                    "exported {} ({what}{anonymised}, {size})",
                    summary.path.display()
                ),
                failed: false,
            });
        }
        Finished::Failed(error) => {
            app.error(format!("export failed: {error}"));
            app.report.last_export = Some(LastExport {
                text: format!("export failed: {error}"),
                failed: true,
            });
        }
    }
}

/// Where keys are looked up on this screen.
pub fn contexts(app: &App) -> Vec<Context> {
    if app.report.form.is_some() {
        vec![Context::Form, Context::Anywhere]
    } else {
        vec![Context::Report, Context::Anywhere]
    }
}

/// Text typed while the export form is open.
pub fn type_text(app: &mut App, text: &str) -> bool {
    let Some(form) = app.report.form.as_mut() else {
        return false;
    };
    form.type_text(text);
    true
}

/// The actions this screen understands; `None` leaves the action to the shell.
pub fn update(app: &mut App, action: Action) -> Option<Vec<Effect>> {
    if let Action::Report(wanted) = action {
        // From the palette on another screen: come here first.
        app.screen = Screen::Report;
        refresh(app);
        report_action(app, wanted);
        return Some(Vec::new());
    }
    if app.screen != Screen::Report {
        return None;
    }
    if app.report.form.is_some() {
        return form_action(app, action);
    }
    let page = isize::try_from(app.report.viewport().height.saturating_sub(1).max(1)).unwrap_or(1);
    match action {
        Action::Up => scroll_by(app, -1),
        Action::Down => scroll_by(app, 1),
        Action::PageUp => scroll_by(app, -page),
        Action::PageDown => scroll_by(app, page),
        Action::First => app.report.pos = Pos::default(),
        Action::Last => {
            let view = app.report.viewport();
            if let Some(preview) = &app.report.preview {
                app.report.pos = scroll::last_top(preview, view);
            }
        }
        Action::Open => open_form(app),
        Action::Back => {
            // Esc puts the summary back in place of the last export's line, and the shell
            // clears the status message.
            app.report.last_export = None;
            return None;
        }
        _ => return None,
    }
    Some(Vec::new())
}

fn scroll_by(app: &mut App, lines: isize) {
    let state = &mut app.report;
    if let Some(preview) = &state.preview {
        state.pos = scroll::by(preview, state.pos, lines, state.viewport());
    }
}

fn report_action(app: &mut App, action: ReportAction) {
    match action {
        ReportAction::Export => open_form(app),
        ReportAction::ToggleAnonymised => {
            app.report.anonymised = !app.report.anonymised;
            refresh(app);
            app.info(if app.report.anonymised {
                "preview anonymised, as it will be shared"
            } else {
                "preview with names: for the team only"
            });
        }
        ReportAction::NextSection | ReportAction::PreviousSection => {
            let state = &mut app.report;
            let Some(preview) = &state.preview else {
                return;
            };
            let found = if action == ReportAction::NextSection {
                scroll::next_heading(preview, state.pos)
            } else {
                scroll::previous_heading(preview, state.pos)
            };
            match found {
                Some(block) => {
                    let view = state.viewport();
                    let pos = scroll::to_block(preview, block, view);
                    state.pos = pos;
                }
                None if action == ReportAction::NextSection => app.info("no section below"),
                None => app.info("no section above"),
            }
        }
    }
}

fn open_form(app: &mut App) {
    let Some(session) = app.session.as_ref() else {
        app.info("no session is open: open one from Home (1)");
        return;
    };
    if app.report.job.is_some() {
        app.warn("an export is running: wait for it to finish (progress in the status bar)");
        return;
    }
    let anonymised = app.report.anonymised;
    let form = match app.report.last_form.take() {
        Some(mut last) if last.session() == session.path => {
            last.error = None;
            last.focus = ExportField::Format;
            last.set(last.format, anonymised);
            last
        }
        _ => ExportForm::new(&session.path, Format::Markdown, anonymised),
    };
    app.report.form = Some(form);
}

fn form_action(app: &mut App, action: Action) -> Option<Vec<Effect>> {
    let form = app.report.form.as_mut()?;
    match action {
        Action::Back => {
            app.report.form = None;
            app.info("export cancelled");
        }
        Action::Confirm => submit(app),
        Action::NextField => form.next_field(1),
        Action::PreviousField => form.next_field(-1),
        Action::ChoiceLeft => form.choose(-1),
        Action::ChoiceRight => form.choose(1),
        Action::Erase => form.erase(),
        _ => return None,
    }
    Some(Vec::new())
}

/// Enter in the form: every field has a value, so Enter exports from any field.
fn submit(app: &mut App) {
    let Some(form) = app.report.form.as_mut() else {
        return;
    };
    let Some(session) = app.session.as_ref() else {
        form.error = Some("no session is open".to_string());
        return;
    };
    let target = match form.target() {
        Ok(path) => path,
        Err(error) => {
            form.error = Some(error);
            return;
        }
    };
    let job = ExportJob::start(
        session.workshop().clone(),
        form.format,
        form.anonymise,
        target.clone(),
    );
    app.report.last_form = app.report.form.take();
    app.report.job = Some(job);
    app.info(format!("exporting to {}…", target.display()));
}

/// The Report screen's default keys (the export form uses the shared form keys).
pub fn default_keys(bind: &mut impl FnMut(Context, crate::tui::keymap::Chord, Action)) {
    use crate::tui::keymap::Chord;
    use ratatui::crossterm::event::KeyCode as K;
    let here = Context::Report;
    let key = Chord::plain;
    let ch = Chord::char;
    bind(here, key(K::Up), Action::Up);
    bind(here, ch('k'), Action::Up);
    bind(here, key(K::Down), Action::Down);
    bind(here, ch('j'), Action::Down);
    bind(here, key(K::PageUp), Action::PageUp);
    bind(here, key(K::PageDown), Action::PageDown);
    bind(here, ch(' '), Action::PageDown);
    bind(here, key(K::Home), Action::First);
    bind(here, ch('g'), Action::First);
    bind(here, key(K::End), Action::Last);
    bind(here, ch('G'), Action::Last);
    bind(here, ch(']'), Action::Report(ReportAction::NextSection));
    bind(here, ch('['), Action::Report(ReportAction::PreviousSection));
    bind(
        here,
        ch('a'),
        Action::Report(ReportAction::ToggleAnonymised),
    );
    bind(here, ch('x'), Action::Report(ReportAction::Export));
    bind(here, key(K::Enter), Action::Report(ReportAction::Export));
}
