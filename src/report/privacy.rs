//! The pieces of the one privacy policy ([`super::redact::Redactor`]) that are not about
//! who may be named: finding personal data inside free text ([`scrub`]), hiding small cells
//! so they cannot be worked out again ([`suppress`]), and scanning a written export for
//! anything personal that got through ([`scan`]).

pub mod scan;
pub mod scrub;
pub mod suppress;

use super::participation::{Breakdowns, Participation};
use super::summary::CrossTable;
use crate::model::Workshop;
use crate::model::{AgeBand, Gender};
use scan::Hit;
use scrub::{Known, Scrubber};
use std::path::Path;
use suppress::System;

/// The scanner of a workshop: every name (as the anonymiser matches it), phone and email of
/// everyone in the session who is not erased, deleted people included.
pub fn scanner(workshop: &Workshop) -> Scrubber {
    session_scrubber(workshop, false)
}

/// What the anonymiser finds in free text: every phone and email however it looks, and the
/// session's names (for listing the places it replaces).
pub fn finder(workshop: &Workshop) -> Scrubber {
    session_scrubber(workshop, true)
}

fn session_scrubber(workshop: &Workshop, generic: bool) -> Scrubber {
    let k = Threshold::new(workshop.info().settings.anonymity_k()).used;
    let records = workshop.participant_records();
    let known: Vec<Known> = records
        .iter()
        .filter(|p| !p.erased)
        .map(|p| Known {
            names: vec![p.name.as_str(), p.name_other_script.as_str()],
            phone: &p.phone,
            email: &p.email,
            role: String::new(),
            whole_only: false,
        })
        .chain(
            small_organisations(workshop, k)
                .into_iter()
                .map(|org| Known {
                    names: vec![org],
                    phone: "",
                    email: "",
                    role: String::new(),
                    whole_only: true,
                }),
        )
        .collect();
    if generic {
        Scrubber::new(&known, k)
    } else {
        Scrubber::for_scan(&known, k)
    }
}

/// The organisations fewer than k registered (not deleted) people come from, except the
/// workshop's own organisers, partners and donors and the organisations of people in a
/// public role, which are public: each such name points at a person.
pub fn small_organisations(workshop: &Workshop, k: usize) -> Vec<&str> {
    let info = workshop.info();
    let public: Vec<String> = info
        .organisers
        .iter()
        .chain(&info.partners)
        .chain(&info.donors)
        .map(|o| crate::model::search::fold(o))
        .collect();
    // The organisation of someone speaking in a public role is public with them.
    let public: Vec<String> = public
        .into_iter()
        .chain(
            workshop
                .participant_records()
                .iter()
                .filter(|p| p.public_role && !p.erased)
                .map(|p| crate::model::search::fold(&p.organisation)),
        )
        .collect();
    let mut counts: std::collections::HashMap<String, (usize, &str)> =
        std::collections::HashMap::new();
    for person in workshop.participant_records().iter().filter(|p| !p.erased) {
        let org = person.organisation.trim();
        let key = crate::model::search::fold(org);
        if key.is_empty() || public.contains(&key) {
            continue;
        }
        let entry = counts.entry(key).or_insert((0, org));
        if !person.deleted {
            entry.0 += 1;
        }
    }
    let mut small: Vec<&str> = counts
        .into_values()
        .filter(|(n, _)| *n < k)
        .map(|(_, org)| org)
        .collect();
    small.sort_unstable();
    small
}

/// The hits in an export's bytes (`name` is the file's name, for locations): a Word or
/// Excel file is read part by part.
pub fn scan_bytes(scanner: &Scrubber, name: &str, bytes: &[u8]) -> Vec<Hit> {
    if bytes.starts_with(b"PK\x03\x04") {
        return scan::scan_zip(scanner, name, bytes).unwrap_or_else(|reason| {
            vec![Hit {
                location: name.to_string(),
                kind: scrub::Found::Name,
                text: reason,
            }]
        });
    }
    let text = String::from_utf8_lossy(bytes);
    let text = if name.ends_with(".html") {
        scan::xml_text(&text)
    } else {
        text.into_owned()
    };
    scan::scan_text(scanner, name, &text)
}

/// Every hit in the export at `path` (a file or a folder of tables).
pub fn scan_export(workshop: &Workshop, path: &Path) -> Result<Vec<Hit>, String> {
    scan::scan_path(&scanner(workshop), path)
}

/// The k a report works with, and what its method note says about it: k below 2 would let
/// a single person's count be printed, so it is raised to 2; a k above the number of people
/// counted hides every figure, which the note says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Threshold {
    /// The k as the workshop set it.
    pub set: u32,
    /// The k used: at least 2.
    pub used: usize,
}

