//! The tables about people: the participant list, every check-in, who came on which day
//! (one row per person and day) and the participation figures (one row per figure).

use super::{Sheet, number, text_cell, yes_no};
use crate::report::{Breakdowns, Report, phone_for_spreadsheet};
use std::io::{self, Write};

/// A category as a spreadsheet keeps it: Calc and Excel read "60+" as the number 60, even
/// quoted, so the top age band is written out.
fn category(label: &str) -> &str {
    if label == "60+" { "60 and over" } else { label }
}

pub fn participants(report: &Report, out: &mut dyn Write) -> io::Result<usize> {
    let mut sheet = Sheet::start(
        out,
        &[
            "participant_id",
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
            text_cell(&p.id),
            text_cell(&p.name),
            text_cell(&p.name_other_script),
            text_cell(&p.organisation),
            text_cell(&p.position),
            text_cell(p.stakeholder),
            text_cell(&p.governorate),
            text_cell(&p.district),
            text_cell(p.gender),
            text_cell(category(p.age_band)),
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

/// Every check-in, joined to `participants.csv` by `participant_id`.
pub fn attendance(report: &Report, out: &mut dyn Write) -> io::Result<usize> {
    let mut sheet = Sheet::start(
        out,
        &["participant_id", "name", "organisation", "date", "time"],
    )?;
    for p in report.annex.iter().flatten() {
        let name = if p.erased {
            "(erased)"
        } else {
            p.name.as_str()
        };
        for a in &p.attendance {
            sheet.row(&[
                text_cell(&p.id),
                text_cell(name),
                text_cell(&p.organisation),
                a.date.format("%Y-%m-%d").to_string(),
                a.time.format("%H:%M").to_string(),
            ])?;
        }
    }
    sheet.finish()
}

/// One row per person and workshop day: attended yes or no, and the first check-in that
/// day. Without a start date no check-in can be placed on a day: `attended` is then empty.
pub fn participation(report: &Report, out: &mut dyn Write) -> io::Result<usize> {
    let mut sheet = Sheet::start(
        out,
        &[
            "participant_id",
            "day",
            "date",
            "attended",
            "first_check_in",
        ],
    )?;
    for p in report.annex.iter().flatten() {
        for day in &report.participation.days {
            let first = day.date.and_then(|date| {
                p.attendance
                    .iter()
                    .filter(|a| a.date == date)
                    .map(|a| a.time)
                    .min()
            });
            sheet.row(&[
                text_cell(&p.id),
                number(day.day),
                day.date
                    .map(|d| d.format("%Y-%m-%d").to_string())
                    .unwrap_or_default(),
                day.date
                    .map(|_| yes_no(first.is_some()))
                    .unwrap_or_default(),
                first
                    .map(|t| t.format("%H:%M").to_string())
                    .unwrap_or_default(),
            ])?;
        }
    }
    sheet.finish()
}

/// The participation figures, one row per figure: which breakdown and category, counted
/// among whom (`registered`, `attended` at least one day, or attended on `day`), how many.
/// Anonymised, a count of 1–4 reads "<5".
pub fn figures(report: &Report, out: &mut dyn Write) -> io::Result<usize> {
    let mut sheet = Sheet::start(
        out,
        &["dimension", "category", "base", "day", "date", "people"],
    )?;
    let p = &report.participation;
    let mut bases: Vec<(&str, String, String, Option<&Breakdowns>)> = vec![
        (
            "registered",
            String::new(),
            String::new(),
            Some(&p.registered),
        ),
        ("attended", String::new(), String::new(), Some(&p.attended)),
    ];
    for day in &p.days {
        let date = day
            .date
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default();
        bases.push(("day", number(day.day), date, day.attended.as_ref()));
    }
    for (base, day, date, breakdowns) in &bases {
        // A day without a date has no figures to give: left out rather than written as 0.
        let Some(breakdowns) = breakdowns else {
            continue;
        };
        let lead = |dimension: &str, category: &str| {
            vec![
                text_cell(dimension),
                text_cell(category),
                text_cell(base),
                day.clone(),
                date.clone(),
            ]
        };
        let mut total = lead("all", "people");
        total.push(report.total(breakdowns));
        sheet.row(&total)?;
        // The categories of the registered: every base has the same rows, 0 included.
        for (categories, counted) in p.registered.all().into_iter().zip(breakdowns.all()) {
            for row in &categories.rows {
                let mut cells = lead(categories.dimension.label(), category(&row.label));
                cells.push(report.count(counted.row(&row.label)));
                sheet.row(&cells)?;
            }
        }
    }
    sheet.finish()
}
