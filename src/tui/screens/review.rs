//! Screen 7: the plenary walk-through. Each group's outputs one at a time, in large, clear,
//! well-spaced text for a projector, most votes first; endorse an entry and note the room's
//! comment (both undoable).

mod actions;
mod view;

pub use actions::ReviewAction;
pub use view::render;

use super::groups::form::MiniForm;
use super::groups::{FormKey, Next, form_keys};
use crate::model::{Change, Entry, Group, Id, Workshop};
use crate::tui::action::Action;
use crate::tui::app::{App, Session};
use crate::tui::keymap::Context;
use crate::tui::screen::Screen;
use crate::tui::theme::Theme;
use crate::tui::update::Effect;
use crate::tui::widgets::form::FieldEditing;
use ratatui::text::Line;

/// Where the walk-through is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReviewState {
    /// Index into [`buckets`].
    pub group: usize,
    /// Index into that bucket's entries (most votes first).
    pub entry: usize,
    /// The plenary-comment prompt, when open.
    pub comment: Option<CommentPrompt>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommentPrompt {
    pub entry: Id,
    pub form: MiniForm,
}

/// One group's outputs (or, last, the entries of no group), most votes first.
pub struct Bucket<'w> {
    pub group: Option<&'w Group>,
    pub entries: Vec<&'w Entry>,
}

impl Bucket<'_> {
    pub fn title(&self) -> String {
        self.group
            .map_or_else(|| "Plenary and other".to_string(), |g| g.name.clone())
    }
}

/// Every live group in order, then the entries of no group when there are any. Ties in
/// votes keep the order they were written in.
pub fn buckets(workshop: &Workshop) -> Vec<Bucket<'_>> {
    fn by_votes(mut entries: Vec<&Entry>) -> Vec<&Entry> {
        entries.sort_by_key(|e| std::cmp::Reverse(e.votes));
        entries
    }
    let mut out: Vec<Bucket> = workshop
        .groups()
        .into_iter()
        .map(|g| Bucket {
            group: Some(g),
            entries: by_votes(workshop.entries_of_group(g.id).collect()),
        })
        .collect();
    let live: Vec<Id> = out.iter().filter_map(|b| b.group.map(|g| g.id)).collect();
    let loose: Vec<&Entry> = workshop
        .entries()
        .filter(|e| e.group.is_none_or(|g| !live.contains(&g)))
        .collect();
    if !loose.is_empty() {
        out.push(Bucket {
            group: None,
            entries: by_votes(loose),
        });
    }
    out
}

/// The buckets this laptop may walk through: every one for the facilitator, only its own
/// group's for a note-taker (`open --group`).
pub fn session_buckets(session: &Session) -> Vec<Bucket<'_>> {
    let mut all = buckets(session.workshop());
    if let Some(own) = session.group {
        all.retain(|b| b.group.is_some_and(|g| g.id == own));
    }
    all
}

/// (group, entry) indices made valid for the workshop as it is now.
pub fn position(state: &ReviewState, buckets: &[Bucket]) -> (usize, usize) {
    let group = state.group.min(buckets.len().saturating_sub(1));
    let entries = buckets.get(group).map_or(0, |b| b.entries.len());
    (group, state.entry.min(entries.saturating_sub(1)))
}

/// The entry on screen now.
pub fn current_entry(app: &App) -> Option<Id> {
    let buckets = session_buckets(app.session.as_ref()?);
    let (group, entry) = position(&app.review, &buckets);
    buckets.get(group)?.entries.get(entry).map(|e| e.id)
}

pub fn contexts(app: &App) -> Vec<Context> {
    match app.review.comment {
        Some(_) => vec![Context::Form, Context::Anywhere],
        None => vec![Context::Review, Context::Anywhere],
    }
}

pub fn type_text(app: &mut App, text: &str) -> bool {
    let Some(prompt) = app.review.comment.as_mut() else {
        return false;
    };
    prompt.form.type_text(text);
    true
}

/// The Review screen's share of `update`: `None` when the action is not for it.
pub fn update(app: &mut App, action: Action) -> Option<Vec<Effect>> {
    if let Action::Review(_) = action
        && app.screen != Screen::Review
    {
        app.screen = Screen::Review;
    }
    if app.screen != Screen::Review {
        return None;
    }
    if let Some(mut prompt) = app.review.comment.take() {
        let next = match form_keys(app, &mut prompt.form, action) {
            FormKey::Done(next) => next,
            FormKey::Submit => save_comment(app, &mut prompt),
        };
        return match next {
            Next::Stay => {
                app.review.comment = Some(prompt);
                Some(Vec::new())
            }
            Next::Close => Some(Vec::new()),
            Next::Pass => {
                app.review.comment = Some(prompt);
                None
            }
        };
    }
    let Action::Review(command) = action else {
        return None;
    };
    match command {
        ReviewAction::NextEntry => step_entry(app, 1),
        ReviewAction::PreviousEntry => step_entry(app, -1),
        ReviewAction::NextGroup => step_group(app, 1),
        ReviewAction::PreviousGroup => step_group(app, -1),
        ReviewAction::Endorse => endorse(app),
        ReviewAction::Comment => open_comment(app),
    }
    Some(Vec::new())
}