impl Threshold {
    pub fn new(set: u32) -> Threshold {
        Threshold {
            set,
            used: (set as usize).max(2),
        }
    }

    /// The method note's sentence about k, for `people` counted.
    pub fn note(&self, people: usize) -> String {
        let mut note = format!(
            "Figures of fewer than {k} people are shown as \"<{k}\", and further figures are \
             hidden where the shown ones would give a hidden one away; an organisation is \
             named as a source only when at least {k} registered people come from it \
             (k = {k}).",
            k = self.used
        );
        if (self.set as usize) < self.used {
            note.push_str(&format!(
                " The workshop set k to {}; a k below 2 would print single people's figures, \
                 so 2 is used.",
                self.set
            ));
        }
        if people > 0 && self.used > people {
            note.push_str(&format!(
                " k is larger than the {people} people counted, so every figure about people \
                 is hidden."
            ));
        }
        note
    }
}

/// Hide the small cells of every column of figures (registered, attended, each day) and of
/// the gender × age table, which shares its margins with the registered column.
/// `youth` is the workshop's youth age range: the youth share rests on those bands only.
pub fn suppress_figures(
    participation: &mut Participation,
    cross: &mut CrossTable,
    k: usize,
    youth: (u32, u32),
) {
    suppress_column(&mut participation.registered, Some(cross), k, youth);
    suppress_column(&mut participation.attended, None, k, youth);
    for day in &mut participation.days {
        if let Some(b) = day.attended.as_mut() {
            suppress_column(b, None, k, youth);
        }
    }
}

fn suppress_column(
    b: &mut Breakdowns,
    cross: Option<&mut CrossTable>,
    k: usize,
    (youth_min, youth_max): (u32, u32),
) {
    let mut values = vec![b.total];
    let mut constraints: Vec<(Vec<usize>, usize)> = Vec::new();
    // Per dimension, the index of each row's count in `values`.
    let mut row_vars: Vec<Vec<usize>> = Vec::new();
    for breakdown in b.all() {
        let vars: Vec<usize> = breakdown
            .rows
            .iter()
            .map(|row| {
                values.push(row.count);
                values.len() - 1
            })
            .collect();
        constraints.push((vars.clone(), 0));
        row_vars.push(vars);
    }
    let mut cross_vars: Vec<Vec<usize>> = Vec::new();
    if let Some(cross) = cross.as_deref() {
        let var_of = |dimension: usize, label: &str| {
            b.all()[dimension]
                .rows
                .iter()
                .position(|r| r.label == label)
                .map(|i| row_vars[dimension][i])
        };
        for counts in &cross.counts {
            cross_vars.push(
                counts
                    .iter()
                    .map(|&n| {
                        values.push(n);
                        values.len() - 1
                    })
                    .collect(),
            );
        }
        // Rows are genders (dimension 0), columns age bands (dimension 1).
        for (r, label) in cross.rows.iter().enumerate() {
            if let Some(total) = var_of(0, label) {
                constraints.push((cross_vars[r].clone(), total));
            }
        }
        for (c, label) in cross.columns.iter().enumerate() {
            if let Some(total) = var_of(1, label) {
                constraints.push((cross_vars.iter().map(|row| row[c]).collect(), total));
            }
        }
    }
    let hidden = suppress::suppress(
        &System {
            values: &values,
            constraints: &constraints,
        },
        k,
    );
    b.total_hidden = hidden[0];
    let dims = [
        &mut b.gender,
        &mut b.age_band,
        &mut b.stakeholder,
        &mut b.governorate,
        &mut b.disability,
    ];
    for (breakdown, vars) in dims.into_iter().zip(&row_vars) {
        for (row, var) in breakdown.rows.iter_mut().zip(vars) {
            row.hidden = hidden[*var];
        }
    }
    if let Some(cross) = cross {
        cross.hidden = cross_vars
            .iter()
            .map(|row| row.iter().map(|v| hidden[*v]).collect())
            .collect();
    }
    // A share rests on its category and on who did not answer: both must be shown.
    let hidden_row =
        |breakdown: &super::Breakdown, label: &str| breakdown.row(label).is_some_and(|r| r.hidden);
    let small = |n: usize| n > 0 && n < k;
    b.women.hidden = b.total_hidden
        || [Gender::Female, Gender::Unknown, Gender::PreferNotToSay]
            .iter()
            .any(|g| hidden_row(&b.gender, g.label()))
        || small(b.women.count)
        || small(b.women.of);
    b.youth.hidden = b.total_hidden
        || AgeBand::ALL
            .iter()
            .filter(|a| {
                a.range()
                    .is_none_or(|(low, high)| low >= youth_min && high <= youth_max)
            })
            .any(|a| hidden_row(&b.age_band, a.label()))
        || small(b.youth.count)
        || small(b.youth.of);
}
