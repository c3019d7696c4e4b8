//! `--format docx`: the report as a native Word document. Its `document.xml` is pinned
//! (golden files for the demo and an empty workshop) and its structure checked: title, styles,
//! a table of contents field, page numbers, header rows that repeat, column widths from what
//! the columns hold, right-to-left paragraphs for Arabic and Kurdish. Where LibreOffice is
//! installed it converts the file to PDF without error (skipped with a printed reason where
//! not).

#[path = "fixtures/report/fixture.rs"]
#[allow(dead_code)]
mod fixture;

use halaqa::report::{Report, docx};
use std::io::{Cursor, Read};
use std::path::PathBuf;
use std::process::Command;

fn demo() -> halaqa::model::Workshop {
    halaqa::store::demo::demo_workshop().expect("the bundled demo parses")
}

fn docx_bytes(report: &Report) -> Vec<u8> {
    let mut out = Vec::new();
    docx::write(report, &mut out).expect("the document renders");
    out
}

fn part(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip file");
    let mut file = archive.by_name(name).expect("the part is there");
    let mut text = String::new();
    file.read_to_string(&mut text).expect("UTF-8 XML");
    text
}

/// document.xml with a line per paragraph, table and row, for a readable golden file.
fn readable(xml: &str) -> String {
    xml.replace("<w:p>", "\n<w:p>")
        .replace("<w:p><w:pPr>", "\n<w:p><w:pPr>")
        .replace("<w:tbl>", "\n<w:tbl>")
        .replace("<w:tr>", "\n<w:tr>")
}

#[test]
fn demo_document_xml() {
    let bytes = docx_bytes(&Report::build(&demo(), false));
    insta::assert_snapshot!(readable(&part(&bytes, "word/document.xml")));
}

#[test]
fn empty_document_xml() {
    let bytes = docx_bytes(&Report::build(&fixture::empty(), false));
    let xml = part(&bytes, "word/document.xml");
    assert!(xml.contains("No participants were registered."));
    assert!(xml.contains("No entries were captured."));
    insta::assert_snapshot!(readable(&xml));
}

#[test]
fn the_document_has_styles_contents_page_numbers_and_direction() {
    let bytes = docx_bytes(&Report::build(&demo(), false));
    let xml = part(&bytes, "word/document.xml");
    assert!(xml.contains("<w:pStyle w:val=\"Title\"/>"));
    assert!(xml.contains("<w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Executive summary</w:t>"));
    assert!(xml.contains("TOC \\o \"1-2\""), "a table of contents field");
    assert!(xml.contains("<w:tblHeader/>"), "header rows repeat");
    assert!(xml.contains("<w:cantSplit/>"), "rows do not split");
    assert!(xml.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), "A4");
    // Arabic text is a right-to-left paragraph with Arabic runs.
    assert!(xml.contains("<w:bidi/></w:pPr><w:r><w:rPr><w:rtl/><w:lang w:bidi=\"ar-IQ\"/></w:rPr><w:t xml:space=\"preserve\">عمار قاسم</w:t>"));
    assert!(xml.contains("w:bidi=\"ckb-IQ\""), "Kurdish runs");
    // The agenda's Item column is wider than its Planned column.
    let grid = &xml[xml.find("Agenda as delivered").expect("the agenda")..];
    let cols: Vec<u32> = grid
        .split("<w:gridCol w:w=\"")
        .skip(1)
        .take(5)
        .map(|s| {
            s.split('"')
                .next()
                .expect("a width")
                .parse()
                .expect("a number")
        })
        .collect();
    assert!(cols[1] > 2 * cols[0], "{cols:?}");
    let footer = part(&bytes, "word/footer1.xml");
    assert!(footer.contains(" PAGE ") && footer.contains(" NUMPAGES "));
    let styles = part(&bytes, "word/styles.xml");
    for style in ["Heading1", "Heading2", "Heading3", "ReportTable"] {
        assert!(
            styles.contains(&format!("w:styleId=\"{style}\"")),
            "{style}"
        );
    }
    assert!(part(&bytes, "word/settings.xml").contains("<w:updateFields w:val=\"true\"/>"));
}

#[test]
fn hostile_text_is_escaped_and_anonymised_has_no_names() {
    let bytes = docx_bytes(&Report::build(&fixture::hostile(), false));
    let xml = part(&bytes, "word/document.xml");
    assert!(!xml.contains("<script"), "user text is escaped");
    let bytes = docx_bytes(&Report::build(&demo(), true));
    let xml = part(&bytes, "word/document.xml");
    assert!(!xml.contains("Annex: participants"));
    assert!(!xml.contains("Ahmed Jassim"), "a participant's name");
}

fn on_path(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
}

#[test]
fn libreoffice_converts_it_to_pdf_with_page_numbers() {
    let (Some(soffice), Some(pdftotext)) = (on_path("soffice"), on_path("pdftotext")) else {
        println!("skipped: needs LibreOffice (soffice) and pdftotext (poppler-utils) on PATH");
        return;
    };
    let dir = tempfile::tempdir().expect("a temp dir");
    for (name, workshop) in [("demo", demo()), ("empty", fixture::empty())] {
        let file = dir.path().join(format!("{name}.docx"));
        std::fs::write(&file, docx_bytes(&Report::build(&workshop, false))).expect("written");
        let output = Command::new(&soffice)
            .arg(format!(
                "-env:UserInstallation=file://{}",
                dir.path().join("profile").display()
            ))
            .args(["--headless", "--norestore", "--convert-to", "pdf"])
            .arg(&file)
            .current_dir(dir.path())
            .output()
            .expect("soffice runs");
        assert!(output.status.success(), "{output:?}");
        let pdf = dir.path().join(format!("{name}.pdf"));
        assert!(pdf.is_file(), "{name}: no PDF: {output:?}");
        let text = Command::new(&pdftotext)
            .arg(&pdf)
            .arg("-")
            .output()
            .expect("pdftotext runs");
        let text = String::from_utf8_lossy(&text.stdout);
        assert!(text.contains("Executive summary"), "{name}: {text}");
        assert!(text.contains("Page 1 of "), "{name}: {text}");
    }
}
