//! The scrubber on sentences: phones, emails and names in the forms people write them.

use super::*;

fn scrubber(names: &[&str]) -> Scrubber {
    let people: Vec<Known> = names
        .iter()
        .map(|n| Known {
            names: vec![n],
            phone: "+9647701234567",
            email: "",
            role: "[a participant]".into(),
            whole_only: false,
        })
        .collect();
    Scrubber::new(&people, 5)
}

#[test]
fn phones_in_every_written_form_are_removed() {
    let s = scrubber(&[]);
    for phone in [
        "07701234567",
        "0770 123 4567",
        "0770-123-4567",
        "0770.123.4567",
        "(0770) 123 4567",
        "+964 770 123 4567",
        "00964 770 123 4567",
        "+964 (0) 770-123-4567",
        "٠٧٧٠١٢٣٤٥٦٧",
        "۰۷۷۰ ۱۲۳ ۴۵۶۷",
        "٠٧٧٠-123-٤٥٦٧",
        "0781 555 0199",
    ] {
        assert_eq!(
            s.scrub(&format!("call {phone} now")),
            "call [phone removed] now"
        );
    }
}

#[test]
fn dates_times_and_amounts_are_not_phones() {
    let s = scrubber(&[]);
    for text in [
        "on 2026-11-24 10:30",
        "budget 1 500 000 000 IQD",
        "from 09:00 to 12:30",
        "Law 21 of 2008",
    ] {
        assert_eq!(s.scrub(text), text);
    }
}

#[test]
fn emails_with_plus_addressing_are_removed() {
    let s = scrubber(&[]);
    assert_eq!(
        s.scrub("write to layla.h+halaqa@example.org."),
        "write to [email removed]."
    );
    assert_eq!(s.scrub("meet @ 10"), "meet @ 10");
}

#[test]
fn names_match_whole_words_in_any_spelling() {
    let s = scrubber(&["نور الهدى كريم", "Ali Hassan"]);
    assert_eq!(s.scrub("قالت نُور إن"), "قالت [a participant] إن");
    assert_eq!(
        s.scrub("Alia spoke, then Ali."),
        "Alia spoke, then [a participant]."
    );
    assert_eq!(s.scrub("ونور"), "[a participant]");
}

#[test]
fn a_common_word_is_kept_when_nobody_has_that_name() {
    let s = scrubber(&["Ali Hassan"]);
    assert_eq!(s.scrub("نور المعرفة"), "نور المعرفة");
    let s = scrubber(&["نور حسين"]);
    assert_eq!(s.scrub("نور المعرفة"), "[a participant] المعرفة");
}
