//! Merging note-takers' laptops: what changed on one side is taken quietly, what changed on
//! both is kept as a conflict, and the order or repetition of merging never matters.

use chrono::{DateTime, Duration, TimeZone, Utc};
use halaqa::model::merge::{merge, summarise};
use halaqa::model::*;
use proptest::prelude::*;

fn t(minutes: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap() + Duration::minutes(minutes)
}

/// The facilitator's file before it is copied to the note-takers' laptops.
fn base() -> (Workshop, Id, Id) {
    let mut doc = Document::new(
        Workshop::new(WorkshopInfo::titled("Closing session")),
        DeviceId::new("lead"),
    );
    let mut person = Participant::new("Zainab Kareem");
    person.id = Id::from_u128(1);
    let mut group = Group::new(1, "Challenges", GroupPurpose::Challenges);
    group.id = Id::from_u128(2);
    doc.apply_at(Change::put_participant(person), t(0)).unwrap();
    doc.apply_at(Change::put_group(group), t(0)).unwrap();
    (doc.into_workshop(), Id::from_u128(1), Id::from_u128(2))
}

fn laptop(w: &Workshop, name: &str) -> Document {
    Document::new(w.clone(), DeviceId::new(name))
}

#[test]
fn entries_from_each_laptop_are_united_without_conflict() {
    let (w, _, group) = base();
    let mut a = laptop(&w, "noor");
    let mut b = laptop(&w, "karwan");
    a.apply_at(
        Change::put_entry(Entry::new(
            EntryKind::Challenge,
            "Late budgets",
            Some(group),
        )),
        t(5),
    )
    .unwrap();
    b.apply_at(
        Change::put_entry(Entry::new(EntryKind::Plan, "پلانی نوێ", Some(group))),
        t(6),
    )
    .unwrap();
    let merged = merge(a.workshop(), b.workshop());
    assert_eq!(merged.entries().count(), 2);
    assert!(merged.conflicts().is_empty());
    let summary = summarise(a.workshop(), &merged);
    assert_eq!(
        (summary.added, summary.updated, summary.conflicts),
        (1, 0, 0)
    );
}

#[test]
fn a_change_on_one_side_only_is_taken_quietly_even_when_older() {
    let (w, person, _) = base();
    let mut facilitator = laptop(&w, "lead");
    let note_taker = laptop(&w, "noor");
    let mut edited = w.participant(person).unwrap().clone();
    edited.organisation = "Basra Youth Forum".into();
    facilitator
        .apply_at(Change::put_participant(edited), t(10))
        .unwrap();
    // The note-taker never touched the person: no conflict, whichever way round.
    for merged in [
        merge(facilitator.workshop(), note_taker.workshop()),
        merge(note_taker.workshop(), facilitator.workshop()),
    ] {
        assert_eq!(
            merged.participant(person).unwrap().organisation,
            "Basra Youth Forum"
        );
        assert!(merged.conflicts().is_empty());
    }
}

#[test]
fn a_change_on_both_sides_keeps_the_newer_and_shows_the_other() {
    let (w, person, _) = base();
    let mut a = laptop(&w, "noor");
    let mut b = laptop(&w, "karwan");
    let mut one = w.participant(person).unwrap().clone();
    one.phone = "+9647701111111".into();
    let mut two = w.participant(person).unwrap().clone();
    two.phone = "+9647502222222".into();
    a.apply_at(Change::put_participant(one), t(10)).unwrap();
    b.apply_at(Change::put_participant(two), t(11)).unwrap();
    let merged = merge(a.workshop(), b.workshop());
    assert_eq!(merged.participant(person).unwrap().phone, "+9647502222222");
    let kept = merged.conflicts_of(ConflictTarget::Record(RecordRef::Participant(person)));
    assert_eq!(kept.len(), 1);
    match kept[0] {
        Conflict::Participant(p) => assert_eq!(p.phone, "+9647701111111"),
        other => panic!("unexpected {other:?}"),
    }
    assert_eq!(summarise(a.workshop(), &merged).conflicts, 1);

    // Resolving keeps the winner and drops the conflict; a later merge with either laptop
    // does not bring it back. Undo brings it back.
    let mut resolved = Document::new(merged.clone(), DeviceId::new("lead"));
    resolved
        .apply_at(
            Change::ResolveConflicts(ConflictTarget::Record(RecordRef::Participant(person))),
            t(20),
        )
        .unwrap();
    assert!(resolved.workshop().conflicts().is_empty());
    let again = merge(resolved.workshop(), a.workshop());
    assert!(again.conflicts().is_empty(), "{:?}", again.conflicts());
    assert_eq!(again.participant(person).unwrap().phone, "+9647502222222");
    assert_eq!(
        resolved.undo().unwrap().as_deref(),
        Some("settle a merge conflict")
    );
    assert_eq!(
        resolved.workshop().without_stamps(),
        merged.without_stamps()
    );
}

