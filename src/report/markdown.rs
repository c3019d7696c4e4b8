//! The report as GitHub-flavoured Markdown: ATX headings, pipe tables, lists. Converts
//! cleanly with `pandoc -f markdown -t docx` (pandoc's own reader, which also reads the
//! tables' width hints) and `pandoc -f gfm -t docx` (equal column widths).
//!
//! Every piece of user text goes through [`inline`] (or [`block`]), which backslash-escapes
//! the characters that would start structure (`\ ` * _ [ ] < > | # ~ &`, and `-`, `+`,
//! `=`, `1.` at the start of a line) and keeps table cells on one line, so nothing a
//! participant typed can open a table, a heading, a link or raw HTML. Bare URLs are
//! escaped (`https\://`, `www\.`) so GFM's autolinker does not make them links.
//!
//! **Direction.** Markdown has no `dir` attribute, so every right-to-left run of user text
//! (Arabic, Kurdish) is wrapped in the Unicode isolates RLI … PDI (U+2067, U+2069): inside,
//! the run is laid out right to left with its full stop and quote marks at its own end;
//! outside, the English line treats it as one block. They are characters, not markup, so
//! they survive every renderer — GFM (cmark-gfm, which drops raw HTML such as `<bdi>`),
//! pandoc to HTML and to Word — where `<bdi>` survives only pandoc to HTML
//! (`tests/report_markdown_bidi.rs` proves both). A screen preview takes them out
//! ([`Report::to_markdown`]): a terminal lays out its own lines.
//!
//! **Tables** carry width hints in their separator lines: pandoc sizes the columns of a wide
//! pipe table by the relative number of dashes, so a long text column gets the room and a
//! time or a count stays narrow. GFM ignores the counts.

mod outputs;
mod summary;

use super::script::{PDI, RLI, isolate};
use super::{AgendaDay, Breakdowns, Report};
use std::io::{self, Write};

/// Write the whole report.
pub fn write(report: &Report, out: &mut impl Write) -> io::Result<()> {
    title(report, out)?;
    summary::executive(report, out)?;
    objectives(report, out)?;
    agenda(report, out)?;
    participation(report, out)?;
    method(report, out)?;
    outputs::write(report, out)?;
    annex(report, out)
}

/// User text for one line (a heading, a table cell, a list item's first line): escaped,
/// line breaks folded into spaces, isolated when right-to-left.
pub fn inline(text: &str) -> String {
    let folded: Vec<&str> = text
        .split('\n')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    isolate(&escape_line(&folded.join(" ")))
}

/// User text that may span lines, for a list item or a paragraph: each line escaped and
/// isolated when right-to-left, lines joined by hard breaks and indented by `indent` so
/// they stay inside the item.
pub fn block(text: &str, indent: &str) -> String {
    let lines: Vec<String> = text
        .split('\n')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|line| isolate(&escape_line(line)))
        .collect();
    lines.join(&format!("\\\n{indent}"))
}

/// The Markdown for a screen: the same text without the isolates, which a terminal would
/// show as marks.
pub fn without_isolates(markdown: &str) -> String {
    markdown.replace([RLI, PDI], "")
}

/// How a table column is aligned.
#[derive(Clone, Copy)]
pub(super) enum Align {
    Left,
    Right,
}

/// A table's header and separator lines: each column's name, its relative width (the
/// number of dashes pandoc reads) and alignment.
pub(super) fn table_head(columns: &[(&str, usize, Align)]) -> String {
    let names: Vec<&str> = columns.iter().map(|(name, _, _)| *name).collect();
    let rules: Vec<String> = columns
        .iter()
        .map(|(_, width, align)| {
            let dashes = "-".repeat((*width).max(3));
            match align {
                Align::Left => dashes,
                Align::Right => format!("{}:", &dashes[1..]),
            }
        })
        .collect();
    format!("| {} |\n|{}|", names.join(" | "), rules.join("|"))
}

