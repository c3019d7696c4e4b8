//! Registration lists in the shapes form tools really export them (fixtures written here,
//! after the real layouts): KoBo read and written by R (`.` groups, `X_` bookkeeping, one 0/1
//! column per choice), ODK Central (`-` groups, its metadata, short rows, a repeat's empty
//! row), KoBo's "labels" export with an HXL hashtag row, a Google Forms sheet. Each test:
//! the columns chosen, the rows added, the values stored.

use halaqa::import::{self, Field, ImportOptions, ImportPlan, MatchHow};
use halaqa::model::{
    AgeBand, DeviceId, Disability, Document, Gender, Participant, Workshop, WorkshopInfo,
};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/tests/fixtures/import/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("fixture {path}: {e}"))
}

fn document() -> Document {
    let info = WorkshopInfo {
        start: chrono::NaiveDate::from_ymd_opt(2026, 11, 24),
        ..WorkshopInfo::titled("Closing session")
    };
    Document::new(Workshop::new(info), DeviceId::new("test-laptop"))
}

fn import_into(doc: &mut Document, bytes: &[u8], options: &ImportOptions) -> ImportPlan {
    let plan = import::plan(bytes, doc.workshop(), options).expect("the import plans");
    doc.apply(plan.change.clone()).expect("the plan applies");
    plan
}

fn person<'a>(doc: &'a Document, name: &str) -> &'a Participant {
    doc.workshop()
        .participants()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("{name} was imported"))
}

/// The header that fills `field`, if any.
fn column_for(plan: &ImportPlan, field: Field) -> Option<&str> {
    plan.columns
        .iter()
        .find(|c| c.field == Some(field))
        .map(|c| c.header.as_str())
}

fn how_of<'a>(plan: &'a ImportPlan, header: &str) -> (MatchHow, &'a str) {
    let column = plan
        .columns
        .iter()
        .find(|c| c.header == header)
        .unwrap_or_else(|| panic!("no column {header}"));
    (column.how, column.why.as_str())
}

#[test]
fn kobo_read_by_r_with_dot_groups_and_choice_columns() {
    let mut doc = document();
    let plan = import_into(
        &mut doc,
        &fixture("kobo_r_dots.csv"),
        &ImportOptions::default(),
    );
    // The report: encoding, separator, each column\'s fate and why, every row counted.
    insta::assert_snapshot!(plan.to_string());
    assert_eq!(plan.added.len(), 3);
    assert_eq!(column_for(&plan, Field::Name), Some("resp.full_name"));
    assert_eq!(column_for(&plan, Field::Email), Some("contact.email"));
    assert_eq!(column_for(&plan, Field::Phone), Some("contact.phone"));
    assert_eq!(column_for(&plan, Field::Age), Some("resp.age"));
    assert_eq!(column_for(&plan, Field::Disability), None);
    let (how, why) = how_of(&plan, "aid_feedback.email");
    assert_eq!(how, MatchHow::Refused);
    assert!(
        why.contains("multiple-choice question \"aid_feedback\""),
        "{why}"
    );
    assert!(how_of(&plan, "info_mode.mobile").1.contains("only 0 and 1"));
    assert!(how_of(&plan, "hh_who.age").1.contains("only 0 and 1"));
    assert_eq!(how_of(&plan, "hh_who.disabilities").0, MatchHow::Refused);
    for meta in ["start", "X_id", "X_uuid", "X_submission_time", "X_index"] {
        assert_eq!(how_of(&plan, meta).0, MatchHow::Meta, "{meta}");
    }
    assert!(plan.skipped.is_empty(), "{:?}", plan.skipped);

    let hana = person(&doc, "Hana Salim");
    assert_eq!(hana.email, "hana@example.org");
    assert_eq!(hana.phone, "+9647701112233");
    assert_eq!(hana.gender, Gender::Female);
    assert_eq!(hana.age_band, AgeBand::From25To29);
    assert_eq!(
        hana.disability,
        Disability::Unknown,
        "a household choice is not hers"
    );
    assert_eq!(person(&doc, "Yasir Hamid").email, "", "no email, not \"0\"");
    assert_eq!(hana.governorate, "Salah al-Din", "Salahdin");
    assert_eq!(hana.governorate_as_written, "Salahdin");
    assert_eq!(person(&doc, "Yasir Hamid").governorate, "Sulaymaniyah");
    assert_eq!(person(&doc, "Shirin Aziz").governorate, "Sulaymaniyah");
}

