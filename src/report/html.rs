//! The report as one self-contained HTML file.
//!
//! The page comes from `assets/report/report.html`, a minijinja template that HTML-escapes
//! every value it prints ([`escape`]); the only value marked safe is our own stylesheet,
//! `assets/report/report.css`, inlined in a `<style>` element. A Content-Security-Policy meta tag forbids scripts, external
//! requests and anything but inline styles and `data:` images; there are no links at all, so
//! a URL a participant typed stays text. Bar charts are inline SVG made from numbers only
//! (each bar is a `<rect>` whose width is computed here); their labels are ordinary escaped
//! HTML beside them, with `dir="auto"` like every other block of user text.

use super::markdown::{columns, signed_minutes};
use super::{AgendaDay, Report};
use minijinja::value::{Serde, Value};
use minijinja::{Environment, UndefinedBehavior};
use serde::Serialize;
use std::io::{self, Write};

const TEMPLATE: &str = include_str!("../../assets/report/report.html");
const STYLE: &str = include_str!("../../assets/report/report.css");

/// Width in SVG units of the longest bar.
const BAR_WIDTH: usize = 240;

/// Write the whole report as HTML.
pub fn write(report: &Report, out: &mut impl Write) -> io::Result<()> {
    render("report.html", TEMPLATE, &Page::of(report), out)
}

/// Render `source` (a minijinja template named `name`) with `context`, every printed value
/// HTML-escaped by [`escape`] unless the template marks it safe. Shared by every HTML
/// halaqa writes (the report, the sign-in sheet).
pub(super) fn render(
    name: &'static str,
    source: &'static str,
    context: &impl Serialize,
    out: &mut impl Write,
) -> io::Result<()> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_formatter(|out, state, value| match value.as_str() {
        Some(text) if !value.is_safe() => out.write_str(&escape(text)).map_err(Into::into),
        _ => minijinja::escape_formatter(out, state, value),
    });
    env.add_filter("attrs", text_run_attributes);
    env.add_filter("quoted", |text: &str| super::script::quoted(text));
    env.add_template(name, source).map_err(io::Error::other)?;
    let template = env.get_template(name).map_err(io::Error::other)?;
    let context = Value::from(Serde(context));
    template
        .render_captured_to(context, out)
        .map(|_| ())
        .map_err(|e| match e.kind() {
            minijinja::ErrorKind::WriteFailure => io::Error::other(e.to_string()),
            _ => io::Error::other(format!("the {name} template failed: {e:#}")),
        })
}

/// HTML-escape text for an element or a quoted attribute: the usual `& < > " '` and `/`,
/// and also `:` and `=`, so that neither a scheme (`javascript:`, `https://`) nor an
/// `attribute=` pattern appears in the file even as inert text — a reader sees the same
/// characters, and a scanner searching the file finds nothing to flag.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '/' => out.push_str("&#47;"),
            ':' => out.push_str("&#58;"),
            '=' => out.push_str("&#61;"),
            c => out.push(c),
        }
    }
    out
}

/// The attributes of an element holding one run of user text: `dir="auto"` (the browser
/// takes the direction from its first strong letter) and, when its letters tell, `lang`
/// ("ar", "ckb"), so a screen reader speaks it in its language and hyphenation and fonts
/// follow it. Written with a leading space, for `<td{{ text|attrs }}>`.
fn text_run_attributes(text: &str) -> Value {
    match super::script::rtl_lang(text) {
        Some(lang) => Value::from_safe_string(format!(" dir=\"auto\" lang=\"{lang}\"")),
        None => Value::from_safe_string(" dir=\"auto\"".to_string()),
    }
}

/// Everything the template needs, figures already formatted.
#[derive(Serialize)]
struct Page<'a> {
    r: &'a Report,
    style: &'static str,
    agenda: Vec<DayView>,
    participation: Option<ParticipationView>,
    summary: SummaryView<'a>,
}

/// The executive summary's sentences (the same as the Markdown's) and its top list.
#[derive(Serialize)]
struct SummaryView<'a> {
    points: Vec<(&'static str, String)>,
    top: &'a [super::TopRecommendation],
}

#[derive(Serialize)]
struct DayView {
    heading: String,
    /// Whether the Re-planned column is shown.
    replanned: bool,
    items: Vec<ItemView>,
}

#[derive(Serialize)]
struct ItemView {
    planned: String,
    replanned: String,
    details: String,
    title: String,
    kind: &'static str,
    people: String,
    actual: String,
    difference: String,
    status: String,
    /// A CSS class: "dropped", "shortened", "overran" or "".
    class: &'static str,
}

#[derive(Serialize)]
struct ParticipationView {
    summary: Vec<(String, String)>,
    columns: Vec<String>,
    /// The breakdown tables' columns: Registered, Share, then the rest.
    table_columns: Vec<String>,
    per_day: Vec<(String, Vec<String>)>,
    tables: Vec<TableView>,
    /// Gender × age band rows; empty when nobody is counted.
    gender_by_age: Vec<(String, Vec<String>)>,
}

#[derive(Serialize)]
struct TableView {
    title: &'static str,
    rows: Vec<RowView>,
}

#[derive(Serialize)]
struct RowView {
    label: String,
    not_given: bool,
    /// The bar for the registered figure, in SVG units (0: no bar, e.g. a "<5" cell).
    bar: usize,
    cells: Vec<String>,
    /// `cells` with the share of the registered after the first.
    table_cells: Vec<String>,
}

impl<'a> Page<'a> {
    fn of(report: &'a Report) -> Page<'a> {
        Page {
            r: report,
            style: STYLE,
            agenda: report.agenda.iter().map(day_view).collect(),
            participation: participation_view(report),
            summary: summary_view(report),
        }
    }
}

fn summary_view(report: &Report) -> SummaryView<'_> {
    SummaryView {
        points: summary_points(report),
        top: &report.executive.top_recommendations,
    }
}