fn escape_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    for (i, c) in line.chars().enumerate() {
        match c {
            // `{` `}`: pandoc's Markdown reads `{onclick=…}` after a heading, link or span
            // as attributes; escaped, no flavour forms them.
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '&' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            '-' | '+' | '=' if i == 0 => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    // "1. text" at the start would become a numbered list.
    let digits = out.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && matches!(out[digits..].chars().next(), Some('.' | ')')) {
        out.insert(digits, '\\');
    }
    out.replace("://", "\\://").replace("www.", "www\\.")
}

fn title(report: &Report, out: &mut impl Write) -> io::Result<()> {
    let t = &report.title;
    let heading = if t.title.is_empty() {
        "Workshop report".to_string()
    } else {
        inline(&t.title)
    };
    writeln!(out, "# {heading}\n")?;
    if !t.subtitle.is_empty() {
        writeln!(out, "*{}*\n", inline(&t.subtitle))?;
    }
    let place: Vec<&str> = [t.venue.as_str(), t.city.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    let rows = [
        ("Dates", t.dates.clone()),
        ("Venue", place.join(", ")),
        ("Organisers", t.organisers.join(", ")),
        ("Partners", t.partners.join(", ")),
        ("Donors", t.donors.join(", ")),
        ("Programme", t.programme.clone()),
    ];
    writeln!(out, "| | |\n|---|---|")?;
    for (label, value) in rows {
        let value = if value.is_empty() {
            "not given".to_string()
        } else {
            inline(&value)
        };
        writeln!(out, "| {label} | {value} |")?;
    }
    writeln!(out)?;
    if !t.description.is_empty() {
        writeln!(out, "{}\n", block(&t.description, ""))?;
    }
    if !report.privacy_note.is_empty() {
        writeln!(out, "*{}*\n", inline(&report.privacy_note))?;
    }
    Ok(())
}

fn objectives(report: &Report, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "## Objectives\n")?;
    if report.objectives.is_empty() {
        return writeln!(out, "No objectives were recorded.\n");
    }
    for (i, objective) in report.objectives.iter().enumerate() {
        writeln!(out, "{}. {}", i + 1, block(objective, "   "))?;
    }
    writeln!(out)
}

fn agenda(report: &Report, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "## Agenda as delivered\n")?;
    if report.agenda.is_empty() {
        return writeln!(out, "No agenda was recorded.\n");
    }
    for day in &report.agenda {
        agenda_day(day, out)?;
    }
    Ok(())
}

fn agenda_day(day: &AgendaDay, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "### {}\n", day.heading())?;
    let replanned = day.replanned();
    // Times need room for "10:55–11:45" on one line at Word's page width.
    let mut head = vec![("Planned", 14, Align::Left)];
    if replanned {
        head.push(("Re-planned", 14, Align::Left));
    }
    head.extend([
        ("Item", if replanned { 30 } else { 38 }, Align::Left),
        ("Actual", 14, Align::Left),
        ("Start difference", 17, Align::Right),
        ("Status", 17, Align::Left),
    ]);
    writeln!(out, "{}", table_head(&head))?;
    for item in &day.items {
        let mut what = format!("{} ({})", inline(&item.title), item.kind);
        if !item.people.is_empty() {
            what.push_str(&format!(" — {}", inline(&item.people)));
        }
        let details = item.details();
        if !details.is_empty() {
            what.push_str(&format!(" · {}", inline(&details)));
        }
        let actual = match (item.actual_start, item.actual_end) {
            (Some(s), Some(e)) => format!("{}–{}", s.format("%H:%M"), e.format("%H:%M")),
            (Some(s), None) => format!("{}–", s.format("%H:%M")),
            _ => "—".to_string(),
        };
        let difference = item
            .start_difference
            .map_or("—".to_string(), signed_minutes);
        let mut times = item.planned_text();
        if replanned {
            let again = item.replanned_text();
            times = format!("{times} | {}", if again.is_empty() { "—" } else { &again });
        }
        writeln!(
            out,
            "| {times} | {what} | {actual} | {difference} | {} |",
            item.status_text
        )?;
    }
    writeln!(out)
}

/// "+5 min", "−3 min", "on time".
pub fn signed_minutes(minutes: i64) -> String {
    match minutes {
        0 => "on time".to_string(),
        m if m > 0 => format!("+{m} min"),
        m => format!("−{} min", -m),
    }
}

fn participation(report: &Report, out: &mut impl Write) -> io::Result<()> {
    let p = &report.participation;
    writeln!(out, "## Participation\n")?;
    if p.registered.total == 0 {
        return writeln!(out, "No participants were registered.\n");
    }
    writeln!(
        out,
        "- Registered: {}\n- Attended at least one day: {}\n- Share of women (of those who \
         stated a gender): {}\n- Share of youth (of those whose age band is given): {}",
        report.total(&p.registered),
        report.total(&p.attended),
        report.share(&p.registered.women),
        report.share(&p.registered.youth),
    )?;
    if p.erased > 0 {
        writeln!(
            out,
            "- Erased on request (counted, not named): {}",
            report.cell(p.erased)
        )?;
    }
    if p.team > 0 {
        writeln!(
            out,
            "- Team (staff, facilitators, note-takers, interpreters), {} in these figures: {}",
            if p.team_counted {
                "counted"
            } else {
                "not counted"
            },
            report.cell(p.team)
        )?;
    }
    writeln!(out)?;
    let columns = columns(report);
    let header: Vec<&str> = columns.iter().map(|(name, _)| name.as_str()).collect();
    writeln!(out, "### Per day\n")?;
    let mut head = vec![("Figure", 20, Align::Left)];
    head.extend(header.iter().map(|name| (*name, 14, Align::Right)));
    writeln!(out, "{}", table_head(&head))?;
    let figure = |f: &dyn Fn(&Breakdowns) -> String| -> Vec<String> {
        columns
            .iter()
            .map(|(_, b)| b.map_or("—".to_string(), f))
            .collect()
    };
    writeln!(
        out,
        "| People | {} |",
        figure(&|b| report.total(b)).join(" | ")
    )?;
    writeln!(
        out,
        "| Share of women | {} |",
        figure(&|b| report.share(&b.women)).join(" | ")
    )?;
    writeln!(
        out,
        "| Share of youth | {} |\n",
        figure(&|b| report.share(&b.youth)).join(" | ")
    )?;
    for (index, breakdown) in p.registered.all().into_iter().enumerate() {
        writeln!(out, "### {}\n", breakdown.dimension.label())?;
        // "Share": of everyone registered, so each table's shares add up to 100%.
        let mut head = vec![(breakdown.dimension.label(), 20, Align::Left)];
        head.push((header[0], 8, Align::Right));
        head.push(("Share", 7, Align::Right));
        head.extend(header[1..].iter().map(|name| (*name, 8, Align::Right)));
        writeln!(out, "{}", table_head(&head))?;
        for row in &breakdown.rows {
            let mut cells: Vec<String> = columns
                .iter()
                .map(|(_, b)| {
                    b.map_or("—".to_string(), |b| {
                        report.count(b.all()[index].row(&row.label))
                    })
                })
                .collect();
            cells.insert(1, report.percent_of(row, &p.registered));
            writeln!(out, "| {} | {} |", inline(&row.label), cells.join(" | "))?;
        }
        writeln!(out)?;
    }
    summary::gender_by_age(report, out)
}

