//! Screen 6, Capture: one group's board with a column per kind, a multi-line editor, the
//! capture commands (votes, tags, attribution, links, merging, details), the All-entries
//! view, note-taker mode (`halaqa open FILE --group NAME`) and drafts of unsaved text.
//!
//! The app calls in through a few doors: [`update`] for actions, [`type_text`] and
//! [`unbound_key`] for typing, [`tick`] for drafts, [`write_draft_now`] on quit and signals,
//! [`contexts`] for the keymap and [`render`].

pub mod action;
pub mod all_entries;
pub mod board;
mod board_view;
pub mod details;
pub mod drafts;
pub mod field_form;
mod keys;
pub mod modal;
mod modal_view;
pub mod pickers;
pub mod state;
mod update;

pub use action::CaptureAction;
pub use keys::default_keys;
pub use state::{CaptureState, Modal, View};

use crate::model::{Entry, Id, Workshop};
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap::Context;
use crate::tui::theme::Theme;
use crate::tui::update::Effect;
use crate::tui::widgets::no_session;
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use std::time::Instant;

/// The Capture screen's share of `update`; `None` lets the app's generic handling go on.
pub fn update(app: &mut App, action: Action) -> Option<Vec<Effect>> {
    update::update(app, action)
}

/// Text typed or pasted on the Capture screen; true when an editor or prompt took it.
pub fn type_text(app: &mut App, text: &str) -> bool {
    app.layers.is_empty() && modal::type_text(app, text)
}

/// A key the keymap has no meaning for (arrows, Delete, Home/End in a text field).
pub fn unbound_key(app: &mut App, key: KeyEvent) -> bool {
    app.layers.is_empty() && modal::raw_key(app, key)
}

/// Drafts: look for one on opening, write the editor's text a second after typing.
pub fn tick(app: &mut App, now: Instant) -> bool {
    drafts::tick(app, now)
}

/// Quitting, SIGHUP, SIGTERM: write the open editor's text to the draft at once.
pub fn write_draft_now(app: &mut App) {
    drafts::write_now(app);
}

/// Where keys are looked up on this screen, most specific first.
pub fn contexts(app: &App) -> Vec<Context> {
    match &app.capture.modal {
        Some(Modal::DraftOffer) => vec![Context::CaptureDraft, Context::Anywhere],
        Some(_) => vec![Context::CaptureText, Context::Anywhere],
        None => vec![Context::Capture, Context::Lists, Context::Anywhere],
    }
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let Some(session) = app.session.as_ref() else {
        no_session::render(frame, area, app.theme, "Capture");
        return;
    };
    let workshop = session.workshop();
    match app.capture.view {
        View::Board => {
            let shown = board::shown_group(workshop, session.group, app.capture.group);
            board_view::render(app, frame, area, workshop, &shown);
        }
        View::AllEntries => all_entries::render(app, frame, area, workshop),
    }
    if let Some(modal) = &app.capture.modal {
        modal_view::render(app, frame, area, modal);
    }
}

/// One group's entries as read-only lines (the shared preview of screens 3–8 uses it).
pub fn lines(workshop: &Workshop, theme: Theme, chosen: Option<Id>) -> Vec<Line<'static>> {
    let group = chosen
        .and_then(|id| workshop.group(id))
        .or_else(|| workshop.groups().first().copied());
    let Some(group) = group else {
        return vec![Line::styled(
            " This workshop has no groups yet.",
            theme.dim(),
        )];
    };
    let mut out = vec![Line::styled(
        format!(
            " {} — {}",
            crate::tui::kit::text::preview(&group.name),
            group.purpose.label()
        ),
        theme.heading(),
    )];
    out.extend(
        workshop
            .entries_of_group(group.id)
            .map(|e| entry_line(e, theme)),
    );
    out
}

/// "  [lesson] text  +3", safe to print.
pub fn entry_line(entry: &Entry, theme: Theme) -> Line<'static> {
    let votes = match entry.votes {
        0 => String::new(),
        n => format!("  {n:+}"),
    };
    Line::from(vec![
        Span::styled(format!("   [{}] ", entry.kind.label()), theme.accent()),
        Span::raw(crate::tui::kit::text::preview(&entry.text)),
        Span::styled(votes, theme.now_marker()),
    ])
}

/// Note-taker mode's top line: only this group's board and All entries, instead of the
/// eight screens. `None` outside note-taker mode.
pub fn note_taker_tabs(app: &App) -> Option<Line<'static>> {
    let session = app.session.as_ref()?;
    let id = session.group?;
    let theme = app.theme;
    let name = session
        .workshop()
        .group(id)
        .map(|g| crate::tui::kit::text::fit(&crate::tui::kit::text::preview(&g.name), 30))
        .unwrap_or_default();
    let (board, all) = match app.capture.view {
        View::Board => (theme.tab_active(), theme.bar()),
        View::AllEntries => (theme.bar(), theme.tab_active()),
    };
    Some(Line::from(vec![
        Span::styled(format!(" Note-taker · {name} "), theme.bar()),
        Span::styled(" Board ", board),
        Span::styled(" All entries ", all),
        Span::styled("  Tab switches", theme.bar()),
    ]))
}