fn sizes(app: &App) -> Vec<usize> {
    app.session
        .as_ref()
        .map(|s| session_buckets(s).iter().map(|b| b.entries.len()).collect())
        .unwrap_or_default()
}

/// One entry on; past the last entry of a group, the next group's first (and back).
fn step_entry(app: &mut App, delta: isize) {
    let sizes = sizes(app);
    if sizes.is_empty() {
        return;
    }
    let group = app.review.group.min(sizes.len() - 1);
    let entry = app.review.entry.min(sizes[group].saturating_sub(1));
    if delta > 0 {
        if entry + 1 < sizes[group] {
            app.review.entry = entry + 1;
        } else if group + 1 < sizes.len() {
            app.review.group = group + 1;
            app.review.entry = 0;
        } else {
            app.info("that was the last entry of the last group");
        }
    } else if entry > 0 {
        app.review.entry = entry - 1;
    } else if group > 0 {
        app.review.group = group - 1;
        app.review.entry = sizes[group - 1].saturating_sub(1);
    } else {
        app.info("this is the first entry");
    }
}

fn step_group(app: &mut App, delta: isize) {
    let count = sizes(app).len();
    if count == 0 {
        return;
    }
    let group = app.review.group.min(count - 1);
    app.review.group = group.saturating_add_signed(delta).min(count - 1);
    app.review.entry = 0;
}

fn entry_now(app: &App) -> Option<Entry> {
    let id = current_entry(app)?;
    app.session.as_ref()?.workshop().entry(id).cloned()
}

fn endorse(app: &mut App) {
    let Some(mut entry) = entry_now(app) else {
        app.info("no entry to endorse here");
        return;
    };
    entry.endorsed = !entry.endorsed;
    let message = if entry.endorsed {
        "endorsed in plenary — Ctrl-Z undoes"
    } else {
        "no longer marked endorsed"
    };
    if let Err(error) = app.apply(Change::put_entry(entry)) {
        app.error(format!("not changed: {error}"));
    } else {
        app.info(message);
    }
}

fn open_comment(app: &mut App) {
    if let Some(reason) = app.read_only_reason() {
        let text = format!("read-only ({reason}): nothing can be changed");
        app.warn(text);
        return;
    }
    let Some(entry) = entry_now(app) else {
        app.info("no entry to comment on here");
        return;
    };
    let form = MiniForm::new(
        "Plenary comment",
        vec![MiniForm::text_field(
            "Comment",
            &entry.plenary_comment,
            "what the room said about it; empty removes the comment",
        )],
    );
    app.review.comment = Some(CommentPrompt {
        entry: entry.id,
        form,
    });
}

fn save_comment(app: &mut App, prompt: &mut CommentPrompt) -> Next {
    let Some(mut entry) = app
        .session
        .as_ref()
        .and_then(|s| s.workshop().entry(prompt.entry))
        .filter(|e| !e.deleted)
        .cloned()
    else {
        prompt.form.error = Some("this entry was deleted meanwhile; Esc to close".to_string());
        return Next::Stay;
    };
    let comment = prompt.form.text(0).trim().to_string();
    if comment == entry.plenary_comment {
        return Next::Close;
    }
    let message = if comment.is_empty() {
        "plenary comment removed"
    } else {
        "plenary comment saved — Ctrl-Z undoes"
    };
    entry.plenary_comment = comment;
    match app.apply(Change::put_entry(entry)) {
        Ok(()) => {
            app.info(message);
            Next::Close
        }
        Err(error) => {
            prompt.form.error = Some(format!("not saved: {error}"));
            Next::Stay
        }
    }
}

/// The read-only lines of the old preview (kept for the shell's `preview_lines`).
pub fn lines(workshop: &Workshop, theme: Theme) -> Vec<Line<'static>> {
    buckets(workshop)
        .iter()
        .map(|b| {
            Line::styled(
                format!(
                    " {} — {}",
                    crate::tui::kit::text::one_line(&b.title()),
                    crate::tui::kit::text::count(b.entries.len(), "entry", "entries")
                ),
                theme.heading(),
            )
        })
        .collect()
}
