//! The participant importer on the files facilitators actually get: KoBo, Excel, Google
//! Forms, Arabic with a BOM and semicolons, Windows-1256, broken quoting, formulas.

use halaqa::import::{self, ImportError, ImportOptions, ImportPlan, SameBy};
use halaqa::model::{
    AgeBand, Consent, DeviceId, Document, Gender, Participant, Stakeholder, Workshop, WorkshopInfo,
};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/tests/fixtures/import/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("fixture {path}: {e}"))
}

fn document() -> Document {
    Document::new(
        Workshop::new(WorkshopInfo::titled("Closing session")),
        DeviceId::new("test-laptop"),
    )
}

/// Plan and apply, as the command line does.
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

#[test]
fn arabic_headers_semicolons_and_a_bom() {
    let mut doc = document();
    let plan = import_into(
        &mut doc,
        &fixture("arabic_semicolon_bom.csv"),
        &ImportOptions::default(),
    );
    insta::assert_snapshot!(plan.to_string());
    assert_eq!(plan.added.len(), 4);

    let zainab = person(&doc, "زينب حسين علي");
    assert_eq!(zainab.gender, Gender::Female);
    assert_eq!(zainab.governorate, "Basra");
    assert_eq!(zainab.organisation, "منظمة الأمل");
    assert_eq!(zainab.stakeholder, Stakeholder::Cso);
    assert_eq!(zainab.phone, "+9647701234567");
    assert_eq!(zainab.email, "zainab@amal.org");
    assert_eq!(zainab.age_band, AgeBand::From25To29, "Arabic-Indic ٢٧");
    assert_eq!(zainab.consent.photo, Consent::Yes);

    let mohammed = person(&doc, "مُحَمَّد جاسم");
    assert_eq!(mohammed.stakeholder, Stakeholder::LocalGovernment);
    assert_eq!(mohammed.phone, "+9647501234567", "Arabic-Indic digits");
    assert_eq!(mohammed.consent.photo, Consent::No);

    let hazhar = person(&doc, "هەژار عومەر");
    assert_eq!(hazhar.gender, Gender::Male, "Kurdish نێر");
    assert_eq!(hazhar.governorate, "Sulaymaniyah");
    assert_eq!(hazhar.consent.photo, Consent::Yes, "Kurdish بەڵێ");
}

#[test]
fn kobo_export_with_groups_and_metadata() {
    let mut doc = document();
    let plan = import_into(
        &mut doc,
        &fixture("kobo_export.csv"),
        &ImportOptions::default(),
    );
    insta::assert_snapshot!(plan.to_string());
    assert_eq!(plan.added.len(), 3);

    let layla = person(&doc, "Layla Kareem");
    assert_eq!(layla.organisation, "Kirkuk Provincial Council");
    assert_eq!(
        layla.stakeholder,
        Stakeholder::LocalGovernment,
        "KoBo choice name local_government"
    );
    assert_eq!(layla.governorate, "Kirkuk");
    assert_eq!(layla.consent.data_processing, Consent::Yes);
    let omar = person(&doc, "Omar Faisal");
    assert_eq!(omar.phone, "+9647801234567");
    assert_eq!(omar.age_band, AgeBand::From60);
    assert_eq!(omar.governorate, "Anbar");
    // Bookkeeping never lands anywhere in the record.
    let everything = format!("{:?}", doc.workshop().participant_records());
    assert!(
        !everything.contains("6f0c1a6e"),
        "the _uuid is not imported"
    );
    assert!(
        !everything.contains("2024-03-01T06"),
        "the _submission_time is not imported"
    );
}

#[test]
fn excel_csv_with_crlf_quoted_commas_and_newlines() {
    let mut doc = document();
    let plan = import_into(
        &mut doc,
        &fixture("excel_crlf.csv"),
        &ImportOptions::default(),
    );
    insta::assert_snapshot!(plan.to_string());
    assert_eq!(plan.added.len(), 3);

    let fatima = person(&doc, "Fatima Al-Zahraa");
    assert_eq!(fatima.organisation, "Women's Union, Basra Branch");
    assert_eq!(fatima.governorate, "Basra");
    assert_eq!(fatima.notes, "Needs a ramp\r\nat the venue");
    let hassan = person(&doc, "Hassan \"Abu Ali\" Mahdi");
    assert_eq!(hassan.organisation, "Najaf Council, Planning Dept.");
    assert_eq!(
        hassan.phone, "+9647711223344",
        "Excel dropped the leading zero"
    );
    let rana = person(&doc, "Rana Yousif");
    assert_eq!(rana.position, "Journalist, freelance");
    assert_eq!(rana.email, "rana.y@example.com");
    assert_eq!(rana.age_band, AgeBand::From30To39);
}

