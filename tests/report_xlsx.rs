//! `--format xlsx`: the CSV tables as one workbook, a sheet each, with a frozen header,
//! an autofilter, typed numbers and phones kept as text. The structure is read from the
//! file's XML with `unzip`; where LibreOffice is installed it opens the workbook, converts
//! it to PDF without error and reads the phones back as written. Each check says why it
//! skipped where a tool is missing.

#[path = "fixtures/report/fixture.rs"]
#[allow(dead_code)]
mod fixture;

use halaqa::report::{Report, xlsx};
use std::path::{Path, PathBuf};
use std::process::Command;

fn demo() -> halaqa::model::Workshop {
    halaqa::store::demo::demo_workshop().expect("the bundled demo parses")
}

fn on_path(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
}

fn workbook(dir: &Path, report: &Report) -> PathBuf {
    let path = dir.join("report.xlsx");
    let mut out = Vec::new();
    xlsx::write(report, &mut out).expect("the workbook renders");
    std::fs::write(&path, out).expect("written");
    path
}

fn member(unzip: &Path, file: &Path, name: &str) -> String {
    let output = Command::new(unzip)
        .arg("-p")
        .arg(file)
        .arg(name)
        .output()
        .expect("unzip runs");
    assert!(output.status.success(), "{name}: {output:?}");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn one_sheet_per_table_with_frozen_header_filter_and_typed_cells() {
    let Some(unzip) = on_path("unzip") else {
        println!("skipped: unzip is not installed");
        return;
    };
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = workbook(dir.path(), &Report::build(&demo(), false));
    let book = member(&unzip, &file, "xl/workbook.xml");
    for name in [
        "participants",
        "attendance",
        "participation",
        "figures",
        "agenda",
        "entries",
        "actions",
        "recommendations",
        "outcomes",
    ] {
        assert!(book.contains(&format!("<sheet name=\"{name}\"")), "{name}");
    }
    let participants = member(&unzip, &file, "xl/worksheets/sheet1.xml");
    assert!(participants.contains("ySplit=\"1\""), "a frozen header row");
    assert!(participants.contains("<autoFilter"), "an autofilter");
    assert!(!participants.contains("<f>"), "no formula anywhere");
    let strings = member(&unzip, &file, "xl/sharedStrings.xml");
    assert!(strings.contains("00964 771 121 0074"), "a phone as text");
    // Votes are numbers: the entries sheet has numeric cells (no t="s").
    let entries = member(&unzip, &file, "xl/worksheets/sheet6.xml");
    assert!(
        entries.contains("<c r=\"F2\" s=\"0\"><v>9</v>")
            || entries.contains("<c r=\"F2\"><v>9</v>"),
        "votes as a number"
    );
    // Arabic and Kurdish cells read right to left.
    let styles = member(&unzip, &file, "xl/styles.xml");
    assert!(styles.contains("readingOrder=\"2\""), "{styles}");

    let anonymised = workbook(dir.path(), &Report::build(&demo(), true));
    let book = member(&unzip, &anonymised, "xl/workbook.xml");
    assert!(!book.contains("participants") && !book.contains("\"participation\""));
    assert!(book.contains("<sheet name=\"figures\""));
}

#[test]
fn libreoffice_opens_it_converts_it_to_pdf_and_keeps_the_phones() {
    let Some(soffice) = on_path("soffice") else {
        println!(
            "skipped: LibreOffice (soffice) is not installed (apt-get install libreoffice-calc-nogui)"
        );
        return;
    };
    let dir = tempfile::tempdir().expect("a temp dir");
    let report = Report::build(&demo(), false);
    let file = workbook(dir.path(), &report);
    let profile = format!(
        "-env:UserInstallation=file://{}",
        dir.path().join("profile").display()
    );
    // CSV in UTF-8 (76), comma-separated (44), quoted with `"` (34).
    for (target, filter) in [
        ("pdf", "pdf"),
        ("csv", "csv:Text - txt - csv (StarCalc):44,34,76,1"),
    ] {
        let output = Command::new(&soffice)
            .arg(&profile)
            .args(["--headless", "--norestore", "--convert-to", filter])
            .arg(&file)
            .current_dir(dir.path())
            .output()
            .expect("soffice runs");
        assert!(output.status.success(), "{output:?}");
        assert!(
            dir.path().join(format!("report.{target}")).is_file(),
            "{output:?}"
        );
    }
    // The first sheet, participants, as Calc reads it: the phones as written.
    let text = std::fs::read_to_string(dir.path().join("report.csv")).expect("read");
    let phones: Vec<String> = csv::Reader::from_reader(text.as_bytes())
        .records()
        .map(|r| r.expect("a row")[11].to_string())
        .collect();
    assert_eq!(phones.len(), report.annex.as_ref().map_or(0, Vec::len));
    assert!(
        phones
            .iter()
            .filter(|p| !p.is_empty())
            .all(|p| p.starts_with("00964 ")),
        "{phones:?}"
    );
}

#[test]
fn the_cli_writes_the_workbook_and_the_document_beside_the_session() {
    let dir = tempfile::tempdir().expect("a temp dir");
    halaqa::store::save(&dir.path().join("workshop.ron"), &fixture::realistic())
        .expect("the fixture saves");
    let run = Command::new(env!("CARGO_BIN_EXE_halaqa"))
        .args(["export", "workshop.ron", "--format", "xlsx"])
        .current_dir(dir.path())
        .env("HALAQA_DATA_DIR", dir.path().join("data"))
        .env("HALAQA_CONFIG_DIR", dir.path().join("config"))
        .output()
        .expect("halaqa runs");
    assert!(run.status.success(), "{run:?}");
    let out = String::from_utf8_lossy(&run.stdout);
    assert!(
        out.starts_with("wrote workshop.xlsx (Excel workbook, "),
        "{out}"
    );
    let written = dir.path().join("workshop.xlsx");
    let bytes = std::fs::read(&written).expect("written");
    assert!(bytes.starts_with(b"PK"), "a zip file");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&written)
            .expect("stat")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // The Word document goes the same way.
    let run = Command::new(env!("CARGO_BIN_EXE_halaqa"))
        .args(["export", "workshop.ron", "--format", "docx", "--anonymise"])
        .current_dir(dir.path())
        .env("HALAQA_DATA_DIR", dir.path().join("data"))
        .env("HALAQA_CONFIG_DIR", dir.path().join("config"))
        .output()
        .expect("halaqa runs");
    assert!(run.status.success(), "{run:?}");
    let out = String::from_utf8_lossy(&run.stdout);
    assert!(
        out.starts_with("wrote workshop-anonymised.docx (Word document, anonymised, "),
        "{out}"
    );
}
