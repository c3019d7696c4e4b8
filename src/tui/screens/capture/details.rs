//! The forms: plan, recommendation and outcome-harvesting details, the attribution level,
//! and the All-entries filters.

use super::board::selected_entry;
use super::field_form::{FieldForm, FormField, FormPurpose};
use super::modal::attribute;
use super::state::{Filter, GroupFilter, Modal, View};
use super::update::put;
use crate::model::{
    Addressee, Attribution, Entry, EntryKind, Id, PlanStatus, Priority, Substantiation,
};
use crate::tui::action::Action;
use crate::tui::app::App;
use chrono::NaiveDate;

const PLAN_STATUSES: [PlanStatus; 5] = [
    PlanStatus::Proposed,
    PlanStatus::Agreed,
    PlanStatus::InProgress,
    PlanStatus::Done,
    PlanStatus::Dropped,
];
const ADDRESSEES: [Addressee; 5] = [
    Addressee::Government,
    Addressee::Donors,
    Addressee::Csos,
    Addressee::Parliament,
    Addressee::Other,
];
const PRIORITIES: [Priority; 3] = [Priority::High, Priority::Medium, Priority::Low];
const SUBSTANTIATIONS: [Substantiation; 4] = [
    Substantiation::NotYet,
    Substantiation::Substantiated,
    Substantiation::PartlySubstantiated,
    Substantiation::Disputed,
];
const LEVELS: [Attribution; 3] = [
    Attribution::Named,
    Attribution::Organisation,
    Attribution::Anonymous,
];

pub fn status_label(status: PlanStatus) -> &'static str {
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
        Addressee::Government => "government",
        Addressee::Donors => "donors",
        Addressee::Csos => "CSOs",
        Addressee::Parliament => "parliament",
        Addressee::Other => "other",
    }
}

pub fn priority_label(priority: Priority) -> &'static str {
    match priority {
        Priority::High => "high",
        Priority::Medium => "medium",
        Priority::Low => "low",
    }
}

pub fn substantiation_label(s: Substantiation) -> &'static str {
    match s {
        Substantiation::NotYet => "not yet",
        Substantiation::Substantiated => "substantiated",
        Substantiation::PartlySubstantiated => "partly substantiated",
        Substantiation::Disputed => "disputed",
    }
}

pub fn level_label(level: Attribution) -> &'static str {
    match level {
        Attribution::Named => "named (needs their named-quote consent)",
        Attribution::Organisation => "organisation only",
        Attribution::Anonymous => "anonymous",
    }
}

fn labels<T: Copy>(all: &[T], label: fn(T) -> &'static str) -> Vec<String> {
    all.iter().map(|x| label(*x).to_string()).collect()
}

fn position<T: PartialEq>(all: &[T], value: &T) -> usize {
    all.iter().position(|x| x == value).unwrap_or(0)
}

/// `f`: the details form for the selected entry's kind.
pub fn open_details(app: &mut App) {
    let Some(entry) = selected_entry(app).and_then(|id| {
        app.session
            .as_ref()
            .and_then(|s| s.workshop().entry(id).cloned())
    }) else {
        app.info("no entry is selected: a adds one");
        return;
    };
    let form = match entry.kind {
        EntryKind::Plan => plan_form(&entry),
        EntryKind::Recommendation => recommendation_form(&entry),
        EntryKind::Outcome => outcome_form(&entry),
        other => {
            app.info(format!(
                "{} has no details: plans, recommendations and outcomes do (c changes the kind)",
                crate::tui::kit::text::with_article(other.label())
            ));
            return;
        }
    };
    app.capture.modal = Some(Modal::Form(form));
}

fn plan_form(entry: &Entry) -> FieldForm {
    let plan = &entry.plan;
    let due = plan.due.map(|d| d.to_string()).unwrap_or_default();
    FieldForm::new(
        FormPurpose::Plan { entry: entry.id },
        "Plan",
        vec![
            FormField::text("owner", &plan.owner, "who carries it out"),
            FormField::text(
                "lead org",
                &plan.lead_organisation,
                "the organisation in the lead",
            ),
            FormField::text("due", &due, "YYYY-MM-DD, or empty"),
            FormField::choice(
                "status",
                labels(&PLAN_STATUSES, status_label),
                position(&PLAN_STATUSES, &plan.status),
                "←→ to choose",
            ),
        ],
    )
}

