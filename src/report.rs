//! The report: one [`Report`] computed from a workshop, rendered as Markdown, HTML or a
//! folder of CSV tables; and the printable sign-in sheet of a day ([`signin`]).
//!
//! - [`Report::build`] computes everything once (figures, the agenda as delivered, outputs
//!   per group, who may be named). Renderers only print it.
//! - Renderers write to any [`std::io::Write`] ([`markdown::write`], [`html::write`],
//!   [`tables::write_table`]); a screen previews with [`Report::to_markdown`].
//! - [`export()`] writes the files atomically (temp file or temp folder beside the target,
//!   fsync, rename; mode 0600) and reports progress through a callback.
//!
//! **Privacy** is one policy, [`redact::Redactor`] with [`privacy`]: anonymised reports
//! carry no participant names, phones or emails anywhere (free text is scrubbed, people
//! appear by role or by an organisation k people share), figures under k are suppressed with
//! their complements, and named reports list only people who consented to data processing,
//! with contact details only where sharing was agreed. The CSV folder of an anonymised
//! report holds no table with a row per person.
//!
//! **Phone numbers in CSV** are written in the international form with `00` instead of `+`
//! and spaces between digit groups (`00964 770 123 4567`): a leading `+` would be read by
//! Excel as a formula, and a run of digits by Calc and Excel as a number that loses its
//! leading zeros; with the spaces it is text in both, dials from Iraq and abroad, and reads
//! as people write it. Every other cell that begins with `=`, `+`, `-`, `@`, a tab or a
//! carriage return gets a leading apostrophe.

mod agenda;
pub mod docx;
mod export;
pub mod html;
pub mod ics;
pub mod markdown;
mod name_order;
mod outputs;
mod participation;
mod phone;
pub mod privacy;
mod redact;
pub mod script;
pub mod signin;
mod summary;
pub mod tables;
pub mod xlsx;

pub use agenda::{AgendaDay, DeliveredItem, ItemStatus};
pub use export::{
    ExportError, ExportSummary, Format, Progress, default_output, default_signin_output, export,
    export_signin, export_with, write_atomically,
};
pub use outputs::{
    ActionRow, AddresseeGroup, EntryLine, GroupOutputs, OutcomeRow, PLENARY, RecommendationRow,
};
pub use participation::{
    Breakdown, Breakdowns, Count, DayParticipation, Dimension, NOT_GIVEN, Participation, Share,
    disability_label,
};
pub use phone::phone_for_spreadsheet;
pub use privacy::Threshold;
pub use redact::{ANONYMOUS, REMOVED, SOMEONE};
pub use summary::{
    ConsolidatedAddressee, ConsolidatedRecommendation, CrossTable, ExecutiveSummary,
    TopRecommendation,
};

use crate::model::{Attendance, Consent, Workshop};
use chrono::{Datelike, NaiveDate};
use redact::Redactor;
use serde::Serialize;

/// What the report says about the workshop itself.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TitleBlock {
    pub title: String,
    pub subtitle: String,
    pub description: String,
    /// "24–26 November 2026"; empty when the start date is not set.
    pub dates: String,
    pub venue: String,
    pub city: String,
    pub organisers: Vec<String>,
    pub partners: Vec<String>,
    pub donors: Vec<String>,
    pub programme: String,
}

/// A working group as the method section describes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct GroupMethod {
    pub name: String,
    pub purpose: &'static str,
    pub facilitator: String,
    pub note_taker: String,
    pub size: usize,
    pub room: String,
}

/// One person of the participant list. Never built for an anonymised report. Erased people
/// are kept (the CSV tables count their rows) with every personal field blank; the Markdown
/// and HTML annex leave them out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ParticipantRow {
    /// The participant's stable id (not personal: a random number), to join tables on.
    pub id: String,
    pub erased: bool,
    pub name: String,
    pub name_other_script: String,
    pub organisation: String,
    pub position: String,
    pub stakeholder: &'static str,
    pub governorate: String,
    pub district: String,
    pub gender: &'static str,
    pub age_band: &'static str,
    pub disability: &'static str,
    pub phone: String,
    pub email: String,
    /// Consent answers: data processing, photo, named quote, sharing contact.
    pub consent: [&'static str; 4],
    /// "1, 2" — the workshop days attended; empty when none.
    pub days_attended: String,
    /// Every check-in, in date order.
    pub attendance: Vec<Attendance>,
}

