//! A merge never drops a version: a text that existed on any laptop is in the merged file as
//! the record's value or as a kept conflict, unless a user settled it or wrote over it.

use chrono::{DateTime, Duration, TimeZone, Utc};
use halaqa::model::merge::merge;
use halaqa::model::*;
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

fn t(minutes: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap() + Duration::minutes(minutes)
}

const ENTRY: u128 = 7;

/// The facilitator's file with one entry, as copied to the laptops.
fn base() -> Workshop {
    let mut doc = Document::new(
        Workshop::new(WorkshopInfo::titled("Closing session")),
        DeviceId::new("lead"),
    );
    let mut entry = Entry::new(EntryKind::Challenge, "base", None);
    entry.id = Id::from_u128(ENTRY);
    doc.apply_at(Change::put_entry(entry), t(0)).unwrap();
    doc.into_workshop()
}

fn write(doc: &mut Document, text: &str, at: i64) {
    let mut entry = doc
        .workshop()
        .entry(Id::from_u128(ENTRY))
        .expect("the entry")
        .clone();
    entry.text = text.to_string();
    doc.apply_at(Change::put_entry(entry), t(at)).unwrap();
}

fn merge_into(doc: &mut Document, other: &Workshop, at: i64) {
    doc.apply_at(Change::Merge(Box::new(other.clone())), t(at))
        .unwrap();
}

/// The entry's value and every kept conflict version's text.
fn texts(w: &Workshop) -> BTreeSet<String> {
    let mut all: BTreeSet<String> = w
        .entry(Id::from_u128(ENTRY))
        .map(|e| e.text.clone())
        .into_iter()
        .collect();
    for conflict in w.conflicts() {
        if let Conflict::Entry(e) = conflict {
            all.insert(e.text.clone());
        }
    }
    all
}

#[test]
fn a_kept_conflict_survives_an_edit_made_on_top_of_the_other_side() {
    let w = base();
    let mut a = Document::new(w.clone(), DeviceId::new("a"));
    let mut b = Document::new(w, DeviceId::new("b"));
    write(&mut a, "A's first text", 1);
    write(&mut b, "B's text", 2);
    merge_into(&mut a, b.workshop(), 3);
    assert_eq!(
        texts(a.workshop()),
        ["A's first text", "B's text"].map(String::from).into()
    );
    // A edits the entry again, on top of B's text that the merge chose.
    write(&mut a, "A's second text", 4);
    merge_into(&mut a, b.workshop(), 5);
    assert!(
        texts(a.workshop()).contains("A's first text"),
        "A's earlier text is still a conflict: {:?}",
        texts(a.workshop())
    );
    // Settling it is what lets it go.
    let target = a.workshop().conflicts()[0].target();
    a.apply_at(Change::ResolveConflicts(target), t(6)).unwrap();
    merge_into(&mut a, b.workshop(), 7);
    assert_eq!(
        texts(a.workshop()),
        ["A's second text"].map(String::from).into()
    );
}

#[derive(Clone, Debug)]
enum Step {
    /// A device writes a new text over the entry's current value.
    Write(usize),
    /// A device merges another's file in.
    Merge(usize, usize),
    /// A device's user settles the entry's conflicts, keeping its current value.
    Settle(usize),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        3 => (0..3usize).prop_map(Step::Write),
        3 => (0..3usize, 0..3usize).prop_map(|(a, b)| Step::Merge(a, b)),
        1 => (0..3usize).prop_map(Step::Settle),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn every_text_is_kept_unless_written_over_or_settled(
        steps in proptest::collection::vec(step(), 1..24)
    ) {
        let w = base();
        let mut docs: Vec<Document> = ["a", "b", "c"]
            .iter()
            .map(|d| Document::new(w.clone(), DeviceId::new(*d)))
            .collect();
        // Each text's history as the people at the laptops made it: the texts it was
        // written over, and the texts settled into it.
        let mut over: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        over.insert("base".into(), BTreeSet::new());
        for (n, step) in steps.iter().enumerate() {
            let at = n as i64 + 1;
            match *step {
                Step::Write(d) => {
                    let current = docs[d].workshop().entry(Id::from_u128(ENTRY)).unwrap().text.clone();
                    let text = format!("{}{n}", ["a", "b", "c"][d]);
                    let mut history = over[&current].clone();
                    history.insert(current);
                    over.insert(text.clone(), history);
                    write(&mut docs[d], &text, at);
                }
                Step::Merge(d, e) => {
                    let other = docs[e].workshop().clone();
                    merge_into(&mut docs[d], &other, at);
                }
                Step::Settle(d) => {
                    let Some(target) = docs[d].workshop().conflicts().first().map(|c| c.target()) else {
                        continue;
                    };
                    let current = docs[d].workshop().entry(Id::from_u128(ENTRY)).unwrap().text.clone();
                    let settled = texts(docs[d].workshop());
                    docs[d].apply_at(Change::ResolveConflicts(target), t(at)).unwrap();
                    let mut history = over[&current].clone();
                    for text in settled.into_iter().filter(|s| *s != current) {
                        history.extend(over[&text].clone());
                        history.insert(text);
                    }
                    over.insert(current, history);
                }
            }
        }
        let all = merge(&merge(docs[0].workshop(), docs[1].workshop()), docs[2].workshop());
        let present = texts(&all);
        for text in over.keys() {
            let kept = present.contains(text)
                || present.iter().any(|p| over[p].contains(text));
            prop_assert!(kept, "{text:?} was lost; the merged file has {present:?}; steps {steps:?}");
        }
    }
}
