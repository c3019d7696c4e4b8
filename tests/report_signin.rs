//! The printable sign-in sheet: its HTML pinned for the demo's day 1, the real binary writing
//! it (and refusing a day the workshop does not have, writing nothing), and — where Chromium
//! and poppler are installed — the sheet printed to PDF: A4 pages, each with the title and
//! its page number.

use halaqa::report::signin::{self, ROWS_PER_PAGE, SigninSheet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn demo() -> halaqa::model::Workshop {
    halaqa::store::demo::demo_workshop().expect("the bundled demo parses")
}

fn sheet_html(sheet: &SigninSheet) -> String {
    let mut out = Vec::new();
    signin::write(sheet, &mut out).expect("the sheet renders");
    String::from_utf8(out).expect("utf-8")
}

#[test]
fn demo_day_1() {
    let sheet = SigninSheet::build(&demo(), 1).expect("day 1 exists");
    insta::assert_snapshot!(sheet_html(&sheet));
}

#[test]
fn every_live_named_participant_is_listed_once_sorted_with_blank_rows_after() {
    let workshop = demo();
    let sheet = SigninSheet::build(&workshop, 1).expect("day 1 exists");
    let rows: Vec<_> = sheet.pages.iter().flat_map(|p| p.rows.iter()).collect();
    let named: Vec<&str> = rows
        .iter()
        .filter(|r| !r.name.is_empty())
        .map(|r| r.name.as_str())
        .collect();
    let live = workshop
        .participants()
        .filter(|p| !p.erased && !p.name.trim().is_empty())
        .count();
    assert_eq!(named.len(), live);
    assert_eq!(sheet.registered, live);
    // The blank rows all come after the names, and fill whole pages.
    let first_blank = rows.iter().position(|r| r.name.is_empty()).expect("blanks");
    assert!(rows[first_blank..].iter().all(|r| r.name.is_empty()));
    assert!(sheet.blank >= signin::MIN_BLANK_ROWS);
    assert!(sheet.pages.iter().all(|p| p.rows.len() == ROWS_PER_PAGE));
    // "Dr. Dalia Yousif" files under D, between "Chnar" and "Dilshad".
    let dalia = named
        .iter()
        .position(|n| *n == "Dr. Dalia Yousif")
        .expect("Dalia");
    assert!(named[dalia - 1].starts_with('C') && named[dalia + 1].starts_with("Di"));
}

#[test]
fn text_is_escaped_and_names_carry_dir_auto() {
    let mut workshop = demo();
    let mut info = workshop.info().clone();
    info.title = "<script>alert(1)</script> & \"co\"".to_string();
    let mut doc = halaqa::model::Document::new(workshop, halaqa::model::DeviceId::new("test"));
    doc.apply(halaqa::model::Change::set_info(info))
        .expect("the title changes");
    workshop = doc.into_workshop();
    let html = sheet_html(&SigninSheet::build(&workshop, 1).expect("day 1"));
    assert!(!html.contains("<script>"));
    assert!(html.contains("&lt;script&gt;"));
    assert!(html.contains(r#"<span class="name" dir="auto">"#));
    assert!(html.contains(r#"<span class="other" dir="auto">هبة سلمان</span>"#));
}

#[test]
fn a_day_outside_the_workshop_is_refused() {
    let error = SigninSheet::build(&demo(), 2).expect_err("the demo has one day");
    assert_eq!(
        error.to_string(),
        "day 2 is not a day of this workshop, which has 1 day"
    );
}

struct Sandbox {
    dir: tempfile::TempDir,
}

impl Sandbox {
    /// A temp folder holding `workshop.ron`: the bundled demo as shipped (one day,
    /// 24 November 2026).
    fn new() -> Sandbox {
        let dir = tempfile::tempdir().expect("a temp dir");
        std::fs::write(
            dir.path().join("workshop.ron"),
            halaqa::store::demo::demo_text(),
        )
        .expect("the demo is written");
        Sandbox { dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_halaqa"))
            .args(args)
            .current_dir(self.dir.path())
            .env("HALAQA_DATA_DIR", self.path("data"))
            .env("HALAQA_CONFIG_DIR", self.path("config"))
            .env("NO_COLOR", "1")
            .output()
            .expect("the binary runs")
    }

    /// Everything in the sandbox but the session and halaqa's folders.
    fn written(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.dir.path())
            .expect("readable")
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| !n.starts_with("workshop.ron") && n != "data" && n != "config")
            .collect();
        names.sort();
        names
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn the_binary_writes_the_days_sheet_beside_the_session() {
    let sandbox = Sandbox::new();
    let run = sandbox.run(&["export", "workshop.ron", "--format", "signin", "--day", "1"]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    let out = text(&run.stdout);
    assert!(
        out.starts_with("wrote workshop-signin-day1.html (sign-in sheet for day 1, "),
        "{out}"
    );
    assert!(
        out.contains("50 registered, 16 blank rows, 3 pages"),
        "{out}"
    );
    assert_eq!(sandbox.written(), ["workshop-signin-day1.html"]);
    let html = std::fs::read_to_string(sandbox.path("workshop-signin-day1.html")).expect("read");
    let expected = sheet_html(&SigninSheet::build(&demo(), 1).expect("day 1"));
    assert_eq!(html, expected, "the file is the sheet, byte for byte");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(sandbox.path("workshop-signin-day1.html"))
            .expect("exists")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn the_binary_writes_to_output_and_defaults_to_day_1_off_the_workshop_dates() {
    // The demo as shipped is on 24 November 2026; only on that date would the default be
    // "today", which is day 1 as well, so the outcome does not depend on the date.
    let sandbox = Sandbox::new();
    let run = sandbox.run(&[
        "export",
        "workshop.ron",
        "--format",
        "signin",
        "--output",
        "door.html",
    ]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    assert!(text(&run.stdout).contains("sign-in sheet for day 1"));
    assert_eq!(sandbox.written(), ["door.html"]);
}

#[test]
fn day_9_of_a_one_day_workshop_is_refused_and_nothing_is_written() {
    let sandbox = Sandbox::new();
    let run = sandbox.run(&["export", "workshop.ron", "--format", "signin", "--day", "9"]);
    assert_eq!(run.status.code(), Some(2), "a usage error");
    assert_eq!(
        text(&run.stderr),
        "error: day 9 is not a day of this workshop, which has 1 day\n"
    );
    assert!(run.stdout.is_empty());
    assert!(sandbox.written().is_empty(), "{:?}", sandbox.written());
}

#[test]
fn anonymise_and_day_are_refused_where_they_do_not_apply() {
    let sandbox = Sandbox::new();
    let run = sandbox.run(&[
        "export",
        "workshop.ron",
        "--format",
        "signin",
        "--anonymise",
    ]);
    assert_eq!(run.status.code(), Some(2));
    assert!(
        text(&run.stderr).contains("cannot be") || text(&run.stderr).contains("does not apply")
    );
    let run = sandbox.run(&["export", "workshop.ron", "--format", "md", "--day", "1"]);
    assert_eq!(run.status.code(), Some(2));
    assert_eq!(
        text(&run.stderr),
        "error: --day is only for --format signin\n"
    );
    assert!(sandbox.written().is_empty());
}

/// A program on PATH, or `None`.
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
    assert!(output.status.success(), "{}", text(&output.stderr));
    text(&output.stdout)
}

#[test]
fn printed_by_chromium_the_pages_are_a4_each_with_title_and_page_number() {
    let (Some(chromium), Some(pdfinfo), Some(pdftotext)) = (
        on_path("chromium").or_else(|| on_path("chromium-browser")),
        on_path("pdfinfo"),
        on_path("pdftotext"),
    ) else {
        println!("skipped: needs chromium, pdfinfo and pdftotext (poppler-utils) on PATH");
        return;
    };
    let dir = tempfile::tempdir().expect("a temp dir");
    let html = dir.path().join("sheet.html");
    let pdf = dir.path().join("sheet.pdf");
    let sheet = SigninSheet::build(&demo(), 1).expect("day 1");
    std::fs::write(&html, sheet_html(&sheet)).expect("written");
    let status = Command::new(&chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            &format!("--user-data-dir={}", dir.path().join("profile").display()),
            &format!("--print-to-pdf={}", pdf.display()),
        ])
        .arg(&html)
        .output()
        .expect("chromium runs");
    assert!(pdf.is_file(), "no PDF: {}", text(&status.stderr));
    let pdf = pdf.to_string_lossy().into_owned();
    let info = run_tool(&pdfinfo, &[&pdf]);
    let pages = sheet.pages.len();
    assert!(
        info.lines()
            .any(|l| l.starts_with("Pages:") && l.trim_end().ends_with(&format!(" {pages}"))),
        "{info}"
    );
    assert!(info.contains("(A4)"), "{info}");
    for page in 1..=pages {
        let n = page.to_string();
        let text = run_tool(&pdftotext, &["-f", &n, "-l", &n, &pdf, "-"]);
        assert!(text.contains(&sheet.title), "page {page}: {text}");
        assert!(
            text.contains(&format!("Page {page} of {pages}")),
            "page {page}: {text}"
        );
        assert!(text.contains("Signature"), "page {page}: {text}");
    }
}
