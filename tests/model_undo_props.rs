//! Property: any sequence of changes, undone in full, gives back the workshop it started
//! from; redone in full, gives back where it ended.

use chrono::{TimeZone, Utc};
use halaqa::model::*;
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Op {
    AddPerson(String),
    RenamePerson(usize, String),
    DeletePerson(usize),
    RestorePerson(usize),
    AddEntry(String, i32),
    VoteEntry(usize, i32),
    Retitle(String),
    Batch(Vec<String>),
}

fn op() -> impl Strategy<Value = Op> {
    let text = "\\PC{0,12}";
    prop_oneof![
        text.prop_map(Op::AddPerson),
        (0..8usize, text).prop_map(|(i, t)| Op::RenamePerson(i, t)),
        (0..8usize).prop_map(Op::DeletePerson),
        (0..8usize).prop_map(Op::RestorePerson),
        (text, -3..10i32).prop_map(|(t, v)| Op::AddEntry(t, v)),
        (0..8usize, -3..10i32).prop_map(|(i, v)| Op::VoteEntry(i, v)),
        text.prop_map(Op::Retitle),
        proptest::collection::vec(text, 0..4).prop_map(Op::Batch),
    ]
}

/// The change an op stands for in the workshop as it is now (refusals are fine: they must
/// simply leave no trace).
fn change_for(op: &Op, w: &Workshop) -> Change {
    let people: Vec<&Participant> = w.participant_records().iter().collect();
    let entries: Vec<&Entry> = w.entry_records().iter().collect();
    let pick = |i: usize, n: usize| if n == 0 { None } else { Some(i % n) };
    match op {
        Op::AddPerson(name) => Change::put_participant(Participant::new(name.clone())),
        Op::RenamePerson(i, name) => match pick(*i, people.len()) {
            Some(i) => {
                let mut p = people[i].clone();
                p.name = name.clone();
                Change::put_participant(p)
            }
            None => Change::Batch(vec![]),
        },
        Op::DeletePerson(i) | Op::RestorePerson(i) => match pick(*i, people.len()) {
            Some(i) if matches!(op, Op::DeletePerson(_)) => {
                Change::Delete(RecordRef::Participant(people[i].id))
            }
            Some(i) => Change::Restore(RecordRef::Participant(people[i].id)),
            None => Change::Batch(vec![]),
        },
        Op::AddEntry(text, votes) => {
            let mut e = Entry::new(EntryKind::Lesson, text.clone(), None);
            e.votes = *votes;
            Change::put_entry(e)
        }
        Op::VoteEntry(i, v) => match pick(*i, entries.len()) {
            Some(i) => {
                let mut e = entries[i].clone();
                e.votes += v;
                Change::put_entry(e)
            }
            None => Change::Batch(vec![]),
        },
        Op::Retitle(title) => {
            let mut info = w.info().clone();
            info.title = title.clone();
            Change::set_info(info)
        }
        Op::Batch(names) => Change::Batch(
            names
                .iter()
                .map(|n| Change::put_participant(Participant::new(n.clone())))
                .collect(),
        ),
    }
}

proptest! {
    #[test]
    fn undo_all_then_redo_all(ops in proptest::collection::vec(op(), 0..30)) {
        let t = Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap();
        let mut doc = Document::new(Workshop::new(WorkshopInfo::titled("Start")), DeviceId::new("p"));
        let start = doc.workshop().without_stamps();
        let mut applied = 0;
        for op in &ops {
            let before = doc.workshop().clone();
            match doc.apply_at(change_for(op, doc.workshop()), t) {
                Ok(()) => applied += 1,
                Err(_) => prop_assert_eq!(doc.workshop(), &before),
            }
        }
        let end = doc.workshop().without_stamps();
        for _ in 0..applied {
            prop_assert!(doc.undo().unwrap().is_some());
        }
        prop_assert_eq!(doc.undo().unwrap(), None);
        prop_assert_eq!(doc.workshop().without_stamps(), start);
        for _ in 0..applied {
            prop_assert!(doc.redo().unwrap().is_some());
        }
        prop_assert_eq!(doc.workshop().without_stamps(), end);
    }
}
