//! All the state of the terminal program in one place. `update` changes it, `render` only
//! reads it.

mod autosave;
mod layers;
mod loading;
mod session;

pub use autosave::{AUTOSAVE_DEBOUNCE, AUTOSAVE_RETRY, SaveBadge, SaveNews, SaveStatus};
pub use layers::Layers;
pub use loading::{Finished, Loading, LoadingWork, OpenResult};
pub use session::{NewSession, Session, open_session, open_session_reporting, write_demo};

use super::keymap::{Context, Keymap, load_keymap};
use super::screen::Screen;
use super::theme::Theme;
use super::widgets::form::Form;
use crate::model::Change;
use crate::store::{Dirs, templates};
use chrono::{NaiveDate, NaiveDateTime};
use std::path::PathBuf;
use std::time::Instant;

/// The smallest terminal the screens are laid out for; below it a message says so.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

/// A line of the status bar that says what just happened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatusMessage {
    pub text: String,
    pub level: Level,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Info,
    Warning,
    Error,
}

/// Selection and scroll of one list, kept outside the workshop.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ListState {
    pub selected: usize,
    pub offset: usize,
}

impl ListState {
    /// Move by `delta` lines within `len` lines.
    pub fn step(&mut self, delta: isize, len: usize) {
        if len == 0 {
            self.selected = 0;
            return;
        }
        let last = len - 1;
        self.selected = self.selected.saturating_add_signed(delta).min(last);
    }

    /// The first visible line so that the selection shows in a window of `height` lines.
    pub fn visible_offset(&self, height: usize) -> usize {
        if height == 0 {
            return 0;
        }
        let offset = self.offset.min(self.selected);
        if self.selected >= offset + height {
            self.selected + 1 - height
        } else {
            offset
        }
    }
}

/// What covers the screen for a moment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Overlay {
    Help {
        scroll: usize,
    },
    Palette {
        filter: String,
        selected: usize,
    },
    Form(Form),
    /// Saving failed while quitting: a second quit leaves without saving.
    QuitUnsaved {
        error: String,
    },
    /// The merge conflicts list (opened from the palette: "conflicts").
    Conflicts(super::screens::conflicts::ConflictsState),
    /// A session that did not load, with its backups offered.
    Recovery(super::screens::recovery::RecoveryState),
    /// The workshop details form (Overview `e`, or the palette).
    Details(Box<super::screens::details::DetailsState>),
}

pub struct App {
    pub dirs: Dirs,
    pub session: Option<Session>,
    pub screen: Screen,
    /// Selection per screen (Home's list, and the read-only lists of screens 3–8).
    pub lists: [ListState; 8],
    /// What covers the screen, top layer last.
    pub layers: Layers,
    /// A session being opened, or a copy being read to merge, in the background.
    pub loading: Option<Loading>,
    pub message: Option<StatusMessage>,
    pub keymap: Keymap,
    /// What was wrong with keymap.ron, if anything, with the file's full path: printed on
    /// stderr at start (the status bar says it with the file's name only), so a mistake in
    /// it is never silent.
    pub keymap_warning: Option<String>,
    pub theme: Theme,
    /// Local wall time, set by the event loop each tick and fixed in tests: render never
    /// reads the clock.
    pub now: NaiveDateTime,
    /// The recent sessions, read when Home is shown.
    pub recent: Vec<PathBuf>,
    pub template_names: Vec<(String, String)>,
    pub should_quit: bool,
    /// The Groups screen's open form, pick list or preview.
    pub groups: super::screens::groups::GroupsState,
    /// Where the Review screen is in the plenary walk-through.
    pub review: super::screens::review::ReviewState,
    /// The Participants screen: mode (table, filter, check-in, form, import), filter, sort.
    pub participants: super::screens::participants::ParticipantsState,
    /// The Report screen: the cached preview, its scroll, the export form and job.
    pub report: super::screens::report::ReportState,
    /// The Capture screen: group, column, selection, marks, editor, filters, drafts.
    pub capture: super::screens::capture::CaptureState,
    /// The Agenda screen: the present view, and its open form, re-plan or template panel.
    pub agenda: super::screens::agenda::AgendaState,
    /// Drafts of the open form (agenda item, person, group, comment, details).
    pub form_drafts: super::form_drafts::FormDrafts,
}

impl App {
    /// An app with the default keymap and theme, on Home, with no session.
    pub fn new(dirs: Dirs, now: NaiveDateTime) -> App {
        App {
            dirs,
            session: None,
            screen: Screen::Home,
            lists: [ListState::default(); 8],
            layers: Layers::default(),
            loading: None,
            message: None,
            keymap: Keymap::default(),
            keymap_warning: None,
            theme: Theme::from_env(),
            now,
            recent: Vec::new(),
            template_names: Vec::new(),
            should_quit: false,
            groups: Default::default(),
            review: Default::default(),
            participants: Default::default(),
            report: Default::default(),
            capture: Default::default(),
            agenda: Default::default(),
            form_drafts: Default::default(),
        }
    }

    /// Read the user's keymap, recent files and templates: what a real start does.
    pub fn load_settings(&mut self) {
        let file = self.dirs.keymap_file();
        let (keymap, warning) = load_keymap(&file);
        self.keymap = keymap;
        self.keymap_warning = warning.map(|warning| {
            let name = file.file_name().unwrap_or_default().to_string_lossy();
            self.warn(format!("{name}: {warning}"));
            format!("{}: {warning}", file.display())
        });
        self.refresh_recent();
        self.template_names = templates::all()
            .into_iter()
            .map(|t| (t.name.to_string(), t.description.to_string()))
            .collect();
    }

