//! The lines of a pick list: people to attribute to, groups to move to or show, entries to
//! link. Filtered as the user types, with the Arabic-aware matching of `model::search`.

use super::state::PickKind;
use crate::model::search::Query;
use crate::model::{EntryKind, Id, Workshop};
use crate::tui::kit::text::{one_line, preview};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PickItem {
    /// `None`: the "nobody" line of the person list.
    pub id: Option<Id>,
    pub label: String,
    pub note: String,
    /// Already chosen (attributed to, linked).
    pub checked: bool,
}

/// Pick lists stop here; typing narrows them.
const MAX_ITEMS: usize = 500;

pub fn items(workshop: &Workshop, kind: PickKind, filter: &str) -> Vec<PickItem> {
    let query = Query::new(filter);
    match kind {
        PickKind::Person { entry } => people(workshop, entry, &query),
        PickKind::Group { entry } => {
            let current = workshop.entry(entry).and_then(|e| e.group);
            groups(workshop, &query, current)
        }
        PickKind::Link { entry } => entries(workshop, entry, &query),
    }
}

fn people(workshop: &Workshop, entry: Id, query: &Query) -> Vec<PickItem> {
    let attributed = workshop.entry(entry).and_then(|e| e.attributed);
    let mut scored: Vec<(u32, PickItem)> = workshop
        .participants()
        .filter(|p| !p.erased)
        .filter_map(|p| {
            let haystack = format!("{} {} {}", p.name, p.name_other_script, p.organisation);
            let score = if query.is_empty() {
                0
            } else {
                query.score(&haystack)?
            };
            let name = if p.name_other_script.is_empty() {
                p.name.clone()
            } else {
                format!("{} · {}", p.name, p.name_other_script)
            };
            Some((
                score,
                PickItem {
                    id: Some(p.id),
                    label: one_line(&name),
                    note: one_line(&p.organisation),
                    checked: attributed == Some(p.id),
                },
            ))
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.label.cmp(&b.1.label)));
    // "Nobody" heads the list until a name is typed; then the best match comes first.
    let mut out = Vec::new();
    if query.is_empty() {
        out.push(PickItem {
            id: None,
            label: "— nobody (take the attribution away)".to_string(),
            note: String::new(),
            checked: attributed.is_none(),
        });
    }
    out.extend(scored.into_iter().map(|(_, item)| item).take(MAX_ITEMS));
    out
}

fn groups(workshop: &Workshop, query: &Query, except: Option<Id>) -> Vec<PickItem> {
    workshop
        .groups()
        .into_iter()
        .filter(|g| Some(g.id) != except && query.matches(&g.name))
        .map(|g| PickItem {
            id: Some(g.id),
            label: one_line(&g.name),
            note: g.purpose.label().to_string(),
            checked: false,
        })
        .collect()
}

/// The kinds that answer (or are answered by) `kind`, listed first when linking.
fn complements(kind: EntryKind) -> &'static [EntryKind] {
    match kind {
        EntryKind::Challenge => &[EntryKind::Plan, EntryKind::Recommendation],
        EntryKind::Plan | EntryKind::Recommendation => &[EntryKind::Challenge],
        EntryKind::Lesson => &[EntryKind::Recommendation, EntryKind::Plan],
        EntryKind::Outcome => &[EntryKind::SuccessStory, EntryKind::Quote],
        _ => &[],
    }
}

fn entries(workshop: &Workshop, entry: Id, query: &Query) -> Vec<PickItem> {
    let Some(this) = workshop.entry(entry) else {
        return Vec::new();
    };
    let wanted = complements(this.kind);
    let mut found: Vec<(bool, bool, &crate::model::Entry)> = workshop
        .entries()
        .filter(|e| e.id != entry && (query.is_empty() || query.matches(&e.text)))
        .map(|e| (this.links.contains(&e.id), wanted.contains(&e.kind), e))
        .collect();
    // Linked first (to unlink), then the kinds that answer this one, then the rest.
    found.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.id.cmp(&b.2.id)));
    found
        .into_iter()
        .take(MAX_ITEMS)
        .map(|(linked, _, e)| PickItem {
            id: Some(e.id),
            label: format!("[{}] {}", e.kind.label(), preview(&e.text)),
            note: e
                .group
                .and_then(|g| workshop.group(g))
                .map(|g| one_line(&g.name))
                .unwrap_or_default(),
            checked: linked,
        })
        .collect()
}
