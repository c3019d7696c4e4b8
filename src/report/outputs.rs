//! What each working group produced, ready to print: entries sorted by votes (ties keep
//! the order they were captured in), plans as an action table, recommendations grouped by
//! addressee, outcomes as an outcome-harvesting table.

use super::redact::Redactor;
use crate::model::{
    Addressee, Entry, EntryKind, Group, Id, PlanStatus, Priority, Substantiation, Workshop,
};
use chrono::NaiveDate;
use serde::Serialize;

/// One entry as the report prints it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EntryLine {
    pub text: String,
    pub votes: i32,
    /// Endorsed in plenary.
    pub endorsed: bool,
    pub plenary_comment: String,
    /// Who said it, as consent allows; `None` when nobody was attributed (quotes always
    /// carry one, "anonymous" at least).
    pub source: Option<String>,
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

/// Outputs per live group in group order, then the plenary bucket when it has entries.
pub fn per_group(workshop: &Workshop, redactor: &Redactor) -> Vec<GroupOutputs> {
    let groups = workshop.groups();
    let mut buckets: Vec<Vec<&Entry>> = vec![Vec::new(); groups.len() + 1];
    let index_of: std::collections::HashMap<Id, usize> =
        groups.iter().enumerate().map(|(i, g)| (g.id, i)).collect();
    for entry in workshop.entries() {
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
        .map(|(group, entries)| build(Some(group), entries, redactor))
        .collect();
    if !plenary.is_empty() {
        outputs.push(build(None, plenary, redactor));
    }
    outputs
}

fn build(group: Option<&Group>, mut entries: Vec<&Entry>, redactor: &Redactor) -> GroupOutputs {
    // Stable: equal votes keep the captured order.
    entries.sort_by_key(|e| std::cmp::Reverse(e.votes));
    let line = |entry: &Entry| line(entry, redactor);
    let of_kind = |kind: EntryKind| entries.iter().copied().filter(move |e| e.kind == kind);

    let actions = of_kind(EntryKind::Plan)
        .map(|e| ActionRow {
            entry: line(e),
            owner: redactor.text(e.plan.owner.trim()),
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
                social_actor: redactor.text(o.social_actor.trim()),
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

    GroupOutputs {
        name: match group {
            Some(g) => redactor.text(g.name.trim()),
            None => PLENARY.to_string(),
        },
        purpose: group.map_or("plenary", |g| g.purpose.label()),
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

fn line(entry: &Entry, redactor: &Redactor) -> EntryLine {
    let person = entry.attributed.and_then(|id| redactor.person(id));
    EntryLine {
        text: redactor.text(entry.text.trim()),
        votes: entry.votes,
        endorsed: entry.endorsed,
        plenary_comment: redactor.text(entry.plenary_comment.trim()),
        source: entry
            .attributed
            .map(|_| redactor.attribution(person, entry.attribution)),
    }
}
