//! `halaqa import participants` end to end: the real binary on a session made with
//! `halaqa new`, in a sandbox of its own.

#[path = "support/cli.rs"]
mod support;

use support::Sandbox;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/tests/fixtures/import/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("fixture {path}: {e}"))
}

/// A sandbox with a fresh session `w.ron` and the fixture `name` copied in as `list.csv`.
fn session_and(name: &str) -> Sandbox {
    let sandbox = Sandbox::new();
    sandbox
        .run(["new", "w.ron", "--title", "Closing session"])
        .succeeded();
    std::fs::write(sandbox.path("list.csv"), fixture(name)).unwrap();
    sandbox
}

fn session_bytes(sandbox: &Sandbox) -> Vec<u8> {
    std::fs::read(sandbox.path("w.ron")).unwrap()
}

fn participants_line(sandbox: &Sandbox) -> String {
    let check = sandbox.run(["check", "w.ron"]);
    check.succeeded();
    check
        .stdout
        .lines()
        .find(|l| l.trim_start().starts_with("participants"))
        .unwrap_or_default()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn import_saves_and_check_counts_the_people() {
    let sandbox = session_and("arabic_semicolon_bom.csv");
    let run = sandbox.run(["import", "participants", "w.ron", "list.csv"]);
    run.succeeded()
        .says("Added 4: rows 2–5")
        .says("Saved w.ron: 4 participants now.");
    assert!(participants_line(&sandbox).starts_with("participants 4"));
    let text = String::from_utf8(session_bytes(&sandbox)).unwrap();
    assert!(text.contains("زينب حسين علي"), "Arabic is kept readable");
    assert!(text.contains("+9647701234567"));
}

#[test]
fn dry_run_prints_the_report_and_writes_nothing() {
    let sandbox = session_and("kobo_export.csv");
    let before = session_bytes(&sandbox);
    let run = sandbox.run(["import", "participants", "w.ron", "list.csv", "--dry-run"]);
    run.succeeded()
        .says("Added 3: rows 2–4")
        .says("\"_uuid\"")
        .says("Dry run: nothing was written.");
    assert_eq!(session_bytes(&sandbox), before);
    assert!(participants_line(&sandbox).starts_with("participants 0"));
}

#[test]
fn the_same_file_twice_adds_nobody_and_does_not_rewrite() {
    let sandbox = session_and("excel_crlf.csv");
    sandbox
        .run(["import", "participants", "w.ron", "list.csv"])
        .succeeded();
    let after_first = session_bytes(&sandbox);
    let again = sandbox.run(["import", "participants", "w.ron", "list.csv"]);
    again
        .succeeded()
        .says("Added 0.")
        .says("Duplicates 3:")
        .says("row 2: Fatima Al-Zahraa, already in the workshop (same phone)")
        .says("was not written");
    assert_eq!(session_bytes(&sandbox), after_first);
    assert!(participants_line(&sandbox).starts_with("participants 3"));
}

#[test]
fn malformed_quoting_is_refused_naming_the_row() {
    let sandbox = session_and("malformed_quote.csv");
    let before = session_bytes(&sandbox);
    sandbox
        .run(["import", "participants", "w.ron", "list.csv"])
        .refused()
        .says("list.csv: row 3 (line 3): a quoted value starts here");
    assert_eq!(session_bytes(&sandbox), before);
}

#[test]
fn invalid_rows_refuse_unless_skipped() {
    let sandbox = session_and("invalid_rows.csv");
    let before = session_bytes(&sandbox);
    sandbox
        .run(["import", "participants", "w.ron", "list.csv"])
        .refused()
        .says("row 3: no name")
        .says("row 4: email \"sara@\" is not an email address")
        .says("--skip-invalid");
    assert_eq!(session_bytes(&sandbox), before);

    sandbox
        .run([
            "import",
            "participants",
            "w.ron",
            "list.csv",
            "--skip-invalid",
        ])
        .succeeded()
        .says("Skipped 2:")
        .says("row 5: it has 4 cells but the header has 3 columns")
        // A bad email costs the email, not the person.
        .says("row 4: email \"sara@\" is not an email address; left out, the rest of the row imported")
        .says("Saved w.ron: 3 participants now.");
    assert!(participants_line(&sandbox).starts_with("participants 3"));
}

#[test]
fn an_empty_or_missing_list_is_one_sentence() {
    let sandbox = session_and("empty.csv");
    sandbox
        .run(["import", "participants", "w.ron", "list.csv"])
        .refused()
        .says("the file is empty");
    sandbox
        .run(["import", "participants", "w.ron", "nothing.csv"])
        .refused()
        .says("nothing.csv: cannot open: there is no such file");
}

#[test]
fn windows_1256_is_converted_and_said_so() {
    let sandbox = session_and("windows1256.csv");
    sandbox
        .run(["import", "participants", "w.ron", "list.csv"])
        .succeeded()
        .says("read as Windows-1256");
    let text = String::from_utf8(session_bytes(&sandbox)).unwrap();
    assert!(text.contains("علي حسن"));
}

#[test]
fn utf8_with_a_few_bad_bytes_stays_utf8_and_names_their_rows() {
    let sandbox = session_and("empty.csv");
    // Row 3 has a cell over two lines, so rows are not lines; rows 4 and 6 each hold one
    // byte that is not UTF-8 (a Latin-1 é pasted into a UTF-8 export).
    let mut bytes = Vec::new();
    bytes.extend_from_slice("name,notes\nعلي حسن,\nنور كريم,\"two\nlines\"\n".as_bytes());
    bytes.extend_from_slice(b"Ren\xe9 Haddad,\n");
    bytes.extend_from_slice("سارة محمود,\n".as_bytes());
    bytes.extend_from_slice(b"Jos\xe9 Khoury,\n");
    std::fs::write(sandbox.path("list.csv"), bytes).unwrap();
    let run = sandbox.run(["import", "participants", "w.ron", "list.csv"]);
    run.succeeded()
        .says("the file is UTF-8 with 2 damaged characters, shown as \u{FFFD} in rows 4, 6")
        .says("Added 5");
    assert!(!run.stdout.contains("Windows-1256"), "{}", run.stdout);
    let text = String::from_utf8(session_bytes(&sandbox)).unwrap();
    for name in ["علي حسن", "نور كريم", "سارة محمود"] {
        assert!(text.contains(name), "{name} is garbled");
    }
}

#[test]
fn map_and_delimiter_options() {
    let sandbox = session_and("empty.csv");
    std::fs::write(
        sandbox.path("list.csv"),
        "Who|Where from|Col3\nAli Hassan|Basrah|Amal\n",
    )
    .unwrap();
    sandbox
        .run([
            "import",
            "participants",
            "w.ron",
            "list.csv",
            "--delimiter",
            "|",
            "--map",
            "name=Who",
            "--map",
            "governorate=Where from",
            "--map",
            "organisation=3",
        ])
        .succeeded()
        .says("\"Who\" → name (--map)")
        .says("Added 1");
    let text = String::from_utf8(session_bytes(&sandbox)).unwrap();
    assert!(text.contains("governorate: \"Basra\""), "{text}");
    assert!(text.contains("organisation: \"Amal\""));

    sandbox
        .run([
            "import",
            "participants",
            "w.ron",
            "list.csv",
            "--map",
            "colour=Who",
        ])
        .refused()
        .says("\"colour\" is not a participant field");
}

#[test]
fn a_session_held_by_someone_else_is_not_touched() {
    let sandbox = session_and("kobo_export.csv");
    let before = session_bytes(&sandbox);
    let held = halaqa::store::lock(&sandbox.path("w.ron")).unwrap();
    assert!(matches!(held, halaqa::store::Locking::Acquired(_)));
    sandbox
        .run(["import", "participants", "w.ron", "list.csv"])
        .refused();
    drop(held);
    assert_eq!(session_bytes(&sandbox), before);
}

#[test]
fn map_to_nothing_ignore_and_an_odk_central_export_from_the_real_binary() {
    let sandbox = session_and("odk_central.csv");
    let run = sandbox.run([
        "import",
        "participants",
        "w.ron",
        "list.csv",
        "--map",
        "phone=",
        "--ignore",
        "respondent-org",
        "--map",
        "name=RespondentName",
    ]);
    run.succeeded()
        .says("Added 3: rows 2–4")
        .says("rows 3, 5 have fewer cells than the header's 22 columns")
        .says("Saved w.ron: 3 participants now.");
    let text = String::from_utf8(session_bytes(&sandbox)).unwrap();
    assert!(text.contains("Rezan Ali"));
    assert!(
        !text.contains("+964750"),
        "--map phone= left the phones out"
    );
    assert!(!text.contains("Zakho Women Centre"), "--ignore left it out");
    let wrong = sandbox.run([
        "import",
        "participants",
        "w.ron",
        "list.csv",
        "--ignore",
        "Nope",
    ]);
    wrong.refused().says("--ignore Nope: there is no column");
}

#[test]
fn country_decides_how_phones_without_a_code_are_read() {
    let sandbox = session_and("phones_mixed.csv");
    sandbox
        .run([
            "import",
            "participants",
            "w.ron",
            "list.csv",
            "--country",
            "pk",
        ])
        .succeeded()
        .says("Added 4: rows 2–5")
        .says("row 3: phone \"0791234567\" is not a valid number for PK");
    let text = String::from_utf8(session_bytes(&sandbox)).unwrap();
    assert!(text.contains("+923214800081"));
    assert!(!text.contains("+9643214800081"), "never a wrong +964");
    sandbox
        .run([
            "import",
            "participants",
            "w.ron",
            "list.csv",
            "--country",
            "Iraq",
        ])
        .misused();
}
