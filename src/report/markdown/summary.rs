//! The executive summary, the sex × age band cross-table and the consolidated
//! recommendations, in Markdown.

use super::{Align, inline, table_head};
use crate::report::Report;
use crate::report::script::quoted;
use std::io::{self, Write};

pub fn executive(report: &Report, out: &mut impl Write) -> io::Result<()> {
    let s = &report.executive;
    writeln!(out, "## Executive summary\n")?;
    if s.registered == 0 {
        writeln!(out, "- **Who came.** No participants were registered.")?;
    } else {
        writeln!(
            out,
            "- **Who came.** {} people registered and {} attended at least one day. Women: {} \
             of those who stated a gender. Youth (aged {}): {} of those whose age band is given.",
            report.total(&report.participation.registered),
            report.total(&report.participation.attended),
            report.share(&s.women),
            s.youth_range,
            report.share(&s.youth),
        )?;
    }
    if s.groups.is_empty() {
        writeln!(
            out,
            "- **What the groups produced.** No entries were captured."
        )?;
    } else {
        let groups: Vec<String> = s
            .groups
            .iter()
            .map(|(name, produced)| format!("{}: {produced}", inline(name)))
            .collect();
        writeln!(
            out,
            "- **What the groups produced.** {} entries. {}.",
            report.entry_total,
            groups.join("; ")
        )?;
    }
    if !s.top_recommendations.is_empty() {
        writeln!(
            out,
            "- **Top recommendations** (endorsed in plenary first, then by votes):"
        )?;
        for (i, r) in s.top_recommendations.iter().enumerate() {
            let endorsed = if r.endorsed {
                ", endorsed in plenary"
            } else {
                ""
            };
            writeln!(
                out,
                "  {}. {} — to {} ({}), {}{endorsed}",
                i + 1,
                inline(&quoted(&r.text)),
                r.addressee,
                inline(&r.group),
                r.votes_text
            )?;
        }
    }
    if s.open_actions > 0 {
        writeln!(
            out,
            "- **Open actions.** {} planned action{} not done yet; {} of them with an owner \
             and a due date.",
            s.open_actions,
            if s.open_actions == 1 { " is" } else { "s are" },
            s.open_actions_owned_and_dated
        )?;
    }
    writeln!(out)
}

pub fn gender_by_age(report: &Report, out: &mut impl Write) -> io::Result<()> {
    let table = &report.gender_by_age;
    if table.total() == 0 {
        return Ok(());
    }
    writeln!(out, "### Gender × age band (registered)\n")?;
    let mut head = vec![("Gender", 16, Align::Left)];
    head.extend(table.columns.iter().map(|c| (*c, 8, Align::Right)));
    writeln!(out, "{}", table_head(&head))?;
    for (r, label) in table.rows.iter().enumerate() {
        let cells: Vec<String> = (0..table.columns.len())
            .map(|c| report.cross(r, c))
            .collect();
        writeln!(out, "| {label} | {} |", cells.join(" | "))?;
    }
    writeln!(out)
}

pub fn consolidated(report: &Report, out: &mut impl Write) -> io::Result<()> {
    if report.recommendations.is_empty() {
        return Ok(());
    }
    writeln!(out, "### All recommendations by addressee\n")?;
    writeln!(
        out,
        "Every group's recommendations together; endorsed in plenary first, then by votes.\n"
    )?;
    for to in &report.recommendations {
        writeln!(out, "#### To {}\n", to.addressee)?;
        let head = [
            ("Recommendation", 56, Align::Left),
            ("Group", 18, Align::Left),
            ("Priority", 9, Align::Left),
            ("Votes", 6, Align::Right),
            ("Endorsed", 8, Align::Left),
        ];
        writeln!(out, "{}", table_head(&head))?;
        for r in &to.items {
            writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                inline(&r.entry.text),
                inline(&r.group),
                r.priority,
                r.entry.votes,
                if r.entry.endorsed { "✔" } else { "" }
            )?;
        }
        writeln!(out)?;
    }
    Ok(())
}
