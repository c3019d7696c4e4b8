//! Hostile text cannot break a report, and anonymised reports name nobody.
//!
//! The hostile fixture puts `<script>`, an `onerror` attribute, `javascript:` and `https://`
//! URLs, spreadsheet formulas, a right-to-left override and a very long word in every field
//! a user can type.

#[path = "fixtures/report/fixture.rs"]
#[allow(dead_code)]
mod fixture;

use halaqa::model::Workshop;
use halaqa::report::{Report, html, markdown, tables};

// With the internal entries: a note is where a note-taker writes "Layla said…, call her on
// …", so the redaction must hold there too.
fn html_of(workshop: &Workshop, anonymise: bool) -> String {
    let mut out = Vec::new();
    html::write(&Report::build_with(workshop, anonymise, true), &mut out).expect("html renders");
    String::from_utf8(out).expect("utf-8")
}

fn md_of(workshop: &Workshop, anonymise: bool) -> String {
    Report::build_with(workshop, anonymise, true).to_markdown()
}

/// Every table as (file name, raw bytes).
fn csv_of(workshop: &Workshop, anonymise: bool) -> Vec<(String, Vec<u8>)> {
    let report = Report::build_with(workshop, anonymise, true);
    tables::tables(&report)
        .iter()
        .map(|t| {
            let mut out = Vec::new();
            t.write(&report, &mut out).expect("csv renders");
            (t.file_name.to_string(), out)
        })
        .collect()
}

/// The tags of an HTML text: what sits between `<` and `>` (user text has no raw `<`).
fn tags(html: &str) -> Vec<&str> {
    html.split('<')
        .skip(1)
        .filter_map(|rest| rest.split_once('>').map(|(tag, _)| tag))
        .collect()
}

const ALLOWED_TAGS: [&str; 36] = [
    "!DOCTYPE",
    "main",
    "strong",
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "header",
    "section",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "p",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "ol",
    "ul",
    "li",
    "span",
    "br",
    "blockquote",
    "svg",
    "rect",
    "/",
    "",
    "",
    "",
    "",
];

#[test]
fn hostile_html_has_no_script_no_handlers_no_urls() {
    for anonymise in [false, true] {
        let html = html_of(&fixture::hostile(), anonymise);
        let lower = html.to_lowercase();
        assert!(!lower.contains("<script"), "a script element");
        assert!(!lower.contains("javascript:"), "a javascript: URL");
        assert!(
            !lower.contains("http://") && !lower.contains("https://"),
            "a URL"
        );
        assert!(!lower.contains("onerror="), "an event handler");
        assert!(!lower.contains("<img"), "an image element");
        for tag in tags(&html) {
            let name = tag
                .trim_start_matches('/')
                .split_whitespace()
                .next()
                .unwrap_or("");
            assert!(ALLOWED_TAGS.contains(&name), "unexpected tag <{tag}>");
            for attribute in tag.split_whitespace().skip(1) {
                let attribute = attribute.to_lowercase();
                assert!(!attribute.starts_with("on"), "handler attribute in <{tag}>");
                assert!(
                    !attribute.starts_with("href") && !attribute.starts_with("src"),
                    "a link in <{tag}>"
                );
            }
        }
        // The text is still there for a reader, escaped.
        assert!(html.contains("&lt;script&gt;alert(1)&lt;&#47;script&gt;"));
        assert!(
            !html.contains('\u{202E}'),
            "the right-to-left override is removed"
        );
    }
}

#[test]
fn html_marks_user_text_for_direction_and_declares_policy() {
    let html = html_of(&fixture::realistic(), false);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(html.contains(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; img-src data:\">"
    ));
    assert!(html.contains("<td dir=\"auto\" lang=\"ar\">زينب الربيعي</td>"));
    assert!(
        html.contains("<span class=\"text\" dir=\"auto\" lang=\"ar\">التنسيق مع مجلس المحافظة")
    );
    assert!(html.contains("@media print") && html.contains("size: A4"));
    assert!(html.contains("<svg") && html.contains("<rect"));
}

#[test]
fn hostile_csv_cells_reparse_to_the_same_shape_and_hold_no_live_formula() {
    for anonymise in [false, true] {
        for (name, bytes) in csv_of(&fixture::hostile(), anonymise) {
            let text = String::from_utf8(bytes).expect("utf-8");
            let body = text.strip_prefix('\u{FEFF}').expect("a byte-order mark");
            let mut reader = csv::ReaderBuilder::new()
                .has_headers(true)
                .from_reader(body.as_bytes());
            let width = reader.headers().expect("a header").len();
            let mut rows = 0;
            for record in reader.records() {
                let record = record.unwrap_or_else(|e| panic!("{name}: {e}"));
                assert_eq!(record.len(), width, "{name}: a row of another shape");
                rows += 1;
                for cell in record.iter() {
                    let first = cell.chars().next();
                    let live = matches!(first, Some('=' | '+' | '-' | '@' | '\t' | '\r'));
                    // Whole numbers halaqa computed (votes, minutes) may be negative.
                    let number = cell.parse::<i64>().is_ok();
                    assert!(!live || number, "{name}: live formula cell {cell:?}");
                }
            }
            if matches!(name.as_str(), "entries.csv" | "actions.csv") {
                assert!(rows > 0, "{name} is empty");
            }
        }
    }
}