    pub fn refresh_recent(&mut self) {
        self.recent = self.dirs.recent().list();
    }

    pub fn today(&self) -> NaiveDate {
        self.now.date()
    }

    pub fn info(&mut self, text: impl Into<String>) {
        self.say(text, Level::Info);
    }

    pub fn warn(&mut self, text: impl Into<String>) {
        self.say(text, Level::Warning);
    }

    pub fn error(&mut self, text: impl Into<String>) {
        self.say(text, Level::Error);
    }

    fn say(&mut self, text: impl Into<String>, level: Level) {
        self.message = Some(StatusMessage {
            text: text.into(),
            level,
        });
    }

    pub fn list(&self, screen: Screen) -> ListState {
        self.lists[screen.number() - 1]
    }

    pub fn list_mut(&mut self, screen: Screen) -> &mut ListState {
        &mut self.lists[screen.number() - 1]
    }

    /// Where keys are looked up now, most specific first.
    pub fn contexts(&self) -> Vec<Context> {
        self.layer_contexts(self.layers.top())
    }

    /// What help lists: the keys of what is under it (a list layer, or the screen).
    pub fn help_contexts(&self) -> Vec<Context> {
        match self.layers.under_top() {
            Some(layer @ (Overlay::Conflicts(_) | Overlay::Recovery(_))) => {
                self.layer_contexts(Some(layer))
            }
            _ => self.screen_contexts(self.screen),
        }
    }

    fn layer_contexts(&self, layer: Option<&Overlay>) -> Vec<Context> {
        match layer {
            Some(Overlay::Help { .. }) => vec![Context::Help, Context::Anywhere],
            Some(Overlay::Palette { .. }) => vec![Context::Palette, Context::Anywhere],
            Some(Overlay::Form(_) | Overlay::Details(_)) => vec![Context::Form, Context::Anywhere],
            Some(Overlay::QuitUnsaved { .. }) => vec![Context::Anywhere],
            Some(Overlay::Conflicts(_)) => super::screens::conflicts::contexts(),
            Some(Overlay::Recovery(_)) => super::screens::recovery::contexts(),
            None => self.screen_contexts(self.screen),
        }
    }

    /// The contexts of a screen without overlays: what its help lists.
    pub fn screen_contexts(&self, screen: Screen) -> Vec<Context> {
        match screen {
            Screen::Home => vec![Context::Home, Context::Anywhere],
            Screen::Overview => vec![Context::Overview, Context::Anywhere],
            Screen::Groups => super::screens::groups::contexts(self),
            Screen::Review => super::screens::review::contexts(self),
            Screen::Participants => super::screens::participants::contexts(self),
            Screen::Report => super::screens::report::contexts(self),
            Screen::Capture if self.session.is_some() => super::screens::capture::contexts(self),
            Screen::Agenda => super::screens::agenda::contexts(self),
            _ => vec![Context::Lists, Context::Anywhere],
        }
    }

    /// Why changes are refused now, if they are.
    pub fn read_only_reason(&self) -> Option<&str> {
        self.session.as_ref().and_then(|s| s.read_only.as_deref())
    }

    /// The one door for changes from the terminal program: refused while read-only or
    /// without a session; otherwise through `Document::apply` (and so undoable and saved).
    pub fn apply(&mut self, change: Change) -> Result<(), String> {
        let Some(session) = self.session.as_mut() else {
            return Err("no session is open".to_string());
        };
        if let Some(reason) = &session.read_only {
            return Err(format!("read-only ({reason}): nothing was changed"));
        }
        session.doc.apply(change).map_err(|e| e.to_string())
    }

    /// Wait for a session being opened or a copy being read, and take it in (quitting, and
    /// tests that want the file open before the next key).
    pub fn finish_loading(&mut self) {
        super::update::poll_loading(self, true);
    }

    /// Autosave's turn: submit what is due, read the worker's reports. True when the status
    /// bar changed.
    pub fn tick(&mut self, now: Instant) -> bool {
        // The Participants screen's import worker: progress, and the finished plan.
        let importing = super::screens::participants::tick(self);
        // The Report screen's export and preview workers.
        let reporting = super::screens::report::tick(self);
        // The Capture editor's draft: found on opening, written a second after typing.
        let drafting = super::screens::capture::tick(self, now);
        // A session being opened or a copy being read: its progress, or the file taken in.
        let drafting = super::update::poll_loading(self, false) || drafting;
        // The open form's typing, written to its draft a second after it changed.
        let drafting = super::form_drafts::tick(self, now) || drafting;
        let Some(session) = self.session.as_mut() else {
            return importing || reporting || drafting;
        };
        let before = session.save_badge().word();
        let news = session.autosave_tick(now);
        let changed = before != session.save_badge().word() || !news.is_empty();
        for item in news {
            match item {
                SaveNews::Failed(error) => self.error(format!(
                    "SAVE FAILED: {error} — everything is kept in memory; retrying every {} s",
                    AUTOSAVE_RETRY.as_secs()
                )),
                SaveNews::Recovered => self.info("saved again after the failure"),
            }
        }
        changed || importing || reporting || drafting
    }
}
