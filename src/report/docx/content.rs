//! The report's sections, in the order and with the words of the Markdown and HTML
//! reports, as Word blocks.

use super::Body;
use crate::report::Report;
use crate::report::markdown::{columns, signed_minutes};
use crate::report::script::quoted;

/// A column: its name, relative width, and whether it holds numbers.
type Column = (&'static str, u32, bool);

pub fn report(report: &Report, body: &mut Body) {
    title_page(report, body);
    body.contents();
    body.page_break();
    body.heading(1, "Executive summary");
    for (lead, text) in crate::report::html::summary_points(report) {
        body.lead(lead, &text);
    }
    for (i, r) in report.executive.top_recommendations.iter().enumerate() {
        let endorsed = if r.endorsed {
            ", endorsed in plenary"
        } else {
            ""
        };
        body.item(
            &format!("{}.", i + 1),
            &format!(
                "{} — to {} ({}), {}{endorsed}",
                quoted(&r.text),
                r.addressee,
                r.group,
                r.votes_text
            ),
        );
    }
    body.heading(1, "Objectives");
    if report.objectives.is_empty() {
        body.text("No objectives were recorded.");
    }
    for (i, objective) in report.objectives.iter().enumerate() {
        body.item(&format!("{}.", i + 1), objective);
    }
    agenda(report, body);
    participation(report, body);
    method(report, body);
    super::outputs::write(report, body);
    annex(report, body);
}

fn title_page(report: &Report, body: &mut Body) {
    let t = &report.title;
    body.title(if t.title.is_empty() {
        "Workshop report"
    } else {
        &t.title
    });
    if !t.subtitle.is_empty() {
        body.text(&t.subtitle);
    }
    let place: Vec<&str> = [t.venue.as_str(), t.city.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    let facts = [
        ("Dates", t.dates.clone()),
        ("Venue", place.join(", ")),
        ("Organisers", t.organisers.join(", ")),
        ("Partners", t.partners.join(", ")),
        ("Donors", t.donors.join(", ")),
        ("Programme", t.programme.clone()),
    ];
    let rows: Vec<Vec<String>> = facts
        .into_iter()
        .map(|(label, value)| {
            let value = if value.is_empty() {
                "not given".to_string()
            } else {
                value
            };
            vec![label.to_string(), value]
        })
        .collect();
    body.table(&[("Workshop", 22, false), ("", 78, false)], &rows);
    if !t.description.is_empty() {
        body.text(&t.description);
    }
    if !report.privacy_note.is_empty() {
        body.text(&report.privacy_note);
    }
    body.page_break();
}

fn agenda(report: &Report, body: &mut Body) {
    body.heading(1, "Agenda as delivered");
    if report.agenda.is_empty() {
        body.text("No agenda was recorded.");
    }
    for day in &report.agenda {
        body.heading(2, &day.heading());
        let replanned = day.replanned();
        let mut head: Vec<Column> = vec![("Planned", 14, false)];
        if replanned {
            head.push(("Re-planned", 14, false));
        }
        head.extend([
            ("Item", if replanned { 30 } else { 38 }, false),
            ("Actual", 14, false),
            ("Start difference", 17, true),
            ("Status", 17, false),
        ]);
        let rows: Vec<Vec<String>> = day
            .items
            .iter()
            .map(|item| {
                let mut what = format!("{} ({})", item.title, item.kind);
                if !item.people.is_empty() {
                    what.push_str(&format!("\n{}", item.people));
                }
                let details = item.details();
                if !details.is_empty() {
                    what.push_str(&format!("\n{details}"));
                }
                let actual = match (item.actual_start, item.actual_end) {
                    (Some(s), Some(e)) => format!("{}–{}", s.format("%H:%M"), e.format("%H:%M")),
                    (Some(s), None) => format!("{}–", s.format("%H:%M")),
                    _ => "—".to_string(),
                };
                let mut row = vec![item.planned_text()];
                if replanned {
                    let again = item.replanned_text();
                    row.push(if again.is_empty() {
                        "—".into()
                    } else {
                        again
                    });
                }
                row.extend([
                    what,
                    actual,
                    item.start_difference
                        .map_or("—".to_string(), signed_minutes),
                    item.status_text.clone(),
                ]);
                row
            })
            .collect();
        body.table(&head, &rows);
    }
}

fn participation(report: &Report, body: &mut Body) {
    body.heading(1, "Participation");
    let p = &report.participation;
    if p.registered.total == 0 {
        body.text("No participants were registered.");
        return;
    }
    body.item("•", &format!("Registered: {}", report.total(&p.registered)));
    body.item(
        "•",
        &format!("Attended at least one day: {}", report.total(&p.attended)),
    );
    body.item(
        "•",
        &format!(
            "Share of women (of those who stated a gender): {}",
            report.share(&p.registered.women)
        ),
    );
    body.item(
        "•",
        &format!(
            "Share of youth (aged {}, of those whose age band is given): {}",
            report.executive.youth_range,
            report.share(&p.registered.youth)
        ),
    );
    let columns = columns(report);
    for (index, breakdown) in p.registered.all().into_iter().enumerate() {
        body.heading(2, breakdown.dimension.label());
        let mut head: Vec<(&str, u32, bool)> = vec![(breakdown.dimension.label(), 30, false)];
        head.push(("Registered", 12, true));
        head.push(("Share", 10, true));
        let names: Vec<&str> = columns[1..].iter().map(|(n, _)| n.as_str()).collect();
        head.extend(names.iter().map(|n| (*n, 12, true)));
        let rows: Vec<Vec<String>> = breakdown
            .rows
            .iter()
            .map(|row| {
                let mut cells: Vec<String> = columns
                    .iter()
                    .map(|(_, b)| {
                        b.map_or("—".to_string(), |b| {
                            report.count(b.all()[index].row(&row.label))
                        })
                    })
                    .collect();
                cells.insert(1, report.percent_of(row, &p.registered));
                cells.insert(0, row.label.clone());
                cells
            })
            .collect();
        body.table(&head, &rows);
    }
    let cross = &report.gender_by_age;
    if cross.total() > 0 {
        body.heading(2, "Gender × age band (registered)");
        let mut head: Vec<(&str, u32, bool)> = vec![("Gender", 20, false)];
        head.extend(cross.columns.iter().map(|c| (*c, 10, true)));
        let rows: Vec<Vec<String>> = cross
            .rows
            .iter()
            .enumerate()
            .map(|(r, label)| {
                let mut cells = vec![label.to_string()];
                cells.extend((0..cross.columns.len()).map(|c| report.cross(r, c)));
                cells
            })
            .collect();
        body.table(&head, &rows);
    }
}

fn method(report: &Report, body: &mut Body) {
    body.heading(1, "Method");
    if report.groups.is_empty() {
        body.text("No working groups were formed.");
        return;
    }
    let rows: Vec<Vec<String>> = report
        .groups
        .iter()
        .map(|g| {
            vec![
                g.name.clone(),
                g.purpose.to_string(),
                g.facilitator.clone(),
                g.note_taker.clone(),
                g.size.to_string(),
                g.room.clone(),
            ]
        })
        .collect();
    let head = [
        ("Group", 20, false),
        ("Purpose", 14, false),
        ("Facilitator", 18, false),
        ("Note-taker", 18, false),
        ("Size", 7, true),
        ("Room", 14, false),
    ];
    body.table(&head, &rows);
}

fn annex(report: &Report, body: &mut Body) {
    let Some(rows) = &report.annex else {
        return;
    };
    body.heading(1, "Annex: participants");
    let listed: Vec<Vec<String>> = rows
        .iter()
        .filter(|r| !r.erased)
        .map(|r| {
            vec![
                r.name.clone(),
                r.name_other_script.clone(),
                r.organisation.clone(),
                r.position.clone(),
                r.stakeholder.to_string(),
                r.governorate.clone(),
                r.gender.to_string(),
                r.days_attended.clone(),
            ]
        })
        .collect();
    if listed.is_empty() && report.participation.erased == 0 {
        body.text("No participants were registered.");
    }
    if !listed.is_empty() {
        let head = [
            ("Name", 15, false),
            ("Name (other script)", 14, false),
            ("Organisation", 20, false),
            ("Position", 15, false),
            ("Stakeholder type", 11, false),
            ("Governorate", 10, false),
            ("Gender", 8, false),
            ("Days", 7, true),
        ];
        body.table(&head, &listed);
    }
    if !report.consent_note.is_empty() {
        body.text(&report.consent_note);
    }
    if report.participation.erased > 0 {
        body.text(&format!(
            "{} participant(s) asked to be erased: they are counted in the figures and not \
             listed.",
            report.participation.erased
        ));
    }
}