#[test]
fn odk_central_with_dash_groups_metadata_and_short_rows() {
    let mut doc = document();
    let plan = import_into(
        &mut doc,
        &fixture("odk_central.csv"),
        &ImportOptions::default(),
    );
    // The report: encoding, separator, each column\'s fate and why, every row counted.
    insta::assert_snapshot!(plan.to_string());
    assert_eq!(plan.added.len(), 3, "{plan}");
    assert_eq!(
        column_for(&plan, Field::Name),
        Some("respondent-RespondentName")
    );
    assert_eq!(column_for(&plan, Field::Gender), Some("respondent-sex"));
    assert_eq!(
        column_for(&plan, Field::Organisation),
        Some("respondent-org")
    );
    assert_eq!(
        column_for(&plan, Field::Governorate),
        Some("location-governorate")
    );
    assert_eq!(
        column_for(&plan, Field::District),
        Some("location-district")
    );
    let (how, why) = how_of(&plan, "location-area_name");
    assert_eq!(how, MatchHow::Refused);
    assert!(why.contains("area"), "{why}");
    assert_eq!(how_of(&plan, "intro-EnumeratorName").0, MatchHow::Refused);
    for meta in [
        "SubmissionDate",
        "intro-today",
        "meta-instanceID",
        "KEY",
        "SubmitterID",
        "SubmitterName",
        "AttachmentsPresent",
        "AttachmentsExpected",
        "Status",
        "ReviewState",
        "DeviceID",
        "Edits",
        "FormVersion",
    ] {
        assert_eq!(how_of(&plan, meta).0, MatchHow::Meta, "{meta}");
    }
    // Row 3 stops after the organisation; row 4 has two empty cells too many; row 5 is a
    // repeat's row with only its KEY; row 6 is empty.
    assert_eq!(plan.shaped.padded, [3, 5]);
    assert_eq!(plan.shaped.trimmed, [4]);
    assert_eq!(plan.blank_rows, 2);
    assert!(plan.skipped.is_empty(), "{:?}", plan.skipped);
    let report = plan.to_string();
    assert!(report.contains("rows 3, 5 have fewer cells"), "{report}");

    let mahmoud = person(&doc, "Mahmoud Younis");
    assert_eq!(mahmoud.organisation, "Mosul Youth Forum");
    assert_eq!(mahmoud.phone, "+9647702223344");
    assert_eq!(mahmoud.gender, Gender::Male);
    assert_eq!(mahmoud.governorate, "Nineveh", "Nainawa/Musel");
    assert_eq!(
        person(&doc, "Zahraa Kadhim").governorate,
        "Dhi Qar",
        "Thi-Qar"
    );
    let rezan = person(&doc, "Rezan Ali");
    assert_eq!(rezan.governorate, "Duhok", "Dohuk");
    assert_eq!(rezan.district, "Zakho");
    assert!(
        !rezan.notes.contains("uuid"),
        "bookkeeping stays out: {}",
        rezan.notes
    );
}

