//! The privacy policy's rules one by one: k for "organisation only" sources (set through
//! `Workshop::apply`, clamped, larger than the list), public roles, consent in named
//! exports, and common words that are names only when somebody has that name.

#[allow(dead_code)]
#[path = "fixtures/report/fixture.rs"]
mod fixture;

use fixture::Builder;
use halaqa::model::{
    AgendaItem, Attribution, Change, Consent, Entry, EntryKind, ItemKind, Participant, PersonRef,
    Stakeholder, Workshop, WorkshopInfo,
};
use halaqa::report::Report;

/// `cso` CSO people from Basra, one of them (index 0) from "Tiny Org" and quoted
/// "organisation only"; the rest from "Big Network".
fn workshop(cso: usize, k: Option<u32>, public_role: bool) -> Workshop {
    let mut info = WorkshopInfo {
        title: "Policy".into(),
        start: Some(fixture::date(24)),
        days: 1,
        ..WorkshopInfo::default()
    };
    info.settings.anonymity_k = k;
    let mut b = Builder::new(WorkshopInfo::default());
    // The setting arrives like any change to the workshop.
    b.apply(Change::set_info(info));
    let mut ids = Vec::new();
    for i in 0..cso {
        let mut p = Participant::new(format!("Person{i} Family{i}"));
        p.id = b.id();
        p.organisation = if i == 0 { "Tiny Org" } else { "Big Network" }.into();
        p.stakeholder = Stakeholder::Cso;
        p.governorate = "Basra".into();
        p.position = "Deputy Governor".into();
        p.phone = format!("+96477000000{i:02}");
        p.email = format!("p{i}@example.org");
        p.consent.data_processing = if i == 1 {
            Consent::Unknown
        } else {
            Consent::Yes
        };
        p.consent.sharing_contact = if i == 2 { Consent::Yes } else { Consent::No };
        p.public_role = public_role && i == 0;
        ids.push(b.person(p));
    }
    let mut e = Entry::new(EntryKind::Lesson, "Hearings worked.", None);
    e.id = b.id();
    e.attributed = Some(ids[0]);
    e.attribution = Attribution::Organisation;
    b.entry(e);
    let mut e = Entry::new(EntryKind::Lesson, "Big networks help.", None);
    e.id = b.id();
    e.attributed = Some(ids[cso - 1]);
    e.attribution = Attribution::Organisation;
    b.entry(e);
    let mut item = AgendaItem::new(1, 1, "Opening", ItemKind::Opening, 30);
    item.id = b.id();
    item.speakers = vec![PersonRef::Participant(ids[0])];
    b.item(item);
    b.finish()
}

fn sources(report: &Report) -> Vec<String> {
    report.outputs[0]
        .lessons
        .iter()
        .filter_map(|l| l.source.clone())
        .collect()
}

#[test]
fn organisation_only_below_k_becomes_the_kind_of_organisation() {
    let report = Report::build(&workshop(8, None, false), true);
    // Tiny Org has one person: "a CSO in Basra" (8 CSOs there); Big Network has 7 ≥ 5.
    assert_eq!(sources(&report), vec!["a CSO in Basra", "Big Network"]);
    // Fewer than k CSOs in Basra too: "a participant".
    let report = Report::build(&workshop(4, None, false), true);
    assert_eq!(sources(&report), vec!["a participant", "a participant"]);
    assert!(report.privacy_note.contains("(k = 5)"));
}

#[test]
fn k_is_a_setting_clamped_below_two_and_said_when_larger_than_the_list() {
    let report = Report::build(&workshop(8, Some(3), false), true);
    assert_eq!(sources(&report), vec!["a CSO in Basra", "Big Network"]);
    for k in [0, 1] {
        let report = Report::build(&workshop(8, Some(k), false), true);
        assert!(
            report
                .privacy_note
                .contains(&format!("The workshop set k to {k}")),
            "{}",
            report.privacy_note
        );
        assert!(report.privacy_note.contains("so 2 is used"));
        assert_eq!(report.threshold.used, 2);
        // One person is still never named through their organisation.
        assert_eq!(sources(&report)[0], "a CSO in Basra");
    }
    let report = Report::build(&workshop(8, Some(40), false), true);
    assert!(
        report
            .privacy_note
            .contains("k is larger than the 8 people counted")
    );
    assert_eq!(report.total(&report.participation.registered), "<40");
    assert_eq!(sources(&report), vec!["a participant", "a participant"]);
}

