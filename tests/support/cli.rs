//! Running the real `halaqa` binary in a private sandbox: its own data and config folders in
//! a temporary directory, colour off, stdin closed.

#![allow(dead_code)]

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use tempfile::TempDir;

pub struct Sandbox {
    dir: TempDir,
}

/// What a run of the binary left behind.
#[derive(Debug)]
pub struct Outcome {
    /// `None` when killed by a signal (a crash).
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Sandbox {
    pub fn new() -> Sandbox {
        Sandbox {
            dir: tempfile::tempdir().expect("a temporary folder for the test"),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn data_dir(&self) -> PathBuf {
        self.path("data")
    }

    pub fn command<I, S>(&self, args: I) -> Command
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let mut command = Command::new(env!("CARGO_BIN_EXE_halaqa"));
        command
            .args(args)
            .current_dir(self.dir.path())
            .env("HALAQA_DATA_DIR", self.data_dir())
            .env("HALAQA_CONFIG_DIR", self.path("config"))
            .env("NO_COLOR", "1")
            .env_remove("CLICOLOR_FORCE")
            .env("RUST_BACKTRACE", "0")
            .stdin(Stdio::null());
        command
    }

    pub fn run<I, S>(&self, args: I) -> Outcome
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        outcome(&mut self.command(args))
    }
}

pub fn outcome(command: &mut Command) -> Outcome {
    let output = command.output().expect("the halaqa binary runs");
    Outcome {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

impl Outcome {
    /// Exit 0, saying why not when it failed.
    #[track_caller]
    pub fn succeeded(&self) -> &Outcome {
        assert_eq!(self.code, Some(0), "expected success, got {self:#?}");
        self
    }

    /// Exit 1 with exactly one line on stderr, no panic: the bad-input rule.
    #[track_caller]
    pub fn refused(&self) -> &Outcome {
        assert_eq!(self.code, Some(1), "expected exit 1, got {self:#?}");
        assert_one_sentence(&self.stderr);
        self
    }

    /// Exit 2: bad usage.
    #[track_caller]
    pub fn misused(&self) -> &Outcome {
        assert_eq!(self.code, Some(2), "expected exit 2, got {self:#?}");
        assert!(!self.stderr.contains("panicked"), "{self:#?}");
        self
    }

    #[track_caller]
    pub fn says(&self, text: &str) -> &Outcome {
        assert!(
            self.stderr.contains(text) || self.stdout.contains(text),
            "expected the output to mention {text:?}, got {self:#?}"
        );
        self
    }
}

/// One clear sentence: one non-empty line, no panic, no backtrace.
#[track_caller]
pub fn assert_one_sentence(stderr: &str) {
    let text = stderr.trim_end();
    assert!(!text.is_empty(), "expected a message on stderr");
    assert_eq!(text.lines().count(), 1, "expected one line, got {text:?}");
    assert!(!text.contains("panicked"), "panicked: {text:?}");
}

/// Whether `text` contains `:LINE:COLUMN`.
pub fn names_line_and_column(text: &str) -> bool {
    let bytes = text.as_bytes();
    (0..bytes.len()).any(|i| {
        let digits = |from: usize| {
            bytes[from.min(bytes.len())..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count()
        };
        if bytes[i] != b':' {
            return false;
        }
        let line = digits(i + 1);
        if line == 0 || bytes.get(i + 1 + line) != Some(&b':') {
            return false;
        }
        digits(i + 2 + line) > 0
    })
}

#[cfg(unix)]
pub fn mode_of(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .expect("the file exists")
        .permissions()
        .mode()
        & 0o777
}

/// The temp files a save of `w.ron` leaves in the sandbox while it writes (or when killed).
pub fn save_temps(sandbox: &Sandbox) -> Vec<String> {
    std::fs::read_dir(sandbox.root())
        .expect("the sandbox")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".w.ron.") && n.ends_with(".tmp"))
        .collect()
}

/// A registration list of `n` people, so a save takes long enough to be caught by a kill.
pub fn big_list(n: usize) -> String {
    let mut csv = String::from("name,organisation,phone\n");
    for i in 0..n {
        csv.push_str(&format!(
            "Participant {i} زينب,Organisation {i},+96477{i:08}\n"
        ));
    }
    csv
}