/// The figure columns: registered, attended, then each day (unknown days as `None`).
pub fn columns(report: &Report) -> Vec<(String, Option<&Breakdowns>)> {
    let p = &report.participation;
    let mut columns = vec![
        ("Registered".to_string(), Some(&p.registered)),
        ("Attended".to_string(), Some(&p.attended)),
    ];
    for day in &p.days {
        columns.push((format!("Day {}", day.day), day.attended.as_ref()));
    }
    columns
}

fn method(report: &Report, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "## Method\n")?;
    if report.groups.is_empty() {
        return writeln!(out, "No working groups were formed.\n");
    }
    let head = [
        ("Group", 20, Align::Left),
        ("Purpose", 14, Align::Left),
        ("Facilitator", 18, Align::Left),
        ("Note-taker", 18, Align::Left),
        ("Size", 6, Align::Right),
        ("Room", 14, Align::Left),
    ];
    writeln!(out, "{}", table_head(&head))?;
    for g in &report.groups {
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            inline(&g.name),
            g.purpose,
            inline(&g.facilitator),
            inline(&g.note_taker),
            g.size,
            inline(&g.room)
        )?;
    }
    writeln!(out)
}

fn annex(report: &Report, out: &mut impl Write) -> io::Result<()> {
    let Some(rows) = &report.annex else {
        return Ok(());
    };
    writeln!(out, "## Annex: participants\n")?;
    if rows.is_empty() {
        return writeln!(out, "No participants were registered.");
    }
    if rows.iter().any(|r| !r.erased) {
        let head = [
            ("Name", 16, Align::Left),
            ("Name (other script)", 16, Align::Left),
            ("Organisation", 22, Align::Left),
            ("Position", 16, Align::Left),
            ("Stakeholder type", 12, Align::Left),
            ("Governorate", 10, Align::Left),
            ("Gender", 8, Align::Left),
            ("Days attended", 8, Align::Left),
        ];
        writeln!(out, "{}", table_head(&head))?;
        for r in rows.iter().filter(|r| !r.erased) {
            writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} | {} |",
                inline(&r.name),
                inline(&r.name_other_script),
                inline(&r.organisation),
                inline(&r.position),
                r.stakeholder,
                inline(&r.governorate),
                r.gender,
                r.days_attended
            )?;
        }
        writeln!(out)?;
    }
    if !report.consent_note.is_empty() {
        writeln!(out, "{}\n", report.consent_note)?;
    }
    if report.participation.erased > 0 {
        writeln!(
            out,
            "{} participant(s) asked to be erased: they are counted in the figures and not \
             listed.",
            report.participation.erased
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{block, inline};

    #[test]
    fn user_text_cannot_open_structure() {
        assert_eq!(inline("a | b"), "a \\| b");
        assert_eq!(inline("# not a heading"), "\\# not a heading");
        assert_eq!(inline("1. not a list"), "1\\. not a list");
        assert_eq!(inline("- not a list"), "\\- not a list");
        assert_eq!(inline("`code` *em* _em_"), "\\`code\\` \\*em\\* \\_em\\_");
        assert_eq!(inline("<b>&amp;"), "\\<b\\>\\&amp;");
        assert_eq!(
            inline("[x](https://e.example)"),
            "\\[x\\](https\\://e.example)"
        );
        assert_eq!(inline("see www.e.example"), "see www\\.e.example");
    }

    #[test]
    fn line_breaks_fold_in_cells_and_stay_inside_list_items() {
        assert_eq!(inline("one\ntwo\n\nthree"), "one two three");
        assert_eq!(block("one\n# two", "  "), "one\\\n  \\# two");
    }
}