fn recommendation_form(entry: &Entry) -> FieldForm {
    let rec = &entry.recommendation;
    FieldForm::new(
        FormPurpose::Recommendation { entry: entry.id },
        "Recommendation",
        vec![
            FormField::choice(
                "addressee",
                labels(&ADDRESSEES, addressee_label),
                position(&ADDRESSEES, &rec.addressee),
                "←→ to choose: who it is for",
            ),
            FormField::choice(
                "priority",
                labels(&PRIORITIES, priority_label),
                position(&PRIORITIES, &rec.priority),
                "←→ to choose",
            ),
        ],
    )
}

fn outcome_form(entry: &Entry) -> FieldForm {
    let o = &entry.outcome;
    FieldForm::new(
        FormPurpose::Outcome { entry: entry.id },
        "Outcome (outcome harvesting)",
        vec![
            FormField::text("actor", &o.social_actor, "who changed: the social actor"),
            FormField::text(
                "change",
                &o.change,
                "what changed in their behaviour or practice",
            ),
            FormField::text("when/where", &o.when_where, "when and where it happened"),
            FormField::text("significance", &o.significance, "why it matters"),
            FormField::text(
                "contribution",
                &o.contribution,
                "how the project contributed",
            ),
            FormField::text("evidence", &o.evidence, "what shows it: documents, people"),
            FormField::choice(
                "checked",
                labels(&SUBSTANTIATIONS, substantiation_label),
                position(&SUBSTANTIATIONS, &o.substantiation),
                "←→: substantiation status",
            ),
        ],
    )
}

/// After picking a person: how the entry may name them.
pub fn attribution_form(app: &App, entry: Id, person: Option<Id>, name: &str) -> FieldForm {
    let current = app
        .session
        .as_ref()
        .and_then(|s| s.workshop().entry(entry))
        .map(|e| e.attribution)
        .unwrap_or_default();
    let title = match person {
        Some(_) => format!("Attribute to {name}"),
        None => "Take the attribution away".to_string(),
    };
    let mut fields = Vec::new();
    if person.is_some() {
        fields.push(FormField::choice(
            "level",
            labels(&LEVELS, level_label),
            position(&LEVELS, &current),
            "←→ to choose; Enter accepts",
        ));
    }
    FieldForm::new(FormPurpose::Attribution { entry, person }, title, fields)
}

/// `/`: the All-entries filters (applied as you type).
pub fn open_filter(app: &mut App) {
    let Some(session) = app.session.as_ref() else {
        return;
    };
    let workshop = session.workshop();
    let filter = &app.capture.all.filter;
    let mut kinds = vec!["any".to_string()];
    kinds.extend(EntryKind::ALL.iter().map(|k| k.label().to_string()));
    let kind = filter.kind.map_or(0, |k| position(&EntryKind::ALL, &k) + 1);
    let mut tags = vec!["any".to_string()];
    let all_tags = workshop.tags();
    let tag = filter
        .tag
        .as_ref()
        .and_then(|t| all_tags.iter().position(|x| x == t))
        .map_or(0, |i| i + 1);
    tags.extend(all_tags);
    let mut groups = vec!["any".to_string(), "none".to_string()];
    let group_ids: Vec<Id> = workshop.groups().iter().map(|g| g.id).collect();
    groups.extend(workshop.groups().iter().map(|g| g.name.clone()));
    let group = match filter.group {
        GroupFilter::Any => 0,
        GroupFilter::NoGroup => 1,
        GroupFilter::Group(id) => group_ids.iter().position(|g| *g == id).map_or(0, |i| i + 2),
    };
    let form = FieldForm::new(
        FormPurpose::Filter,
        "Filter all entries",
        vec![
            FormField::text("text", &filter.text, "words to find (Arabic-aware)"),
            FormField::choice("kind", kinds, kind, "←→ to choose"),
            FormField::choice("tag", tags, tag, "←→ to choose"),
            FormField::choice("group", groups, group, "←→ to choose"),
        ],
    );
    app.capture.view = View::AllEntries;
    app.capture.modal = Some(Modal::Form(form));
}