#[test]
fn google_forms_questions_tab_separated() {
    let mut doc = document();
    let plan = import_into(
        &mut doc,
        &fixture("google_forms.tsv"),
        &ImportOptions::default(),
    );
    insta::assert_snapshot!(plan.to_string());
    let noor = person(&doc, "Noor Abbas");
    assert_eq!(noor.organisation, "Baghdad Women Association");
    assert_eq!(noor.stakeholder, Stakeholder::Cso);
    assert_eq!(noor.age_band, AgeBand::From25To29);
    assert_eq!(noor.consent.photo, Consent::Yes);
    let karwan = person(&doc, "Karwan Jalal");
    assert_eq!(karwan.governorate, "Halabja");
    assert_eq!(karwan.consent.photo, Consent::No);
}

#[test]
fn malformed_quoting_names_the_row_and_changes_nothing() {
    let doc = document();
    let error = import::plan(
        &fixture("malformed_quote.csv"),
        doc.workshop(),
        &ImportOptions::default(),
    )
    .unwrap_err();
    assert_eq!(error, ImportError::UnclosedQuote { row: 3, line: 3 });
    assert!(
        error
            .to_string()
            .starts_with("row 3 (line 3): a quoted value starts here")
    );
    // Not even --skip-invalid gets past it: the rows after it cannot be told apart.
    let options = ImportOptions {
        skip_invalid: true,
        ..ImportOptions::default()
    };
    assert!(import::plan(&fixture("malformed_quote.csv"), doc.workshop(), &options).is_err());
}

#[test]
fn an_empty_file_is_refused_clearly() {
    let doc = document();
    let error = import::plan(
        &fixture("empty.csv"),
        doc.workshop(),
        &ImportOptions::default(),
    )
    .unwrap_err();
    assert_eq!(error, ImportError::Empty);
    assert_eq!(
        error.to_string(),
        "the file is empty: there is no header row and no participants"
    );
    // A BOM and a line break are still empty.
    assert_eq!(
        import::plan(
            b"\xEF\xBB\xBF\r\n",
            doc.workshop(),
            &ImportOptions::default()
        )
        .unwrap_err(),
        ImportError::Empty
    );
}

#[test]
fn a_header_without_rows_imports_nobody() {
    let doc = document();
    let plan = import::plan(b"name,phone\n", doc.workshop(), &ImportOptions::default()).unwrap();
    assert!(plan.is_empty());
    assert!(plan.notes.iter().any(|n| n.contains("no rows")));
}

#[test]
fn windows_1256_is_converted_with_a_note() {
    let mut doc = document();
    let plan = import_into(
        &mut doc,
        &fixture("windows1256.csv"),
        &ImportOptions::default(),
    );
    insta::assert_snapshot!(plan.to_string());
    assert!(plan.notes[0].contains("Windows-1256"));
    let ali = person(&doc, "علي حسن");
    assert_eq!(ali.governorate, "Baghdad");
    assert_eq!(ali.organisation, "منظمة السلام");
    assert_eq!(person(&doc, "فاطمة جواد").gender, Gender::Female);
    assert_eq!(person(&doc, "Léa Dupont").organisation, "Médecins du Monde");
}

#[test]
fn formula_looking_values_are_kept_as_plain_text() {
    let mut doc = document();
    let plan = import_into(
        &mut doc,
        &fixture("formulas.csv"),
        &ImportOptions::default(),
    );
    assert_eq!(plan.added.len(), 2);
    let formula = person(&doc, "=cmd|' /C calc'!A0");
    assert_eq!(formula.organisation, "@SUM(1+1)");
    assert_eq!(
        formula.phone, "=1+1",
        "not a phone: kept as written, never evaluated"
    );
    assert_eq!(formula.notes, "+SUM(A1:A9)");
    let safe = person(&doc, "Safe Person");
    assert_eq!(safe.organisation, "-2+3");
    assert_eq!(safe.notes, "=HYPERLINK(\"http://evil.example\",\"click\")");
    assert!(
        plan.warnings
            .iter()
            .any(|w| w.row == 2 && w.reason.contains("does not look like a phone")),
        "{:?}",
        plan.warnings
    );
}

#[test]
fn invalid_rows_refuse_the_file_naming_every_row() {
    let doc = document();
    let error = import::plan(
        &fixture("invalid_rows.csv"),
        doc.workshop(),
        &ImportOptions::default(),
    )
    .unwrap_err();
    insta::assert_snapshot!(error.to_string());
    let ImportError::InvalidRows(problems) = error else {
        panic!("invalid rows, got {error:?}")
    };
    let rows: Vec<usize> = problems.iter().map(|p| p.row).collect();
    assert_eq!(rows, [3, 4, 5]);
}

