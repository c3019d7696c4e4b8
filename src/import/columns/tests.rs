use super::*;

fn fields(headers: &[&str]) -> Vec<Option<Field>> {
    let header: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
    match_columns(&header, &[], &[], &[])
        .unwrap()
        .into_iter()
        .map(|c| c.field)
        .collect()
}

#[test]
fn english_headers_in_any_case() {
    assert_eq!(
        fields(&["Full Name", "E-mail", "Phone Number", "SEX", "Organization"]),
        [
            Some(Field::Name),
            Some(Field::Email),
            Some(Field::Phone),
            Some(Field::Gender),
            Some(Field::Organisation)
        ]
    );
}

#[test]
fn arabic_headers_with_and_without_hamza_or_article() {
    assert_eq!(
        fields(&[
            "الاسم الكامل",
            "الجنس",
            "المحافظة",
            "الجهة",
            "رقم الهاتف",
            "البريد الالكتروني",
            "العمر",
            "الفئة العمرية",
            "المنصب",
            "القضاء"
        ]),
        [
            Some(Field::Name),
            Some(Field::Gender),
            Some(Field::Governorate),
            Some(Field::Organisation),
            Some(Field::Phone),
            Some(Field::Email),
            Some(Field::Age),
            Some(Field::AgeBand),
            Some(Field::Position),
            Some(Field::District)
        ]
    );
}

#[test]
fn kurdish_headers() {
    assert_eq!(
        fields(&[
            "ناو",
            "ڕەگەز",
            "پارێزگا",
            "ڕێکخراو",
            "ژمارەی مۆبایل",
            "تەمەن"
        ]),
        [
            Some(Field::Name),
            Some(Field::Gender),
            Some(Field::Governorate),
            Some(Field::Organisation),
            Some(Field::Phone),
            Some(Field::Age)
        ]
    );
}

#[test]
fn kobo_group_prefixes_and_meta_columns() {
    let header: Vec<String> = [
        "start",
        "participant/full_name",
        "contact/phone",
        "_uuid",
        "_submission_time",
        "meta/instanceID",
        "_index",
    ]
    .iter()
    .map(|h| h.to_string())
    .collect();
    let columns = match_columns(&header, &[], &[], &[]).unwrap();
    let how: Vec<MatchHow> = columns.iter().map(|c| c.how).collect();
    assert_eq!(
        how,
        [
            MatchHow::Meta,
            MatchHow::Header,
            MatchHow::Header,
            MatchHow::Meta,
            MatchHow::Meta,
            MatchHow::Meta,
            MatchHow::Meta
        ]
    );
    assert_eq!(columns[1].field, Some(Field::Name));
    assert_eq!(columns[2].field, Some(Field::Phone));
}

#[test]
fn google_forms_questions_by_keyword() {
    assert_eq!(
        fields(&[
            "Timestamp",
            "What is your full name?",
            "Your e-mail address",
            "Type of organisation",
            "Name of your organisation",
            "Do you agree to be photographed? (consent)"
        ]),
        [
            None,
            Some(Field::Name),
            Some(Field::Email),
            Some(Field::Stakeholder),
            Some(Field::Organisation),
            Some(Field::ConsentPhoto)
        ]
    );
}

#[test]
fn bilingual_header() {
    assert_eq!(
        fields(&["Gender / الجنس", "Name / الاسم"]),
        [Some(Field::Gender), Some(Field::Name)]
    );
}

#[test]
fn a_repeated_field_keeps_the_first_column() {
    let header: Vec<String> = ["phone", "mobile"].iter().map(|h| h.to_string()).collect();
    let columns = match_columns(&header, &[], &[], &[]).unwrap();
    assert_eq!(columns[1].how, MatchHow::Repeated);
}

#[test]
fn map_overrides_by_name_or_number() {
    let header: Vec<String> = ["Name", "Col B", "Mobile"]
        .iter()
        .map(|h| h.to_string())
        .collect();
    let columns = match_columns(
        &header,
        &[],
        &[
            (Field::Organisation, "col b".to_string()),
            (Field::Phone, "1".to_string()),
        ],
        &[],
    )
    .unwrap();
    assert_eq!(columns[1].field, Some(Field::Organisation));
    assert_eq!(columns[0].field, Some(Field::Phone));
    assert_eq!(columns[2].field, None);
    let error =
        match_columns(&header, &[], &[(Field::Email, "Mail".to_string())], &[]).unwrap_err();
    assert!(error.to_string().contains("no column \"Mail\""));
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|h| h.to_string()).collect()
}