/// Everything every format prints, computed once.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Report {
    pub anonymised: bool,
    pub title: TitleBlock,
    pub objectives: Vec<String>,
    pub agenda: Vec<AgendaDay>,
    pub participation: Participation,
    pub groups: Vec<GroupMethod>,
    pub outputs: Vec<GroupOutputs>,
    /// Live entries the report shows.
    pub entry_total: usize,
    /// Internal entries (notes, or tagged "internal") left out; 0 when they are included.
    pub internal_left_out: usize,
    /// The participant list; `None` when anonymised.
    pub annex: Option<Vec<ParticipantRow>>,
    /// What a donor reads first, from the figures below.
    pub executive: ExecutiveSummary,
    /// Every group's recommendations by addressee.
    pub recommendations: Vec<ConsolidatedAddressee>,
    /// The registered by gender and age band.
    pub gender_by_age: CrossTable,
    /// The k of the anonymisation (figures under k hidden, organisations named from k).
    pub threshold: Threshold,
    /// Registered people left out of the participant list because they gave no
    /// data-processing consent (counted in the figures only); 0 when anonymised.
    pub without_processing_consent: usize,
    /// The anonymised report's method note (what was left out, k and how it was applied);
    /// empty for a named report.
    pub privacy_note: String,
    /// "3 registered people gave no data-processing consent: …"; empty when none.
    pub consent_note: String,
}

impl Report {
    /// The report a donor gets: internal notes left out.
    pub fn build(workshop: &Workshop, anonymise: bool) -> Report {
        Report::build_with(workshop, anonymise, false)
    }

    /// The report, with the internal entries (notes, entries tagged "internal") when
    /// `include_internal`.
    pub fn build_with(workshop: &Workshop, anonymise: bool, include_internal: bool) -> Report {
        let redactor = Redactor::new(workshop, anonymise);
        let info = workshop.info();
        let list = |items: &[String]| -> Vec<String> {
            items
                .iter()
                .map(|s| redactor.text(s.trim()))
                .filter(|s| !s.is_empty())
                .collect()
        };
        let title = TitleBlock {
            title: redactor.text(info.title.trim()),
            subtitle: redactor.text(info.subtitle.trim()),
            description: redactor.text(info.description.trim()),
            dates: date_range(info.start, info.days),
            venue: redactor.text(info.venue.trim()),
            city: redactor.text(info.city.trim()),
            organisers: list(&info.organisers),
            partners: list(&info.partners),
            donors: list(&info.donors),
            programme: redactor.text(info.programme.trim()),
        };
        let groups = workshop
            .groups()
            .into_iter()
            .map(|g| GroupMethod {
                name: redactor.text(g.name.trim()),
                purpose: g.purpose.label(),
                facilitator: redactor.role_holder(g.facilitator, "a facilitator"),
                note_taker: redactor.role_holder(g.note_taker, "a note-taker"),
                size: g.members.len(),
                room: redactor.text(g.room.trim()),
            })
            .collect();
        let mut participation = Participation::of(workshop);
        let mut gender_by_age = CrossTable::gender_by_age(workshop);
        let threshold = redactor.threshold();
        if anonymise {
            let settings = &info.settings;
            privacy::suppress_figures(
                &mut participation,
                &mut gender_by_age,
                threshold.used,
                (settings.youth_min_age, settings.youth_max_age),
            );
        }
        let outputs = outputs::per_group(workshop, &redactor, include_internal);
        let recommendations = summary::consolidated(&outputs);
        let annex = (!anonymise).then(|| annex(workshop));
        let privacy_note = if anonymise {
            format!(
                "Anonymised report: no participant names or contact details; phones, emails \
                 and names in the notes are replaced by a role; speakers in a public role \
                 appear by position and organisation; sources appear as their organisation, \
                 their kind of organisation and governorate, or \"a participant\"; the \
                 participant list is left out. {}",
                threshold.note(participation.registered.total)
            )
        } else {
            String::new()
        };
        let left_out = annex.as_ref().map_or(0, |(_, left_out)| *left_out);
        let consent_note = match left_out {
            0 => String::new(),
            1 => "1 registered person gave no data-processing consent: counted in the figures, \
                  not listed."
                .to_string(),
            n => format!(
                "{n} registered people gave no data-processing consent: counted in the \
                 figures, not listed."
            ),
        };
        Report {
            anonymised: anonymise,
            title,
            objectives: list(&info.objectives),
            agenda: agenda::delivered(workshop, &redactor),
            executive: ExecutiveSummary::of(workshop, &participation, &outputs, &recommendations),
            recommendations,
            gender_by_age,
            threshold,
            without_processing_consent: left_out,
            privacy_note,
            consent_note,
            participation,
            groups,
            outputs,
            entry_total: outputs::reported(workshop, include_internal).count(),
            internal_left_out: workshop.entries().count()
                - outputs::reported(workshop, include_internal).count(),
            annex: annex.map(|(rows, _)| rows),
        }
    }

