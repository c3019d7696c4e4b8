//! Check-in, erasure and merging duplicates, as a note-taker or facilitator meets them.

use chrono::{NaiveDate, NaiveTime};
use halaqa::model::*;

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

fn doc() -> Document {
    let mut info = WorkshopInfo::titled("Closing session");
    info.start = Some(day());
    Document::new(Workshop::new(info), DeviceId::new("t"))
}

#[test]
fn enter_checks_in_enter_again_changes_nothing_and_check_out_takes_it_back() {
    let mut doc = doc();
    let mut p = Participant::new("هيفاء علي");
    p.consent.named_quote = Consent::Yes;
    let id = p.id;
    doc.apply(Change::put_participant(p)).unwrap();
    let nine = NaiveTime::from_hms_opt(8, 47, 13).unwrap();

    let CheckIn::Record(change) = doc.workshop().check_in(id, day(), nine).unwrap() else {
        panic!("the first check-in records");
    };
    doc.apply(change).unwrap();
    assert_eq!(doc.workshop().checked_in_count(day()), (1, 1));
    assert_eq!(
        doc.workshop().participant(id).unwrap().attendance[0].time,
        nine
    );
    let later = NaiveTime::from_hms_opt(8, 47, 40).unwrap();
    assert_eq!(
        doc.workshop().check_in(id, day(), later),
        Ok(CheckIn::Already(nine))
    );

    let change = doc.workshop().check_out(id, day()).unwrap();
    doc.apply(change).unwrap();
    assert_eq!(doc.workshop().checked_in_count(day()), (0, 1));
    doc.undo().unwrap();
    assert_eq!(doc.workshop().checked_in_count(day()), (1, 1));
}

#[test]
fn erasing_blanks_personal_data_and_anonymises_what_named_them() {
    let mut doc = doc();
    let mut p = Participant::new("Shilan Aziz");
    p.phone = "+9647501234567".into();
    p.email = "shilan@example.org".into();
    p.organisation = "Hawler Youth Forum".into();
    p.governorate = "Erbil".into();
    p.gender = Gender::Female;
    p.consent.named_quote = Consent::Yes;
    let id = p.id;
    let mut quote = Entry::new(EntryKind::Quote, "ئێمە گوێمان لێگیرا", None);
    quote.attributed = Some(id);
    quote.attribution = Attribution::Named;
    let quote_id = quote.id;
    doc.apply(Change::put_participant(p)).unwrap();
    doc.apply(Change::put_entry(quote)).unwrap();

    let change = doc.workshop().erase(id).unwrap();
    doc.apply(change).unwrap();
    let erased = doc.workshop().participant(id).unwrap();
    assert!(erased.erased);
    assert_eq!(
        (
            erased.name.as_str(),
            erased.phone.as_str(),
            erased.email.as_str()
        ),
        ("", "", "")
    );
    assert_eq!(erased.organisation, "");
    // Counts by category still add up.
    assert_eq!(
        (erased.gender, erased.governorate.as_str()),
        (Gender::Female, "Erbil")
    );
    let quote = doc.workshop().entry(quote_id).unwrap();
    assert_eq!(quote.attribution, Attribution::Anonymous);
    // And it can be undone, in one step.
    doc.undo().unwrap();
    assert_eq!(doc.workshop().participant(id).unwrap().name, "Shilan Aziz");
    assert_eq!(
        doc.workshop().entry(quote_id).unwrap().attribution,
        Attribution::Named
    );
}

#[test]
fn merging_duplicates_keeps_texts_adds_votes_and_unites_tags_and_links() {
    let mut doc = doc();
    let mut a = Entry::new(EntryKind::Challenge, "Budgets arrive late", None);
    a.votes = 3;
    a.tags = vec!["budget".into()];
    let mut b = Entry::new(EntryKind::Challenge, "الموازنة تصل متأخرة", None);
    b.votes = 4;
    b.tags = vec!["budget".into(), "municipality".into()];
    b.endorsed = true;
    let mut plan = Entry::new(EntryKind::Plan, "Publish the budget calendar", None);
    plan.links = vec![b.id];
    let (a_id, b_id, plan_id) = (a.id, b.id, plan.id);
    for e in [a, b, plan] {
        doc.apply(Change::put_entry(e)).unwrap();
    }
    let before = doc.workshop().without_stamps();

    let change = doc.workshop().merge_entries(a_id, &[b_id]).unwrap();
    doc.apply(change).unwrap();
    let w = doc.workshop();
    let merged = w.entry(a_id).unwrap();
    assert_eq!(merged.text, "Budgets arrive late\nالموازنة تصل متأخرة");
    assert_eq!(merged.votes, 7);
    assert_eq!(merged.tags, ["budget", "municipality"]);
    assert!(merged.endorsed);
    assert!(w.entry(b_id).unwrap().deleted);
    assert_eq!(w.entry(plan_id).unwrap().links, [a_id]);
    assert_eq!(w.tags(), ["budget", "municipality"]);

    doc.undo().unwrap();
    assert_eq!(doc.workshop().without_stamps(), before);
}
