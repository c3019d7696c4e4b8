//! The one door: every change applies, validates, stamps and undoes.

use chrono::{NaiveDate, TimeZone, Utc};
use halaqa::model::*;

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap()
}

/// A small workshop with one record of each kind, built through the door.
fn sample() -> (Document, Id, Id, Id, Id) {
    let mut info = WorkshopInfo::titled("Closing session");
    info.days = 2;
    info.start = NaiveDate::from_ymd_opt(2026, 11, 24);
    let mut doc = Document::new(Workshop::new(info), DeviceId::new("test"));
    // Fixed ids, so every call builds the same workshop.
    let mut item = AgendaItem::new(1, 10, "Opening", ItemKind::Opening, 30);
    item.id = Id::from_u128(1);
    let mut person = Participant::new("Zainab Kareem");
    person.id = Id::from_u128(2);
    person.consent.named_quote = Consent::Yes;
    let mut group = Group::new(1, "Challenges", GroupPurpose::Challenges);
    group.id = Id::from_u128(3);
    group.members.push(person.id);
    group.agenda_item = Some(item.id);
    let mut entry = Entry::new(EntryKind::Challenge, "Budgets arrive late", Some(group.id));
    entry.id = Id::from_u128(4);
    entry.attributed = Some(person.id);
    let ids = (item.id, person.id, group.id, entry.id);
    let batch = Change::Batch(vec![
        Change::put_item(item),
        Change::put_participant(person),
        Change::put_group(group),
        Change::put_entry(entry),
    ]);
    doc.apply_at(batch, now()).unwrap();
    (doc, ids.0, ids.1, ids.2, ids.3)
}

/// Apply, undo, and check the content is what it was; redo, and check it is what it became.
fn round_trip(change: Change) {
    let (mut doc, ..) = sample();
    let before = doc.workshop().without_stamps();
    doc.apply_at(change.clone(), now()).unwrap();
    let after = doc.workshop().without_stamps();
    assert_ne!(before, after, "{change:?} changed nothing");
    assert!(doc.undo().unwrap().is_some());
    assert_eq!(
        doc.workshop().without_stamps(),
        before,
        "undo of {change:?}"
    );
    assert!(doc.redo().unwrap().is_some());
    assert_eq!(doc.workshop().without_stamps(), after, "redo of {change:?}");
}

#[test]
fn every_change_variant_undoes_to_an_equal_workshop() {
    let (doc, item, person, group, entry) = sample();
    let w = doc.workshop();

    let mut info = w.info().clone();
    info.venue = "Babylon Hotel, Baghdad".into();
    round_trip(Change::set_info(info));

    let mut edited = w.item(item).unwrap().clone();
    edited.minutes = 45;
    round_trip(Change::put_item(edited));
    round_trip(Change::put_item(AgendaItem::new(
        2,
        1,
        "Field visit",
        ItemKind::FieldVisit,
        120,
    )));

    let mut edited = w.participant(person).unwrap().clone();
    edited.organisation = "منظمة الأمل".into();
    round_trip(Change::put_participant(edited));
    round_trip(Change::put_participant(Participant::new("Shilan Aziz")));

    let mut edited = w.group(group).unwrap().clone();
    edited.room = "Hall B".into();
    round_trip(Change::put_group(edited));
    round_trip(Change::put_group(Group::new(
        2,
        "Future plans",
        GroupPurpose::FuturePlans,
    )));

    let mut edited = w.entry(entry).unwrap().clone();
    edited.votes = 7;
    round_trip(Change::put_entry(edited));
    round_trip(Change::put_entry(Entry::new(
        EntryKind::Lesson,
        "وانەی نوێ",
        Some(group),
    )));

    for target in [
        RecordRef::Item(item),
        RecordRef::Participant(person),
        RecordRef::Group(group),
        RecordRef::Entry(entry),
    ] {
        round_trip(Change::Delete(target));
    }
    // `Remove` (the undo of an add) cannot be written here: the adds above undo through it.
    round_trip(Change::Batch(vec![
        Change::Delete(RecordRef::Entry(entry)),
        Change::put_participant(Participant::new("Karwan Omar")),
    ]));
}

#[test]
fn restore_brings_back_a_deleted_record_and_undoes() {
    let (mut doc, _, _, _, entry) = sample();
    doc.apply_at(Change::Delete(RecordRef::Entry(entry)), now())
        .unwrap();
    assert_eq!(doc.workshop().entries().count(), 0);
    let deleted = doc.workshop().without_stamps();
    doc.apply_at(Change::Restore(RecordRef::Entry(entry)), now())
        .unwrap();
    assert_eq!(doc.workshop().entries().count(), 1);
    doc.undo().unwrap();
    assert_eq!(doc.workshop().without_stamps(), deleted);
}

#[test]
fn a_delete_leaves_a_tombstone_stamped_now() {
    let (mut doc, _, person, ..) = sample();
    let later = now() + chrono::Duration::minutes(5);
    doc.apply_at(Change::Delete(RecordRef::Participant(person)), later)
        .unwrap();
    let record = doc.workshop().participant(person).unwrap();
    assert!(record.deleted);
    assert_eq!(record.stamp.wall, later);
    assert_eq!(record.stamp.device, DeviceId::new("test"));
    assert_eq!(doc.workshop().participants().count(), 0);
    assert_eq!(doc.workshop().participant_records().len(), 1);
}

