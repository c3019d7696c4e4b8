//! A hostile workshop built to re-identify people from its anonymised exports: Arabic names
//! with and without harakat, Kurdish spellings, Latin transliterations, first names and
//! family names alone, phones in twelve written forms, emails with plus-addressing, plan
//! owners and single-person organisations. Every anonymised format (md, html, docx, xlsx,
//! csv) is written and searched — docx and xlsx unzipped — for every secret; the privacy
//! scan finds nothing in any of them.

#[allow(dead_code)]
#[path = "fixtures/report/fixture.rs"]
mod fixture;

use fixture::Builder;
use halaqa::model::{
    Attendance, Attribution, Change, Consent, Entry, EntryKind, Participant, PersonRef,
    Stakeholder, Workshop, WorkshopInfo,
};
use halaqa::report::{self, Format, Report};
use std::io::Read;
use std::path::Path;

/// Each person: name, other script, organisation (one person each), position, phone, email.
const PEOPLE: [(&str, &str, &str, &str, &str, &str); 6] = [
    (
        "Suha Kareem",
        "سُهَى كَرِيم",
        "Basra Planning Unit",
        "Head of the budget unit",
        "+9647701234567",
        "suha.k+halaqa@planning.example",
    ),
    (
        "Karwan Aziz",
        "کاروان عەزیز",
        "Erbil Media House",
        "Station manager",
        "07501112233",
        "karwan+notes@media.example",
    ),
    (
        "Noor Hussein",
        "نور حسين",
        "Tigris Voices",
        "Coordinator",
        "00964 780 555 1212",
        "noor@tigris.example",
    ),
    (
        "Abd al-Rahman Al-Jubouri",
        "عبد الرحمن الجبوري",
        "Salahaddin Youth Circle",
        "Chair",
        "+964 790 333 4444",
        "abd.rahman+x@youth.example",
    ),
    (
        "Shilan Mahmoud",
        "شیلان مەحموود",
        "Sulaymaniyah Women Forum",
        "Lawyer",
        "07708889999",
        "shilan@forum.example",
    ),
    ("Hawraa Abbas", "حوراء عباس", "", "", "", ""),
];

/// The texts the entries are made of, each mentioning someone.
const MENTIONS: [&str; 26] = [
    "Suha said the hearings worked.",
    "سهى كريم قالت إن الجلسات نجحت",
    "سُهى تحدثت عن الموازنة",
    "Kareem's plan is good.",
    "کاروان پێشنیاری کرد",
    "Karwan agreed; Aziz did not.",
    "ونور حسين طلبت المتابعة",
    "Abd al-Rahman will follow up with Jubouri.",
    "الجبوري وعبد الرحمن",
    "شیلان مەحموود و Shilan",
    "call 0770 123 4567",
    "call 0770-123-4567",
    "call 0770.123.4567",
    "call (0770) 123 4567",
    "call +964 770 123 4567",
    "call 00964 770 123 4567",
    "call +964 (0) 770-123-4567",
    "call ٠٧٧٠١٢٣٤٥٦٧",
    "call ۰۷۵۰ ۱۱۱ ۲۲۳۳",
    "call ٠٧٨٠-555-١٢١٢",
    "call 964 790 333 4444",
    "call 0770 888 9999 or 07708889999",
    "write to SUHA.K+halaqa@planning.example or karwan+notes@media.example",
    "Erbil Media House and Tigris Voices will broadcast it.",
    "Hawraa and حوراء were there.",
    "Salahaddin Youth Circle hosts the next one.",
];

/// What must not appear in any anonymised output.
const SECRETS: [&str; 34] = [
    "Suha",
    "سهى",
    "سُهَى",
    "Kareem",
    "كريم",
    "Karwan",
    "کاروان",
    "Aziz",
    "عەزیز",
    "Noor",
    "نور",
    "Hussein",
    "Rahman",
    "Jubouri",
    "الجبوري",
    "Shilan",
    "شیلان",
    "مەحموود",
    "Hawraa",
    "حوراء",
    "1234567",
    "123 4567",
    "123-4567",
    "١٢٣٤٥٦٧",
    "۱۱۱ ۲۲۳۳",
    "555 1212",
    "333 4444",
    "888 9999",
    "8889999",
    "@planning.example",
    "media.example",
    "Erbil Media House",
    "Tigris Voices",
    "Salahaddin Youth Circle",
];