#[test]
fn skip_invalid_imports_the_rest_and_reports_the_skipped() {
    let mut doc = document();
    let options = ImportOptions {
        skip_invalid: true,
        ..ImportOptions::default()
    };
    let plan = import_into(&mut doc, &fixture("invalid_rows.csv"), &options);
    insta::assert_snapshot!(plan.to_string());
    assert_eq!(plan.added.len(), 3);
    assert_eq!(plan.skipped.len(), 2, "no name; data past the last column");
    assert_eq!(doc.workshop().participants().count(), 3);
    let sara = person(&doc, "Sara Ahmed");
    assert_eq!(sara.email, "", "only the bad email is left out");
    assert_eq!(sara.governorate, "Erbil");
}

#[test]
fn importing_the_same_file_twice_adds_nobody() {
    for name in [
        "arabic_semicolon_bom.csv",
        "kobo_export.csv",
        "excel_crlf.csv",
        "windows1256.csv",
        "google_forms.tsv",
        "formulas.csv",
    ] {
        let mut doc = document();
        let first = import_into(&mut doc, &fixture(name), &ImportOptions::default());
        let count = doc.workshop().participants().count();
        let second = import_into(&mut doc, &fixture(name), &ImportOptions::default());
        assert_eq!(second.added.len(), 0, "{name}");
        assert_eq!(second.updated.len(), 0, "{name}");
        assert_eq!(second.duplicates.len(), first.added.len(), "{name}");
        assert!(second.is_empty(), "{name}");
        assert_eq!(doc.workshop().participants().count(), count, "{name}");
    }
}

#[test]
fn a_known_person_gets_only_their_blanks_filled() {
    let mut doc = document();
    import_into(
        &mut doc,
        b"name,organisation,phone,gender\nAli Hassan,Amal,07701234567,\n",
        &ImportOptions::default(),
    );
    let csv = "name,organisation,phone,email,gender\n\
               ALI  HASSAN,amal,,ali@amal.org,male\n\
               Someone Else,Other org,0770 123 4567,,female\n";
    let plan = import_into(&mut doc, csv.as_bytes(), &ImportOptions::default());
    insta::assert_snapshot!(plan.to_string());
    assert_eq!(plan.updated.len(), 1);
    assert_eq!(plan.updated[0].by, SameBy::NameAndOrganisation);
    assert_eq!(plan.duplicates.len(), 1);
    assert_eq!(plan.duplicates[0].by, SameBy::Phone);
    let ali = person(&doc, "Ali Hassan");
    assert_eq!(ali.email, "ali@amal.org");
    assert_eq!(ali.gender, Gender::Male);
    // What was recorded stays: the name is not rewritten in capitals, the second row's
    // gender does not overwrite.
    assert_eq!(ali.organisation, "Amal");
    assert_eq!(doc.workshop().participants().count(), 1);
}

#[test]
fn duplicates_within_one_file_are_added_once() {
    let mut doc = document();
    let csv = "name,phone,email\n\
               Sara Ahmed,07709876543,\n\
               Sara Ahmed (again),+964 770 987 6543,sara@example.org\n\
               Other,,SARA@example.org\n";
    let plan = import_into(&mut doc, csv.as_bytes(), &ImportOptions::default());
    assert_eq!(plan.added.len(), 1);
    assert_eq!(plan.duplicates.len(), 2);
    assert_eq!(plan.duplicates[0].of_row, Some(2));
    assert_eq!(
        plan.duplicates[1].by,
        SameBy::Email,
        "the email was filled in by row 3"
    );
    assert_eq!(person(&doc, "Sara Ahmed").email, "sara@example.org");
}

#[test]
fn an_import_is_one_undoable_step() {
    let mut doc = document();
    import_into(
        &mut doc,
        &fixture("kobo_export.csv"),
        &ImportOptions::default(),
    );
    assert_eq!(doc.workshop().participants().count(), 3);
    doc.undo().unwrap();
    assert_eq!(doc.workshop().participants().count(), 0);
    assert_eq!(
        doc.workshop().participant_records().len(),
        0,
        "undo leaves no trace"
    );
}

#[test]
fn map_overrides_the_guess() {
    let mut doc = document();
    let csv = "Full name,Col7,Province\nAli,Amal,Wherever\n";
    let options = ImportOptions::default()
        .with_map(&[
            ("organisation".into(), "Col7".into()),
            ("district".into(), "Province".into()),
        ])
        .unwrap();
    import_into(&mut doc, csv.as_bytes(), &options);
    let ali = person(&doc, "Ali");
    assert_eq!(ali.organisation, "Amal");
    assert_eq!(ali.district, "Wherever");
    assert_eq!(ali.governorate, "");

    let bad = ImportOptions::default()
        .with_map(&[("colour".into(), "x".into())])
        .unwrap_err();
    assert!(
        bad.to_string()
            .contains("\"colour\" is not a participant field"),
        "{bad}"
    );
}

