//! The tables of what the groups produced: every entry, and the plans, recommendations and
//! outcomes with their own fields. Each row starts with the entry's id, so the kind tables
//! join `entries.csv` and links between entries can be followed.

use super::{Sheet, number, text_cell, yes_no};
use crate::model::EntryKind;
use crate::report::{EntryLine, GroupOutputs, Report};
use std::io::{self, Write};

/// Lists inside one cell (tags, linked ids) are separated by this; the cell is quoted.
const LIST_SEPARATOR: &str = "; ";

/// Every entry of a group with its kind, in the order the report prints them.
fn lines_of<'a>(group: &'a GroupOutputs) -> Vec<(EntryKind, &'a EntryLine)> {
    let mut lines: Vec<(EntryKind, &'a EntryLine)> = Vec::with_capacity(group.total);
    let mut add = |kind: EntryKind, entries: Vec<&'a EntryLine>| {
        lines.extend(entries.into_iter().map(|e| (kind, e)));
    };
    add(EntryKind::Lesson, group.lessons.iter().collect());
    add(EntryKind::Challenge, group.challenges.iter().collect());
    add(
        EntryKind::Plan,
        group.actions.iter().map(|a| &a.entry).collect(),
    );
    add(
        EntryKind::Recommendation,
        group
            .recommendations
            .iter()
            .flat_map(|r| r.items.iter().map(|i| &i.entry))
            .collect(),
    );
    add(
        EntryKind::SuccessStory,
        group.success_stories.iter().collect(),
    );
    add(EntryKind::Quote, group.quotes.iter().collect());
    add(
        EntryKind::Outcome,
        group.outcomes.iter().map(|o| &o.entry).collect(),
    );
    add(EntryKind::Note, group.notes.iter().collect());
    lines
}

pub fn entries(report: &Report, out: &mut dyn Write) -> io::Result<usize> {
    let mut sheet = Sheet::start(
        out,
        &[
            "entry_id",
            "group",
            "kind",
            "text",
            "source",
            "votes",
            "endorsed",
            "plenary_comment",
            "tags",
            "linked_entry_ids",
            "agenda_item_id",
            "agenda_item",
        ],
    )?;
    for group in &report.outputs {
        for (kind, line) in lines_of(group) {
            sheet.row(&[
                text_cell(&line.id),
                text_cell(&group.name),
                text_cell(kind.label()),
                text_cell(&line.text),
                text_cell(line.source.as_deref().unwrap_or("")),
                number(line.votes),
                yes_no(line.endorsed),
                text_cell(&line.plenary_comment),
                text_cell(&line.tags.join(LIST_SEPARATOR)),
                text_cell(&line.links.join(LIST_SEPARATOR)),
                text_cell(&line.agenda_item_id),
                text_cell(&line.agenda_item),
            ])?;
        }
    }
    sheet.finish()
}

pub fn actions(report: &Report, out: &mut dyn Write) -> io::Result<usize> {
    let mut sheet = Sheet::start(
        out,
        &[
            "entry_id",
            "group",
            "action",
            "owner",
            "lead_organisation",
            "due",
            "status",
            "votes",
            "endorsed",
        ],
    )?;
    for group in &report.outputs {
        for a in &group.actions {
            sheet.row(&[
                text_cell(&a.entry.id),
                text_cell(&group.name),
                text_cell(&a.entry.text),
                text_cell(&a.owner),
                text_cell(&a.lead_organisation),
                a.due
                    .map(|d| d.format("%Y-%m-%d").to_string())
                    .unwrap_or_default(),
                text_cell(a.status),
                number(a.entry.votes),
                yes_no(a.entry.endorsed),
            ])?;
        }
    }
    sheet.finish()
}

pub fn recommendations(report: &Report, out: &mut dyn Write) -> io::Result<usize> {
    let mut sheet = Sheet::start(
        out,
        &[
            "entry_id",
            "group",
            "addressee",
            "recommendation",
            "priority",
            "votes",
            "endorsed",
        ],
    )?;
    for group in &report.outputs {
        for to in &group.recommendations {
            for r in &to.items {
                sheet.row(&[
                    text_cell(&r.entry.id),
                    text_cell(&group.name),
                    text_cell(to.addressee),
                    text_cell(&r.entry.text),
                    text_cell(r.priority),
                    number(r.entry.votes),
                    yes_no(r.entry.endorsed),
                ])?;
            }
        }
    }
    sheet.finish()
}

/// The outcome-harvesting table: one row per outcome with its six fields.
pub fn outcomes(report: &Report, out: &mut dyn Write) -> io::Result<usize> {
    let mut sheet = Sheet::start(
        out,
        &[
            "entry_id",
            "group",
            "outcome",
            "social_actor",
            "change",
            "when_where",
            "significance",
            "contribution",
            "evidence",
            "substantiation",
            "votes",
            "endorsed",
        ],
    )?;
    for group in &report.outputs {
        for o in &group.outcomes {
            sheet.row(&[
                text_cell(&o.entry.id),
                text_cell(&group.name),
                text_cell(&o.entry.text),
                text_cell(&o.social_actor),
                text_cell(&o.change),
                text_cell(&o.when_where),
                text_cell(&o.significance),
                text_cell(&o.contribution),
                text_cell(&o.evidence),
                text_cell(o.substantiation),
                number(o.entry.votes),
                yes_no(o.entry.endorsed),
            ])?;
        }
    }
    sheet.finish()
}
