//! What the board shows, worked out from the workshop and the screen's state: which group,
//! which columns, which entries in which order, what is selected. Shared by update and
//! render so the two always agree.

use super::all_entries;
use super::state::{CaptureState, View};
use crate::model::{Entry, EntryKind, Group, GroupPurpose, Id, Workshop};
use crate::tui::app::App;

/// The kind a new entry gets in a group with this purpose.
pub fn default_kind(purpose: GroupPurpose) -> EntryKind {
    match purpose {
        GroupPurpose::LessonsLearned => EntryKind::Lesson,
        GroupPurpose::Challenges => EntryKind::Challenge,
        GroupPurpose::FuturePlans => EntryKind::Plan,
        GroupPurpose::Sector | GroupPurpose::Free => EntryKind::Note,
    }
}

/// Which group the board is about.
pub enum Shown<'a> {
    Group(&'a Group),
    /// The group was deleted while its board was open (undo, another view, a merge).
    Deleted {
        id: Id,
        name: String,
    },
    /// The workshop has no groups.
    NoGroups,
}

impl Shown<'_> {
    pub fn live(&self) -> Option<&Group> {
        match self {
            Shown::Group(group) => Some(group),
            _ => None,
        }
    }
}

/// The note-taker's group when in note-taker mode, else the chosen group, else the first.
pub fn shown_group<'w>(
    workshop: &'w Workshop,
    note_taker: Option<Id>,
    chosen: Option<Id>,
) -> Shown<'w> {
    let wanted = note_taker.or(chosen);
    if let Some(id) = wanted {
        match workshop.group(id) {
            Some(group) if !group.deleted => return Shown::Group(group),
            Some(group) => {
                return Shown::Deleted {
                    id,
                    name: group.name.clone(),
                };
            }
            // Gone entirely (an undone add): in note-taker mode say so; else show the first.
            None if note_taker.is_some() => {
                return Shown::Deleted {
                    id,
                    name: "(removed)".to_string(),
                };
            }
            None => {}
        }
    }
    match workshop.groups().first() {
        Some(group) => Shown::Group(group),
        None => Shown::NoGroups,
    }
}

/// The board's group for `app` (live only).
pub fn current_group(app: &App) -> Option<&Group> {
    let session = app.session.as_ref()?;
    let shown = shown_group(session.workshop(), session.group, app.capture.group);
    match shown {
        Shown::Group(group) => Some(group),
        _ => None,
    }
}

/// The columns: the group's own kind first, then every other kind that has entries.
pub fn columns(workshop: &Workshop, group: &Group) -> Vec<EntryKind> {
    let first = default_kind(group.purpose);
    let mut out = vec![first];
    for kind in EntryKind::ALL {
        if kind != first && workshop.entries_of_group(group.id).any(|e| e.kind == kind) {
            out.push(kind);
        }
    }
    out
}

/// A column's entries, most votes first, then oldest first (ids are time-ordered).
pub fn column_entries(workshop: &Workshop, group: Id, kind: EntryKind) -> Vec<&Entry> {
    let mut entries: Vec<&Entry> = workshop
        .entries_of_group(group)
        .filter(|e| e.kind == kind)
        .collect();
    sort_by_votes(&mut entries);
    entries
}

pub fn sort_by_votes(entries: &mut [&Entry]) {
    entries.sort_by(|a, b| b.votes.cmp(&a.votes).then(a.id.cmp(&b.id)));
}

/// Where the board's selection is now: column index, row index, entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub column: usize,
    pub kind: EntryKind,
    pub row: usize,
    pub entry: Option<Id>,
}

pub fn place(workshop: &Workshop, group: &Group, state: &CaptureState) -> Place {
    let columns = columns(workshop, group);
    let column = state
        .column
        .and_then(|k| columns.iter().position(|c| *c == k))
        .unwrap_or(0);
    let kind = columns.get(column).copied().unwrap_or(EntryKind::Note);
    let entries = column_entries(workshop, group.id, kind);
    let row = state
        .selected
        .and_then(|id| entries.iter().position(|e| e.id == id))
        .unwrap_or_else(|| state.row.min(entries.len().saturating_sub(1)));
    Place {
        column,
        kind,
        row,
        entry: entries.get(row).map(|e| e.id),
    }
}

/// The entry the next command is about: the board's selection, or the All-entries line.
pub fn selected_entry(app: &App) -> Option<Id> {
    let session = app.session.as_ref()?;
    let workshop = session.workshop();
    let state = &app.capture;
    match state.view {
        View::Board => {
            let group = current_group(app)?;
            place(workshop, group, state).entry
        }
        View::AllEntries => {
            let rows = all_entries::rows(workshop, &state.all.filter);
            rows.get(state.all.list.selected).map(|e| e.id)
        }
    }
}