    /// The Markdown text, for a preview screen: without the direction isolates the file
    /// has, which a terminal would show as marks.
    pub fn to_markdown(&self) -> String {
        let mut out = Vec::new();
        // Writing into a Vec cannot fail.
        let _ = markdown::write(self, &mut out);
        markdown::without_isolates(&String::from_utf8_lossy(&out))
    }

    /// A count that is no cell of a table (the erased, the team) as printed: the number, or
    /// "<k" for 1 to k − 1 people when anonymised.
    pub fn cell(&self, count: usize) -> String {
        cell(count, self.anonymised, self.threshold.used)
    }

    /// A row of a breakdown as printed: the number, or "<k" when suppressed.
    pub fn count(&self, row: Option<&Count>) -> String {
        match row {
            Some(row) if row.hidden => self.hidden_text(),
            Some(row) => row.count.to_string(),
            None => "0".to_string(),
        }
    }

    /// The "people" figure of a column as printed: the number, or "<k" when suppressed.
    pub fn total(&self, column: &Breakdowns) -> String {
        if column.total_hidden {
            self.hidden_text()
        } else {
            column.total.to_string()
        }
    }

    /// A cell of the gender × age table as printed.
    pub fn cross(&self, row: usize, column: usize) -> String {
        let table = &self.gender_by_age;
        if table.is_hidden(row, column) {
            return self.hidden_text();
        }
        table
            .counts
            .get(row)
            .and_then(|r| r.get(column))
            .map_or_else(String::new, ToString::to_string)
    }

    /// What a suppressed figure reads: "<5" for k = 5.
    pub fn hidden_text(&self) -> String {
        format!("<{}", self.threshold.used)
    }

    /// A share as printed: "40% (12 of 30)"; anonymised: "40%", or "not shown" when a
    /// count it rests on is suppressed.
    pub fn share(&self, share: &Share) -> String {
        share_text(share, self.anonymised, self.threshold.used)
    }

    /// A row's share of the registered as printed: "34%"; empty when nobody is registered;
    /// "—" when the row or the total is suppressed (the share would give the count away).
    pub fn percent_of(&self, row: &Count, registered: &Breakdowns) -> String {
        if registered.total == 0 {
            return String::new();
        }
        if self.anonymised && (row.hidden || registered.total_hidden) {
            return "—".to_string();
        }
        format!(
            "{}%",
            (row.count as f64 * 100.0 / registered.total as f64).round() as u32
        )
    }

    /// The one-line summary the CLI prints after writing.
    pub fn summary(&self) -> String {
        let p = &self.participation;
        let left_out = match self.internal_left_out {
            0 => String::new(),
            n => format!(" ({n} internal left out)"),
        };
        format!(
            "{} registered, {} attended, {} entries from {} group{}{left_out}",
            self.total(&p.registered),
            self.total(&p.attended),
            self.entry_total,
            self.groups.len(),
            if self.groups.len() == 1 { "" } else { "s" }
        )
    }
}

