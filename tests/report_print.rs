//! The HTML report as a reader gets it: opened in Chromium and printed to A4. Words wrap
//! whole (none is split over two lines), sections follow on without a forced page break (the
//! demo fits in fewer pages than the 19 it took, the empty report on one), and every
//! page says "Page n of N". Runs where Chromium and poppler-utils are installed and says why
//! it skipped where not. The HTML structure checks (landmark, headers, lang) run everywhere.

#[path = "fixtures/report/fixture.rs"]
#[allow(dead_code)]
mod fixture;

use halaqa::report::{Report, html};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

fn demo() -> halaqa::model::Workshop {
    halaqa::store::demo::demo_workshop().expect("the bundled demo parses")
}

fn html_of(report: &Report) -> String {
    let mut out = Vec::new();
    html::write(report, &mut out).expect("html renders");
    String::from_utf8(out).expect("utf-8")
}

fn on_path(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
}

fn run_tool(program: &Path, args: &[&str]) -> String {
    let output = Command::new(program)
        .args(args)
        .output()
        .expect("the tool runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

struct Printer {
    chromium: PathBuf,
    pdfinfo: PathBuf,
    pdftotext: PathBuf,
}

fn printer() -> Option<Printer> {
    let found = (
        on_path("chromium").or_else(|| on_path("chromium-browser")),
        on_path("pdfinfo"),
        on_path("pdftotext"),
    );
    let (Some(chromium), Some(pdfinfo), Some(pdftotext)) = found else {
        println!("skipped: needs chromium, pdfinfo and pdftotext (poppler-utils) on PATH");
        return None;
    };
    Some(Printer {
        chromium,
        pdfinfo,
        pdftotext,
    })
}

/// Print `html` to A4 with headless Chromium; the page count and the text, laid out.
fn print(printer: &Printer, html: &str) -> (usize, String) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let page = dir.path().join("report.html");
    let pdf = dir.path().join("report.pdf");
    std::fs::write(&page, html).expect("written");
    let output = Command::new(&printer.chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            &format!("--user-data-dir={}", dir.path().join("profile").display()),
            &format!("--print-to-pdf={}", pdf.display()),
        ])
        .arg(&page)
        .output()
        .expect("chromium runs");
    assert!(
        pdf.is_file(),
        "no PDF: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let pdf = pdf.to_string_lossy().into_owned();
    let info = run_tool(&printer.pdfinfo, &[&pdf]);
    assert!(info.contains("(A4)"), "{info}");
    let pages = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo gives the page count");
    let text = run_tool(&printer.pdftotext, &["-layout", &pdf, "-"]);
    (pages, text)
}

/// Words of Latin letters only: what a split ("Endor" + "sed") would show as two.
fn latin_words(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3)
        .collect()
}

/// The text a reader sees in `html`: the body without tags, entities decoded.
fn visible_text(html: &str) -> String {
    let body = html.split("</style>").nth(1).unwrap_or(html);
    let mut text = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&#39;", "'")
        .replace("&amp;", "&")
        .replace("&#47;", "/")
        .replace("&#58;", ":")
        .replace("&#61;", "=")
}

#[test]
fn printed_demo_splits_no_word_and_numbers_its_pages() {
    let Some(printer) = printer() else { return };
    let report = Report::build(&demo(), false);
    let html = html_of(&report);
    let (pages, text) = print(&printer, &html);
    // Before: every section on a new page, 19 pages with orphan rows. Now 12 pages, and 14
    // with the executive summary, the cross-table and the consolidated recommendations.
    assert!(pages <= 15, "the demo printed on {pages} pages");
    for page in 1..=pages {
        assert!(
            text.contains(&format!("Page {page} of {pages}")),
            "no page number {page}: {text}"
        );
    }
    // Every word of the outcome-harvesting table is whole on the page …
    let printed: BTreeSet<&str> = latin_words(&text).into_iter().collect();
    for group in &report.outputs {
        for o in &group.outcomes {
            for field in [&o.entry.text, &o.social_actor, &o.change, &o.evidence] {
                for word in latin_words(field) {
                    assert!(printed.contains(word), "{word:?} is split: {text}");
                }
            }
        }
    }
    // … and nothing printed is a piece of a word.
    let source = visible_text(&html);
    let mut known: BTreeSet<&str> = latin_words(&source).into_iter().collect();
    known.extend(["Page"]);
    for word in latin_words(&text) {
        assert!(
            known.contains(word),
            "{word:?} is a piece of a word: {text}"
        );
    }
}

#[test]
fn printed_empty_report_is_one_page() {
    let Some(printer) = printer() else { return };
    let (pages, text) = print(&printer, &html_of(&Report::build(&fixture::empty(), false)));
    assert_eq!(pages, 1, "{text}");
    assert!(text.contains("No participants were registered."), "{text}");
    assert!(text.contains("Page 1 of 1"), "{text}");
}

#[test]
fn html_has_a_main_landmark_no_empty_header_and_lang_on_rtl_runs() {
    let html = html_of(&Report::build(&demo(), false));
    assert_eq!(html.matches("<main>").count(), 1);
    assert!(html.find("</header>") < html.find("<main>"));
    assert!(!html.contains("<th></th>"), "an empty table header");
    assert!(!html.contains("overflow-wrap: anywhere"));
    assert!(!html.contains("break-before: page"));
    // Arabic and Kurdish text runs say their language; English ones take the page's.
    assert!(
        html.contains(
            "<span class=\"text\" dir=\"auto\" lang=\"ar\">التنسيق المبكر مع مجالس الأقضية"
        )
    );
    assert!(html.contains("<span class=\"text\" dir=\"auto\" lang=\"ckb\">کاتێک ڕۆژنامەنووسان"));
    assert!(html.contains("<span class=\"text\" dir=\"auto\">Budget hearings worked"));
}
