//! From rows to one change: each row added, filling someone's blanks, a duplicate, or
//! skipped; all of it gathered into a single undoable batch.

use super::build::{Candidate, Reading, candidate};
use super::columns::{ColumnMatch, MatchHow};
use super::dedupe::{Index, Known, SameBy};
use super::error::RowProblem;
use super::table::Row;
use super::values;
use super::{Added, Duplicate, ImportError, Progress, Updated};
use crate::model::{
    AgeBand, Change, Consent, Disability, Gender, Participant, Stakeholder, Workshop,
};

/// How often (in rows) the progress callback hears from us.
const PROGRESS_EVERY: usize = 1000;

/// Everything a plan is built from, gathered while going through the rows.
#[derive(Default)]
pub struct Outcome {
    pub added: Vec<Added>,
    pub updated: Vec<Updated>,
    pub duplicates: Vec<Duplicate>,
    pub invalid: Vec<RowProblem>,
    pub warnings: Vec<RowProblem>,
    pub blank_rows: usize,
    pub change: Vec<Change>,
}

pub fn go_through(
    rows: &[Row],
    header_len: usize,
    columns: &[ColumnMatch],
    workshop: &Workshop,
    reading: &Reading,
    skip_invalid: bool,
    progress: &mut dyn FnMut(Progress),
) -> Outcome {
    let existing: Vec<&Participant> = workshop.participants().collect();
    let mut index = Index::default();
    for (i, person) in existing.iter().enumerate() {
        index.insert(person, Known::Existing(i));
    }
    let mut outcome = Outcome::default();
    let mut new_people: Vec<Participant> = Vec::new();
    // Existing people as this import leaves them, by their position in `existing`.
    let mut changed: Vec<Option<Participant>> = vec![None; existing.len()];
    let mut changed_order: Vec<usize> = Vec::new();

    for (done, row) in rows.iter().enumerate() {
        if done % PROGRESS_EVERY == 0 {
            progress(Progress {
                rows_done: done,
                rows_total: rows.len(),
            });
        }
        if is_blank(row, columns) {
            outcome.blank_rows += 1;
            continue;
        }
        if let Some(problem) = wrong_width(row, header_len) {
            outcome.invalid.push(problem);
            continue;
        }
        let Candidate {
            person,
            mut warnings,
            mut problems,
            bad_values,
        } = candidate(&row.cells, columns, reading);
        if skip_invalid {
            warnings.extend(
                bad_values
                    .into_iter()
                    .map(|bad| format!("{bad}; left out, the rest of the row imported")),
            );
        } else {
            problems.extend(bad_values);
        }
        if !problems.is_empty() {
            outcome.invalid.push(RowProblem {
                row: row.number,
                reason: problems.join("; "),
            });
            continue;
        }
        outcome
            .warnings
            .extend(warnings.into_iter().map(|reason| RowProblem {
                row: row.number,
                reason,
            }));
        let found = index.find(&person).filter(|(known, by)| {
            let known_person = match *known {
                Known::Existing(i) => changed[i].as_ref().unwrap_or(existing[i]),
                Known::Added(j) => &new_people[j],
            };
            *by != SameBy::NameAndOrganisation || !contacts_differ(known_person, &person)
        });
        match found {
            None => {
                index.insert(&person, Known::Added(new_people.len()));
                outcome.added.push(Added {
                    row: row.number,
                    name: person.name.clone(),
                });
                new_people.push(person);
            }
            Some((Known::Existing(i), by)) => {
                let slot = &mut changed[i];
                let target = slot.get_or_insert_with(|| existing[i].clone());
                let filled = fill_blanks(target, &person);
                index.insert(&person, Known::Existing(i));
                if filled.is_empty() {
                    outcome.duplicates.push(Duplicate {
                        row: row.number,
                        of: target.name.clone(),
                        of_row: None,
                        by,
                        filled,
                    });
                } else {
                    if !changed_order.contains(&i) {
                        changed_order.push(i);
                    }
                    outcome.updated.push(Updated {
                        row: row.number,
                        name: target.name.clone(),
                        by,
                        filled,
                    });
                }
            }
            Some((Known::Added(j), by)) => {
                let filled = fill_blanks(&mut new_people[j], &person);
                index.insert(&person, Known::Added(j));
                outcome.duplicates.push(Duplicate {
                    row: row.number,
                    of: new_people[j].name.clone(),
                    of_row: Some(outcome.added[j].row),
                    by,
                    filled,
                });
            }
        }
    }
    progress(Progress {
        rows_done: rows.len(),
        rows_total: rows.len(),
    });
    outcome.change = new_people
        .into_iter()
        .map(Change::put_participant)
        .chain(
            changed_order
                .into_iter()
                .filter_map(|i| changed[i].take())
                .map(Change::put_participant),
        )
        .collect();
    outcome
}

