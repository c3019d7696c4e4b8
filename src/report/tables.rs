//! The report as CSV tables for spreadsheets: RFC 4180 (the `csv` crate), UTF-8 with a
//! byte-order mark so Excel shows Arabic and Kurdish, one header row per table.
//!
//! Formula injection: any cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage
//! return gets a leading apostrophe, so `=HYPERLINK(…)` or `@SUM(…)` is shown as text and
//! never run. Two exceptions, both values halaqa itself produced: whole numbers (votes,
//! minutes; `-3` is a number, not a formula), and phone numbers, which are written in the
//! international form with `00` instead of `+` (`009647701234567`) so they stay readable and
//! dial — see [`phone_for_spreadsheet`](super::phone_for_spreadsheet).
//!
//! Anonymised: `participants.csv` and `attendance.csv` are not written (even without names,
//! a row per person with governorate, gender, age band and disability identifies people in
//! a small workshop); `participation.csv` carries the figures, cells of 1–4 people as "<5".

use super::{Report, phone_for_spreadsheet};
use crate::model::EntryKind;
use std::io::{self, Write};

/// A table's name and how to write it.
pub struct Table {
    pub file_name: &'static str,
    write: fn(&Report, &mut dyn Write) -> io::Result<usize>,
}

impl Table {
    /// Write this table (BOM, header, rows); returns the number of data rows.
    pub fn write(&self, report: &Report, out: &mut dyn Write) -> io::Result<usize> {
        (self.write)(report, out)
    }
}

/// The tables a report has: six, or four when anonymised, plus the participation figures.
pub fn tables(report: &Report) -> Vec<Table> {
    let mut tables = Vec::new();
    if report.annex.is_some() {
        tables.push(Table {
            file_name: "participants.csv",
            write: participants,
        });
        tables.push(Table {
            file_name: "attendance.csv",
            write: attendance,
        });
    }
    tables.extend([
        Table {
            file_name: "participation.csv",
            write: participation,
        },
        Table {
            file_name: "agenda.csv",
            write: agenda,
        },
        Table {
            file_name: "entries.csv",
            write: entries,
        },
        Table {
            file_name: "actions.csv",
            write: actions,
        },
        Table {
            file_name: "recommendations.csv",
            write: recommendations,
        },
    ]);
    tables
}

/// Every file name a CSV export may contain (for recognising an earlier export folder).
pub const FILE_NAMES: [&str; 7] = [
    "participants.csv",
    "attendance.csv",
    "participation.csv",
    "agenda.csv",
    "entries.csv",
    "actions.csv",
    "recommendations.csv",
];

/// A cell of user text, neutralised if a spreadsheet would read it as a formula — the
/// full-width and small forms of `= + - @` too, which some spreadsheets fold to ASCII.
pub fn text_cell(text: &str) -> String {
    let folded = text.replace("\r\n", "\n");
    match folded.chars().next() {
        Some(
            '=' | '+' | '-' | '@' | '\t' | '\r' | '＝' | '＋' | '－' | '＠' | '﹦' | '﹢' | '﹣'
            | '﹫',
        ) => format!("'{folded}"),
        _ => folded,
    }
}

/// A number halaqa computed: written as is.
fn number(n: impl ToString) -> String {
    n.to_string()
}

fn yes_no(yes: bool) -> String {
    if yes { "yes" } else { "no" }.to_string()
}

struct Sheet<'a> {
    writer: csv::Writer<&'a mut dyn Write>,
    rows: usize,
}