#[test]
fn refused_changes_leave_the_workshop_untouched() {
    let (mut doc, item, person, group, entry) = sample();
    let before = doc.workshop().clone();
    let w = doc.workshop();

    let mut zero = w.item(item).unwrap().clone();
    zero.minutes = 0;
    let mut backwards = w.item(item).unwrap().clone();
    let start = NaiveDate::from_ymd_opt(2026, 11, 24)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap();
    backwards.actual_start = Some(start);
    backwards.actual_end = Some(start - chrono::Duration::minutes(1));
    let mut day_three = w.item(item).unwrap().clone();
    day_three.day = 3;
    let mut nameless = w.participant(person).unwrap().clone();
    nameless.name = "  ".into();
    let mut stranger = w.group(group).unwrap().clone();
    stranger.members.push(Id::new());
    let mut self_link = w.entry(entry).unwrap().clone();
    self_link.links.push(entry);
    let mut named = w.entry(entry).unwrap().clone();
    named.attribution = Attribution::Named;
    named.attributed = None;
    let mut one_day = w.info().clone();
    one_day.days = 0;

    let cases = vec![
        (Change::put_item(zero), "more than 0 minutes"),
        (Change::put_item(backwards), "end is before"),
        (Change::put_item(day_three), "outside the workshop"),
        (Change::put_participant(nameless), "name must not be empty"),
        (Change::put_group(stranger), "no participant"),
        (Change::put_entry(self_link), "link to itself"),
        (Change::put_entry(named), "needs a participant"),
        (Change::set_info(one_day), "at least one day"),
        (Change::Delete(RecordRef::Entry(Id::new())), "no entry"),
        (Change::Restore(RecordRef::Entry(entry)), "not deleted"),
    ];
    for (change, message) in cases {
        let error = doc.apply_at(change, now()).unwrap_err();
        assert!(
            error.to_string().contains(message),
            "{error} lacks {message:?}"
        );
        assert_eq!(doc.workshop(), &before);
    }
}

#[test]
fn a_named_quote_needs_the_persons_consent() {
    let (mut doc, _, person, group, _) = sample();
    let mut shy = Participant::new("Ahmed Saleh");
    shy.consent.named_quote = Consent::No;
    let shy_id = shy.id;
    doc.apply_at(Change::put_participant(shy), now()).unwrap();
    let mut quote = Entry::new(EntryKind::Quote, "We were heard.", Some(group));
    quote.attribution = Attribution::Named;
    quote.attributed = Some(shy_id);
    let error = doc
        .apply_at(Change::put_entry(quote.clone()), now())
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "Ahmed Saleh has not consented to being quoted by name"
    );
    quote.attributed = Some(person);
    doc.apply_at(Change::put_entry(quote), now()).unwrap();
}

#[test]
fn a_failing_batch_rolls_back_what_it_had_done() {
    let (mut doc, ..) = sample();
    let before = doc.workshop().clone();
    let batch = Change::Batch(vec![
        Change::put_participant(Participant::new("Rawand Jalal")),
        Change::Delete(RecordRef::Group(Id::new())),
    ]);
    assert!(doc.apply_at(batch, now()).is_err());
    assert_eq!(doc.workshop().without_stamps(), before.without_stamps());
    assert_eq!(doc.workshop().participants().count(), 1);
}

#[test]
fn redo_is_forgotten_after_a_new_change() {
    let (mut doc, ..) = sample();
    doc.apply_at(Change::put_participant(Participant::new("A")), now())
        .unwrap();
    doc.undo().unwrap();
    assert!(doc.can_redo());
    doc.apply_at(Change::put_participant(Participant::new("B")), now())
        .unwrap();
    assert!(!doc.can_redo());
    assert_eq!(doc.redo().unwrap(), None);
}

#[test]
fn groups_are_found_by_name_or_number() {
    let (doc, _, _, group, _) = sample();
    let w = doc.workshop();
    assert_eq!(w.find_group("challenges").map(|g| g.id), Some(group));
    assert_eq!(w.find_group(" CHALLENGES ").map(|g| g.id), Some(group));
    assert_eq!(w.find_group("1").map(|g| g.id), Some(group));
    assert!(w.find_group("2").is_none());
    assert!(w.find_group("0").is_none());
    assert!(w.find_group("Lessons").is_none());
}

#[test]
fn stamps_of_later_changes_sort_after_earlier_ones() {
    let (mut doc, _, person, ..) = sample();
    let first = doc.workshop().participant(person).unwrap().stamp.clone();
    // The wall clock steps back an hour: the stamp still moves forward.
    let mut edited = doc.workshop().participant(person).unwrap().clone();
    edited.notes = "walk-in".into();
    doc.apply_at(
        Change::put_participant(edited),
        now() - chrono::Duration::hours(1),
    )
    .unwrap();
    assert!(doc.workshop().participant(person).unwrap().stamp > first);
}