#[test]
fn hostile_markdown_cannot_open_structure() {
    let md = md_of(&fixture::hostile(), false);
    for line in md.lines() {
        // Every table row keeps its column count: user pipes are escaped.
        if line.starts_with("| Planned") || line.starts_with("| 09:00") {
            let cells = line.replace("\\|", "").matches('|').count();
            assert_eq!(cells, 6, "{line}");
        }
        assert!(!line.starts_with("#") || line.starts_with("# ") || line.starts_with("##"));
        // Every `<` a user typed is escaped, so no raw HTML reaches pandoc.
        let unescaped = line
            .char_indices()
            .any(|(i, c)| c == '<' && !line[..i].ends_with('\\'));
        assert!(!unescaped, "{line}");
        assert!(!line.contains("](https://"), "a live link: {line}");
    }
    assert!(md.contains("\\<script\\>"));
}

/// The personal strings of the realistic fixture, as someone searching a leak would try.
fn personal_strings(workshop: &Workshop) -> Vec<String> {
    let mut strings = Vec::new();
    for p in workshop.participants().filter(|p| !p.erased) {
        strings.extend([p.name.clone(), p.name_other_script.clone(), p.email.clone()]);
        let digits: String = p.phone.chars().filter(char::is_ascii_digit).collect();
        strings.extend([p.phone.clone(), digits.clone()]);
        if let Some(national) = digits.strip_prefix("964") {
            strings.push(format!("0{national}"));
        }
    }
    strings.retain(|s| s.chars().count() >= 3);
    strings
}

#[test]
fn anonymised_outputs_name_nobody() {
    let mut workshops = vec![("fixture", fixture::realistic())];
    if let Ok(demo) = halaqa::store::demo::demo_workshop() {
        workshops.push(("demo", demo));
    }
    for (label, workshop) in workshops {
        let secrets = personal_strings(&workshop);
        assert!(
            secrets.len() > 10,
            "{label}: the test searches for something"
        );
        let mut outputs = vec![
            ("md".to_string(), md_of(&workshop, true)),
            ("html".to_string(), html_of(&workshop, true)),
        ];
        for (name, bytes) in csv_of(&workshop, true) {
            outputs.push((name, String::from_utf8(bytes).expect("utf-8")));
        }
        for (name, text) in &outputs {
            assert!(!text.contains("participants.csv"), "{name}");
            for secret in &secrets {
                assert!(
                    !text.contains(secret.as_str()),
                    "{label} {name} contains {secret:?}"
                );
            }
        }
        let files: Vec<String> = csv_of(&workshop, true)
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        assert!(!files.contains(&"participants.csv".to_string()));
        assert!(!files.contains(&"attendance.csv".to_string()));
        assert!(!files.contains(&"participation.csv".to_string()));
        // The same workshop does name people when not anonymised: the search is meaningful.
        let open = md_of(&workshop, false);
        assert!(secrets.iter().any(|s| open.contains(s.as_str())), "{label}");
    }
}

#[test]
fn anonymised_breakdowns_hide_small_cells() {
    let report = Report::build(&fixture::realistic(), true);
    let md = markdown_text(&report);
    // The share of a cell of 1–4 people would give the count away: "—".
    assert!(md.contains("| female | <5 | — | <5 | <5 | <5 |"));
    // Six people, each alone in an age band: a published 6 would prove every hidden band
    // holds exactly one person, so the total is hidden too.
    assert!(md.contains("| People | <5 | <5 | <5 | <5 |"));
    assert!(!md.contains("(2 of 4)"));
}

fn markdown_text(report: &Report) -> String {
    let mut out = Vec::new();
    markdown::write(report, &mut out).expect("markdown renders");
    String::from_utf8(out).expect("utf-8")
}

#[test]
fn quotes_follow_consent() {
    let md = md_of(&fixture::realistic(), false);
    // Named with consent: the name; organisation chosen, but the organisation has fewer
    // than k (5) registered people, so it would name her: "a participant".
    assert!(md.contains("> — Layla Hassan, Al-Amal Association"));
    assert!(!md.contains("> — Basra Women's Network"));
    assert!(md.contains("> — a participant"));
    let anonymised = md_of(&fixture::realistic(), true);
    assert!(!anonymised.contains("Al-Amal Association"));
}
