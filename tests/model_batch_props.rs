//! Property: a batch refused anywhere — first change, last, or deep in a nested batch —
//! leaves the workshop exactly as it was, stamps and record order included, and the undo and
//! redo history untouched. Rolling back by applying inverses would re-stamp what the batch
//! had touched; those new stamps would later show up as spurious merge conflicts.

use chrono::{DateTime, Duration, TimeZone, Utc};
use halaqa::model::merge::merge;
use halaqa::model::*;
use proptest::prelude::*;

fn t(minutes: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap() + Duration::minutes(minutes)
}

const PERSON: Id = Id::from_u128(1);

/// A facilitator's file after a merge in which two laptops renamed the same person and
/// retitled the workshop: so there are conflicts to resolve, and a copy to merge again.
fn merged_file() -> (Document, Workshop) {
    let mut lead = Document::new(
        Workshop::new(WorkshopInfo::titled("Closing session")),
        DeviceId::new("lead"),
    );
    let mut person = Participant::new("Zainab Kareem");
    person.id = PERSON;
    lead.apply_at(Change::put_participant(person), t(0))
        .unwrap();
    let base = lead.workshop().clone();
    let mut copies = Vec::new();
    for (n, name) in ["noor", "hawre"].into_iter().enumerate() {
        let mut laptop = Document::new(base.clone(), DeviceId::new(name));
        let mut p = base.participant(PERSON).unwrap().clone();
        p.name = format!("Zainab {name}");
        laptop
            .apply_at(Change::put_participant(p), t(1 + n as i64))
            .unwrap();
        let mut info = base.info().clone();
        info.title = format!("Closing ({name})");
        laptop
            .apply_at(Change::set_info(info), t(1 + n as i64))
            .unwrap();
        copies.push(laptop.into_workshop());
    }
    let merged = merge(&copies[0], &copies[1]);
    let doc = Document::new(merged, DeviceId::new("lead"));
    (doc, copies.swap_remove(0))
}

/// A change that may or may not succeed, chosen against the workshop as it is.
#[derive(Clone, Debug)]
enum Op {
    AddPerson(String),
    RenamePerson(usize, String),
    DeletePerson(usize),
    RestorePerson(usize),
    AddEntry(String, i32),
    VoteEntry(usize, i32),
    DeleteEntry(usize),
    Retitle(String),
    ResolvePerson,
    ResolveInfo,
    MergeCopy,
    Nested(Vec<Op>),
}