#[test]
fn a_file_without_a_name_column_says_how_to_map_one() {
    let doc = document();
    let error =
        import::plan(b"foo,bar\n1,2\n", doc.workshop(), &ImportOptions::default()).unwrap_err();
    assert_eq!(
        error.to_string(),
        "no column holds the participants' names (columns: foo, bar); say which one with --map name=COLUMN"
    );
}

#[test]
fn preview_shows_the_mapping_and_the_first_rows() {
    let preview =
        import::preview(&fixture("kobo_export.csv"), &ImportOptions::default(), 2).unwrap();
    assert_eq!(preview.rows.len(), 2);
    assert_eq!(preview.rows_total, 3);
    let name = preview
        .columns
        .iter()
        .find(|c| c.header == "participant/full_name")
        .unwrap();
    assert_eq!(name.field, Some(import::Field::Name));
    assert_eq!(preview.rows[0].cells[3], "Ahmed Salih");
}

/// A registration list of `rows` people, all different.
fn generated(rows: usize) -> String {
    let governorates = ["بغداد", "Basrah", "نينوى", "Erbil", "سلێمانی", "Duhok"];
    let genders = ["F", "M", "أنثى", "ذكر", "ژن", "پیاو"];
    let mut csv = String::from("الاسم,الجنس,المحافظة,المنظمة,الهاتف,البريد الإلكتروني,العمر\n");
    for i in 0..rows {
        csv.push_str(&format!(
            "مشارك رقم {i},{},{},منظمة {},077{:08},p{i}@example.org,{}\n",
            genders[i % genders.len()],
            governorates[i % governorates.len()],
            i % 97,
            i,
            18 + i % 50,
        ));
    }
    csv
}

#[test]
fn five_thousand_rows() {
    let csv = generated(5000);
    let mut doc = document();
    let started = std::time::Instant::now();
    let mut progress_calls = 0;
    let plan = import::plan_with_progress(
        csv.as_bytes(),
        doc.workshop(),
        &ImportOptions::default(),
        &mut |p| {
            progress_calls += 1;
            assert!(p.rows_done <= p.rows_total);
        },
    )
    .unwrap();
    doc.apply(plan.change.clone()).unwrap();
    eprintln!("5,000 rows planned and applied in {:?}", started.elapsed());
    assert_eq!(plan.added.len(), 5000);
    assert!(progress_calls >= 5, "progress is reported as rows go by");
    assert_eq!(doc.workshop().participants().count(), 5000);
    assert!(plan.to_string().contains("Added 5000: rows 2–5001"));
    // And again: all of them are known now.
    let again = import::plan(csv.as_bytes(), doc.workshop(), &ImportOptions::default()).unwrap();
    assert_eq!(again.added.len(), 0);
    assert_eq!(again.duplicates.len(), 5000);
    assert!(
        again.to_string().lines().count() < 80,
        "a long list is summed up by row numbers"
    );
}

#[test]
fn a_five_megabyte_cell_is_just_long_notes() {
    let big = "ب".repeat(5 * 1024 * 1024 / 2);
    let csv = format!("name,notes\nAli,\"{big}\"\nZaid,short\n");
    let doc = document();
    let plan = import::plan(csv.as_bytes(), doc.workshop(), &ImportOptions::default()).unwrap();
    assert_eq!(plan.added.len(), 2);
    let big_name = format!("name\n{big}\n");
    let plan = import::plan(
        big_name.as_bytes(),
        doc.workshop(),
        &ImportOptions::default(),
    )
    .unwrap();
    assert_eq!(plan.added.len(), 1);
}

#[test]
fn namesakes_with_different_phones_are_different_people() {
    let mut doc = document();
    let csv = "name,organisation,phone\n\
               محمد علي,وزارة التخطيط,07701111111\n\
               محمّد علي,وزارة التخطيط,07702222222\n\
               محمد علي,وزارة التخطيط,\n";
    let plan = import_into(&mut doc, csv.as_bytes(), &ImportOptions::default());
    assert_eq!(plan.added.len(), 2, "two phones, two people");
    assert_eq!(
        plan.duplicates.len(),
        1,
        "no phone: the same name and organisation"
    );
    assert_eq!(plan.duplicates[0].by, SameBy::NameAndOrganisation);
}