impl<'a> Sheet<'a> {
    fn start(out: &'a mut dyn Write, header: &[&str]) -> io::Result<Sheet<'a>> {
        out.write_all("\u{FEFF}".as_bytes())?;
        let mut writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(out);
        writer.write_record(header).map_err(io::Error::other)?;
        Ok(Sheet { writer, rows: 0 })
    }

    /// A row; every cell must already be a number or go through [`text_cell`].
    fn row(&mut self, cells: &[String]) -> io::Result<()> {
        self.rows += 1;
        self.writer.write_record(cells).map_err(io::Error::other)
    }

    fn finish(mut self) -> io::Result<usize> {
        self.writer.flush()?;
        Ok(self.rows)
    }
}

fn participants(report: &Report, out: &mut dyn Write) -> io::Result<usize> {
    let mut sheet = Sheet::start(
        out,
        &[
            "name",
            "name_other_script",
            "organisation",
            "position",
            "stakeholder_type",
            "governorate",
            "district",
            "gender",
            "age_band",
            "disability",
            "phone",
            "email",
            "consent_data_processing",
            "consent_photo",
            "consent_named_quote",
            "consent_sharing_contact",
            "days_attended",
            "erased",
        ],
    )?;
    for p in report.annex.iter().flatten() {
        let mut cells = vec![
            text_cell(&p.name),
            text_cell(&p.name_other_script),
            text_cell(&p.organisation),
            text_cell(&p.position),
            text_cell(p.stakeholder),
            text_cell(&p.governorate),
            text_cell(&p.district),
            text_cell(p.gender),
            text_cell(p.age_band),
            text_cell(p.disability),
            text_cell(&phone_for_spreadsheet(&p.phone)),
            text_cell(&p.email),
        ];
        cells.extend(p.consent.iter().map(|c| text_cell(c)));
        cells.push(text_cell(&p.days_attended));
        cells.push(yes_no(p.erased));
        sheet.row(&cells)?;
    }
    sheet.finish()
}

fn attendance(report: &Report, out: &mut dyn Write) -> io::Result<usize> {
    let mut sheet = Sheet::start(out, &["name", "organisation", "date", "time"])?;
    for p in report.annex.iter().flatten() {
        let name = if p.erased {
            "(erased)"
        } else {
            p.name.as_str()
        };
        for a in &p.attendance {
            sheet.row(&[
                text_cell(name),
                text_cell(&p.organisation),
                a.date.format("%Y-%m-%d").to_string(),
                a.time.format("%H:%M").to_string(),
            ])?;
        }
    }
    sheet.finish()
}

fn participation(report: &Report, out: &mut dyn Write) -> io::Result<usize> {
    let columns = super::markdown::columns(report);
    let mut header = vec!["dimension", "category"];
    let names: Vec<String> = columns
        .iter()
        .map(|(name, _)| name.to_lowercase().replace(' ', "_"))
        .collect();
    header.extend(names.iter().map(String::as_str));
    let mut sheet = Sheet::start(out, &header)?;
    let p = &report.participation;
    let figure = |b: Option<&super::Breakdowns>, f: &dyn Fn(&super::Breakdowns) -> usize| {
        b.map_or(String::new(), |b| report.cell(f(b)))
    };
    let mut total = vec![text_cell("all"), text_cell("people")];
    total.extend(columns.iter().map(|(_, b)| figure(*b, &|b| b.total)));
    sheet.row(&total)?;
    for (index, breakdown) in p.registered.all().into_iter().enumerate() {
        for row in &breakdown.rows {
            let mut cells = vec![
                text_cell(breakdown.dimension.label()),
                text_cell(&row.label),
            ];
            cells.extend(
                columns
                    .iter()
                    .map(|(_, b)| figure(*b, &|b| b.all()[index].count_of(&row.label))),
            );
            sheet.row(&cells)?;
        }
    }
    sheet.finish()
}

fn agenda(report: &Report, out: &mut dyn Write) -> io::Result<usize> {
    let mut sheet = Sheet::start(
        out,
        &[
            "day",
            "date",
            "planned_start",
            "planned_end",
            "planned_minutes",
            "title",
            "kind",
            "speakers",
            "actual_start",
            "actual_end",
            "actual_minutes",
            "start_difference_minutes",
            "status",
            "replanned_start",
            "replanned_end",
            "room",
            "location",
            "fixed_time",
            "optional",
            "dropped",
        ],
    )?;
    let time = |t: Option<chrono::NaiveTime>| t.map(|t| t.format("%H:%M").to_string());
    for day in &report.agenda {
        let date = day.date.map(|d| d.format("%Y-%m-%d").to_string());
        for item in &day.items {
            sheet.row(&[
                number(day.day),
                date.clone().unwrap_or_default(),
                item.planned_start.format("%H:%M").to_string(),
                item.planned_end.format("%H:%M").to_string(),
                number(item.planned_minutes),
                text_cell(&item.title),
                text_cell(item.kind),
                text_cell(&item.people),
                time(item.actual_start).unwrap_or_default(),
                time(item.actual_end).unwrap_or_default(),
                item.actual_minutes.map(number).unwrap_or_default(),
                item.start_difference.map(number).unwrap_or_default(),
                text_cell(&item.status_text),
                time(item.replanned.map(|r| r.0)).unwrap_or_default(),
                time(item.replanned.map(|r| r.1)).unwrap_or_default(),
                text_cell(&item.room),
                text_cell(&item.location),
                yes_no(item.pinned),
                yes_no(item.optional),
                yes_no(item.dropped),
            ])?;
        }
    }
    sheet.finish()
}

fn entries(report: &Report, out: &mut dyn Write) -> io::Result<usize> {
    let mut sheet = Sheet::start(
        out,
        &[
            "group",
            "kind",
            "text",
            "source",
            "votes",
            "endorsed",
            "plenary_comment",
        ],
    )?;
    for group in &report.outputs {
        let kinds: [(EntryKind, Vec<&super::EntryLine>); 8] = [
            (EntryKind::Lesson, group.lessons.iter().collect()),
            (EntryKind::Challenge, group.challenges.iter().collect()),
            (
                EntryKind::Plan,
                group.actions.iter().map(|a| &a.entry).collect(),
            ),
            (
                EntryKind::Recommendation,
                group
                    .recommendations
                    .iter()
                    .flat_map(|r| r.items.iter().map(|i| &i.entry))
                    .collect(),
            ),
            (
                EntryKind::SuccessStory,
                group.success_stories.iter().collect(),
            ),
            (EntryKind::Quote, group.quotes.iter().collect()),
            (
                EntryKind::Outcome,
                group.outcomes.iter().map(|o| &o.entry).collect(),
            ),
            (EntryKind::Note, group.notes.iter().collect()),
        ];
        for (kind, lines) in kinds {
            for line in lines {
                sheet.row(&[
                    text_cell(&group.name),
                    text_cell(kind.label()),
                    text_cell(&line.text),
                    text_cell(line.source.as_deref().unwrap_or("")),
                    number(line.votes),
                    yes_no(line.endorsed),
                    text_cell(&line.plenary_comment),
                ])?;
            }
        }
    }
    sheet.finish()
}

fn actions(report: &Report, out: &mut dyn Write) -> io::Result<usize> {
    let mut sheet = Sheet::start(
        out,
        &[
            "group",
            "action",
            "owner",
            "lead_organisation",
            "due",
            "status",
            "votes",
            "endorsed",
        ],
    )?;
    for group in &report.outputs {
        for a in &group.actions {
            sheet.row(&[
                text_cell(&group.name),
                text_cell(&a.entry.text),
                text_cell(&a.owner),
                text_cell(&a.lead_organisation),
                a.due
                    .map(|d| d.format("%Y-%m-%d").to_string())
                    .unwrap_or_default(),
                text_cell(a.status),
                number(a.entry.votes),
                yes_no(a.entry.endorsed),
            ])?;
        }
    }
    sheet.finish()
}

fn recommendations(report: &Report, out: &mut dyn Write) -> io::Result<usize> {
    let mut sheet = Sheet::start(
        out,
        &[
            "group",
            "addressee",
            "recommendation",
            "priority",
            "votes",
            "endorsed",
        ],
    )?;
    for group in &report.outputs {
        for to in &group.recommendations {
            for r in &to.items {
                sheet.row(&[
                    text_cell(&group.name),
                    text_cell(to.addressee),
                    text_cell(&r.entry.text),
                    text_cell(r.priority),
                    number(r.entry.votes),
                    yes_no(r.entry.endorsed),
                ])?;
            }
        }
    }
    sheet.finish()
}

#[cfg(test)]
mod tests {
    use super::text_cell;

    #[test]
    fn formula_starts_get_an_apostrophe() {
        for hostile in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert!(text_cell(hostile).starts_with('\''), "{hostile:?}");
        }
        assert_eq!(text_cell("plain"), "plain");
    }
}
