//! The executive summary, the consolidated recommendations and the sex × age band table are
//! made from the same figures as the rest of the report: the summary's numbers equal the
//! figures tables, every recommendation is in the consolidated table exactly once, and the
//! cross-table adds up to the gender and age band tables, with the anonymised suppression.

#[path = "fixtures/report/fixture.rs"]
#[allow(dead_code)]
mod fixture;

use halaqa::report::{Report, html};
use std::collections::BTreeMap;

fn demo() -> halaqa::model::Workshop {
    halaqa::store::demo::demo_workshop().expect("the bundled demo parses")
}

fn summary_section(md: &str) -> &str {
    let start = md.find("## Executive summary").expect("a summary");
    let end = md[start..]
        .find("## Objectives")
        .expect("objectives follow")
        + start;
    &md[start..end]
}

#[test]
fn the_summary_says_what_the_figures_say() {
    for anonymise in [false, true] {
        let report = Report::build(&demo(), anonymise);
        let md = report.to_markdown();
        let summary = summary_section(&md);
        let p = &report.participation;
        // The same numbers and shares as the Participation section prints.
        assert!(md.contains(&format!(
            "- Registered: {}",
            report.cell(p.registered.total)
        )));
        assert!(summary.contains(&format!(
            "{} people registered and {} attended at least one day",
            report.cell(p.registered.total),
            report.cell(p.attended.total)
        )));
        let women = report.share(&p.registered.women);
        let youth = report.share(&p.registered.youth);
        assert!(md.contains(&format!("stated a gender): {women}")));
        assert!(summary.contains(&format!("Women: {women} of those who stated a gender")));
        assert!(
            summary.contains(&format!("Youth (aged 18–29): {youth}")),
            "{summary}"
        );
        // What each group produced, counted from its own lists.
        for group in &report.outputs {
            let recommendations: usize = group.recommendations.iter().map(|r| r.items.len()).sum();
            if recommendations > 0 {
                assert!(summary.contains(&format!("{recommendations} recommendation")));
            }
        }
        assert!(summary.contains(&format!("{} entries.", report.entry_total)));
        let open = report
            .outputs
            .iter()
            .flat_map(|g| &g.actions)
            .filter(|a| a.status != "done" && a.status != "dropped")
            .count();
        assert!(summary.contains(&format!("{open} planned actions are not done yet")));
        // The top recommendation is the endorsed one with the most votes.
        let best = report
            .recommendations
            .iter()
            .flat_map(|to| &to.items)
            .max_by_key(|r| (r.entry.endorsed, r.entry.votes))
            .expect("recommendations");
        let first = summary
            .lines()
            .find(|l| l.trim_start().starts_with("1. "))
            .expect("a first recommendation");
        assert!(first.contains(&best.entry.text), "{first}");
    }
}

#[test]
fn every_recommendation_is_consolidated_exactly_once() {
    for workshop in [demo(), fixture::realistic()] {
        let report = Report::build(&workshop, false);
        let mut per_group: BTreeMap<String, usize> = BTreeMap::new();
        for group in &report.outputs {
            for to in &group.recommendations {
                for r in &to.items {
                    *per_group.entry(r.entry.id.clone()).or_default() += 1;
                }
            }
        }
        let mut consolidated: BTreeMap<String, usize> = BTreeMap::new();
        for to in &report.recommendations {
            for r in &to.items {
                *consolidated.entry(r.entry.id.clone()).or_default() += 1;
            }
            // Endorsed first, then by votes.
            let keys: Vec<_> = to
                .items
                .iter()
                .map(|r| (r.entry.endorsed, r.entry.votes))
                .collect();
            let mut sorted = keys.clone();
            sorted.sort_by(|a, b| b.cmp(a));
            assert_eq!(keys, sorted);
        }
        assert_eq!(per_group, consolidated);
        assert!(per_group.values().all(|n| *n == 1));
    }
    // The demo's two groups that wrote to Parliament are in one table.
    let md = Report::build(&demo(), false).to_markdown();
    assert_eq!(
        md.matches("\n#### To Parliament").count(),
        1,
        "consolidated once"
    );
    let section = &md[md
        .find("### All recommendations by addressee")
        .expect("the table")..];
    let parliament = &section[section.find("#### To Parliament").expect("Parliament")..];
    assert!(parliament.contains("| Challenges |") && parliament.contains("| Future plans |"));
}

#[test]
fn the_cross_table_adds_up_and_small_cells_are_suppressed() {
    let report = Report::build(&demo(), false);
    let cross = &report.gender_by_age;
    let p = &report.participation.registered;
    for (label, counts) in cross.rows.iter().zip(&cross.counts) {
        assert_eq!(
            counts.iter().sum::<usize>(),
            p.gender.count_of(label),
            "{label}"
        );
    }
    for (index, label) in cross.columns.iter().enumerate() {
        let column: usize = cross.counts.iter().map(|row| row[index]).sum();
        assert_eq!(column, p.age_band.count_of(label), "{label}");
    }
    assert_eq!(cross.total(), p.total);
    let md = report.to_markdown();
    assert!(md.contains("### Gender × age band (registered)"));

    let anonymised = Report::build(&demo(), true);
    let md = anonymised.to_markdown();
    let table = &md[md.find("### Gender × age band").expect("the table")..];
    let table = &table[..table.find("\n\n## ").unwrap_or(table.len())];
    let small = cross
        .counts
        .iter()
        .flatten()
        .filter(|n| (1..5).contains(*n))
        .count();
    assert!(small > 0, "the demo has small cells");
    // Every small cell is hidden, and complementary cells with them: at least as many "<5"
    // as small cells, and never a published cell of 1–4.
    assert!(table.matches("<5").count() >= small, "{table}");
    for row in table
        .lines()
        .filter(|l| l.starts_with("| ") && !l.contains("Gender"))
    {
        for cell in row.split('|').map(str::trim) {
            assert!(
                !matches!(cell, "1" | "2" | "3" | "4"),
                "{row} publishes a small cell"
            );
        }
    }
}

#[test]
fn shares_per_category_add_up_to_about_a_hundred() {
    let report = Report::build(&demo(), false);
    let md = report.to_markdown();
    let gender = &md[md.find("### Gender\n\n").expect("gender") + 12..];
    let gender = &gender[..gender.find("\n\n").unwrap_or(gender.len())];
    assert!(
        gender.contains("| Gender | Registered | Share | Attended | Day 1 |"),
        "{gender}"
    );
    assert!(
        gender.contains("| female | 25 | 50% | 19 | 19 |"),
        "{gender}"
    );
}

#[test]
fn html_has_the_same_summary_and_an_empty_workshop_says_what_is_missing() {
    let report = Report::build(&demo(), false);
    let mut out = Vec::new();
    html::write(&report, &mut out).expect("html renders");
    let html = String::from_utf8(out).expect("utf-8");
    assert!(html.contains("<h2>Executive summary</h2>"));
    assert!(html.contains("50 people registered and 36 attended at least one day"));
    assert!(html.contains("<h3>All recommendations by addressee</h3>"));
    assert!(html.contains("<h3>Gender × age band (registered)</h3>"));
    assert!(!html.contains("(votes: 0)") && !html.contains("Room B projector"));
    assert!(html.contains("<th>Proposed by</th>"));

    let empty = Report::build(&fixture::empty(), false).to_markdown();
    let summary = summary_section(&empty);
    assert!(summary.contains("No participants were registered."));
    assert!(summary.contains("No entries were captured."));
    assert!(!empty.contains("Gender × age band"));
}
