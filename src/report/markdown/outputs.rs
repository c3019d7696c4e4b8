//! The Outputs section in Markdown: per group, lists for lessons, challenges and success
//! stories, tables for plans, recommendations and outcomes, quotes as block quotes.
//!
//! A table cell holds one thing: the plan's text in the Action cell, who proposed it in its
//! own column, and the plenary's comments in a list under the table that names the entry
//! by its first words.

use super::{Align, block, inline, table_head};
use crate::report::script::quoted;
use crate::report::{ANONYMOUS, ActionRow, EntryLine, GroupOutputs, OutcomeRow, Report};
use std::io::{self, Write};

pub fn write(report: &Report, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "## Outputs\n")?;
    if report.entry_total == 0 {
        return writeln!(out, "No entries were captured.\n");
    }
    writeln!(
        out,
        "Entries are sorted by votes; ✔ marks an entry endorsed in plenary.\n"
    )?;
    for group in &report.outputs {
        group_outputs(group, out)?;
    }
    super::summary::consolidated(report, out)
}

fn group_outputs(group: &GroupOutputs, out: &mut impl Write) -> io::Result<()> {
    if group.show_purpose {
        writeln!(out, "### {} ({})\n", inline(&group.name), group.purpose)?;
    } else {
        writeln!(out, "### {}\n", inline(&group.name))?;
    }
    if group.total == 0 {
        return writeln!(out, "No entries were captured in this group.\n");
    }
    list(out, "Lessons learned", &group.lessons)?;
    list(out, "Challenges", &group.challenges)?;
    actions(out, &group.actions)?;
    if !group.recommendations.is_empty() {
        writeln!(out, "#### Recommendations\n")?;
        for addressee in &group.recommendations {
            writeln!(out, "##### To {}\n", addressee.addressee)?;
            let head = [
                ("Recommendation", 56, Align::Left),
                ("Proposed by", 20, Align::Left),
                ("Priority", 9, Align::Left),
                ("Votes", 6, Align::Right),
                ("Endorsed", 8, Align::Left),
            ];
            writeln!(out, "{}", table_head(&head))?;
            for row in &addressee.items {
                writeln!(
                    out,
                    "| {} | {} | {} | {} | {} |",
                    inline(&row.entry.text),
                    source(&row.entry),
                    row.priority,
                    row.entry.votes,
                    endorsed(&row.entry)
                )?;
            }
            writeln!(out)?;
            plenary_comments(out, addressee.items.iter().map(|r| &r.entry))?;
        }
    }
    list(out, "Success stories", &group.success_stories)?;
    outcomes(out, &group.outcomes)?;
    if !group.quotes.is_empty() {
        writeln!(out, "#### Quotes\n")?;
        for quote in &group.quotes {
            let source = quote.source.as_deref().unwrap_or(ANONYMOUS);
            writeln!(
                out,
                "> {}  \n> — {}\n",
                block(&quoted(&quote.text), "> "),
                inline(source)
            )?;
        }
    }
    list(out, "Notes", &group.notes)
}

fn endorsed(entry: &EntryLine) -> &'static str {
    if entry.endorsed { "✔" } else { "" }
}

fn source(entry: &EntryLine) -> String {
    entry.source.as_deref().map(inline).unwrap_or_default()
}

fn list(out: &mut impl Write, heading: &str, entries: &[EntryLine]) -> io::Result<()> {
    if entries.is_empty() {
        return Ok(());
    }
    writeln!(out, "#### {heading}\n")?;
    for entry in entries {
        let mut line = format!("- {}", block(&entry.text, "  "));
        if let Some(source) = &entry.source {
            line.push_str(&format!(" — {}", inline(source)));
        }
        if !entry.votes_text.is_empty() {
            line.push_str(&format!(" *({})*", entry.votes_text));
        }
        if entry.endorsed {
            line.push_str(" ✔ **endorsed in plenary**");
        }
        if !entry.plenary_comment.is_empty() {
            line.push_str(&format!(
                "\\\n  Plenary: {}",
                block(&entry.plenary_comment, "  ")
            ));
        }
        writeln!(out, "{line}")?;
    }
    writeln!(out)
}

/// The plenary's comments on the rows of a table just written, as a list.
fn plenary_comments<'a>(
    out: &mut impl Write,
    entries: impl Iterator<Item = &'a EntryLine>,
) -> io::Result<()> {
    let commented: Vec<&EntryLine> = entries.filter(|e| !e.plenary_comment.is_empty()).collect();
    if commented.is_empty() {
        return Ok(());
    }
    writeln!(out, "Plenary comments:\n")?;
    for entry in commented {
        writeln!(
            out,
            "- On {}: {}",
            inline(&quoted(&entry.cite)),
            block(&entry.plenary_comment, "  ")
        )?;
    }
    writeln!(out)
}

fn actions(out: &mut impl Write, rows: &[ActionRow]) -> io::Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    writeln!(out, "#### Future plans\n")?;
    let head = [
        ("Action", 44, Align::Left),
        ("Proposed by", 16, Align::Left),
        ("Owner", 14, Align::Left),
        ("Lead organisation", 16, Align::Left),
        ("Due", 11, Align::Left),
        ("Status", 10, Align::Left),
        ("Votes", 6, Align::Right),
        ("Endorsed", 8, Align::Left),
    ];
    writeln!(out, "{}", table_head(&head))?;
    for row in rows {
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} |",
            inline(&row.entry.text),
            source(&row.entry),
            inline(&row.owner),
            inline(&row.lead_organisation),
            row.due_text,
            row.status,
            row.entry.votes,
            endorsed(&row.entry)
        )?;
    }
    writeln!(out)?;
    plenary_comments(out, rows.iter().map(|r| &r.entry))
}

fn outcomes(out: &mut impl Write, rows: &[OutcomeRow]) -> io::Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    writeln!(out, "#### Outcomes\n")?;
    let head = [
        ("Outcome", 18, Align::Left),
        ("Social actor", 12, Align::Left),
        ("Change", 16, Align::Left),
        ("When and where", 12, Align::Left),
        ("Significance", 16, Align::Left),
        ("Contribution", 16, Align::Left),
        ("Evidence", 14, Align::Left),
        ("Substantiation", 12, Align::Left),
        ("Endorsed", 8, Align::Left),
    ];
    writeln!(out, "{}", table_head(&head))?;
    for row in rows {
        let mut outcome = inline(&row.entry.text);
        if let Some(source) = &row.entry.source {
            outcome.push_str(&format!(" — {}", inline(source)));
        }
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            outcome,
            inline(&row.social_actor),
            inline(&row.change),
            inline(&row.when_where),
            inline(&row.significance),
            inline(&row.contribution),
            inline(&row.evidence),
            row.substantiation,
            endorsed(&row.entry)
        )?;
    }
    writeln!(out)?;
    plenary_comments(out, rows.iter().map(|r| &r.entry))
}
