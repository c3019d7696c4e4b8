//! Writing files: an existing report is replaced only by a complete new one, and a failed
//! write leaves neither a half file nor a temp file behind.

#[path = "fixtures/report/fixture.rs"]
#[allow(dead_code)]
mod fixture;

use halaqa::report::{self, Format, Progress};
use std::io::Write;
use std::path::Path;

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("readable")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_failed_write_keeps_the_old_file_and_leaves_no_temp_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("report.md");
    std::fs::write(&target, "the old report").expect("write");
    let result = report::write_atomically(&target, dir.path(), |out| {
        out.write_all(b"half of a new rep")?;
        Err(std::io::Error::other("the disk is full"))
    });
    let error = result.expect_err("the write fails");
    assert_eq!(
        error.to_string(),
        format!("cannot write {}: the disk is full", target.display())
    );
    assert_eq!(
        std::fs::read_to_string(&target).expect("kept"),
        "the old report"
    );
    assert_eq!(names(dir.path()), ["report.md"]);
}

#[test]
fn export_reports_progress_to_the_end_and_replaces_the_old_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let workshop = fixture::realistic();
    for format in Format::ALL {
        let target = report::default_output(&dir.path().join("w.ron"), format, false);
        let mut seen: Vec<Progress> = Vec::new();
        let summary = report::export(&workshop, format, &target, false, &mut |p| seen.push(p))
            .expect("exports");
        let last = seen.last().expect("some progress");
        assert_eq!(last.done, last.total, "{format:?} ends at 100%");
        assert!(seen.windows(2).all(|w| w[0].done <= w[1].done));
        assert!(summary.bytes > 1000);
        // Exporting again replaces it.
        report::export(&workshop, format, &target, false, &mut |_| {}).expect("again");
    }
    assert_eq!(
        names(dir.path()),
        ["w-signin.html", "w-tables", "w.html", "w.md"]
    );
}

#[test]
fn default_names() {
    let session = Path::new("/data/closing.ron");
    let cases = [
        (Format::Markdown, false, "/data/closing.md"),
        (Format::Html, true, "/data/closing-anonymised.html"),
        (Format::Csv, false, "/data/closing-tables"),
        (Format::Csv, true, "/data/closing-anonymised-tables"),
        (Format::Signin, false, "/data/closing-signin.html"),
    ];
    for (format, anonymise, expected) in cases {
        assert_eq!(
            report::default_output(session, format, anonymise),
            Path::new(expected)
        );
    }
}
