//! What a conflict is about, where its two versions came from, and which fields differ —
//! in words a facilitator reads (group names, not ids), computed from the workshop.

use crate::model::{
    AgendaItem, Conflict, Entry, Group, Id, Participant, PersonRef, Stamp, Workshop, WorkshopInfo,
};

/// One field whose value differs between the version in use and the other one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Difference {
    pub field: &'static str,
    pub in_use: String,
    pub other: String,
}

/// A conflict described for the list and the detail pane.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Described {
    /// "entry in Challenges", "participant Zainab Kareem", "workshop details".
    pub what: String,
    /// A few words that tell this record from its neighbours (an entry's text), or empty.
    pub subject: String,
    /// The stamp of the version in use; `None` if the record is missing altogether.
    pub in_use: Option<Stamp>,
    pub other: Stamp,
    pub differences: Vec<Difference>,
}

/// (field, value) pairs of one version, in the order a person reads them.
type Fields = Vec<(&'static str, String)>;

pub fn describe(workshop: &Workshop, conflict: &Conflict) -> Described {
    let other = conflict.stamp().clone();
    let (what, subject, in_use, differences) = match conflict {
        Conflict::Info(kept) => {
            let current = workshop.info();
            (
                "workshop details".to_string(),
                String::new(),
                Some(current.stamp.clone()),
                compare(info_fields(current), info_fields(kept)),
            )
        }
        Conflict::Item(kept) => {
            let current = workshop.item(kept.id);
            let title = current.map_or(&kept.title, |c| &c.title);
            (
                format!("agenda item {title}"),
                String::new(),
                current.map(|c| c.stamp.clone()),
                versus(current, kept, |i| item_fields(workshop, i)),
            )
        }
        Conflict::Participant(kept) => {
            let current = workshop.participant(kept.id);
            let name = current.map_or(&kept.name, |c| &c.name);
            (
                format!("participant {name}"),
                String::new(),
                current.map(|c| c.stamp.clone()),
                versus(current, kept, participant_fields),
            )
        }
        Conflict::Group(kept) => {
            let current = workshop.group(kept.id);
            let name = current.map_or(&kept.name, |c| &c.name);
            (
                format!("group {name}"),
                String::new(),
                current.map(|c| c.stamp.clone()),
                versus(current, kept, |g| group_fields(workshop, g)),
            )
        }
        Conflict::Entry(kept) => {
            let current = workshop.entry(kept.id);
            let shown = current.unwrap_or(kept);
            // Outcomes and quotes often belong to an agenda item rather than a group.
            let group = shown.group.and_then(|id| workshop.group(id));
            let item = shown.agenda_item.and_then(|id| workshop.item(id));
            let what = match (group, item) {
                (Some(group), _) => format!("entry in {}", group.name),
                (None, Some(item)) => format!("entry in {}", item.title),
                (None, None) => "entry (no group)".to_string(),
            };
            (
                what,
                shown.text.clone(),
                current.map(|c| c.stamp.clone()),
                versus(current, kept, |e| entry_fields(workshop, e)),
            )
        }
    };
    Described {
        what,
        subject,
        in_use,
        other,
        differences,
    }
}

/// Compare the current record (if there is one) with the kept version.
fn versus<R>(current: Option<&R>, kept: &R, fields: impl Fn(&R) -> Fields) -> Vec<Difference> {
    match current {
        Some(current) => compare(fields(current), fields(kept)),
        None => vec![Difference {
            field: "record",
            in_use: "missing".to_string(),
            other: "present".to_string(),
        }],
    }
}

fn compare(in_use: Fields, other: Fields) -> Vec<Difference> {
    in_use
        .into_iter()
        .zip(other)
        .filter(|((_, a), (_, b))| a != b)
        .map(|((field, a), (_, b))| Difference {
            field,
            in_use: a,
            other: b,
        })
        .collect()
}

fn yes_no(value: bool) -> String {
    if value { "yes" } else { "no" }.to_string()
}

fn or_none(value: &str) -> String {
    if value.is_empty() {
        "(empty)".to_string()
    } else {
        value.to_string()
    }
}

fn list(values: &[String]) -> String {
    if values.is_empty() {
        "(none)".to_string()
    } else {
        values.join(", ")
    }
}

fn optional<T: ToString>(value: Option<T>) -> String {
    value.map_or_else(|| "(none)".to_string(), |v| v.to_string())
}

fn person(workshop: &Workshop, id: Option<Id>) -> String {
    match id {
        None => "(none)".to_string(),
        Some(id) => workshop.participant(id).map_or_else(
            || format!("unknown person {}", id.short()),
            |p| p.name.clone(),
        ),
    }
}

fn person_ref(workshop: &Workshop, who: &PersonRef) -> String {
    match who {
        PersonRef::Participant(id) => person(workshop, Some(*id)),
        PersonRef::Named(name) => name.clone(),
    }
}

fn entry_fields(workshop: &Workshop, e: &Entry) -> Fields {
    let group = e
        .group
        .map(|id| workshop.group(id).map_or(id.short(), |g| g.name.clone()));
    let item = e
        .agenda_item
        .map(|id| workshop.item(id).map_or(id.short(), |i| i.title.clone()));
    vec![
        ("deleted", yes_no(e.deleted)),
        ("text", or_none(&e.text)),
        ("kind", e.kind.label().to_string()),
        ("votes", e.votes.to_string()),
        ("tags", list(&e.tags)),
        ("group", optional(group)),
        ("agenda item", optional(item)),
        ("said by", person(workshop, e.attributed)),
        ("attribution", format!("{:?}", e.attribution)),
        ("linked entries", e.links.len().to_string()),
        ("endorsed", yes_no(e.endorsed)),
        ("plenary comment", or_none(&e.plenary_comment)),
        ("plan", format!("{:?}", e.plan)),
        ("recommendation", format!("{:?}", e.recommendation)),
        ("outcome", format!("{:?}", e.outcome)),
    ]
}

fn participant_fields(p: &Participant) -> Fields {
    let attendance: Vec<String> = p
        .attendance
        .iter()
        .map(|a| format!("{} {}", a.date.format("%-d %b"), a.time.format("%H:%M")))
        .collect();
    vec![
        ("deleted", yes_no(p.deleted)),
        ("erased", yes_no(p.erased)),
        ("name", or_none(&p.name)),
        ("name (other script)", or_none(&p.name_other_script)),
        ("organisation", or_none(&p.organisation)),
        ("position", or_none(&p.position)),
        ("stakeholder", p.stakeholder.label().to_string()),
        ("governorate", or_none(&p.governorate)),
        ("district", or_none(&p.district)),
        ("gender", p.gender.label().to_string()),
        ("age", p.age_band.label().to_string()),
        ("disability", format!("{:?}", p.disability)),
        ("phone", or_none(&p.phone)),
        ("email", or_none(&p.email)),
        ("consent", format!("{:?}", p.consent)),
        ("notes", or_none(&p.notes)),
        ("checked in", list(&attendance)),
    ]
}

fn item_fields(workshop: &Workshop, i: &AgendaItem) -> Fields {
    let speakers: Vec<String> = i.speakers.iter().map(|s| person_ref(workshop, s)).collect();
    vec![
        ("deleted", yes_no(i.deleted)),
        ("title", or_none(&i.title)),
        ("kind", i.kind.label().to_string()),
        ("day", i.day.to_string()),
        ("order", i.order.to_string()),
        ("start", optional(i.start.map(|t| t.format("%H:%M")))),
        ("minutes", i.minutes.to_string()),
        ("speakers", list(&speakers)),
        (
            "moderator",
            optional(i.moderator.as_ref().map(|m| person_ref(workshop, m))),
        ),
        ("location", or_none(&i.location)),
        ("notes", or_none(&i.notes)),
        ("pinned", yes_no(i.pinned)),
        ("optional", yes_no(i.optional)),
        (
            "started",
            optional(i.actual_start.map(|t| t.format("%-d %b %H:%M"))),
        ),
        (
            "ended",
            optional(i.actual_end.map(|t| t.format("%-d %b %H:%M"))),
        ),
    ]
}

fn group_fields(workshop: &Workshop, g: &Group) -> Fields {
    let members: Vec<String> = g
        .members
        .iter()
        .map(|id| person(workshop, Some(*id)))
        .collect();
    let item = g
        .agenda_item
        .map(|id| workshop.item(id).map_or(id.short(), |i| i.title.clone()));
    vec![
        ("deleted", yes_no(g.deleted)),
        ("name", or_none(&g.name)),
        ("purpose", g.purpose.label().to_string()),
        ("order", g.order.to_string()),
        ("facilitator", person(workshop, g.facilitator)),
        ("note-taker", person(workshop, g.note_taker)),
        ("members", list(&members)),
        ("room", or_none(&g.room)),
        ("capacity", optional(g.capacity)),
        ("agenda item", optional(item)),
    ]
}

fn info_fields(i: &WorkshopInfo) -> Fields {
    vec![
        ("title", or_none(&i.title)),
        ("subtitle", or_none(&i.subtitle)),
        ("description", or_none(&i.description)),
        ("organisers", list(&i.organisers)),
        ("partners", list(&i.partners)),
        ("donors", list(&i.donors)),
        ("programme", or_none(&i.programme)),
        ("venue", or_none(&i.venue)),
        ("city", or_none(&i.city)),
        ("start", optional(i.start.map(|d| d.format("%-d %b %Y")))),
        ("days", i.days.to_string()),
        ("objectives", list(&i.objectives)),
        ("languages", list(&i.languages)),
        ("settings", format!("{:?}", i.settings)),
    ]
}