fn leaf() -> impl Strategy<Value = Op> {
    let text = "[A-Za-z ء-ي]{1,8}";
    prop_oneof![
        text.prop_map(Op::AddPerson),
        (0..8usize, text).prop_map(|(i, s)| Op::RenamePerson(i, s)),
        (0..8usize).prop_map(Op::DeletePerson),
        (0..8usize).prop_map(Op::RestorePerson),
        (text, -3..10i32).prop_map(|(s, v)| Op::AddEntry(s, v)),
        (0..8usize, -3..10i32).prop_map(|(i, v)| Op::VoteEntry(i, v)),
        (0..8usize).prop_map(Op::DeleteEntry),
        text.prop_map(Op::Retitle),
        Just(Op::ResolvePerson),
        Just(Op::ResolveInfo),
        Just(Op::MergeCopy),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    leaf().prop_recursive(2, 12, 4, |inner| {
        proptest::collection::vec(inner, 0..4).prop_map(Op::Nested)
    })
}

fn change_for(op: &Op, w: &Workshop, copy: &Workshop) -> Change {
    let people = w.participant_records();
    let entries = w.entry_records();
    let pick = |i: usize, n: usize| if n == 0 { None } else { Some(i % n) };
    let none = || Change::Batch(vec![]);
    match op {
        Op::AddPerson(name) => Change::put_participant(Participant::new(name.clone())),
        Op::RenamePerson(i, name) => pick(*i, people.len()).map_or_else(none, |i| {
            let mut p = people[i].clone();
            p.name = name.clone();
            Change::put_participant(p)
        }),
        Op::DeletePerson(i) => pick(*i, people.len()).map_or_else(none, |i| {
            Change::Delete(RecordRef::Participant(people[i].id))
        }),
        Op::RestorePerson(i) => pick(*i, people.len()).map_or_else(none, |i| {
            Change::Restore(RecordRef::Participant(people[i].id))
        }),
        Op::AddEntry(text, votes) => {
            let mut e = Entry::new(EntryKind::Lesson, text.clone(), None);
            e.votes = *votes;
            Change::put_entry(e)
        }
        Op::VoteEntry(i, v) => pick(*i, entries.len()).map_or_else(none, |i| {
            let mut e = entries[i].clone();
            e.votes += v;
            Change::put_entry(e)
        }),
        Op::DeleteEntry(i) => pick(*i, entries.len())
            .map_or_else(none, |i| Change::Delete(RecordRef::Entry(entries[i].id))),
        Op::Retitle(title) => {
            let mut info = w.info().clone();
            info.title = title.clone();
            Change::set_info(info)
        }
        Op::ResolvePerson => {
            Change::ResolveConflicts(ConflictTarget::Record(RecordRef::Participant(PERSON)))
        }
        Op::ResolveInfo => Change::ResolveConflicts(ConflictTarget::Info),
        Op::MergeCopy => Change::Merge(Box::new(copy.clone())),
        Op::Nested(ops) => Change::Batch(ops.iter().map(|o| change_for(o, w, copy)).collect()),
    }
}

/// Changes that are always refused.
fn refused(kind: u8) -> Change {
    let stranger = Id::from_u128(0xdead);
    match kind % 4 {
        0 => Change::Delete(RecordRef::Entry(stranger)),
        1 => Change::put_participant(Participant::new("   ")),
        2 => Change::ResolveConflicts(ConflictTarget::Record(RecordRef::Group(stranger))),
        _ => {
            let mut entry = Entry::new(EntryKind::Lesson, "linked to nothing", None);
            entry.links.push(stranger);
            Change::put_entry(entry)
        }
    }
}

/// Put the refused change at `at` of the batch, or, when `nest` says so, inside a batch
/// nested there (itself after some ordinary changes).
fn with_refusal(mut changes: Vec<Change>, at: usize, nest: bool, bad: Change) -> Change {
    let at = at % (changes.len() + 1);
    let bad = if nest {
        let mut inner: Vec<Change> = changes.drain(..at).collect();
        inner.push(bad);
        Change::Batch(inner)
    } else {
        bad
    };
    changes.insert(at.min(changes.len()), bad);
    Change::Batch(changes)
}

proptest! {
    #[test]
    fn a_refused_batch_changes_nothing_at_all(
        history in proptest::collection::vec(op(), 0..8),
        undone in 0..3usize,
        batch in proptest::collection::vec(op(), 0..8),
        at in 0..10usize,
        nest in any::<bool>(),
        kind in any::<u8>(),
    ) {
        let (mut doc, copy) = merged_file();
        // Some history first, some of it undone, so there is a redo stack to keep too.
        for (n, op) in history.iter().enumerate() {
            let change = change_for(op, doc.workshop(), &copy);
            let _ = doc.apply_at(change, t(10 + n as i64));
        }
        for _ in 0..undone {
            let _ = doc.undo();
        }
        let before = doc.workshop().clone();
        let (undo, redo) = doc.history();
        let (undo, redo) = (undo.to_vec(), redo.to_vec());

        let changes: Vec<Change> =
            batch.iter().map(|o| change_for(o, doc.workshop(), &copy)).collect();
        let change = with_refusal(changes, at, nest, refused(kind));
        prop_assert!(doc.apply_at(change, t(100)).is_err());

        prop_assert_eq!(doc.workshop(), &before);
        prop_assert_eq!(doc.history(), (undo.as_slice(), redo.as_slice()));
    }
}

/// The simplest case spelled out: an edit then a refusal leaves the edited record's stamp
/// as it was (applying the inverse would have stamped it again).
#[test]
fn a_refused_batch_keeps_the_stamp_of_a_record_it_had_edited() {
    let (mut doc, _) = merged_file();
    let before = doc.workshop().participant(PERSON).unwrap().clone();
    let mut renamed = before.clone();
    renamed.name = "Zainab Kareem Ali".into();
    let batch = Change::Batch(vec![
        Change::put_participant(renamed),
        Change::Delete(RecordRef::Participant(PERSON)),
        refused(0),
    ]);
    assert!(doc.apply_at(batch, t(50)).is_err());
    assert_eq!(doc.workshop().participant(PERSON), Some(&before));
    assert!(!doc.can_undo());
}