#[test]
fn kobo_labels_export_with_a_hashtag_row() {
    let mut doc = document();
    let plan = import_into(
        &mut doc,
        &fixture("kobo_labels_hxl.csv"),
        &ImportOptions::default(),
    );
    assert_eq!(plan.shaped.hashtags, Some(2));
    assert_eq!(plan.added.len(), 3);
    assert_eq!(
        plan.added.iter().map(|a| a.row).collect::<Vec<_>>(),
        [3, 4, 5],
        "row numbers are the spreadsheet's"
    );
    assert!(plan.to_string().contains("row 2 holds HXL hashtags"));
    for meta in [
        "_notes",
        "_status",
        "_submitted_by",
        "__version__",
        "_tags",
        "_index",
    ] {
        assert_eq!(how_of(&plan, meta).0, MatchHow::Meta, "{meta}");
    }
    assert!(
        doc.workshop()
            .participants()
            .all(|p| !p.name.starts_with('#'))
    );
    assert_eq!(person(&doc, "Ahmed Jasim").organisation, "Anbar Youth");
    assert_eq!(person(&doc, "Ahmed Jasim").governorate, "Anbar", "Al-Anbar");
    assert_eq!(person(&doc, "Sara Mahdi").governorate, "Anbar", "al.anbar");
    assert_eq!(person(&doc, "Omar Khalil").governorate, "Salah al-Din");
    assert!(plan.warnings.is_empty(), "{:?}", plan.warnings);
}

#[test]
fn google_forms_sheet_with_collected_emails() {
    let mut doc = document();
    let options = ImportOptions {
        skip_invalid: true,
        ..ImportOptions::default()
    };
    let plan = import_into(&mut doc, &fixture("google_forms.csv"), &options);
    assert_eq!(
        column_for(&plan, Field::Name),
        Some("What is your full name?")
    );
    assert_eq!(column_for(&plan, Field::Email), Some("Email address"));
    assert_eq!(
        column_for(&plan, Field::Phone),
        Some("Phone number (WhatsApp, with country code if not Iraqi)")
    );
    assert_eq!(how_of(&plan, "Timestamp").0, MatchHow::Meta);
    assert_eq!(column_for(&plan, Field::DateOfBirth), Some("Date of birth"));
    assert_eq!(plan.added.len(), 3, "the bad email costs only the email");

    // French genders; ages from the date of birth on the first day, 2026-11-24.
    let layla = person(&doc, "Layla Hassan");
    assert_eq!(layla.organisation, "Mosul Peace Network");
    assert_eq!(layla.gender, Gender::Female, "Féminin");
    assert_eq!(layla.age_band, AgeBand::From25To29, "born 1998-07-19: 28");
    assert_eq!(layla.consent.photo, halaqa::model::Consent::Yes, "Oui");
    let marc = person(&doc, "Marc Dubois");
    assert_eq!(marc.gender, Gender::Male, "masculin");
    assert_eq!(marc.age_band, AgeBand::From60, "born 04/11/1960: 66");
    assert_eq!(marc.phone, "+33612345678", "a French number with its code");
    let ban = person(&doc, "Ban Yousif");
    assert_eq!(ban.gender, Gender::Female, "feminin");
    assert_eq!(ban.age_band, AgeBand::From18To24, "born 2007-01-15: 19");
    assert_eq!(ban.email, "");
    assert!(
        plan.warnings
            .iter()
            .any(|w| w.row == 4 && w.reason.contains("left out, the rest of the row imported")),
        "{:?}",
        plan.warnings
    );
}

#[test]
fn pakistani_jordanian_and_iraqi_phones_by_country() {
    let plan_for = |country: Option<&str>| {
        let mut doc = document();
        let options = ImportOptions {
            country: country.map(str::to_string),
            ..ImportOptions::default()
        };
        let plan = import_into(&mut doc, &fixture("phones_mixed.csv"), &options);
        let phones: Vec<(String, String)> = doc
            .workshop()
            .participants()
            .map(|p| (p.name.clone(), p.phone.clone()))
            .collect();
        (plan, phones)
    };
    let phone = |phones: &[(String, String)], name: &str| {
        phones
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, p)| p.clone())
            .unwrap()
    };
    // An Iraqi list (the default): the others are kept as written and flagged, never +964.
    let (plan, phones) = plan_for(None);
    assert_eq!(phone(&phones, "Bilal Ahmed"), "03214800081");
    assert_eq!(phone(&phones, "Rania Haddad"), "0791234567");
    assert_eq!(phone(&phones, "Ali Kareem"), "+9647701234567");
    assert_eq!(phone(&phones, "Hiba Saleh"), "+9647501234567");
    let flagged: Vec<usize> = plan.warnings.iter().map(|w| w.row).collect();
    assert_eq!(flagged, [2, 3]);
    assert!(
        plan.warnings[0]
            .reason
            .contains("not a valid number for IQ")
    );
    // A Pakistani list.
    let (_, phones) = plan_for(Some("PK"));
    assert_eq!(phone(&phones, "Bilal Ahmed"), "+923214800081");
    assert_eq!(
        phone(&phones, "Ali Kareem"),
        "07701234567",
        "not Pakistani: as written"
    );
    assert_eq!(
        phone(&phones, "Hiba Saleh"),
        "+9647501234567",
        "its code says Iraq"
    );
    // A Jordanian one.
    let (_, phones) = plan_for(Some("JO"));
    assert_eq!(phone(&phones, "Rania Haddad"), "+962791234567");
    assert_eq!(phone(&phones, "Bilal Ahmed"), "03214800081");
}

