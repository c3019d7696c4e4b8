//! Screen 8 for now: the sections the donor report will have, with what each will hold.

use crate::model::{Gender, Workshop};
use crate::tui::theme::Theme;
use chrono::NaiveDate;
use ratatui::text::{Line, Span};

pub fn lines(workshop: &Workshop, theme: Theme, _today: NaiveDate) -> Vec<Line<'static>> {
    let info = workshop.info();
    let people: Vec<_> = workshop.participants().collect();
    let attended = people.iter().filter(|p| !p.attendance.is_empty()).count();
    let count = |g: Gender| people.iter().filter(|p| p.gender == g).count();
    let mut governorates: Vec<&str> = people
        .iter()
        .map(|p| p.governorate.as_str())
        .filter(|g| !g.is_empty())
        .collect();
    governorates.sort_unstable();
    governorates.dedup();
    let section = |title: &str, body: String| {
        Line::from(vec![
            Span::styled(format!(" {title:<22}"), theme.heading()),
            Span::raw(body),
        ])
    };
    let mut out = vec![
        section("Workshop", info.title.clone()),
        section("Objectives", format!("{} listed", info.objectives.len())),
        section(
            "Agenda",
            format!(
                "{} items over {} day(s)",
                workshop.agenda().len(),
                info.days
            ),
        ),
        section(
            "Participation",
            format!(
                "{} registered, {attended} attended · {} women, {} men · {} governorates",
                people.len(),
                count(Gender::Female),
                count(Gender::Male),
                governorates.len()
            ),
        ),
        section(
            "Working groups",
            format!("{} groups", workshop.groups().len()),
        ),
    ];
    for (kind, n) in workshop.entry_counts() {
        let mut title = kind.plural().to_string();
        if let Some(first) = title.get_mut(0..1) {
            first.make_ascii_uppercase();
        }
        out.push(section(&title, format!("{n}")));
    }
    out
}