/// Two people with the same name in the same organisation are still two people when their
/// phones, or their emails, say so.
fn contacts_differ(a: &Participant, b: &Participant) -> bool {
    let differ =
        |x: Option<String>, y: Option<String>| matches!((x, y), (Some(x), Some(y)) if x != y);
    differ(values::phone(&a.phone), values::phone(&b.phone))
        || differ(values::email(&a.email), values::email(&b.email))
}

/// Nothing in the row but form bookkeeping (an ODK repeat's empty row still has its KEY).
fn is_blank(row: &Row, columns: &[ColumnMatch]) -> bool {
    row.cells.iter().enumerate().all(|(i, cell)| {
        cell.trim().is_empty() || columns.get(i).is_some_and(|c| c.how == MatchHow::Meta)
    })
}

/// A row whose extra cells (past the header's columns) hold something: that data has no
/// column. Short rows were padded when the table was read.
fn wrong_width(row: &Row, header_len: usize) -> Option<RowProblem> {
    let extra_hold_data = row
        .cells
        .iter()
        .skip(header_len)
        .any(|c| !c.trim().is_empty());
    (row.cells.len() < header_len || extra_hold_data).then(|| RowProblem {
        row: row.number,
        reason: format!(
            "it has {} cells but the header has {} columns",
            row.cells.len(),
            header_len
        ),
    })
}

/// Copy into `target` what it lacks and `source` has; never overwrite. Returns the names of
/// the fields filled.
pub fn fill_blanks(target: &mut Participant, source: &Participant) -> Vec<&'static str> {
    let mut filled = Vec::new();
    let mut text = |slot: &mut String, value: &String, name: &'static str| {
        if slot.trim().is_empty() && !value.trim().is_empty() {
            slot.clone_from(value);
            filled.push(name);
        }
    };
    text(
        &mut target.name_other_script,
        &source.name_other_script,
        "name in other script",
    );
    text(
        &mut target.organisation,
        &source.organisation,
        "organisation",
    );
    text(&mut target.position, &source.position, "position");
    if target.governorate.trim().is_empty() && target.governorate_as_written.is_empty() {
        target
            .governorate_as_written
            .clone_from(&source.governorate_as_written);
    }
    text(&mut target.governorate, &source.governorate, "governorate");
    if target.district.trim().is_empty() && target.district_as_written.is_empty() {
        target
            .district_as_written
            .clone_from(&source.district_as_written);
    }
    text(&mut target.district, &source.district, "district");
    text(&mut target.phone, &source.phone, "phone");
    text(&mut target.email, &source.email, "email");
    text(&mut target.notes, &source.notes, "notes");
    fill_unknown(
        &mut target.stakeholder,
        source.stakeholder,
        Stakeholder::Unknown,
        "stakeholder type",
        &mut filled,
    );
    fill_unknown(
        &mut target.gender,
        source.gender,
        Gender::Unknown,
        "gender",
        &mut filled,
    );
    fill_unknown(
        &mut target.age_band,
        source.age_band,
        AgeBand::Unknown,
        "age band",
        &mut filled,
    );
    fill_unknown(
        &mut target.disability,
        source.disability,
        Disability::Unknown,
        "disability",
        &mut filled,
    );
    if target.washington_group.is_empty() && !source.washington_group.is_empty() {
        target.washington_group = source.washington_group;
        filled.push("Washington Group answers");
    }
    let (t, s) = (&mut target.consent, &source.consent);
    fill_unknown(
        &mut t.data_processing,
        s.data_processing,
        Consent::Unknown,
        "data consent",
        &mut filled,
    );
    fill_unknown(
        &mut t.photo,
        s.photo,
        Consent::Unknown,
        "photo consent",
        &mut filled,
    );
    fill_unknown(
        &mut t.named_quote,
        s.named_quote,
        Consent::Unknown,
        "quote consent",
        &mut filled,
    );
    fill_unknown(
        &mut t.sharing_contact,
        s.sharing_contact,
        Consent::Unknown,
        "contact consent",
        &mut filled,
    );
    filled
}

fn fill_unknown<T: Copy + PartialEq>(
    slot: &mut T,
    value: T,
    unknown: T,
    name: &'static str,
    filled: &mut Vec<&'static str>,
) {
    if *slot == unknown && value != unknown {
        *slot = value;
        filled.push(name);
    }
}

/// Refuse the whole file when rows are invalid, unless asked to skip them.
pub fn refuse_invalid(outcome: &Outcome, skip_invalid: bool) -> Result<(), ImportError> {
    if outcome.invalid.is_empty() || skip_invalid {
        Ok(())
    } else {
        Err(ImportError::InvalidRows(outcome.invalid.clone()))
    }
}
