//! The real binary started with a keymap.ron that has a mistake: the status bar says so, one
//! line on stderr says so (still there after the program leaves its full screen), and the
//! default keys work. The mouse is left to the terminal (no capture), so its own text
//! selection keeps working.

#[path = "support/pty.rs"]
mod pty;

use pty::Running;

#[test]
fn a_keymap_mistake_is_shown_at_start_and_the_defaults_work() {
    let home = tempfile::tempdir().expect("temp folder");
    let config = home.path().join("config");
    std::fs::create_dir_all(&config).expect("config folder");
    std::fs::write(
        config.join("keymap.ron"),
        "[\n  (\"anywhere\", \"ctrl-u\", \"undo\"),\n  (\"anywhere\", \"ctrl-q\", \"quitt\"),\n]\n",
    )
    .expect("written");
    let mut halaqa = Running::start(&["demo"], home.path());
    halaqa.wait_for("keymap.ron: line 3: unknown action");
    assert!(halaqa.alternate_screen());
    // The default `q` still quits.
    halaqa.send("q");
    assert!(
        halaqa.wait_exit(),
        "exit status not 0:\n{}",
        halaqa.screen()
    );
    assert!(!halaqa.alternate_screen());
    let after = halaqa.screen();
    let line = after
        .lines()
        .find(|l| l.starts_with("warning: "))
        .unwrap_or_else(|| panic!("no warning line left in the terminal:\n{after}"));
    assert!(line.contains("keymap.ron"), "{line}");
    let output = halaqa.raw_output();
    assert!(
        output.contains("line 3: unknown action \"quitt\" (did you mean \"quit\"?); kept the default keys for it"),
        "{output}"
    );
    assert!(
        !output.contains("\x1b[?1000h") && !output.contains("\x1b[?1006h"),
        "the mouse was captured"
    );
}