pub(crate) fn cell(count: usize, anonymised: bool, k: usize) -> String {
    if anonymised && (1..k).contains(&count) {
        format!("<{k}")
    } else {
        count.to_string()
    }
}

pub(crate) fn share_text(share: &Share, anonymised: bool, k: usize) -> String {
    let Some(percent) = share.percent() else {
        return "not known".to_string();
    };
    let small = |n: usize| (1..k).contains(&n);
    if anonymised {
        if share.hidden || small(share.count) || small(share.of) {
            format!("not shown (it would give away a figure under {k})")
        } else {
            format!("{percent}%")
        }
    } else {
        format!("{percent}% ({} of {})", share.count, share.of)
    }
}

/// The participant list of a named report, and how many registered people it leaves out for
/// want of data-processing consent ("not asked" is not consent). Phone and email are given
/// only with contact-sharing consent.
fn annex(workshop: &Workshop) -> (Vec<ParticipantRow>, usize) {
    let info = workshop.info();
    let consent = |c: Consent| match c {
        Consent::Yes => "yes",
        Consent::No => "no",
        Consent::Unknown => "not asked",
    };
    let text = |s: &str| redact::clean(s.trim());
    let consented = |p: &&crate::model::Participant| p.erased || p.consent.data_processing.given();
    let left_out = workshop.participants().filter(|p| !consented(p)).count();
    let mut rows: Vec<ParticipantRow> = workshop
        .participants()
        .filter(consented)
        .map(|p| {
            let days: Vec<String> = (1..=info.days)
                .filter(|day| info.date_of_day(*day).is_some_and(|d| p.attended_on(d)))
                .map(|day| day.to_string())
                .collect();
            let mut attendance = p.attendance.clone();
            attendance.sort();
            // An erased record is blank already; blank again in case a file was edited by hand.
            let personal = |s: &str| if p.erased { String::new() } else { text(s) };
            let contact = |s: &str| {
                if p.consent.sharing_contact.given() {
                    personal(s)
                } else {
                    String::new()
                }
            };
            ParticipantRow {
                id: p.id.to_string(),
                erased: p.erased,
                name: personal(&p.name),
                name_other_script: personal(&p.name_other_script),
                organisation: personal(&p.organisation),
                position: personal(&p.position),
                // The team is listed (they were there) but marked: they are not in the figures.
                stakeholder: p.team.map_or(p.stakeholder.label(), |role| role.listed()),
                governorate: text(&p.governorate),
                district: personal(&p.district),
                gender: p.gender.label(),
                age_band: p.age_band.label(),
                disability: disability_label(p.disability),
                phone: contact(&p.phone),
                email: contact(&p.email),
                consent: [
                    consent(p.consent.data_processing),
                    consent(p.consent.photo),
                    consent(p.consent.named_quote),
                    consent(p.consent.sharing_contact),
                ],
                days_attended: days.join(", "),
                attendance,
            }
        })
        .collect();
    rows.sort_by_cached_key(|r| (r.erased, r.name.to_lowercase()));
    (rows, left_out)
}

/// "24–26 November 2026", "30 November – 2 December 2026", "31 December 2026 – 1 January
/// 2027"; empty without a start date.
pub fn date_range(start: Option<NaiveDate>, days: u16) -> String {
    let Some(start) = start else {
        return String::new();
    };
    let end = start
        .checked_add_days(chrono::Days::new(u64::from(days.saturating_sub(1))))
        .unwrap_or(start);
    if end == start {
        start.format("%-d %B %Y").to_string()
    } else if start.year() != end.year() {
        format!(
            "{} – {}",
            start.format("%-d %B %Y"),
            end.format("%-d %B %Y")
        )
    } else if start.month() != end.month() {
        format!("{} – {}", start.format("%-d %B"), end.format("%-d %B %Y"))
    } else {
        format!("{}–{}", start.format("%-d"), end.format("%-d %B %Y"))
    }
}
