//! `halaqa check FILE`: load the file (which validates it) and print a one-screen summary.

use super::{CheckArgs, plural};
use crate::model::{ConflictTarget, Workshop};
use std::io::Write;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// More groups than this are summed up in one line, to stay on one screen.
const GROUPS_LISTED: usize = 8;
/// Longer group names are cut, so the counts stay in a column.
const GROUP_NAME_COLUMNS: usize = 30;

pub fn run(args: CheckArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let loaded = super::restore::load_or_advise(&args.file)?;
    let workshop = &loaded.workshop;
    let info = workshop.info();
    let title = if info.title.trim().is_empty() {
        "(untitled)".to_string()
    } else {
        printable(&info.title)
    };
    writeln!(out, "{title}")?;
    field(
        out,
        "file",
        format!(
            "{} ({} format, version {})",
            args.file.display(),
            printable(workshop.format()),
            workshop.version()
        ),
    )?;
    field(out, "dates", dates(workshop))?;
    let place: Vec<&str> = [info.venue.trim(), info.city.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    if !place.is_empty() {
        field(out, "venue", printable(&place.join(", ")))?;
    }
    field(out, "agenda", agenda(workshop))?;
    timing(workshop, out)?;
    field(out, "participants", participants(workshop))?;
    outside_the_days(workshop, out)?;
    groups(workshop, out)?;
    field(out, "entries", entries(workshop))?;
    field(out, "tombstones", tombstones(workshop).to_string())?;
    if !workshop.conflicts().is_empty() {
        field(out, "conflicts", conflicts(workshop))?;
    }
    if let Some(version) = loaded.migrated_from {
        writeln!(
            out,
            "note: written in format version {version}; halaqa reads it as version {} and keeps a backup of the original when it first saves",
            workshop.version()
        )?;
    }
    if let Some(reason) = &loaded.read_only_reason {
        writeln!(out, "note: {}", printable(reason))?;
    }
    if args.privacy {
        super::check_privacy::run(workshop, args.export.as_deref(), out)?;
    }
    Ok(())
}

fn field(out: &mut dyn Write, label: &str, value: String) -> std::io::Result<()> {
    writeln!(out, "  {label:<13}{value}")
}

fn dates(workshop: &Workshop) -> String {
    let info = workshop.info();
    let days = plural(usize::from(info.days), "day", "days");
    let (Some(first), Some(last)) = (info.date_of_day(1), info.date_of_day(info.days)) else {
        return format!("no start date yet ({days})");
    };
    if first == last {
        format!("{} ({days})", first.format("%a %-d %b %Y"))
    } else {
        format!(
            "{} – {} ({days})",
            first.format("%a %-d %b %Y"),
            last.format("%a %-d %b %Y")
        )
    }
}

fn agenda(workshop: &Workshop) -> String {
    let total = plural(workshop.agenda().len(), "item", "items");
    let days = workshop.info().days;
    if days <= 1 {
        return total;
    }
    let counts = (1..=days).map(|day| (day, workshop.agenda_of_day(day).len()));
    format!("{total} ({})", per_day(days, counts))
}

/// Overlaps and gaps in the schedule, one line each under the agenda.
fn timing(workshop: &Workshop, out: &mut dyn Write) -> std::io::Result<()> {
    for day in 1..=workshop.info().days.max(1) {
        for problem in workshop.timing_problems(day) {
            let sentence = printable(&problem.sentence(workshop));
            writeln!(out, "  {:<13}day {day}: {sentence}", "")?;
        }
    }
    Ok(())
}

fn participants(workshop: &Workshop) -> String {
    let people: Vec<_> = workshop.participants().collect();
    let total = people.len().to_string();
    let info = workshop.info();
    if info.start.is_none() {
        let ever = people.iter().filter(|p| !p.attendance.is_empty()).count();
        return format!("{total} ({ever} checked in)");
    }
    let counts = (1..=info.days).filter_map(|day| {
        let date = info.date_of_day(day)?;
        Some((day, people.iter().filter(|p| p.attended_on(date)).count()))
    });
    format!("{total} (checked in {})", per_day(info.days, counts))
}

/// Check-ins on dates that are not workshop days count in no figure (older files, or dates
/// changed since): say how many, and where to fix it. And how many people the figures leave
/// out because they are on the team.
fn outside_the_days(workshop: &Workshop, out: &mut dyn Write) -> std::io::Result<()> {
    let info = workshop.info();
    let team = workshop.participants().filter(|p| p.team.is_some()).count();
    if team > 0 {
        let counted = if info.settings.count_team {
            "counted in the figures"
        } else {
            "not in the figures"
        };
        writeln!(
            out,
            "  {:<13}{team} on the team (staff, facilitators, note-takers, interpreters): {counted}",
            ""
        )?;
    }
    if info.start.is_none() {
        return Ok(());
    }
    let stray = workshop
        .participants()
        .flat_map(|p| p.attendance.iter())
        .filter(|a| info.day_of_date(a.date).is_none())
        .count();
    if stray > 0 {
        writeln!(
            out,
            "  {:<13}{stray} check-in(s) on dates that are not workshop days count nowhere: fix the dates in the workshop details (Overview e)",
            ""
        )?;
    }
    Ok(())
}

/// "day 1: 8, day 2: 4". A long workshop shows only its busy days, and at most a line of
/// them, so the summary stays on one screen.
fn per_day(days: u16, counts: impl Iterator<Item = (u16, usize)>) -> String {
    const ALL_DAYS_UP_TO: u16 = 7;
    let shown: Vec<(u16, usize)> = counts
        .filter(|(_, n)| days <= ALL_DAYS_UP_TO || *n > 0)
        .collect();
    let mut parts: Vec<String> = shown
        .iter()
        .take(usize::from(ALL_DAYS_UP_TO))
        .map(|(day, n)| format!("day {day}: {n}"))
        .collect();
    if shown.len() > usize::from(ALL_DAYS_UP_TO) {
        parts.push(format!(
            "… {} more days",
            shown.len() - usize::from(ALL_DAYS_UP_TO)
        ));
    }
    if parts.is_empty() {
        parts.push("on no day".to_string());
    }
    parts.join(", ")
}

fn groups(workshop: &Workshop, out: &mut dyn Write) -> std::io::Result<()> {
    let groups = workshop.groups();
    field(out, "groups", groups.len().to_string())?;
    let names: Vec<String> = groups
        .iter()
        .take(GROUPS_LISTED)
        .map(|g| fit(&printable(&g.name), GROUP_NAME_COLUMNS))
        .collect();
    let width = names.iter().map(|n| n.width()).max().unwrap_or(0);
    for (group, name) in groups.iter().zip(&names) {
        let padding = " ".repeat(width - name.width());
        let members = plural(group.members.len(), "member", "members");
        let entries = plural(
            workshop.entries_of_group(group.id).count(),
            "entry",
            "entries",
        );
        writeln!(out, "    {name}{padding}  {members}, {entries}")?;
    }
    if groups.len() > GROUPS_LISTED {
        writeln!(out, "    … and {} more", groups.len() - GROUPS_LISTED)?;
    }
    Ok(())
}

fn entries(workshop: &Workshop) -> String {
    let counts = workshop.entry_counts();
    let total: usize = counts.iter().map(|(_, n)| n).sum();
    let kinds: Vec<String> = counts
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(kind, n)| {
            let word = if *n == 1 { kind.label() } else { kind.plural() };
            format!("{n} {word}")
        })
        .collect();
    if kinds.is_empty() {
        total.to_string()
    } else {
        format!("{total} ({})", kinds.join(", "))
    }
}

