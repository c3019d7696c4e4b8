//! `halaqa check` on bad input: every kind of wrong file is refused with one sentence and
//! exit 1, and never changed.

#[path = "support/cli.rs"]
mod support;

use support::{Sandbox, names_line_and_column};

/// Refused in one sentence that names the file, and left exactly as it was.
#[track_caller]
fn refuses_untouched(sandbox: &Sandbox, name: &str) {
    let path = sandbox.path(name);
    let before = std::fs::read(&path).ok();
    let run = sandbox.run(["check", name]);
    run.refused().says(name);
    assert_eq!(std::fs::read(&path).ok(), before, "{name} changed");
}

#[test]
fn a_missing_file_is_refused() {
    let sandbox = Sandbox::new();
    refuses_untouched(&sandbox, "none.ron");
    assert!(!sandbox.path("none.ron").exists());
}

#[test]
fn a_folder_is_refused() {
    let sandbox = Sandbox::new();
    std::fs::create_dir(sandbox.path("folder.ron")).unwrap();
    refuses_untouched(&sandbox, "folder.ron");
}

#[test]
fn a_file_over_64_mib_is_refused_before_reading() {
    let sandbox = Sandbox::new();
    let file = std::fs::File::create(sandbox.path("huge.ron")).unwrap();
    // Sparse: takes no disk space, but its size is over the limit.
    file.set_len(halaqa::store::MAX_FILE_BYTES + 1).unwrap();
    drop(file);
    let run = sandbox.run(["check", "huge.ron"]);
    run.refused().says("64 MiB");
}

#[test]
fn files_of_other_formats_are_refused() {
    let sandbox = Sandbox::new();
    let cases: [(&str, &[u8]); 6] = [
        (
            "json.ron",
            br#"{"format": "halaqa", "version": 1, "info": {}}"#,
        ),
        (
            "other.ron",
            b"(name: \"a RON file, but not a workshop\", size: 3)\n",
        ),
        ("wrong-format.ron", b"(format: \"kanban\", version: 1)\n"),
        ("empty.ron", b""),
        ("text.ron", b"Participants\nAmal, Erbil\n"),
        ("bom.ron", b"\xef\xbb\xbf\x00\x01\x02"),
    ];
    for (name, bytes) in cases {
        std::fs::write(sandbox.path(name), bytes).unwrap();
        refuses_untouched(&sandbox, name);
    }
}

#[test]
fn random_bytes_are_refused() {
    let sandbox = Sandbox::new();
    // A fixed pseudo-random sequence, so a failure can be reproduced.
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    for n in 0..5 {
        let bytes: Vec<u8> = (0..4096 * (n + 1))
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                (state >> 24) as u8
            })
            .collect();
        let name = format!("random-{n}.ron");
        std::fs::write(sandbox.path(&name), bytes).unwrap();
        refuses_untouched(&sandbox, &name);
    }
}

/// The loader itself, in this process: every truncation of the demo is an error that names
/// its line and column, in one line.
#[test]
fn two_hundred_truncations_of_the_demo_file_are_errors_with_line_and_column() {
    let whole = halaqa::store::demo::demo_text().as_bytes();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cut.ron");
    let cuts = 210;
    let mut failures = Vec::new();
    for k in 1..=cuts {
        // Spread evenly over the file, stopping short of its closing parenthesis.
        let len = whole.len() * k / (cuts + 1);
        std::fs::write(&path, &whole[..len]).unwrap();
        match halaqa::store::load(&path) {
            Ok(_) => failures.push(format!("cut at {len} bytes: loaded")),
            Err(error) => {
                let said = error.to_string();
                if said.lines().count() != 1 || !names_line_and_column(&said) {
                    failures.push(format!("cut at {len} bytes: {said}"));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {cuts} truncations were not refused cleanly, first: {}",
        failures.len(),
        failures[0]
    );
}

/// The command line maps those errors to one sentence and exit 1, leaving the file alone: a
/// few cuts through the real binary are enough to test that mapping.
#[test]
fn truncated_files_are_refused_by_check_with_line_and_column() {
    let sandbox = Sandbox::new();
    sandbox.run(["demo", "--write", "demo.ron"]).succeeded();
    let whole = std::fs::read(sandbox.path("demo.ron")).unwrap();
    for k in 1..=4 {
        let len = whole.len() * k / 5;
        std::fs::write(sandbox.path("cut.ron"), &whole[..len]).unwrap();
        let run = sandbox.run(["check", "cut.ron"]);
        assert_eq!(run.code, Some(1), "cut at {len}: {run:?}");
        assert_eq!(run.stderr.trim_end().lines().count(), 1, "{run:?}");
        assert!(names_line_and_column(&run.stderr), "{run:?}");
        assert!(!run.stderr.contains("panicked"), "{run:?}");
        assert_eq!(
            std::fs::read(sandbox.path("cut.ron")).unwrap(),
            whole[..len]
        );
    }
}