fn hostile() -> Workshop {
    let info = WorkshopInfo {
        title: "Hostile privacy fixture".into(),
        start: Some(fixture::date(24)),
        days: 1,
        ..WorkshopInfo::default()
    };
    let mut b = Builder::new(info);
    let mut ids = Vec::new();
    for (i, (name, other, org, position, phone, email)) in PEOPLE.iter().enumerate() {
        let mut p = Participant::new(*name);
        p.id = b.id();
        p.name_other_script = other.to_string();
        p.organisation = org.to_string();
        p.position = position.to_string();
        p.phone = phone.to_string();
        p.email = email.to_string();
        p.stakeholder = [
            Stakeholder::LocalGovernment,
            Stakeholder::Media,
            Stakeholder::Cso,
        ][i % 3];
        p.governorate = ["Basra", "Erbil", "Baghdad"][i % 3].into();
        p.consent.data_processing = Consent::Yes;
        p.consent.named_quote = if i % 2 == 0 {
            Consent::Yes
        } else {
            Consent::No
        };
        p.attendance = vec![Attendance {
            date: fixture::date(24),
            time: fixture::at(24, 9, 0).time(),
        }];
        ids.push(b.person(p));
    }
    let mut item =
        halaqa::model::AgendaItem::new(1, 1, "Panel", halaqa::model::ItemKind::Panel, 60);
    item.id = b.id();
    item.speakers = vec![
        PersonRef::Participant(ids[0]),
        PersonRef::Participant(ids[1]),
        PersonRef::Named("Suha Kareem".into()),
    ];
    item.moderator = Some(PersonRef::Participant(ids[2]));
    b.item(item);
    for (i, text) in MENTIONS.iter().enumerate() {
        let kind = [
            EntryKind::Lesson,
            EntryKind::Plan,
            EntryKind::Outcome,
            EntryKind::Quote,
        ][i % 4];
        let mut e = Entry::new(kind, *text, None);
        e.id = b.id();
        e.plenary_comment = MENTIONS[(i + 7) % MENTIONS.len()].to_string();
        e.attributed = Some(ids[i % ids.len()]);
        e.attribution = [Attribution::Named, Attribution::Organisation][i % 2];
        e.plan.owner = [
            "Eng. Suha Kareem (Planning Dept)",
            "Head of the budget unit, Basra Planning Unit",
            "Station manager, Erbil Media House",
            "نور",
        ][i % 4]
            .to_string();
        e.plan.lead_organisation = PEOPLE[i % 5].2.to_string();
        e.outcome.social_actor = "Karwan Aziz of Erbil Media House".into();
        e.outcome.evidence = MENTIONS[(i + 3) % MENTIONS.len()].to_string();
        e.tags = vec!["suha".into()];
        b.entry(e);
    }
    b.apply(Change::set_info(b_info_with_notes()));
    b.finish()
}

/// The workshop's own words mention people too (a description someone typed).
fn b_info_with_notes() -> WorkshopInfo {
    WorkshopInfo {
        title: "Hostile privacy fixture".into(),
        description: "Organised with Suha Kareem (0770 123 4567).".into(),
        start: Some(fixture::date(24)),
        days: 1,
        ..WorkshopInfo::default()
    }
}

/// Every text file of an output: the file itself, the tables of a folder, or the XML parts
/// of a docx or xlsx.
fn texts(path: &Path) -> Vec<(String, String)> {
    if path.is_dir() {
        let mut out = Vec::new();
        for entry in std::fs::read_dir(path).expect("folder") {
            out.extend(texts(&entry.expect("entry").path()));
        }
        return out;
    }
    let bytes = std::fs::read(path).expect("read");
    let name = path.display().to_string();
    if bytes.starts_with(b"PK") {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
        let mut out = Vec::new();
        for i in 0..zip.len() {
            let mut part = zip.by_index(i).expect("part");
            let mut text = String::new();
            if part.read_to_string(&mut text).is_ok() {
                out.push((format!("{name}:{}", part.name().expect("name")), text));
            }
        }
        return out;
    }
    vec![(name, String::from_utf8_lossy(&bytes).into_owned())]
}

fn export_all(workshop: &Workshop, dir: &Path) -> Vec<std::path::PathBuf> {
    let mut paths = Vec::new();
    for (format, name) in [
        (Format::Markdown, "r.md"),
        (Format::Html, "r.html"),
        (Format::Csv, "r-tables"),
    ] {
        let path = dir.join(name);
        report::export(workshop, format, &path, true, &mut |_| {}).expect("export");
        paths.push(path);
    }
    let docx = dir.join("r.docx");
    report::docx::export_docx(workshop, &docx, true, true).expect("docx");
    let xlsx = dir.join("r.xlsx");
    report::xlsx::export_xlsx(workshop, &xlsx, true, true).expect("xlsx");
    paths.push(docx);
    paths.push(xlsx);
    paths
}

