//! The Outputs section as Word blocks: per group, lists and tables (a cell holds one thing;
//! the plenary's comments follow the table), then all recommendations by addressee.

use super::Body;
use crate::report::script::quoted;
use crate::report::{ANONYMOUS, EntryLine, GroupOutputs, Report};

fn endorsed(entry: &EntryLine) -> String {
    if entry.endorsed { "✔" } else { "" }.to_string()
}

fn source(entry: &EntryLine) -> String {
    entry.source.clone().unwrap_or_default()
}

fn list(body: &mut Body, heading: &str, entries: &[EntryLine]) {
    if entries.is_empty() {
        return;
    }
    body.heading(3, heading);
    for e in entries {
        let mut text = e.text.clone();
        if let Some(source) = &e.source {
            text.push_str(&format!(" — {source}"));
        }
        if !e.votes_text.is_empty() {
            text.push_str(&format!(" ({})", e.votes_text));
        }
        if e.endorsed {
            text.push_str(" ✔ endorsed in plenary");
        }
        if !e.plenary_comment.is_empty() {
            text.push_str(&format!("\nPlenary: {}", e.plenary_comment));
        }
        body.item("•", &text);
    }
}

fn plenary_comments<'a>(body: &mut Body, entries: impl Iterator<Item = &'a EntryLine>) {
    for e in entries.filter(|e| !e.plenary_comment.is_empty()) {
        body.item(
            "•",
            &format!("Plenary on {}: {}", quoted(&e.cite), e.plenary_comment),
        );
    }
}

fn group(g: &GroupOutputs, body: &mut Body) {
    if g.show_purpose {
        body.heading(2, &format!("{} ({})", g.name, g.purpose));
    } else {
        body.heading(2, &g.name);
    }
    list(body, "Lessons learned", &g.lessons);
    list(body, "Challenges", &g.challenges);
    if !g.actions.is_empty() {
        body.heading(3, "Future plans");
        let head = [
            ("Action", 28, false),
            ("Proposed by", 14, false),
            ("Owner", 12, false),
            ("Lead organisation", 15, false),
            ("Due", 10, false),
            ("Status", 10, false),
            ("Votes", 8, true),
            ("Endorsed", 11, false),
        ];
        let rows: Vec<Vec<String>> = g
            .actions
            .iter()
            .map(|a| {
                vec![
                    a.entry.text.clone(),
                    source(&a.entry),
                    a.owner.clone(),
                    a.lead_organisation.clone(),
                    a.due_text.clone(),
                    a.status.to_string(),
                    a.entry.votes.to_string(),
                    endorsed(&a.entry),
                ]
            })
            .collect();
        body.table(&head, &rows);
        plenary_comments(body, g.actions.iter().map(|a| &a.entry));
    }
    for to in &g.recommendations {
        body.heading(3, &format!("Recommendations to {}", to.addressee));
        let rows: Vec<Vec<String>> = to
            .items
            .iter()
            .map(|r| {
                vec![
                    r.entry.text.clone(),
                    source(&r.entry),
                    r.priority.to_string(),
                    r.entry.votes.to_string(),
                    endorsed(&r.entry),
                ]
            })
            .collect();
        let head = [
            ("Recommendation", 50, false),
            ("Proposed by", 20, false),
            ("Priority", 10, false),
            ("Votes", 8, true),
            ("Endorsed", 12, false),
        ];
        body.table(&head, &rows);
        plenary_comments(body, to.items.iter().map(|r| &r.entry));
    }
    list(body, "Success stories", &g.success_stories);
    if !g.outcomes.is_empty() {
        body.heading(3, "Outcomes");
        let head = [
            ("Outcome", 14, false),
            ("Social actor", 11, false),
            ("Change", 12, false),
            ("When and where", 11, false),
            ("Significance", 13, false),
            ("Contribution", 13, false),
            ("Evidence", 11, false),
            ("Substantiation", 15, false),
            ("Endorsed", 11, false),
        ];
        let rows: Vec<Vec<String>> = g
            .outcomes
            .iter()
            .map(|o| {
                vec![
                    o.entry.text.clone(),
                    o.social_actor.clone(),
                    o.change.clone(),
                    o.when_where.clone(),
                    o.significance.clone(),
                    o.contribution.clone(),
                    o.evidence.clone(),
                    o.substantiation.to_string(),
                    endorsed(&o.entry),
                ]
            })
            .collect();
        body.table(&head, &rows);
        plenary_comments(body, g.outcomes.iter().map(|o| &o.entry));
    }
    if !g.quotes.is_empty() {
        body.heading(3, "Quotes");
        for q in &g.quotes {
            let source = q.source.as_deref().unwrap_or(ANONYMOUS);
            body.text(&format!("{}\n— {source}", quoted(&q.text)));
        }
    }
    list(body, "Notes", &g.notes);
}

pub fn write(report: &Report, body: &mut Body) {
    body.heading(1, "Outputs");
    if report.entry_total == 0 {
        body.text("No entries were captured.");
        return;
    }
    body.text("Entries are sorted by votes; ✔ marks an entry endorsed in plenary.");
    for g in &report.outputs {
        group(g, body);
    }
    if report.recommendations.is_empty() {
        return;
    }
    body.heading(2, "All recommendations by addressee");
    for to in &report.recommendations {
        body.heading(3, &format!("To {}", to.addressee));
        let rows: Vec<Vec<String>> = to
            .items
            .iter()
            .map(|r| {
                vec![
                    r.entry.text.clone(),
                    r.group.clone(),
                    r.priority.to_string(),
                    r.entry.votes.to_string(),
                    endorsed(&r.entry),
                ]
            })
            .collect();
        let head = [
            ("Recommendation", 50, false),
            ("Group", 20, false),
            ("Priority", 10, false),
            ("Votes", 8, true),
            ("Endorsed", 12, false),
        ];
        body.table(&head, &rows);
    }
}
