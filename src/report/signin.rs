//! The sign-in sheet: one printable A4 page set per workshop day, for the door when the
//! power (or the laptop) fails, and for the donor who asks for signed attendance sheets.
//!
//! - Who is listed: every registered participant who is not deleted and not erased, with
//!   their full name (the sheet is the organiser's, like the report's annex; the model has
//!   no "do not list" consent, and an erased person has no name left to print — they sign
//!   on a blank row like a walk-in). The model has no staff flag yet; when it gets one,
//!   staff belong on their own sheet, not here.
//! - Order: [`name_order`](super::name_order) — Latin-script names, then Arabic-script
//!   names, each alphabetically, locale-independent.
//! - Pages are made here, not by the browser: [`ROWS_PER_PAGE`] rows of fixed height per
//!   page, each page with its own heading (title, day and date, venue, donors), column heads
//!   and "Page n of N" — so every printed page carries them in any browser, with or without
//!   support for CSS page-margin boxes. Cells never wrap (a long name is cut with "…"), so a
//!   page never spills onto the next. The column heads are also a `thead`, which browsers
//!   repeat should a page overflow anyway.
//! - Blank rows for walk-ins fill the last page, at least [`MIN_BLANK_ROWS`] of them.
//! - HTML: the same minijinja engine and escaping as the report ([`super::html`]); names
//!   carry `dir="auto"`.

use super::html;
use super::name_order::NameKey;
use super::redact::clean;
use crate::model::{Workshop, WorkshopInfo};
use chrono::NaiveDate;
use serde::Serialize;
use std::io::{self, Write};

const TEMPLATE: &str = include_str!("../../assets/report/signin.html");
const STYLE: &str = include_str!("../../assets/report/signin.css");

/// Rows on one printed page (fits A4 portrait at the row height in `signin.css`).
pub const ROWS_PER_PAGE: usize = 22;

/// At least this many empty rows for walk-ins at the end.
pub const MIN_BLANK_ROWS: usize = 8;

/// The day asked for is not a day of the workshop.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("day {day} is not a day of this workshop, which has {}", plural_days(*.days))]
pub struct NoSuchDay {
    pub day: u16,
    pub days: u16,
}

fn plural_days(days: u16) -> String {
    if days == 1 {
        "1 day".to_string()
    } else {
        format!("{days} days")
    }
}

/// One line of the sheet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SigninRow {
    /// 1, 2, 3 … down the whole sheet, blank rows included.
    pub number: usize,
    /// Empty on a blank row.
    pub name: String,
    pub name_other_script: String,
    pub organisation: String,
}

/// One printed page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SigninPage {
    pub number: usize,
    pub rows: Vec<SigninRow>,
}

/// A whole sheet, ready to print.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SigninSheet {
    pub title: String,
    /// "Day 1 of 3"; "Day 1" for a one-day workshop.
    pub day_label: String,
    /// "Tuesday 24 November 2026"; empty when the start date is not set.
    pub date: String,
    /// Venue and city, or empty.
    pub venue: String,
    /// Donors joined with ", ", or empty.
    pub donors: String,
    /// "Donor" or "Donors".
    pub donor_label: &'static str,
    pub registered: usize,
    pub blank: usize,
    pub pages: Vec<SigninPage>,
}