#[test]
fn no_anonymised_format_contains_any_secret() {
    let workshop = hostile();
    let dir = tempfile::tempdir().expect("temp");
    let paths = export_all(&workshop, dir.path());
    let mut leaks = Vec::new();
    for path in &paths {
        for (name, text) in texts(path) {
            for secret in SECRETS {
                if text.contains(secret) {
                    leaks.push(format!("{name} contains {secret:?}"));
                }
            }
        }
        let hits = report::privacy::scan_export(&workshop, path).expect("scan");
        assert!(hits.is_empty(), "{}: {hits:?}", path.display());
    }
    assert!(leaks.is_empty(), "{leaks:#?}");
    // The same secrets are in the named report: the search is meaningful.
    let named = Report::build(&workshop, false).to_markdown();
    assert!(named.contains("Suha Kareem"));
    assert!(named.contains("call 0770 123 4567"));
}

#[test]
fn the_anonymised_text_keeps_its_sense() {
    let report = Report::build(&hostile(), true);
    let group = &report.outputs[0];
    let texts: Vec<&str> = group
        .lessons
        .iter()
        .chain(&group.quotes)
        .chain(group.actions.iter().map(|a| &a.entry))
        .chain(group.outcomes.iter().map(|o| &o.entry))
        .map(|e| e.text.as_str())
        .collect();
    for expected in [
        "call [phone removed]",
        "write to [email removed] or [email removed]",
        "[a participant] said the hearings worked.",
        "[an organisation] and [an organisation] will broadcast it.",
        "[a participant] agreed; [a participant] did not.",
    ] {
        assert!(texts.contains(&expected), "{expected:?} not in {texts:#?}");
    }
    // Owners become roles; a single-person organisation leading a plan is not named.
    assert!(group.actions.iter().all(|a| a.owner == "[a participant]"));
    assert!(
        group
            .actions
            .iter()
            .all(|a| a.lead_organisation.is_empty() || a.lead_organisation == "[an organisation]")
    );
}

#[test]
fn the_privacy_scan_finds_what_a_named_report_shows() {
    let workshop = hostile();
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("named.md");
    report::export(&workshop, Format::Markdown, &path, false, &mut |_| {}).expect("export");
    let hits = report::privacy::scan_export(&workshop, &path).expect("scan");
    assert!(hits.iter().any(|h| h.text == "Suha Kareem"), "{hits:?}");
    assert!(hits.iter().any(|h| h.text.contains("0770 123 4567")));
    assert!(
        hits.iter()
            .all(|h| h.location.starts_with("named.md, line "))
    );
}

fn halaqa(dir: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_halaqa"))
        .args(args)
        .current_dir(dir)
        .env("HALAQA_DATA_DIR", dir.join("data"))
        .env("HALAQA_CONFIG_DIR", dir.join("config"))
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

#[test]
fn check_privacy_lists_the_places_and_scans_an_export() {
    let dir = tempfile::tempdir().expect("temp");
    halaqa::store::save(&dir.path().join("w.ron"), &hostile()).expect("saves");
    let run = halaqa(dir.path(), &["check", "w.ron", "--privacy"]);
    let out = String::from_utf8_lossy(&run.stdout);
    assert!(run.status.success(), "{out}");
    assert!(out.contains("privacy (k = 5)"), "{out}");
    assert!(out.contains("list 6 people by name"), "{out}");
    assert!(
        out.contains("anonymised: a phone number replaced in entry"),
        "{out}"
    );
    assert!(out.contains("owner: Suha Kareem"), "{out}");

    // An anonymised export passes; a named one, scanned as if it were anonymised, does not.
    let run = halaqa(
        dir.path(),
        &[
            "export",
            "w.ron",
            "--format",
            "md",
            "--anonymise",
            "--output",
            "a.md",
        ],
    );
    assert!(run.status.success());
    let run = halaqa(
        dir.path(),
        &["check", "w.ron", "--privacy", "--export", "a.md"],
    );
    let out = String::from_utf8_lossy(&run.stdout);
    assert!(run.status.success(), "{out}");
    assert!(out.contains("scan of a.md: no name, phone or email of this session found"));
    let run = halaqa(
        dir.path(),
        &["export", "w.ron", "--format", "csv", "--output", "t"],
    );
    assert!(run.status.success());
    let run = halaqa(
        dir.path(),
        &["check", "w.ron", "--privacy", "--export", "t"],
    );
    let out = String::from_utf8_lossy(&run.stdout);
    let err = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{out}{err}");
    assert!(out.contains("hit: participants.csv, line 2: "), "{out}");
    assert!(err.contains("t shows personal data in "), "{err}");
}
