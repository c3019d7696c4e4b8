//! Phones however they are written: a registered number, spelled with random separators,
//! digit scripts and prefixes inside random text, never survives the anonymiser; and text
//! without digits or names comes out as it went in.

#[allow(dead_code)]
#[path = "fixtures/report/fixture.rs"]
mod fixture;

use fixture::Builder;
use halaqa::model::{Entry, EntryKind, Participant, WorkshopInfo};
use halaqa::report::Report;
use proptest::prelude::*;

const NATIONAL: &str = "7701234567";

/// One digit in ASCII, Arabic-Indic or Eastern Arabic-Indic.
fn script(d: char, which: u8) -> char {
    let n = d.to_digit(10).unwrap_or(0);
    match which % 3 {
        0 => d,
        1 => char::from_u32(0x0660 + n).unwrap_or(d),
        _ => char::from_u32(0x06F0 + n).unwrap_or(d),
    }
}

fn spelled() -> impl Strategy<Value = String> {
    (
        prop::sample::select(vec!["0", "+964 ", "00964 ", "+964 (0) ", "964-"]),
        prop::collection::vec(
            (0u8..3, prop::sample::select(vec!["", " ", "-", ".", ""])),
            10,
        ),
    )
        .prop_map(|(prefix, parts)| {
            let mut out = prefix.to_string();
            for (d, (which, sep)) in NATIONAL.chars().zip(parts) {
                out.push(script(d, which));
                out.push_str(sep);
            }
            out.trim_end_matches([' ', '-', '.']).to_string()
        })
}

fn report_of(text: &str) -> String {
    let mut b = Builder::new(WorkshopInfo::titled("Phones"));
    let mut p = Participant::new("Registered Person");
    p.id = b.id();
    p.phone = format!("+964{NATIONAL}");
    b.person(p);
    let mut e = Entry::new(EntryKind::Lesson, text, None);
    e.id = b.id();
    b.entry(e);
    let report = Report::build(&b.finish(), true);
    report.outputs[0].lessons[0].text.clone()
}

fn digits(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '0'..='9' => Some(c),
            '\u{0660}'..='\u{0669}' => char::from_u32(c as u32 - 0x0660 + 48),
            '\u{06F0}'..='\u{06F9}' => char::from_u32(c as u32 - 0x06F0 + 48),
            _ => None,
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn a_registered_phone_never_survives(phone in spelled(), before in "[a-z ]{0,12}", after in "[a-z .,]{0,12}") {
        let text = format!("{before} call {phone}{after}");
        let out = report_of(&text);
        prop_assert!(!digits(&out).contains("1234567"), "{text:?} → {out:?}");
        prop_assert!(out.contains("[phone removed]"), "{text:?} → {out:?}");
    }

    #[test]
    fn plain_words_are_left_alone(text in "[a-zA-Z ,.;:!?]{1,60}") {
        let out = report_of(&text);
        prop_assert_eq!(out, text.trim().to_string());
    }
}