/// Deleted records kept so that merges do not bring them back.
/// Versions kept from merges: which record, from which laptop, when.
fn conflicts(workshop: &Workshop) -> String {
    let shown: Vec<String> = workshop
        .conflicts()
        .iter()
        .take(5)
        .map(|c| {
            let what = match c.target() {
                ConflictTarget::Info => "workshop details".to_string(),
                ConflictTarget::Record(r) => format!("{} {}", r.noun(), r.id().short()),
            };
            let stamp = c.stamp();
            let when = stamp.wall.format("%Y-%m-%d %H:%M");
            format!("{what} from {} at {when} UTC", printable(&stamp.device.0))
        })
        .collect();
    let more = workshop.conflicts().len().saturating_sub(shown.len());
    let tail = if more > 0 {
        format!("; {more} more")
    } else {
        String::new()
    };
    format!(
        "{} kept, not in use: {}{tail}",
        workshop.conflicts().len(),
        shown.join("; ")
    )
}

fn tombstones(workshop: &Workshop) -> usize {
    workshop
        .agenda_records()
        .iter()
        .filter(|r| r.deleted)
        .count()
        + workshop
            .participant_records()
            .iter()
            .filter(|r| r.deleted)
            .count()
        + workshop
            .group_records()
            .iter()
            .filter(|r| r.deleted)
            .count()
        + workshop
            .entry_records()
            .iter()
            .filter(|r| r.deleted)
            .count()
}

/// Text from a file never reaches the terminal as control characters (an escape sequence in
/// a title must not repaint the user's screen).
fn printable(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { '\u{fffd}' } else { c })
        .collect()
}

/// `text` cut to at most `columns` terminal columns, with "…" where it was cut.
fn fit(text: &str, columns: usize) -> String {
    if text.width() <= columns {
        return text.to_string();
    }
    let mut kept = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > columns {
            break;
        }
        kept.push(c);
        used += w;
    }
    kept.push('…');
    kept
}
