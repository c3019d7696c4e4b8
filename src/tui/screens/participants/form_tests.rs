//! The person form's privacy fields: the public-role flag and when each consent was given.

use super::form::{FieldKind, PersonForm};
use crate::model::{Consent, Participant};
use chrono::NaiveDate;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).expect("a date")
}

fn focus(form: &mut PersonForm, kind: FieldKind) {
    let index = form
        .fields
        .iter()
        .position(|f| f.kind == kind)
        .expect("the field is on the form");
    form.focus_on(index);
}

#[test]
fn the_public_role_flag_is_off_until_chosen() {
    let person = Participant::new("Deputy Governor");
    let mut form = PersonForm::edit(&person);
    assert!(!form.person_on(day(24)).expect("valid").public_role);
    focus(&mut form, FieldKind::PublicRole);
    form.choose(1);
    assert!(form.person_on(day(24)).expect("valid").public_role);
}

#[test]
fn a_consent_answered_in_the_form_is_dated_and_shown_with_its_date() {
    let mut person = Participant::new("Layla Hassan");
    person.consent.photo = Consent::No;
    person.consent_dates.photo = Some(day(20));
    let mut form = PersonForm::edit(&person);
    // The saved answer shows when it was given; "not asked" has no date.
    assert_eq!(
        form.consent_given(FieldKind::ConsentPhoto).as_deref(),
        Some("20 Nov 2026")
    );
    assert_eq!(form.consent_given(FieldKind::ConsentData), None);
    // Not asked → yes: dated today; the unchanged photo answer keeps its date.
    focus(&mut form, FieldKind::ConsentData);
    form.choose(1);
    let saved = form.person_on(day(24)).expect("valid");
    assert_eq!(saved.consent.data_processing, Consent::Yes);
    assert_eq!(saved.consent_dates.data_processing, Some(day(24)));
    assert_eq!(saved.consent_dates.photo, Some(day(20)));
    // Shown again on the next edit.
    let form = PersonForm::edit(&saved);
    assert_eq!(
        form.consent_given(FieldKind::ConsentData).as_deref(),
        Some("24 Nov 2026")
    );
}