#[test]
fn a_public_role_speaker_keeps_title_and_organisation_only() {
    let anonymised = Report::build(&workshop(8, None, true), true).to_markdown();
    assert!(
        anonymised.contains("Opening (opening) — Deputy Governor, Tiny Org"),
        "{anonymised}"
    );
    assert!(!anonymised.contains("Person0"));
    assert!(!anonymised.contains("+9647700000000"));
    let off = Report::build(&workshop(8, None, false), true).to_markdown();
    assert!(off.contains("Opening (opening) — a CSO in Basra"), "{off}");
}

#[test]
fn named_exports_follow_consent() {
    let report = Report::build(&workshop(8, None, false), false);
    let annex = report.annex.as_ref().expect("named");
    // Person1 never gave data-processing consent: counted, not listed.
    assert_eq!(annex.len(), 7);
    assert!(annex.iter().all(|r| r.name != "Person1 Family1"));
    assert_eq!(report.participation.registered.total, 8);
    assert_eq!(report.without_processing_consent, 1);
    let md = report.to_markdown();
    assert!(md.contains(
        "1 registered person gave no data-processing consent: counted in the figures, not listed."
    ));
    // Only Person2 agreed to share contact details.
    for row in annex {
        let shared = row.name == "Person2 Family2";
        assert_eq!(!row.phone.is_empty(), shared, "{}", row.name);
        assert_eq!(!row.email.is_empty(), shared, "{}", row.name);
    }
}

fn with_person(name: &str) -> Workshop {
    let mut b = Builder::new(WorkshopInfo::titled("Words"));
    let mut p = Participant::new(name);
    p.id = b.id();
    b.person(p);
    let mut e = Entry::new(EntryKind::Lesson, "نور المعرفة يضيء الطريق", None);
    e.id = b.id();
    b.entry(e);
    b.finish()
}

#[test]
fn a_common_word_is_redacted_only_when_somebody_has_that_name() {
    let text = |w: &Workshop| Report::build(w, true).outputs[0].lessons[0].text.clone();
    assert_eq!(text(&with_person("Ali Hassan")), "نور المعرفة يضيء الطريق");
    assert_eq!(
        text(&with_person("نور حسين")),
        "[a participant] المعرفة يضيء الطريق"
    );
    assert_eq!(text(&with_person("Noor")), "نور المعرفة يضيء الطريق");
    // A one-letter name never blanks a word; a name inside a longer one is left alone.
    assert_eq!(text(&with_person("ن")), "نور المعرفة يضيء الطريق");
    assert_eq!(text(&with_person("نو")), "نور المعرفة يضيء الطريق");
}

#[test]
fn an_anonymised_export_that_fails_the_scan_is_not_written() {
    // The report's own dates say "November": somebody called that would be named by them.
    let mut b = Builder::new(WorkshopInfo {
        title: "Dates".into(),
        start: Some(fixture::date(24)),
        days: 1,
        ..WorkshopInfo::default()
    });
    let mut p = Participant::new("November Smith");
    p.id = b.id();
    b.person(p);
    let workshop = b.finish();
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("a.md");
    let error = halaqa::report::export(
        &workshop,
        halaqa::report::Format::Markdown,
        &path,
        true,
        &mut |_| {},
    )
    .expect_err("refused");
    let text = error.to_string();
    assert!(
        text.contains("would still show personal data in 1 place"),
        "{text}"
    );
    assert!(text.contains("a name (November)"), "{text}");
    assert!(!path.exists());
    assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 0);
}
