//! What a donor reads first, computed from the figures the rest of the report prints (never
//! counted again a second way): the executive summary, the recommendations of every group
//! consolidated by addressee, and the sex × age band cross-table.

use super::outputs::{EntryLine, GroupOutputs, addressee_label, votes_text};
use super::participation::{Participation, Share};
use crate::model::{AgeBand, Gender, Participant, Workshop};
use serde::Serialize;

/// How many recommendations the summary names.
const TOP_RECOMMENDATIONS: usize = 3;

/// The executive summary's facts, each ready to print.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ExecutiveSummary {
    pub registered: usize,
    pub attended: usize,
    pub women: Share,
    pub youth: Share,
    /// "18–29": the youth age range the figures use.
    pub youth_range: String,
    /// Per group: its name and what it produced ("9 lessons learned, 2 recommendations").
    pub groups: Vec<(String, String)>,
    pub top_recommendations: Vec<TopRecommendation>,
    /// Plans not done and not dropped.
    pub open_actions: usize,
    /// Of the open actions, those with an owner and a due date.
    pub open_actions_owned_and_dated: usize,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TopRecommendation {
    pub text: String,
    pub addressee: &'static str,
    pub group: String,
    pub votes: i32,
    /// "11 votes", "no votes".
    pub votes_text: String,
    pub endorsed: bool,
}

/// All the recommendations to one addressee, from every group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ConsolidatedAddressee {
    pub addressee: &'static str,
    pub items: Vec<ConsolidatedRecommendation>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ConsolidatedRecommendation {
    pub entry: EntryLine,
    pub priority: &'static str,
    pub group: String,
}

/// People registered by gender (rows) and age band (columns).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CrossTable {
    pub rows: Vec<&'static str>,
    pub columns: Vec<&'static str>,
    /// `counts[row][column]`.
    pub counts: Vec<Vec<usize>>,
    /// `hidden[row][column]`: suppressed in an anonymised report; empty when nothing is.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub hidden: Vec<Vec<bool>>,
}

impl CrossTable {
    /// Sex × age band of the people the figures count (the same set as "Registered").
    pub fn gender_by_age(workshop: &Workshop) -> CrossTable {
        let counted = workshop.info().settings.count_team;
        let people: Vec<&Participant> = workshop
            .participants()
            .filter(|p| counted || p.team.is_none())
            .collect();
        let counts = Gender::ALL
            .iter()
            .map(|gender| {
                AgeBand::ALL
                    .iter()
                    .map(|band| {
                        people
                            .iter()
                            .filter(|p| p.gender == *gender && p.age_band == *band)
                            .count()
                    })
                    .collect()
            })
            .collect();
        CrossTable {
            rows: Gender::ALL.iter().map(|g| g.label()).collect(),
            columns: AgeBand::ALL.iter().map(|a| a.label()).collect(),
            counts,
            hidden: Vec::new(),
        }
    }

    /// Whether the cell at `row`, `column` is suppressed.
    pub fn is_hidden(&self, row: usize, column: usize) -> bool {
        self.hidden
            .get(row)
            .and_then(|r| r.get(column))
            .copied()
            .unwrap_or(false)
    }

    pub fn total(&self) -> usize {
        self.counts.iter().flatten().sum()
    }
}

/// Every group's recommendations by addressee, in the addressees' usual order; within one,
/// endorsed first, then by votes (ties keep the groups' order).
pub fn consolidated(outputs: &[GroupOutputs]) -> Vec<ConsolidatedAddressee> {
    use crate::model::Addressee::*;
    [Government, Donors, Csos, Parliament, Other]
        .into_iter()
        .map(addressee_label)
        .filter_map(|addressee| {
            let mut items: Vec<ConsolidatedRecommendation> = outputs
                .iter()
                .flat_map(|group| {
                    group
                        .recommendations
                        .iter()
                        .filter(|to| to.addressee == addressee)
                        .flat_map(|to| to.items.iter())
                        .map(|row| ConsolidatedRecommendation {
                            entry: row.entry.clone(),
                            priority: row.priority,
                            group: group.name.clone(),
                        })
                })
                .collect();
            items.sort_by_key(|r| std::cmp::Reverse((r.entry.endorsed, r.entry.votes)));
            (!items.is_empty()).then_some(ConsolidatedAddressee { addressee, items })
        })
        .collect()
}

impl ExecutiveSummary {
    pub fn of(
        workshop: &Workshop,
        participation: &Participation,
        outputs: &[GroupOutputs],
        recommendations: &[ConsolidatedAddressee],
    ) -> ExecutiveSummary {
        let settings = &workshop.info().settings;
        let groups = outputs
            .iter()
            .filter(|g| g.total > 0)
            .map(|g| (g.name.clone(), produced(g)))
            .collect();
        let mut top: Vec<TopRecommendation> = recommendations
            .iter()
            .flat_map(|to| {
                to.items.iter().map(|r| TopRecommendation {
                    text: r.entry.text.clone(),
                    addressee: to.addressee,
                    group: r.group.clone(),
                    votes: r.entry.votes,
                    votes_text: match r.entry.votes {
                        0 => "no votes".to_string(),
                        n => votes_text(n),
                    },
                    endorsed: r.entry.endorsed,
                })
            })
            .collect();
        top.sort_by_key(|r| std::cmp::Reverse((r.endorsed, r.votes)));
        top.truncate(TOP_RECOMMENDATIONS);
        let open: Vec<_> = outputs
            .iter()
            .flat_map(|g| g.actions.iter())
            .filter(|a| !matches!(a.status, "done" | "dropped"))
            .collect();
        ExecutiveSummary {
            registered: participation.registered.total,
            attended: participation.attended.total,
            women: participation.registered.women,
            youth: participation.registered.youth,
            youth_range: format!("{}–{}", settings.youth_min_age, settings.youth_max_age),
            groups,
            top_recommendations: top,
            open_actions: open.len(),
            open_actions_owned_and_dated: open
                .iter()
                .filter(|a| !a.owner.is_empty() && a.due.is_some())
                .count(),
        }
    }
}

/// "9 lessons learned, 2 recommendations, 1 outcome".
fn produced(group: &GroupOutputs) -> String {
    let recommendations: usize = group.recommendations.iter().map(|r| r.items.len()).sum();
    let counts = [
        (group.lessons.len(), "lesson learned", "lessons learned"),
        (group.challenges.len(), "challenge", "challenges"),
        (group.actions.len(), "plan", "plans"),
        (recommendations, "recommendation", "recommendations"),
        (
            group.success_stories.len(),
            "success story",
            "success stories",
        ),
        (group.outcomes.len(), "outcome", "outcomes"),
        (group.quotes.len(), "quote", "quotes"),
        (group.notes.len(), "note", "notes"),
    ];
    counts
        .iter()
        .filter(|(n, _, _)| *n > 0)
        .map(|(n, one, many)| format!("{n} {}", if *n == 1 { one } else { many }))
        .collect::<Vec<_>>()
        .join(", ")
}