#[test]
fn a_deletion_on_one_side_wins_over_an_untouched_copy() {
    let (w, person, _) = base();
    let mut a = laptop(&w, "noor");
    let b = laptop(&w, "karwan");
    a.apply_at(Change::Delete(RecordRef::Participant(person)), t(3))
        .unwrap();
    let merged = merge(b.workshop(), a.workshop());
    assert_eq!(merged.participants().count(), 0);
    assert!(merged.conflicts().is_empty());
}

#[derive(Clone, Debug)]
enum Edit {
    AddEntry(String),
    RenamePerson(String),
    VoteFirstEntry(i32),
    DeletePerson,
    Retitle(String),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        "[a-z ء-ي]{0,8}".prop_map(Edit::AddEntry),
        "[A-Za-z]{1,8}".prop_map(Edit::RenamePerson),
        (-2..5i32).prop_map(Edit::VoteFirstEntry),
        Just(Edit::DeletePerson),
        "[A-Za-z]{1,8}".prop_map(Edit::Retitle),
    ]
}

/// A laptop that made `edits`, one a minute from `start`.
fn edited(w: &Workshop, device: &str, edits: &[Edit], start: i64) -> Workshop {
    let mut doc = laptop(w, device);
    let person = Id::from_u128(1);
    for (n, e) in edits.iter().enumerate() {
        let change = match e {
            Edit::AddEntry(text) => {
                Change::put_entry(Entry::new(EntryKind::Lesson, text.clone(), None))
            }
            Edit::RenamePerson(name) => {
                let mut p = doc.workshop().participant(person).unwrap().clone();
                p.name = name.clone();
                Change::put_participant(p)
            }
            Edit::VoteFirstEntry(v) => match doc.workshop().entries().next() {
                Some(e) => {
                    let mut e = e.clone();
                    e.votes += v;
                    Change::put_entry(e)
                }
                None => continue,
            },
            Edit::DeletePerson => Change::Delete(RecordRef::Participant(person)),
            Edit::Retitle(title) => {
                let mut info = doc.workshop().info().clone();
                info.title = title.clone();
                Change::set_info(info)
            }
        };
        let _ = doc.apply_at(change, t(start + n as i64));
    }
    doc.into_workshop()
}

proptest! {
    #[test]
    fn merging_is_commutative_associative_and_idempotent(
        ea in proptest::collection::vec(edit(), 0..6),
        eb in proptest::collection::vec(edit(), 0..6),
        ec in proptest::collection::vec(edit(), 0..6),
        offsets in (0i64..5, 0i64..5, 0i64..5),
    ) {
        let (w, _, _) = base();
        let a = edited(&w, "a", &ea, offsets.0);
        let b = edited(&w, "b", &eb, offsets.1);
        // c starts from a merge of a and b, as a laptop that synced halfway would.
        let c = edited(&merge(&a, &b), "c", &ec, 10 + offsets.2);
        let ab = merge(&a, &b);
        prop_assert_eq!(&ab, &merge(&b, &a));
        prop_assert_eq!(merge(&merge(&a, &b), &c), merge(&a, &merge(&b, &c)));
        prop_assert_eq!(merge(&merge(&a, &c), &b), merge(&merge(&c, &b), &a));
        prop_assert_eq!(&merge(&ab, &ab), &ab);
        prop_assert_eq!(&merge(&ab, &a), &ab);
        // Nothing is lost: every entry any laptop made is in the merge.
        for x in [&a, &b, &c] {
            for e in x.entry_records() {
                prop_assert!(merge(&ab, &c).entry(e.id).is_some());
            }
        }
    }
}

#[test]
fn merging_through_the_door_is_one_undoable_step() {
    let (w, _, group) = base();
    let mut mine = laptop(&w, "lead");
    let mut theirs = laptop(&w, "noor");
    theirs
        .apply_at(
            Change::put_entry(Entry::new(EntryKind::Quote, "«صوتنا مسموع»", Some(group))),
            t(30),
        )
        .unwrap();
    let before = mine.workshop().clone();
    mine.apply_at(Change::Merge(Box::new(theirs.workshop().clone())), t(5))
        .unwrap();
    assert_eq!(mine.workshop().entries().count(), 1);
    // A change made after the merge sorts after everything the other laptop did, even with
    // this laptop's clock behind.
    mine.apply_at(
        Change::put_entry(Entry::new(EntryKind::Note, "after", None)),
        t(6),
    )
    .unwrap();
    let newest = mine
        .workshop()
        .entries()
        .map(|e| e.stamp.clone())
        .max()
        .unwrap();
    assert_eq!(newest.device, DeviceId::new("lead"));
    mine.undo().unwrap();
    mine.undo().unwrap();
    assert_eq!(mine.workshop(), &before);
    mine.redo().unwrap();
    assert_eq!(mine.workshop().entries().count(), 1);
}

#[test]
fn two_different_workshops_are_never_mixed() {
    let (w, _, _) = base();
    let mut mine = laptop(&w, "lead");
    let stranger = Workshop::new(WorkshopInfo::titled("Another event"));
    let error = mine
        .apply_at(Change::Merge(Box::new(stranger)), t(1))
        .unwrap_err();
    assert_eq!(error, ApplyError::NotTheSameWorkshop);
    assert_eq!(mine.workshop(), &w);
}