#[test]
fn an_unknown_country_is_refused() {
    let options = ImportOptions {
        country: Some("ZZ".to_string()),
        ..ImportOptions::default()
    };
    let error = import::plan(
        &fixture("phones_mixed.csv"),
        document().workshop(),
        &options,
    )
    .unwrap_err();
    assert!(error.to_string().contains("--country ZZ"), "{error}");
}

#[test]
fn map_to_nothing_and_ignore_leave_columns_out() {
    let list = b"Name,Email,Phone,Organisation\nAmal,amal@x.org,07701234567,Basra Youth\n";
    let mut doc = document();
    let options = ImportOptions {
        ignore: vec!["Organisation".to_string()],
        ..ImportOptions::default()
    }
    .with_map(&[("email".to_string(), String::new())])
    .unwrap();
    let plan = import_into(&mut doc, list, &options);
    assert_eq!(column_for(&plan, Field::Email), None);
    assert_eq!(how_of(&plan, "Organisation").0, MatchHow::Ignored);
    let amal = person(&doc, "Amal");
    assert_eq!(amal.email, "");
    assert_eq!(amal.organisation, "");
    assert_eq!(amal.phone, "+9647701234567");
}

#[test]
fn a_row_with_data_past_the_last_column_is_still_refused() {
    let list = b"Name,Phone\nAmal,0770,surprise\n";
    let error = import::plan(list, document().workshop(), &ImportOptions::default()).unwrap_err();
    assert!(error.to_string().contains("row 2"), "{error}");
}

#[test]
fn washington_group_short_set_stored_and_the_cut_off_applied() {
    use halaqa::model::Difficulty;
    let mut doc = document();
    let plan = import_into(
        &mut doc,
        &fixture("washington_group.csv"),
        &ImportOptions::default(),
    );
    assert!(plan.warnings.is_empty(), "{:?}", plan.warnings);
    for field in [
        Field::WgSeeing,
        Field::WgHearing,
        Field::WgWalking,
        Field::WgRemembering,
        Field::WgSelfCare,
        Field::WgCommunicating,
    ] {
        assert!(column_for(&plan, field).is_some(), "{field:?}");
    }
    assert_eq!(column_for(&plan, Field::Disability), None);
    let amal = person(&doc, "Amal Hassan");
    assert_eq!(amal.washington_group.walking, Difficulty::ALot);
    assert_eq!(amal.washington_group.seeing, Difficulty::NoDifficulty);
    assert_eq!(
        amal.disability,
        Disability::Yes,
        "a lot of difficulty walking"
    );
    let zaid = person(&doc, "Zaid Karim");
    assert_eq!(
        zaid.washington_group.remembering,
        Difficulty::Some,
        "code 2"
    );
    assert_eq!(
        zaid.disability,
        Disability::No,
        "some difficulty is below the cut-off"
    );
    let noor = person(&doc, "Noor Ali");
    assert_eq!(noor.washington_group.communicating, Difficulty::CannotDo);
    assert_eq!(noor.disability, Disability::Yes);
    let karwan = person(&doc, "Karwan Aziz");
    assert_eq!(karwan.washington_group.seeing, Difficulty::Some);
    assert_eq!(
        karwan.disability,
        Disability::Unknown,
        "five not answered: cannot be said"
    );
}
