//! Room, place, fixed time, optional and dropped reach every report format: a reader of the
//! Markdown or HTML report, or of agenda.csv, sees them for each item.

#[path = "fixtures/agenda/workshop.rs"]
#[allow(dead_code)]
mod fixture;

use halaqa::report::{Report, html, markdown, tables};

fn report() -> Report {
    Report::build(&fixture::two_days(), false)
}

fn markdown_text() -> String {
    let mut out = Vec::new();
    markdown::write(&report(), &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn line_with<'a>(text: &'a str, needle: &str) -> &'a str {
    text.lines()
        .find(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no line with {needle:?} in\n{text}"))
}

#[test]
fn the_markdown_report_shows_room_place_and_flags() {
    let text = markdown_text();
    assert!(line_with(&text, "Working group: water").contains("room Hall A"));
    let health = line_with(&text, "Working group: health");
    assert!(
        health.contains("room Hall B") && health.contains("optional"),
        "{health}"
    );
    assert!(line_with(&text, "Registration").contains("fixed time"));
    assert!(line_with(&text, "Dinner by the river").contains("Corniche"));
    assert!(line_with(&text, "Coffee").contains("| dropped |"));
}

#[test]
fn the_html_report_shows_room_place_and_flags() {
    let mut out = Vec::new();
    html::write(&report(), &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    // The HTML report writes a colon in text as &#58;.
    let health = line_with(&text, "Working group&#58; health");
    assert!(health.contains("room Hall B · optional"), "{health}");
    assert!(line_with(&text, "Registration").contains("fixed time"));
    assert!(line_with(&text, "Coffee").contains("class=\"dropped\""));
}

#[test]
fn agenda_csv_has_a_column_for_each() {
    let report = report();
    let table = tables::tables(&report)
        .into_iter()
        .find(|t| t.file_name == "agenda.csv")
        .expect("an agenda table");
    let mut out = Vec::new();
    table.write(&report, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let header = text.lines().next().unwrap().trim_start_matches('\u{feff}');
    assert!(
        header.ends_with("\"room\",\"location\",\"fixed_time\",\"optional\",\"dropped\""),
        "{header}"
    );
    assert!(
        line_with(&text, "Working group: health")
            .ends_with("\"Hall B\",\"\",\"no\",\"yes\",\"no\"")
    );
    assert!(line_with(&text, "Registration").ends_with(",\"\",\"yes\",\"no\",\"no\""));
    assert!(line_with(&text, "Coffee").ends_with(",\"\",\"no\",\"no\",\"yes\""));
    assert!(line_with(&text, "Dinner by the river").contains(",\"Corniche\\Shatt al-Arab\","));
}
