//! Golden files of every format, from the bundled demo and from a small fixture with the
//! rarer cases (an erased participant, a dropped item, a withdrawn consent): what a report
//! writer hands to a donor, pinned.

#[path = "fixtures/report/fixture.rs"]
#[allow(dead_code)]
mod fixture;

use halaqa::report::{Report, html, markdown, tables};

fn md(report: &Report) -> String {
    let mut out = Vec::new();
    markdown::write(report, &mut out).expect("markdown renders");
    String::from_utf8(out).expect("utf-8")
}

fn html_text(report: &Report) -> String {
    let mut out = Vec::new();
    html::write(report, &mut out).expect("html renders");
    String::from_utf8(out).expect("utf-8")
}

fn csv_folder(report: &Report) -> String {
    let mut all = String::new();
    for table in tables::tables(report) {
        let mut out = Vec::new();
        table.write(report, &mut out).expect("csv renders");
        all.push_str(&format!("==> {} <==\n", table.file_name));
        all.push_str(&String::from_utf8(out).expect("utf-8").replace('\r', "␍"));
        all.push('\n');
    }
    all
}

#[test]
fn realistic_markdown() {
    insta::assert_snapshot!(md(&Report::build(&fixture::realistic(), false)));
}

#[test]
fn realistic_markdown_anonymised() {
    insta::assert_snapshot!(md(&Report::build(&fixture::realistic(), true)));
}

#[test]
fn realistic_html() {
    insta::assert_snapshot!(html_text(&Report::build(&fixture::realistic(), false)));
}

#[test]
fn realistic_csv() {
    insta::assert_snapshot!(csv_folder(&Report::build(&fixture::realistic(), false)));
}

#[test]
fn realistic_csv_anonymised() {
    insta::assert_snapshot!(csv_folder(&Report::build(&fixture::realistic(), true)));
}

fn demo() -> halaqa::model::Workshop {
    halaqa::store::demo::demo_workshop().expect("the bundled demo parses")
}

#[test]
fn demo_markdown() {
    insta::assert_snapshot!(md(&Report::build(&demo(), false)));
}

#[test]
fn demo_markdown_anonymised() {
    insta::assert_snapshot!(md(&Report::build(&demo(), true)));
}

#[test]
fn demo_html() {
    insta::assert_snapshot!(html_text(&Report::build(&demo(), false)));
}

#[test]
fn demo_html_anonymised() {
    insta::assert_snapshot!(html_text(&Report::build(&demo(), true)));
}

#[test]
fn demo_csv() {
    insta::assert_snapshot!(csv_folder(&Report::build(&demo(), false)));
}

#[test]
fn demo_csv_anonymised() {
    insta::assert_snapshot!(csv_folder(&Report::build(&demo(), true)));
}
