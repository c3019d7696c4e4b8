//! Right-to-left runs in the Markdown report are isolated with U+2067 … U+2069, and this is
//! the form that survives the renderers people use: GFM (cmark-gfm, GitHub's own parser,
//! which drops raw HTML such as `<bdi>` unless told otherwise), pandoc to HTML and pandoc to
//! Word. `<bdi>` survives pandoc to HTML only. A quotation has one pair of quote marks, in
//! its script. Tables carry relative width hints. The renderer checks run where the tools
//! are installed and say why they skipped where not.

use halaqa::report::{Report, markdown};
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

const RLI: char = '\u{2067}';
const PDI: char = '\u{2069}';

fn demo_markdown() -> String {
    let workshop = halaqa::store::demo::demo_workshop().expect("the bundled demo parses");
    let mut out = Vec::new();
    markdown::write(&Report::build(&workshop, false), &mut out).expect("markdown renders");
    String::from_utf8(out).expect("utf-8")
}

fn on_path(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
}

/// Run `program args` with `input` on stdin; its stdout.
fn filter(program: &PathBuf, args: &[&str], input: &str) -> String {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the tool runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("written");
    let output = child.wait_with_output().expect("the tool ran");
    assert!(output.status.success(), "{output:?}");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

const PROBE: &str = "Isolated: \u{2067}نص عربي.\u{2069} and bdi: <bdi>نص</bdi>\n";

#[test]
fn every_arabic_and_kurdish_run_is_isolated_and_quoted_once() {
    let md = demo_markdown();
    assert_eq!(md.matches(RLI).count(), md.matches(PDI).count());
    assert!(md.contains(
        "- \u{2067}التنسيق المبكر مع مجالس الأقضية جعل جلسات الاستماع العامة أكثر حضوراً \
         وجدّية، لأن الأعضاء شعروا أنهم شركاء لا ضيوف.\u{2069} — Bashar Ghazi"
    ));
    assert!(md.contains("| \u{2067}أحمد جاسم\u{2069} |"), "names too");
    // The Arabic quote was typed in «»: it keeps them and gets no second pair.
    assert!(
        md.contains("> \u{2067}«عندما نطلب المعلومة يسألوننا: لماذا تريدها؟ ومن أرسلك؟»\u{2069}")
    );
    assert!(!md.contains("“«"));
    // English lines have no isolates.
    assert!(md.contains("\n- Budget hearings worked"));
    // The screen preview has none.
    let workshop = halaqa::store::demo::demo_workshop().expect("the bundled demo parses");
    let preview = Report::build(&workshop, false).to_markdown();
    assert!(!preview.contains(RLI) && !preview.contains(PDI));
}

#[test]
fn no_clutter_in_the_outputs() {
    let md = demo_markdown();
    assert!(!md.contains("(votes: 0)") && !md.contains("votes: "));
    assert!(!md.contains("### Lessons learned (lessons learned)"));
    assert!(md.contains("### Lessons learned\n"));
    assert!(!md.contains("Room B projector"), "an internal note");
    // The Action cell holds the action only; the author has a column and the plenary's
    // comment is listed under the table.
    let row = md
        .lines()
        .find(|l| l.starts_with("| Nominate at least one woman"))
        .expect("the action row");
    assert!(row.starts_with("| Nominate at least one woman from each participating municipality to its budget committee, and report progress every quarter. | Fatima al-Saadi, Women for Basra Association |"), "{row}");
    assert!(!row.contains("plenary"), "{row}");
    assert!(md.contains(
        "- On “Nominate at least one woman from each participating…”: Quarterly reports go to \
         the Northbridge programme officer too."
    ));
}

#[test]
fn wide_tables_carry_relative_width_hints() {
    let md = demo_markdown();
    // Planned, Item, Actual, Start difference (right-aligned), Status.
    let rule = format!(
        "|{}|{}|{}|{}:|{}|",
        "-".repeat(14),
        "-".repeat(38),
        "-".repeat(14),
        "-".repeat(16),
        "-".repeat(17)
    );
    assert!(md.contains(&rule), "the agenda's rule {rule}");
}

#[test]
fn isolates_survive_gfm_and_bdi_does_not() {
    let Some(cmark) = on_path("cmark-gfm") else {
        println!("skipped: cmark-gfm is not installed (apt-get install cmark-gfm)");
        return;
    };
    let html = filter(&cmark, &["-e", "table"], PROBE);
    assert!(html.contains("\u{2067}نص عربي.\u{2069}"), "{html}");
    assert!(!html.contains("<bdi>"), "{html}");
    let md = demo_markdown();
    let html = filter(&cmark, &["-e", "table"], &md);
    assert_eq!(html.matches(RLI).count(), md.matches(RLI).count());
    assert_eq!(html.matches(PDI).count(), md.matches(PDI).count());
}

#[test]
fn isolates_survive_pandoc_to_html_and_to_word() {
    let Some(pandoc) = on_path("pandoc") else {
        println!("skipped: pandoc is not installed (apt-get install pandoc)");
        return;
    };
    let html = filter(&pandoc, &["-f", "gfm", "-t", "html"], PROBE);
    assert!(html.contains("\u{2067}نص عربي.\u{2069}"), "{html}");
    assert!(html.contains("<bdi>"), "pandoc keeps raw HTML: {html}");
    let md = demo_markdown();
    let html = filter(&pandoc, &["-f", "gfm", "-t", "html"], &md);
    assert_eq!(html.matches(RLI).count(), md.matches(RLI).count());

    let Some(unzip) = on_path("unzip") else {
        println!("skipped the Word half: unzip is not installed");
        return;
    };
    let dir = tempfile::tempdir().expect("a temp dir");
    let docx = dir.path().join("report.docx");
    let md_path = dir.path().join("report.md");
    std::fs::write(&md_path, &md).expect("written");
    let status = Command::new(&pandoc)
        .args(["-f", "gfm", "-o"])
        .arg(&docx)
        .arg(&md_path)
        .status()
        .expect("pandoc runs");
    assert!(status.success());
    let output = Command::new(&unzip)
        .arg("-p")
        .arg(&docx)
        .arg("word/document.xml")
        .output()
        .expect("unzip runs");
    let xml = String::from_utf8_lossy(&output.stdout);
    assert_eq!(xml.matches(RLI).count(), md.matches(RLI).count());
    assert!(
        xml.contains("\u{2067}«عندما نطلب المعلومة"),
        "the quote in Word"
    );
}
