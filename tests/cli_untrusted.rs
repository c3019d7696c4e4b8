//! Every path halaqa reads may name something that is not a file: a pipe that waits for a
//! writer forever, a device that never ends. Each is refused with a sentence naming it, at
//! once, with the session untouched and unlocked. Every run has a deadline: a hang fails the
//! test instead of stalling the suite.

#[path = "support/cli.rs"]
mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use support::{Outcome, Sandbox};

/// Far longer than any refusal takes; only a hang reaches it.
const DEADLINE: Duration = Duration::from_secs(20);

/// Run `command`, killing it and failing the test if it has not exited by the deadline.
#[track_caller]
fn run_with_deadline(mut command: Command) -> Outcome {
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the halaqa binary runs");
    let start = Instant::now();
    while child.try_wait().expect("waiting for halaqa").is_none() {
        if start.elapsed() > DEADLINE {
            let _ = child.kill();
            let _ = child.wait();
            panic!("halaqa did not exit within {DEADLINE:?}: it hangs on the path");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let output = child.wait_with_output().expect("the output of halaqa");
    Outcome {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn fifo(sandbox: &Sandbox, name: &str) -> PathBuf {
    let path = sandbox.path(name);
    let made = Command::new("mkfifo").arg(&path).status().expect("mkfifo");
    assert!(made.success(), "mkfifo {}", path.display());
    path
}

fn session(sandbox: &Sandbox) -> PathBuf {
    sandbox
        .run(["new", "w.ron", "--title", "Hostile paths"])
        .succeeded();
    sandbox.path("w.ron")
}

#[track_caller]
fn refused_naming(sandbox: &Sandbox, args: &[&str], path: &Path, kind: &str) {
    let outcome = run_with_deadline(sandbox.command(args));
    outcome
        .refused()
        .says(&path.display().to_string())
        .says(kind);
}

#[test]
fn a_device_as_the_csv_is_refused_at_once_and_the_session_is_untouched() {
    let sandbox = Sandbox::new();
    let file = session(&sandbox);
    let before = std::fs::read(&file).unwrap();
    let args = ["import", "participants", "w.ron", "/dev/zero"];
    refused_naming(
        &sandbox,
        &args,
        Path::new("/dev/zero"),
        "is a device, not a registration list (.csv, .xlsx, .xls, .ods)",
    );
    assert_eq!(std::fs::read(&file).unwrap(), before);
    assert!(!sandbox.path("w.ron.lock").exists(), "the lock was left");
}

#[test]
fn a_pipe_as_the_csv_is_refused_without_waiting_and_the_session_is_not_locked() {
    let sandbox = Sandbox::new();
    let file = session(&sandbox);
    let before = std::fs::read(&file).unwrap();
    let pipe = fifo(&sandbox, "people.csv");
    let args = ["import", "participants", "w.ron", "people.csv"];
    refused_naming(&sandbox, &args, Path::new("people.csv"), "is a pipe (FIFO)");
    assert_eq!(std::fs::read(&file).unwrap(), before);
    assert!(!sandbox.path("w.ron.lock").exists(), "the lock was left");
    assert!(pipe.exists());
}

#[test]
fn a_pipe_or_a_device_as_the_session_is_refused_by_every_command() {
    let sandbox = Sandbox::new();
    session(&sandbox);
    let pipe = fifo(&sandbox, "pipe.ron");
    let pipe = pipe.to_str().unwrap();
    std::fs::write(sandbox.path("people.csv"), "name\nAmal\n").unwrap();
    for path in [pipe, "/dev/zero"] {
        let kind = if path == "/dev/zero" {
            "is a device, not a workshop file"
        } else {
            "is a pipe (FIFO), not a workshop file"
        };
        let runs: [&[&str]; 5] = [
            &["check", path],
            &["open", path],
            &["export", path, "--format", "md", "--output", "r.md"],
            &["merge", "w.ron", path],
            &["import", "participants", path, "people.csv"],
        ];
        for args in runs {
            refused_naming(&sandbox, args, Path::new(path), kind);
        }
    }
    assert!(!sandbox.path("w.ron.lock").exists(), "the lock was left");
}

#[test]
fn a_pipe_as_keymap_ron_is_reported_and_the_default_keys_are_kept() {
    let sandbox = Sandbox::new();
    let pipe = fifo(&sandbox, "keymap.ron");
    let (done, result) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = done.send(halaqa::tui::keymap::load_keymap(&pipe));
    });
    let (keymap, warning) = result
        .recv_timeout(DEADLINE)
        .expect("reading a pipe as keymap.ron hangs");
    assert_eq!(keymap, halaqa::tui::Keymap::default());
    let warning = warning.expect("a warning about the pipe");
    assert!(warning.contains("is a pipe (FIFO)"), "{warning}");
    assert!(warning.contains("using the default keys"), "{warning}");
}
