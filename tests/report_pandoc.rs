//! The Markdown report read by pandoc's own Markdown reader (the default one, which knows
//! attributes) forms no attribute from user text; CSV cells starting with a full-width `＝`
//! are no formula. The pandoc check runs where pandoc is installed and says why it skipped
//! where not.

#[path = "fixtures/report/fixture.rs"]
#[allow(dead_code)]
mod fixture;

use halaqa::model::{Entry, EntryKind, WorkshopInfo};
use halaqa::report::{Report, tables};
use std::io::Write;
use std::process::{Command, Stdio};

const ATTRIBUTES: [&str; 4] = [
    "Closing session {onclick=alert(1)}",
    "A span [x]{onmouseover=alert(2)}",
    "# Heading {#id .class data-x=3}",
    "::: {onclick=alert(4)}",
];

fn hostile_workshop() -> halaqa::model::Workshop {
    let mut info = WorkshopInfo::titled(ATTRIBUTES[0]);
    info.subtitle = ATTRIBUTES[1].into();
    info.venue = "＝HYPERLINK(\"http://evil.example\")".into();
    let mut b = fixture::Builder::new(info);
    for text in ATTRIBUTES {
        let mut entry = Entry::new(EntryKind::Lesson, text, None);
        entry.id = b.id();
        b.entry(entry);
    }
    let mut entry = Entry::new(EntryKind::Recommendation, "＝1+2 ＋3 －4 ＠SUM(A1)", None);
    entry.id = b.id();
    b.entry(entry);
    b.finish()
}

#[test]
fn pandoc_markdown_forms_no_attribute_from_user_text() {
    let markdown = Report::build(&hostile_workshop(), false).to_markdown();
    let Ok(mut pandoc) = Command::new("pandoc")
        .args(["-f", "markdown", "-t", "html"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
    else {
        eprintln!("skipped: pandoc is not installed (apt-get install pandoc)");
        return;
    };
    pandoc
        .stdin
        .take()
        .expect("stdin")
        .write_all(markdown.as_bytes())
        .expect("markdown written");
    let output = pandoc.wait_with_output().expect("pandoc ran");
    assert!(output.status.success(), "{output:?}");
    let html = String::from_utf8(output.stdout).expect("UTF-8");
    // Inside tags: no handler, no id or class or data attribute from the text.
    for tag in html.split('<').skip(1).filter_map(|t| t.split_once('>')) {
        let tag = tag.0;
        // (pandoc's own heading ids are made of the heading's words: not attributes.)
        for bad in [
            " onclick=",
            " onmouseover=",
            " data-x=",
            " class=\"class\"",
            " id=\"id\"",
        ] {
            assert!(!tag.contains(bad), "pandoc made <{tag}> from user text");
        }
        assert!(
            !tag.starts_with("div"),
            "a fenced div from user text: <{tag}>"
        );
    }
    // The text itself is still there to read.
    assert!(html.contains("{onclick=alert(1)}"), "{html}");
}

#[test]
fn full_width_formula_signs_start_no_formula() {
    let report = Report::build(&hostile_workshop(), false);
    for table in tables::tables(&report) {
        let mut out = Vec::new();
        table.write(&report, &mut out).expect("csv renders");
        let text = String::from_utf8(out).expect("UTF-8");
        let mut reader =
            csv::ReaderBuilder::new().from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        for record in reader.records() {
            for cell in record.expect("a row").iter() {
                let first = cell.chars().next();
                assert!(
                    !matches!(first, Some('＝' | '＋' | '－' | '＠')),
                    "{}: a full-width formula cell {cell:?}",
                    table.file_name
                );
            }
        }
    }
}
