//! `halaqa check FILE --privacy [--export PATH]`: every place an export would show a person,
//! named or anonymised; with `--export`, a scan of an anonymised export already written for
//! every name, phone and email of the session (exit 1 on any hit).

use crate::model::printable::printable;
use crate::model::{Attribution, Entry, PersonRef, Workshop};
use crate::report::privacy::scan::Hit;
use crate::report::privacy::{self, scrub::Found};
use crate::report::{Report, Threshold};
use std::io::Write;
use std::path::Path;

pub fn run(workshop: &Workshop, export: Option<&Path>, out: &mut dyn Write) -> anyhow::Result<()> {
    let settings = &workshop.info().settings;
    let threshold = Threshold::new(settings.anonymity_k());
    writeln!(out, "privacy (k = {})", threshold.used)?;
    named(workshop, out)?;
    anonymised(workshop, out)?;
    let Some(path) = export else {
        return Ok(());
    };
    let hits = privacy::scan_export(workshop, path).map_err(anyhow::Error::msg)?;
    if hits.is_empty() {
        writeln!(
            out,
            "scan of {}: no name, phone or email of this session found",
            path.display()
        )?;
        return Ok(());
    }
    for hit in &hits {
        writeln!(out, "hit: {}", printable(&hit.sentence()))?;
    }
    anyhow::bail!(
        "{} shows personal data in {} place{}: {}",
        path.display(),
        hits.len(),
        if hits.len() == 1 { "" } else { "s" },
        summary(&hits)
    )
}

/// "3 names, 1 phone number".
fn summary(hits: &[Hit]) -> String {
    [
        (Found::Name, "name", "names"),
        (Found::Phone, "phone number", "phone numbers"),
        (Found::Email, "email address", "email addresses"),
        (
            Found::Organisation,
            "small organisation's name",
            "small organisations' names",
        ),
    ]
    .iter()
    .filter_map(|(kind, one, many)| {
        let n = hits.iter().filter(|h| h.kind == *kind).count();
        (n > 0).then(|| format!("{n} {}", if n == 1 { one } else { many }))
    })
    .collect::<Vec<_>>()
    .join(", ")
}

/// Where the named report, its tables and the sign-in sheet show people.
fn named(workshop: &Workshop, out: &mut dyn Write) -> anyhow::Result<()> {
    let report = Report::build(workshop, false);
    let rows = report.annex.as_deref().unwrap_or_default();
    let listed = rows.iter().filter(|r| !r.erased).count();
    let with_contact = rows
        .iter()
        .filter(|r| !r.phone.is_empty() || !r.email.is_empty())
        .count();
    writeln!(
        out,
        "named: the annex, participants.csv, attendance.csv and participation.csv list {listed} \
         people by name; {with_contact} with phone or email (contact-sharing consent)"
    )?;
    if report.without_processing_consent > 0 {
        writeln!(
            out,
            "named: {} without data-processing consent counted only, not listed",
            super::plural(report.without_processing_consent, "person", "people")
        )?;
    }
    let sources = reported(workshop)
        .filter(|e| e.attribution == Attribution::Named)
        .filter(|e| {
            e.attributed
                .and_then(|id| workshop.participant(id))
                .is_some_and(|p| p.consent.named_quote.given() && !p.erased)
        })
        .count();
    writeln!(
        out,
        "named: {sources} entries name their source (named-quote consent)"
    )?;
    let speakers: usize = workshop
        .agenda()
        .iter()
        .map(|i| i.speakers.len() + usize::from(i.moderator.is_some()))
        .sum();
    writeln!(
        out,
        "named: {speakers} speakers and moderators by name in the agenda; facilitators and \
         note-takers of {} groups by name",
        workshop.groups().len()
    )?;
    let signin = workshop
        .participants()
        .filter(|p| !p.erased && !p.name.trim().is_empty())
        .count();
    writeln!(out, "sign-in sheet: {signin} people by name")?;
    Ok(())
}

/// Where the anonymised report still says something about a person, and every place the
/// anonymiser replaces one.
fn anonymised(workshop: &Workshop, out: &mut dyn Write) -> anyhow::Result<()> {
    for item in workshop.agenda() {
        let people = item.speakers.iter().chain(item.moderator.iter());
        for person in people {
            let PersonRef::Participant(id) = person else {
                continue;
            };
            if let Some(p) = workshop.participant(*id).filter(|p| p.public_role) {
                writeln!(
                    out,
                    "anonymised: public role kept in \"{}\": {}",
                    printable(item.title.trim()),
                    printable(
                        &[p.position.trim(), p.organisation.trim()]
                            .iter()
                            .filter(|s| !s.is_empty())
                            .copied()
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                )?;
            }
        }
    }
    let scanner = privacy::finder(workshop);
    let mut replaced = 0;
    let info = workshop.info();
    for (field, text) in [
        ("title", &info.title),
        ("subtitle", &info.subtitle),
        ("description", &info.description),
        ("venue", &info.venue),
    ] {
        replaced += places(&scanner, &format!("workshop {field}"), text, out)?;
    }
    for item in workshop.agenda() {
        let place = format!("agenda item \"{}\"", item.title.trim());
        replaced += places(&scanner, &place, &item.title, out)?;
    }
    for entry in reported(workshop) {
        let place = format!("entry {}", entry.id);
        for (field, text) in fields(entry) {
            replaced += places(&scanner, &format!("{place} {field}"), text, out)?;
        }
    }
    writeln!(
        out,
        "anonymised: {replaced} mention{} of a person in free text replaced by a role",
        if replaced == 1 { "" } else { "s" }
    )?;
    Ok(())
}

fn reported(workshop: &Workshop) -> impl Iterator<Item = &Entry> {
    workshop.entries()
}

fn fields(entry: &Entry) -> Vec<(&'static str, &str)> {
    let o = &entry.outcome;
    let mut fields = vec![
        ("text", entry.text.as_str()),
        ("plenary comment", entry.plenary_comment.as_str()),
        ("owner", entry.plan.owner.as_str()),
        ("lead organisation", entry.plan.lead_organisation.as_str()),
        ("social actor", o.social_actor.as_str()),
        ("change", o.change.as_str()),
        ("when and where", o.when_where.as_str()),
        ("significance", o.significance.as_str()),
        ("contribution", o.contribution.as_str()),
        ("evidence", o.evidence.as_str()),
    ];
    fields.extend(entry.tags.iter().map(|t| ("tag", t.as_str())));
    fields.retain(|(_, text)| !text.trim().is_empty());
    fields
}

/// Print each find in `text` at `place`; returns how many.
fn places(
    scanner: &privacy::scrub::Scrubber,
    place: &str,
    text: &str,
    out: &mut dyn Write,
) -> anyhow::Result<usize> {
    let found = scanner.find(text);
    for (kind, what) in &found {
        writeln!(
            out,
            "anonymised: {} replaced in {}: {}",
            kind.noun(),
            printable(place),
            printable(what)
        )?;
    }
    Ok(found.len())
}