/// The executive summary's sentences, each with its bold lead ("Who came."); shared with
/// the Word writer.
pub(super) fn summary_points(report: &Report) -> Vec<(&'static str, String)> {
    let s = &report.executive;
    let mut points = Vec::new();
    points.push((
        "Who came.",
        if s.registered == 0 {
            "No participants were registered.".to_string()
        } else {
            format!(
                "{} people registered and {} attended at least one day. Women: {} of those who \
                 stated a gender. Youth (aged {}): {} of those whose age band is given.",
                report.total(&report.participation.registered),
                report.total(&report.participation.attended),
                report.share(&s.women),
                s.youth_range,
                report.share(&s.youth)
            )
        },
    ));
    points.push((
        "What the groups produced.",
        if s.groups.is_empty() {
            "No entries were captured.".to_string()
        } else {
            let groups: Vec<String> = s
                .groups
                .iter()
                .map(|(name, produced)| format!("{name}: {produced}"))
                .collect();
            format!("{} entries. {}.", report.entry_total, groups.join("; "))
        },
    ));
    if s.open_actions > 0 {
        points.push((
            "Open actions.",
            format!(
                "{} planned action{} not done yet; {} of them with an owner and a due date.",
                s.open_actions,
                if s.open_actions == 1 { " is" } else { "s are" },
                s.open_actions_owned_and_dated
            ),
        ));
    }
    points
}

fn day_view(day: &AgendaDay) -> DayView {
    use super::ItemStatus::*;
    DayView {
        heading: day.heading(),
        replanned: day.replanned(),
        items: day
            .items
            .iter()
            .map(|item| ItemView {
                planned: item.planned_text(),
                replanned: item.replanned_text(),
                details: item.details(),
                title: item.title.clone(),
                kind: item.kind,
                people: item.people.clone(),
                actual: match (item.actual_start, item.actual_end) {
                    (Some(s), Some(e)) => format!("{}–{}", s.format("%H:%M"), e.format("%H:%M")),
                    (Some(s), None) => format!("{}–", s.format("%H:%M")),
                    _ => "—".to_string(),
                },
                difference: item
                    .start_difference
                    .map_or("—".to_string(), signed_minutes),
                status: item.status_text.clone(),
                class: match item.status {
                    Dropped => "dropped",
                    Shortened(_) => "shortened",
                    Overran(_) => "overran",
                    _ => "",
                },
            })
            .collect(),
    }
}

fn participation_view(report: &Report) -> Option<ParticipationView> {
    let p = &report.participation;
    if p.registered.total == 0 {
        return None;
    }
    let mut summary = vec![
        ("Registered".to_string(), report.total(&p.registered)),
        (
            "Attended at least one day".to_string(),
            report.total(&p.attended),
        ),
        (
            "Share of women (of those who stated a gender)".to_string(),
            report.share(&p.registered.women),
        ),
        (
            "Share of youth (of those whose age band is given)".to_string(),
            report.share(&p.registered.youth),
        ),
    ];
    if p.erased > 0 {
        summary.push((
            "Erased on request (counted, not named)".to_string(),
            report.cell(p.erased),
        ));
    }
    if p.team > 0 {
        let counted = if p.team_counted {
            "counted"
        } else {
            "not counted"
        };
        summary.push((
            format!(
                "Team (staff, facilitators, note-takers, interpreters), {counted} in these figures"
            ),
            report.cell(p.team),
        ));
    }
    let columns = columns(report);
    let figure = |f: &dyn Fn(&super::Breakdowns) -> String| -> Vec<String> {
        columns
            .iter()
            .map(|(_, b)| b.map_or("—".to_string(), f))
            .collect()
    };
    let per_day = vec![
        ("People".to_string(), figure(&|b| report.total(b))),
        (
            "Share of women".to_string(),
            figure(&|b| report.share(&b.women)),
        ),
        (
            "Share of youth".to_string(),
            figure(&|b| report.share(&b.youth)),
        ),
    ];
    let tables = p
        .registered
        .all()
        .into_iter()
        .enumerate()
        .map(|(index, breakdown)| {
            let max = breakdown.max().max(1);
            TableView {
                title: breakdown.dimension.label(),
                rows: breakdown
                    .rows
                    .iter()
                    .map(|row| {
                        let suppressed = report.anonymised && row.hidden;
                        let cells: Vec<String> = columns
                            .iter()
                            .map(|(_, b)| {
                                b.map_or("—".to_string(), |b| {
                                    report.count(b.all()[index].row(&row.label))
                                })
                            })
                            .collect();
                        let mut table_cells = cells.clone();
                        table_cells.insert(1, report.percent_of(row, &p.registered));
                        RowView {
                            label: row.label.clone(),
                            not_given: row.not_given,
                            bar: if suppressed {
                                0
                            } else {
                                row.count * BAR_WIDTH / max
                            },
                            cells,
                            table_cells,
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    let columns: Vec<String> = columns.into_iter().map(|(name, _)| name).collect();
    let mut table_columns = columns.clone();
    table_columns.insert(1, "Share".to_string());
    let cross = &report.gender_by_age;
    let gender_by_age = if cross.total() == 0 {
        Vec::new()
    } else {
        cross
            .rows
            .iter()
            .enumerate()
            .map(|(r, label)| {
                let cells = (0..cross.columns.len())
                    .map(|c| report.cross(r, c))
                    .collect();
                (label.to_string(), cells)
            })
            .collect()
    };
    Some(ParticipationView {
        summary,
        columns,
        table_columns,
        per_day,
        tables,
        gender_by_age,
    })
}