impl SigninSheet {
    /// The sheet for `day` (1-based) of `workshop`.
    pub fn build(workshop: &Workshop, day: u16) -> Result<SigninSheet, NoSuchDay> {
        let info = workshop.info();
        if !(1..=info.days).contains(&day) {
            return Err(NoSuchDay {
                day,
                days: info.days,
            });
        }
        let mut people: Vec<(NameKey, SigninRow)> = workshop
            .participants()
            .filter(|p| !p.erased && !p.name.trim().is_empty())
            .map(|p| {
                let name = clean(p.name.trim()).replace('\n', " ");
                let row = SigninRow {
                    number: 0,
                    name_other_script: clean(p.name_other_script.trim()).replace('\n', " "),
                    organisation: clean(p.organisation.trim()).replace('\n', " "),
                    name,
                };
                (NameKey::of(&row.name), row)
            })
            .collect();
        people.sort_by(|a, b| a.0.cmp(&b.0));
        let registered = people.len();
        let mut rows: Vec<SigninRow> = people.into_iter().map(|(_, row)| row).collect();
        let blank = blank_rows(registered);
        rows.extend((0..blank).map(|_| SigninRow {
            number: 0,
            name: String::new(),
            name_other_script: String::new(),
            organisation: String::new(),
        }));
        for (i, row) in rows.iter_mut().enumerate() {
            row.number = i + 1;
        }
        let pages = rows
            .chunks(ROWS_PER_PAGE)
            .enumerate()
            .map(|(i, chunk)| SigninPage {
                number: i + 1,
                rows: chunk.to_vec(),
            })
            .collect();
        let venue = [info.venue.trim(), info.city.trim()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .map(clean)
            .collect::<Vec<_>>()
            .join(", ");
        let donors: Vec<String> = info
            .donors
            .iter()
            .map(|d| clean(d.trim()).replace('\n', " "))
            .filter(|d| !d.is_empty())
            .collect();
        let donor_label = if donors.len() > 1 { "Donors" } else { "Donor" };
        let donors = donors.join(", ");
        Ok(SigninSheet {
            title: clean(info.title.trim()).replace('\n', " "),
            day_label: if info.days > 1 {
                format!("Day {day} of {}", info.days)
            } else {
                format!("Day {day}")
            },
            date: info
                .date_of_day(day)
                .map(|d| d.format("%A %-d %B %Y").to_string())
                .unwrap_or_default(),
            venue,
            donors,
            donor_label,
            registered,
            blank,
            pages,
        })
    }

    /// "48 registered, 12 blank rows, 3 pages".
    pub fn summary(&self) -> String {
        format!(
            "{} registered, {} blank rows, {} page{}",
            self.registered,
            self.blank,
            self.pages.len(),
            if self.pages.len() == 1 { "" } else { "s" }
        )
    }
}

/// Blank rows: enough to fill the last page, and at least [`MIN_BLANK_ROWS`].
fn blank_rows(registered: usize) -> usize {
    let total = (registered + MIN_BLANK_ROWS).div_ceil(ROWS_PER_PAGE) * ROWS_PER_PAGE;
    total - registered
}

/// The day a sheet is for when none is asked: `today` when it is a workshop day, else day 1.
pub fn default_day(info: &WorkshopInfo, today: NaiveDate) -> u16 {
    info.day_of_date(today).unwrap_or(1)
}

/// Write the sheet as one self-contained HTML page.
pub fn write(sheet: &SigninSheet, out: &mut impl Write) -> io::Result<()> {
    #[derive(Serialize)]
    struct Context<'a> {
        s: &'a SigninSheet,
        style: &'static str,
        page_count: usize,
    }
    let context = Context {
        s: sheet,
        style: STYLE,
        page_count: sheet.pages.len(),
    };
    html::render("signin.html", TEMPLATE, &context, out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_rows_fill_the_last_page_and_are_never_too_few() {
        assert_eq!(blank_rows(0), ROWS_PER_PAGE);
        assert_eq!(blank_rows(ROWS_PER_PAGE - MIN_BLANK_ROWS), MIN_BLANK_ROWS);
        assert_eq!(
            blank_rows(ROWS_PER_PAGE - MIN_BLANK_ROWS + 1),
            MIN_BLANK_ROWS + ROWS_PER_PAGE - 1
        );
        assert_eq!(blank_rows(50), 3 * ROWS_PER_PAGE - 50);
    }

    #[test]
    fn the_refusal_is_one_sentence() {
        assert_eq!(
            NoSuchDay { day: 9, days: 1 }.to_string(),
            "day 9 is not a day of this workshop, which has 1 day"
        );
        assert_eq!(
            NoSuchDay { day: 0, days: 3 }.to_string(),
            "day 0 is not a day of this workshop, which has 3 days"
        );
    }
}
