//! Merging copies of one workshop from several laptops.
//!
//! Records are united by id. Of the versions of one record, the one whose stamp takes in the
//! other's (its version vector covers it) replaces it quietly: that record changed on one side
//! only. When neither takes in the other, both sides changed it: the newer stamp wins and the
//! other version is kept as a visible conflict. Deletions are tombstones, so they merge like
//! any other change.
//!
//! The result depends only on the set of versions seen — the maximal ones under "covers" —
//! so merging is commutative, associative and idempotent: merging the same files twice, or
//! in any order, gives the same file.

use super::record::Record;
use super::{Conflict, Id, Workshop, WorkshopInfo};
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// What a merge did, for the command line and the status bar.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeSummary {
    /// Records the other copy had and this one did not.
    pub added: usize,
    /// Records changed on the other side only, taken over.
    pub updated: usize,
    /// Records changed on both sides: kept as conflicts.
    pub conflicts: usize,
}

/// Merge two copies of a workshop.
pub fn merge(ours: &Workshop, theirs: &Workshop) -> Workshop {
    let mut conflicts = Vec::new();
    let info = merge_info(ours, theirs, &mut conflicts);
    let agenda = merge_records(
        &ours.agenda,
        &theirs.agenda,
        kept(ours, theirs, as_item),
        |r| Conflict::Item(Box::new(r)),
        &mut conflicts,
    );
    let participants = merge_records(
        &ours.participants,
        &theirs.participants,
        kept(ours, theirs, as_participant),
        |r| Conflict::Participant(Box::new(r)),
        &mut conflicts,
    );
    let groups = merge_records(
        &ours.groups,
        &theirs.groups,
        kept(ours, theirs, as_group),
        |r| Conflict::Group(Box::new(r)),
        &mut conflicts,
    );
    let entries = merge_records(
        &ours.entries,
        &theirs.entries,
        kept(ours, theirs, as_entry),
        |r| Conflict::Entry(Box::new(r)),
        &mut conflicts,
    );
    conflicts.sort_by(Conflict::order);
    Workshop {
        format: ours.format.clone(),
        version: ours.version.max(theirs.version),
        // A file that did not know its identity learns it from its copy.
        id: if ours.id == Id::nil() {
            theirs.id
        } else {
            ours.id
        },
        info,
        agenda,
        participants,
        groups,
        entries,
        conflicts,
    }
}

/// How `theirs` changes `ours` when merged into it: what the command line reports.
pub fn summarise(ours: &Workshop, merged: &Workshop) -> MergeSummary {
    fn count<R: Record>(before: &[R], after: &[R], summary: &mut MergeSummary) {
        let before: BTreeMap<_, &R> = before.iter().map(|r| (r.id(), r)).collect();
        for record in after {
            match before.get(&record.id()) {
                None => summary.added += 1,
                Some(old) if *old != record => summary.updated += 1,
                Some(_) => {}
            }
        }
    }
    let mut summary = MergeSummary::default();
    count(&ours.agenda, &merged.agenda, &mut summary);
    count(&ours.participants, &merged.participants, &mut summary);
    count(&ours.groups, &merged.groups, &mut summary);
    count(&ours.entries, &merged.entries, &mut summary);
    summary.conflicts = merged.conflicts.len().saturating_sub(ours.conflicts.len());
    summary
}

/// The kept conflict versions of one record kind, from both copies.
fn kept<R>(ours: &Workshop, theirs: &Workshop, pick: fn(&Conflict) -> Option<R>) -> Vec<R> {
    ours.conflicts
        .iter()
        .chain(&theirs.conflicts)
        .filter_map(pick)
        .collect()
}

fn as_item(c: &Conflict) -> Option<super::AgendaItem> {
    if let Conflict::Item(r) = c {
        Some((**r).clone())
    } else {
        None
    }
}
fn as_participant(c: &Conflict) -> Option<super::Participant> {
    if let Conflict::Participant(r) = c {
        Some((**r).clone())
    } else {
        None
    }
}
fn as_group(c: &Conflict) -> Option<super::Group> {
    if let Conflict::Group(r) = c {
        Some((**r).clone())
    } else {
        None
    }
}
fn as_entry(c: &Conflict) -> Option<super::Entry> {
    if let Conflict::Entry(r) = c {
        Some((**r).clone())
    } else {
        None
    }
}

/// The order of versions: by stamp, and — only for two different versions with the very
/// same stamp, which a correct clock never makes — by their text, so the choice is still
/// the same on every machine.
fn newer<T: std::fmt::Debug>(a: (&T, &super::Stamp), b: (&T, &super::Stamp)) -> Ordering {
    a.1.cmp(b.1)
        .then_with(|| format!("{:?}", a.0).cmp(&format!("{:?}", b.0)))
}

/// Of `versions` (one record's), the winner and the other maximal ones.
fn settle<T: Clone + PartialEq + std::fmt::Debug>(
    mut versions: Vec<T>,
    stamp: fn(&T) -> &super::Stamp,
) -> Option<(T, Vec<T>)> {
    let mut distinct: Vec<T> = Vec::new();
    for v in versions.drain(..) {
        if !distinct.contains(&v) {
            distinct.push(v);
        }
    }
    // A version is superseded when another one takes it in and is newer.
    let maximal: Vec<T> = distinct
        .iter()
        .filter(|v| {
            !distinct.iter().any(|w| {
                w != *v
                    && stamp(w).covers(stamp(v))
                    && newer((w, stamp(w)), (*v, stamp(v))) == Ordering::Greater
            })
        })
        .cloned()
        .collect();
    let winner = maximal
        .iter()
        .max_by(|a, b| newer((*a, stamp(a)), (*b, stamp(b))))?
        .clone();
    let losers = maximal.into_iter().filter(|v| *v != winner).collect();
    Some((winner, losers))
}

fn merge_records<R: Record + std::fmt::Debug>(
    ours: &[R],
    theirs: &[R],
    kept: Vec<R>,
    as_conflict: fn(R) -> Conflict,
    conflicts: &mut Vec<Conflict>,
) -> super::Records<R> {
    let mut versions: BTreeMap<super::Id, Vec<R>> = BTreeMap::new();
    for record in ours.iter().chain(theirs).cloned().chain(kept) {
        versions.entry(record.id()).or_default().push(record);
    }
    let mut merged = Vec::with_capacity(versions.len());
    for (_, all) in versions {
        let Some((winner, losers)) = settle(all, |r: &R| r.stamp()) else {
            continue;
        };
        conflicts.extend(losers.into_iter().map(as_conflict));
        merged.push(winner);
    }
    merged.into()
}

fn merge_info(ours: &Workshop, theirs: &Workshop, conflicts: &mut Vec<Conflict>) -> WorkshopInfo {
    let kept = ours
        .conflicts
        .iter()
        .chain(&theirs.conflicts)
        .filter_map(|c| match c {
            Conflict::Info(info) => Some((**info).clone()),
            _ => None,
        });
    let versions: Vec<WorkshopInfo> = [ours.info.clone(), theirs.info.clone()]
        .into_iter()
        .chain(kept)
        .collect();
    match settle(versions, |i: &WorkshopInfo| &i.stamp) {
        Some((winner, losers)) => {
            conflicts.extend(losers.into_iter().map(|i| Conflict::Info(Box::new(i))));
            winner
        }
        None => ours.info.clone(),
    }
}