fn rows(cells: &[&[&str]]) -> Vec<Row> {
    cells
        .iter()
        .enumerate()
        .map(|(i, r)| Row {
            number: i + 2,
            cells: strings(r),
        })
        .collect()
}

#[test]
fn every_group_separator_is_understood() {
    for header in [
        "participant/full_name",
        "participant.full_name",
        "participant-full_name",
        "participant:full_name",
    ] {
        let columns = match_columns(&strings(&[header]), &[], &[], &[]).unwrap();
        assert_eq!(columns[0].field, Some(Field::Name), "{header}");
    }
    // --map by the last segment of an ODK Central or R header.
    let header = strings(&["intro-EnumeratorName", "resp.RespondentName"]);
    let columns = match_columns(
        &header,
        &[],
        &[(Field::Name, "EnumeratorName".to_string())],
        &[],
    )
    .unwrap();
    assert_eq!(columns[0].field, Some(Field::Name));
    assert_eq!(columns[0].how, MatchHow::Mapped);
    assert_eq!(columns[1].field, None, "--map took the name elsewhere");
}

#[test]
fn choice_columns_and_zero_one_values_are_never_fields() {
    let header = strings(&[
        "resp.full_name",
        "aid_feedback",
        "aid_feedback.email",
        "info_mode.mobile",
        "hh_who.age",
        "hh_who.disabilities",
        "contact.email",
        "consent.data_processing",
    ]);
    let data = rows(&[
        &[
            "Amal",
            "email sms",
            "1",
            "0",
            "1",
            "0",
            "amal@example.org",
            "1",
        ],
        &["Zaid", "sms", "0", "1", "0", "1", "", "0"],
    ]);
    let columns = match_columns(&header, &data, &[], &[]).unwrap();
    let fields: Vec<Option<Field>> = columns.iter().map(|c| c.field).collect();
    assert_eq!(
        fields,
        [
            Some(Field::Name),
            None,
            None,
            None,
            None,
            None,
            Some(Field::Email),
            Some(Field::ConsentData)
        ]
    );
    assert!(
        columns[2]
            .why
            .contains("multiple-choice question \"aid_feedback\"")
    );
    assert!(
        columns[3].why.contains("only 0 and 1"),
        "{}",
        columns[3].why
    );
    assert_eq!(columns[5].how, MatchHow::Refused);
}

#[test]
fn the_persons_name_beats_a_places_and_the_enumerators() {
    let header = strings(&[
        "location-area_name",
        "EnumeratorName",
        "RespondentName",
        "school/name",
    ]);
    let columns = match_columns(&header, &[], &[], &[]).unwrap();
    assert_eq!(columns[0].field, None);
    assert!(columns[0].why.contains("area"), "{}", columns[0].why);
    assert_eq!(columns[1].field, None);
    assert_eq!(columns[2].field, Some(Field::Name));
    assert_eq!(columns[2].how, MatchHow::Keyword);
    assert_eq!(columns[3].field, None, "a school's name");
}

#[test]
fn map_to_nothing_and_ignore() {
    let header = strings(&["Name", "Email", "Phone", "Notes"]);
    let columns = match_columns(
        &header,
        &[],
        &[(Field::Email, String::new())],
        &["phone".to_string(), "4".to_string()],
    )
    .unwrap();
    assert_eq!(columns[1].field, None);
    assert!(
        columns[1].why.contains("--map email="),
        "{}",
        columns[1].why
    );
    assert_eq!(columns[2].how, MatchHow::Ignored);
    assert_eq!(columns[3].how, MatchHow::Ignored);
    let error = match_columns(&header, &[], &[], &["Mail".to_string()]).unwrap_err();
    assert!(error.to_string().contains("--ignore Mail"), "{error}");
}

#[test]
fn odk_and_r_bookkeeping_is_ignored() {
    let header = strings(&[
        "SubmissionDate",
        "name",
        "meta-instanceID",
        "KEY",
        "SubmitterName",
        "Status",
        "X_uuid",
        "X_index",
        "__version__",
    ]);
    let columns = match_columns(&header, &[], &[], &[]).unwrap();
    let meta = columns.iter().filter(|c| c.how == MatchHow::Meta).count();
    assert_eq!(meta, 8);
}
