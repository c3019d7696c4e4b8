//! `halaqa export` end to end with the real binary: each format lands where it should, with
//! mode 0600, replaces an earlier export only when complete, and refuses a missing or
//! unwritable folder with one sentence and exit 1, writing nothing.

#[cfg(unix)]
#[path = "support/unwritable.rs"]
mod unwritable;

#[path = "fixtures/report/fixture.rs"]
#[allow(dead_code)]
mod fixture;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

struct Sandbox {
    dir: tempfile::TempDir,
}

impl Sandbox {
    /// A temp folder holding `workshop.ron` (the realistic fixture).
    fn new() -> Sandbox {
        let dir = tempfile::tempdir().expect("a temp dir");
        halaqa::store::save(&dir.path().join("workshop.ron"), &fixture::realistic())
            .expect("the fixture saves");
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

    /// Everything in the sandbox except the session, its backups, lock and halaqa's folders.
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

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .expect("exists")
        .permissions()
        .mode()
        & 0o777
}

#[test]
fn markdown_goes_beside_the_session_by_default() {
    let sandbox = Sandbox::new();
    let run = sandbox.run(&["export", "workshop.ron", "--format", "md"]);
    assert!(run.status.success(), "{}", stderr(&run));
    let out = stdout(&run);
    assert!(
        out.starts_with("wrote workshop.md (Markdown report"),
        "{out}"
    );
    assert!(
        out.contains("6 registered, 5 attended, 13 entries from 3 groups (1 internal left out)"),
        "{out}"
    );
    assert!(out.contains("--include-internal puts them in"), "{out}");
    let md = std::fs::read_to_string(sandbox.path("workshop.md")).expect("written");
    assert!(md.starts_with("# Outcome harvesting and lessons learned"));
    #[cfg(unix)]
    assert_eq!(mode(&sandbox.path("workshop.md")), 0o600);
    assert_eq!(sandbox.written(), ["workshop.md"]);
}

#[test]
fn anonymised_html_gets_its_own_name() {
    let sandbox = Sandbox::new();
    let run = sandbox.run(&["export", "workshop.ron", "--format", "html", "--anonymise"]);
    assert!(run.status.success(), "{}", stderr(&run));
    let html = std::fs::read_to_string(sandbox.path("workshop-anonymised.html")).expect("written");
    assert!(html.contains("Anonymised report"));
    assert!(!html.contains("Layla Hassan"));
    assert!(stdout(&run).contains("anonymised"));
}

#[test]
fn internal_notes_are_left_out_unless_asked_for() {
    let sandbox = Sandbox::new();
    let run = sandbox.run(&["export", "workshop.ron", "--format", "md"]);
    assert!(run.status.success(), "{}", stderr(&run));
    let md = std::fs::read_to_string(sandbox.path("workshop.md")).expect("written");
    assert!(!md.contains("shared calendar"), "{md}");
    assert!(!md.contains("#### Notes"), "{md}");

    let run = sandbox.run(&[
        "export",
        "workshop.ron",
        "--format",
        "md",
        "--include-internal",
    ]);
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(
        stdout(&run).contains("14 entries from 3 groups\n"),
        "{}",
        stdout(&run)
    );
    let md = std::fs::read_to_string(sandbox.path("workshop.md")).expect("written");
    assert!(md.contains("shared calendar"), "{md}");

    let run = sandbox.run(&[
        "export",
        "workshop.ron",
        "--format",
        "signin",
        "--include-internal",
    ]);
    assert_eq!(run.status.code(), Some(2), "{}", stderr(&run));
}

#[test]
fn csv_is_a_folder_of_tables_and_replaces_an_earlier_export() {
    let sandbox = Sandbox::new();
    let run = sandbox.run(&["export", "workshop.ron", "--format", "csv"]);
    assert!(run.status.success(), "{}", stderr(&run));
    let folder = sandbox.path("workshop-tables");
    let mut files: Vec<String> = std::fs::read_dir(&folder)
        .expect("a folder")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(
        files,
        [
            "actions.csv",
            "agenda.csv",
            "attendance.csv",
            "entries.csv",
            "figures.csv",
            "outcomes.csv",
            "participants.csv",
            "participation.csv",
            "recommendations.csv"
        ]
    );
    #[cfg(unix)]
    {
        assert_eq!(mode(&folder.join("participants.csv")), 0o600);
        assert_eq!(mode(&folder), 0o700);
    }
    let participants = std::fs::read_to_string(folder.join("participants.csv")).expect("read");
    assert!(participants.starts_with('\u{FEFF}'));
    // Quoted, in groups: text that Calc and Excel keep, leading zeros and all.
    assert!(participants.contains(",\"00964 770 123 4567\","));

    // Again, anonymised, into the same folder: the old tables are replaced as a whole.
    let run = sandbox.run(&[
        "export",
        "workshop.ron",
        "--format",
        "csv",
        "--anonymise",
        "--output",
        "workshop-tables",
    ]);
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(!folder.join("participants.csv").exists());
    assert!(!folder.join("participation.csv").exists());
    assert!(folder.join("figures.csv").exists());
    assert_eq!(
        sandbox.written(),
        ["workshop-tables"],
        "no temp folders left"
    );
}

#[test]
fn a_folder_holding_other_files_is_never_replaced() {
    let sandbox = Sandbox::new();
    std::fs::create_dir(sandbox.path("mine")).expect("mkdir");
    std::fs::write(sandbox.path("mine/thesis.docx"), b"precious").expect("write");
    let run = sandbox.run(&[
        "export",
        "workshop.ron",
        "--format",
        "csv",
        "--output",
        "mine",
    ]);
    assert_eq!(run.status.code(), Some(1));
    assert!(stderr(&run).contains("thesis.docx"), "{}", stderr(&run));
    assert_eq!(
        std::fs::read(sandbox.path("mine/thesis.docx")).expect("kept"),
        b"precious"
    );
}

#[test]
fn a_missing_folder_is_refused_and_nothing_is_written() {
    let sandbox = Sandbox::new();
    for format in ["md", "html", "csv"] {
        let run = sandbox.run(&[
            "export",
            "workshop.ron",
            "--format",
            format,
            "--output",
            "no/such/folder/report.out",
        ]);
        assert_eq!(run.status.code(), Some(1), "{format}");
        let err = stderr(&run);
        assert_eq!(err.lines().count(), 1, "one sentence: {err}");
        assert!(
            err.contains("the folder no/such/folder does not exist"),
            "{err}"
        );
        assert!(sandbox.written().is_empty(), "{:?}", sandbox.written());
    }
}

#[cfg(unix)]
#[test]
fn an_unwritable_folder_is_refused_and_an_existing_report_kept() {
    let sandbox = Sandbox::new();
    let locked = sandbox.path("locked");
    std::fs::create_dir(&locked).expect("mkdir");
    std::fs::write(locked.join("report.md"), b"the old report").expect("write");
    // Root ignores permissions: then the immutable attribute makes the folder refuse.
    let Some(undo) = unwritable::make_unwritable(&locked) else {
        eprintln!("cannot make a folder unwritable here (no chattr, no permissions); case skipped");
        return;
    };
    let run = sandbox.run(&[
        "export",
        "workshop.ron",
        "--format",
        "md",
        "--output",
        "locked/report.md",
    ]);
    undo();
    assert_eq!(run.status.code(), Some(1));
    let said = stderr(&run);
    assert!(
        said.contains("permission denied") || said.contains("not permitted"),
        "{said}"
    );
    assert_eq!(
        std::fs::read(locked.join("report.md")).expect("kept"),
        b"the old report"
    );
}

/// A folder nobody can create files in, even root: the kernel's /proc.
#[cfg(target_os = "linux")]
#[test]
fn a_folder_that_takes_no_files_is_refused_in_one_sentence() {
    let sandbox = Sandbox::new();
    for format in ["md", "csv"] {
        let run = sandbox.run(&[
            "export",
            "workshop.ron",
            "--format",
            format,
            "--output",
            "/proc/halaqa-report",
        ]);
        assert_eq!(run.status.code(), Some(1), "{format}");
        let err = stderr(&run);
        assert!(
            err.starts_with("error: cannot write /proc/halaqa-report: "),
            "{err}"
        );
        assert!(!err.contains(".halaqa-"), "no temp names: {err}");
        assert!(!Path::new("/proc/halaqa-report").exists());
    }
}

#[test]
fn a_session_that_does_not_load_is_refused() {
    let sandbox = Sandbox::new();
    std::fs::write(
        sandbox.path("broken.ron"),
        b"(format: \"halaqa\", version: 1, info: (",
    )
    .expect("write");
    let run = sandbox.run(&["export", "broken.ron", "--format", "md"]);
    assert_eq!(run.status.code(), Some(1));
    assert!(stderr(&run).contains("broken.ron"));
    assert!(!sandbox.path("broken.md").exists());
}

#[test]
fn an_unknown_format_is_a_usage_error() {
    let sandbox = Sandbox::new();
    let run = sandbox.run(&["export", "workshop.ron", "--format", "pdf"]);
    assert_eq!(run.status.code(), Some(2));
}