/// Read the open filter form into the All-entries filter (every keystroke).
pub fn apply_filter_form(app: &mut App) {
    let Some(Modal::Form(form)) = &app.capture.modal else {
        return;
    };
    let Some(session) = app.session.as_ref() else {
        return;
    };
    let workshop = session.workshop();
    let kind = form
        .choice(1)
        .checked_sub(1)
        .and_then(|i| EntryKind::ALL.get(i).copied());
    let tag = form
        .choice(2)
        .checked_sub(1)
        .and_then(|i| workshop.tags().get(i).cloned());
    let group = match form.choice(3) {
        0 => GroupFilter::Any,
        1 => GroupFilter::NoGroup,
        n => workshop
            .groups()
            .get(n - 2)
            .map_or(GroupFilter::Any, |g| GroupFilter::Group(g.id)),
    };
    let filter = Filter {
        text: form.text(0),
        kind,
        tag,
        group,
    };
    if filter != app.capture.all.filter {
        app.capture.all.filter = filter;
        app.capture.all.list = Default::default();
    }
}

pub fn form_action(app: &mut App, mut form: FieldForm, action: Action) -> Option<Modal> {
    let filter = form.purpose == FormPurpose::Filter;
    match action {
        Action::Back => return None,
        Action::NextField | Action::Down => form.step(1),
        Action::PreviousField | Action::Up => form.step(-1),
        Action::Erase => form.erase(),
        Action::Confirm if !form.on_last_field() && !filter => form.step(1),
        Action::Confirm | Action::SaveNow => return submit(app, form),
        _ => {}
    }
    if filter {
        app.capture.modal = Some(Modal::Form(form));
        apply_filter_form(app);
        return app.capture.modal.take();
    }
    Some(Modal::Form(form))
}

fn entry_copy(app: &App, id: Id) -> Option<Entry> {
    app.session
        .as_ref()
        .and_then(|s| s.workshop().entry(id))
        .filter(|e| !e.deleted)
        .cloned()
}

fn submit(app: &mut App, mut form: FieldForm) -> Option<Modal> {
    let result = match form.purpose {
        FormPurpose::Filter => return None,
        FormPurpose::Attribution { entry, person } => {
            let level = LEVELS.get(form.choice(0)).copied().unwrap_or_default();
            attribute(app, entry, person, level)
        }
        FormPurpose::Plan { entry } => {
            let due = form.text(2);
            let due = due.trim();
            let parsed = if due.is_empty() {
                Ok(None)
            } else {
                NaiveDate::parse_from_str(due, "%Y-%m-%d").map(Some)
            };
            match parsed {
                Err(_) => Err(format!(
                    "the due date \"{due}\" is not a date: write it as 2025-06-30, or leave it empty"
                )),
                Ok(due) => with_entry(app, entry, |e| {
                    e.plan.owner = form.text(0).trim().to_string();
                    e.plan.lead_organisation = form.text(1).trim().to_string();
                    e.plan.due = due;
                    e.plan.status = PLAN_STATUSES
                        .get(form.choice(3))
                        .copied()
                        .unwrap_or_default();
                }),
            }
        }
        FormPurpose::Recommendation { entry } => with_entry(app, entry, |e| {
            e.recommendation.addressee =
                ADDRESSEES.get(form.choice(0)).copied().unwrap_or_default();
            e.recommendation.priority = PRIORITIES.get(form.choice(1)).copied().unwrap_or_default();
        }),
        FormPurpose::Outcome { entry } => with_entry(app, entry, |e| {
            let o = &mut e.outcome;
            o.social_actor = form.text(0).trim().to_string();
            o.change = form.text(1).trim().to_string();
            o.when_where = form.text(2).trim().to_string();
            o.significance = form.text(3).trim().to_string();
            o.contribution = form.text(4).trim().to_string();
            o.evidence = form.text(5).trim().to_string();
            o.substantiation = SUBSTANTIATIONS
                .get(form.choice(6))
                .copied()
                .unwrap_or_default();
        }),
    };
    match result {
        Ok(()) => None,
        Err(error) => {
            form.error = Some(error);
            Some(Modal::Form(form))
        }
    }
}

fn with_entry(app: &mut App, id: Id, edit: impl FnOnce(&mut Entry)) -> Result<(), String> {
    let Some(mut entry) = entry_copy(app, id) else {
        return Err("that entry was deleted meanwhile".to_string());
    };
    edit(&mut entry);
    put(app, entry, "details saved")
}
