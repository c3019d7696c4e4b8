//! What each working group produced, ready to print: entries sorted by votes (ties keep
//! the order they were captured in), plans as an action table, recommendations grouped by
//! addressee, outcomes as an outcome-harvesting table.

use super::redact::Redactor;
use crate::model::{
    Addressee, Entry, EntryKind, Group, Id, PlanStatus, Priority, Substantiation, Workshop,
};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::HashSet;

/// One entry as the report prints it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EntryLine {
    /// The entry's stable id, to join tables on.
    pub id: String,
    pub text: String,
    pub votes: i32,
    /// "9 votes"; empty when 0.
    pub votes_text: String,
    /// The first words of the text, for referring to it below a table.
    pub cite: String,
    /// Endorsed in plenary.
    pub endorsed: bool,
    pub plenary_comment: String,
    /// Who said it, as consent allows; `None` when nobody was attributed (quotes always
    /// carry one, "anonymous" at least).
    pub source: Option<String>,
    pub tags: Vec<String>,
    /// Ids of the related entries that are in the report too.
    pub links: Vec<String>,
    /// The agenda item it was captured in: its id and title (empty when none).
    pub agenda_item_id: String,
    pub agenda_item: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ActionRow {
    pub entry: EntryLine,
    pub owner: String,
    pub lead_organisation: String,
    pub due: Option<NaiveDate>,
    /// The due date as a report prints it ("31 December 2026"), empty when not set.
    pub due_text: String,
    pub status: &'static str,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RecommendationRow {
    pub entry: EntryLine,
    pub priority: &'static str,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AddresseeGroup {
    pub addressee: &'static str,
    pub items: Vec<RecommendationRow>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OutcomeRow {
    pub entry: EntryLine,
    pub social_actor: String,
    pub change: String,
    pub when_where: String,
    pub significance: String,
    pub contribution: String,
    pub evidence: String,
    pub substantiation: &'static str,
}

/// Everything one group (or the plenary) produced.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct GroupOutputs {
    pub name: String,
    pub purpose: &'static str,
    /// Whether a heading adds the purpose after the name: not when the name says it already
    /// ("Lessons learned (lessons learned)") or the purpose is "free".
    pub show_purpose: bool,
    pub total: usize,
    pub lessons: Vec<EntryLine>,
    pub challenges: Vec<EntryLine>,
    pub actions: Vec<ActionRow>,
    pub recommendations: Vec<AddresseeGroup>,
    pub success_stories: Vec<EntryLine>,
    pub outcomes: Vec<OutcomeRow>,
    pub quotes: Vec<EntryLine>,
    pub notes: Vec<EntryLine>,
}

pub fn plan_status_label(status: PlanStatus) -> &'static str {
    match status {
        PlanStatus::Proposed => "proposed",
        PlanStatus::Agreed => "agreed",
        PlanStatus::InProgress => "in progress",
        PlanStatus::Done => "done",
        PlanStatus::Dropped => "dropped",
    }
}

pub fn addressee_label(addressee: Addressee) -> &'static str {
    match addressee {
        Addressee::Government => "Government",
        Addressee::Donors => "Donors",
        Addressee::Csos => "Civil society organisations",
        Addressee::Parliament => "Parliament",
        Addressee::Other => "Others",
    }
}

pub fn priority_label(priority: Priority) -> &'static str {
    match priority {
        Priority::High => "high",
        Priority::Medium => "medium",
        Priority::Low => "low",
    }
}

pub fn substantiation_label(substantiation: Substantiation) -> &'static str {
    match substantiation {
        Substantiation::NotYet => "not yet",
        Substantiation::Substantiated => "substantiated",
        Substantiation::PartlySubstantiated => "partly substantiated",
        Substantiation::Disputed => "disputed",
    }
}

/// The name under which entries without a (live) group are reported.
pub const PLENARY: &str = "Plenary and other sessions";

/// "9 votes", "1 vote", "−2 votes"; empty for none, so a note does not read "(votes: 0)".
pub fn votes_text(votes: i32) -> String {
    match votes {
        0 => String::new(),
        1 => "1 vote".to_string(),
        n if n < 0 => format!("−{} votes", n.unsigned_abs()),
        n => format!("{n} votes"),
    }
}

