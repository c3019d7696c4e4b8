//! The real binary in a pseudo-terminal, opened as a note-taker (`--group`): the palette
//! finds its own commands but nothing of the facilitator's (erasing a person, the report).

#[path = "support/pty.rs"]
mod pty;

use pty::Running;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

const PATIENCE: Duration = Duration::from_secs(15);

fn write_demo(home: &Path) -> String {
    let file = home.join("demo.ron").display().to_string();
    let output = Command::new(env!("CARGO_BIN_EXE_halaqa"))
        .args(["demo", "--write", &file])
        .env("HALAQA_DATA_DIR", home.join("data"))
        .env("HALAQA_CONFIG_DIR", home.join("config"))
        .output()
        .expect("halaqa runs");
    assert!(output.status.success(), "{output:?}");
    file
}

#[test]
fn a_note_takers_palette_finds_no_erase_and_no_report() {
    let home = tempfile::tempdir().expect("temp folder");
    let path = write_demo(home.path());
    let mut running = Running::start(&["open", &path, "--group", "Challenges"], home.path())
        .with_patience(PATIENCE);
    running.wait_for("Note-taker · Challenges");
    running.send(":");
    running.wait_for("Commands (type to filter");
    running.send("vote");
    running.wait_for("vote up");
    for word in ["erase", "report", "import"] {
        // Backspace the filter away, then type the word.
        running.send(&"\x7f".repeat(8));
        running.send(word);
        running.wait_for(&format!("> {word}"));
        running.wait_for("no command matches");
    }
    // Enter on nothing says so, and closes the palette.
    running.send("\r");
    running.wait_for("no command matches \"import\"");
    running.send("q");
    assert!(running.wait_exit(), "exit status:\n{}", running.screen());
}