/// The first words of an entry, to refer to it below a table: at most about 60 characters,
/// cut at a word, with "…" when cut.
pub fn cite(text: &str) -> String {
    let folded = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if folded.chars().count() <= 60 {
        return folded;
    }
    let mut out = String::new();
    for word in folded.split(' ') {
        if out.chars().count() + word.chars().count() > 56 {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    if out.is_empty() {
        out = folded.chars().take(56).collect();
    }
    out.push('…');
    out
}

/// The tag that marks an entry as internal, whatever its kind.
pub const INTERNAL_TAG: &str = "internal";

/// Whether an entry is for the team, not the donor: every note (the projector is broken,
/// the coffee came late), and any entry tagged "internal". Left out of a report unless asked.
pub fn is_internal(entry: &Entry) -> bool {
    entry.kind == EntryKind::Note
        || entry
            .tags
            .iter()
            .any(|t| t.trim().eq_ignore_ascii_case(INTERNAL_TAG))
}

/// The entries a report shows: every live one, internal ones only when `include_internal`.
pub fn reported(workshop: &Workshop, include_internal: bool) -> impl Iterator<Item = &Entry> {
    workshop
        .entries()
        .filter(move |e| include_internal || !is_internal(e))
}

/// What an entry's line needs from the workshop besides the entry itself.
struct Context<'a> {
    workshop: &'a Workshop,
    redactor: &'a Redactor<'a>,
    /// The entries in the report, for keeping only links that lead somewhere.
    shown: HashSet<Id>,
}

/// Outputs per live group in group order, then the plenary bucket when it has entries.
pub fn per_group(
    workshop: &Workshop,
    redactor: &Redactor,
    include_internal: bool,
) -> Vec<GroupOutputs> {
    let groups = workshop.groups();
    let mut buckets: Vec<Vec<&Entry>> = vec![Vec::new(); groups.len() + 1];
    let index_of: std::collections::HashMap<Id, usize> =
        groups.iter().enumerate().map(|(i, g)| (g.id, i)).collect();
    let context = Context {
        workshop,
        redactor,
        shown: reported(workshop, include_internal).map(|e| e.id).collect(),
    };
    for entry in reported(workshop, include_internal) {
        let bucket = entry
            .group
            .and_then(|id| index_of.get(&id).copied())
            .unwrap_or(groups.len());
        buckets[bucket].push(entry);
    }
    let plenary = buckets.pop().unwrap_or_default();
    let mut outputs: Vec<GroupOutputs> = groups
        .iter()
        .zip(buckets)
        .map(|(group, entries)| build(Some(group), entries, &context))
        .collect();
    if !plenary.is_empty() {
        outputs.push(build(None, plenary, &context));
    }
    outputs
}

fn build(group: Option<&Group>, mut entries: Vec<&Entry>, context: &Context) -> GroupOutputs {
    // Stable: equal votes keep the captured order.
    entries.sort_by_key(|e| std::cmp::Reverse(e.votes));
    let redactor = context.redactor;
    let line = |entry: &Entry| line(entry, context);
    let of_kind = |kind: EntryKind| entries.iter().copied().filter(move |e| e.kind == kind);

    let actions = of_kind(EntryKind::Plan)
        .map(|e| ActionRow {
            entry: line(e),
            owner: redactor.person_field(&e.plan.owner, true),
            lead_organisation: redactor.text(e.plan.lead_organisation.trim()),
            due: e.plan.due,
            due_text: e
                .plan
                .due
                .map(|d| d.format("%-d %B %Y").to_string())
                .unwrap_or_default(),
            status: plan_status_label(e.plan.status),
        })
        .collect();

    let mut addressees: Vec<Addressee> = of_kind(EntryKind::Recommendation)
        .map(|e| e.recommendation.addressee)
        .collect();
    addressees.sort();
    addressees.dedup();
    let recommendations = addressees
        .into_iter()
        .map(|addressee| AddresseeGroup {
            addressee: addressee_label(addressee),
            items: of_kind(EntryKind::Recommendation)
                .filter(|e| e.recommendation.addressee == addressee)
                .map(|e| RecommendationRow {
                    entry: line(e),
                    priority: priority_label(e.recommendation.priority),
                })
                .collect(),
        })
        .collect();

    let outcomes = of_kind(EntryKind::Outcome)
        .map(|e| {
            let o = &e.outcome;
            OutcomeRow {
                entry: line(e),
                social_actor: redactor.person_field(&o.social_actor, false),
                change: redactor.text(o.change.trim()),
                when_where: redactor.text(o.when_where.trim()),
                significance: redactor.text(o.significance.trim()),
                contribution: redactor.text(o.contribution.trim()),
                evidence: redactor.text(o.evidence.trim()),
                substantiation: substantiation_label(o.substantiation),
            }
        })
        .collect();

    let quotes = of_kind(EntryKind::Quote)
        .map(|e| {
            let mut quote = line(e);
            quote
                .source
                .get_or_insert_with(|| super::redact::ANONYMOUS.to_string());
            quote
        })
        .collect();

    let name = match group {
        Some(g) => redactor.text(g.name.trim()),
        None => PLENARY.to_string(),
    };
    let purpose = group.map_or("plenary", |g| g.purpose.label());
    GroupOutputs {
        show_purpose: purpose != "free" && !name.to_lowercase().contains(purpose),
        name,
        purpose,
        total: entries.len(),
        lessons: of_kind(EntryKind::Lesson).map(line).collect(),
        challenges: of_kind(EntryKind::Challenge).map(line).collect(),
        actions,
        recommendations,
        success_stories: of_kind(EntryKind::SuccessStory).map(line).collect(),
        outcomes,
        quotes,
        notes: of_kind(EntryKind::Note).map(line).collect(),
    }
}

fn line(entry: &Entry, context: &Context) -> EntryLine {
    let redactor = context.redactor;
    let person = entry.attributed.and_then(|id| redactor.person(id));
    let item = entry
        .agenda_item
        .and_then(|id| context.workshop.item(id))
        .filter(|item| !item.deleted);
    EntryLine {
        id: entry.id.to_string(),
        text: redactor.text(entry.text.trim()),
        votes: entry.votes,
        votes_text: votes_text(entry.votes),
        cite: cite(&redactor.text(entry.text.trim())),
        endorsed: entry.endorsed,
        plenary_comment: redactor.text(entry.plenary_comment.trim()),
        source: entry
            .attributed
            .map(|_| redactor.attribution(person, entry.attribution)),
        tags: entry
            .tags
            .iter()
            .map(|t| redactor.text(t.trim()))
            .filter(|t| !t.is_empty())
            .collect(),
        links: entry
            .links
            .iter()
            .filter(|id| context.shown.contains(id))
            .map(Id::to_string)
            .collect(),
        agenda_item_id: item.map(|i| i.id.to_string()).unwrap_or_default(),
        agenda_item: item
            .map(|i| redactor.text(i.title.trim()))
            .unwrap_or_default(),
    }
}
