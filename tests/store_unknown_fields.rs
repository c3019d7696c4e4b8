//! Forward compatibility: a field this version does not know, in a file of its own version,
//! is never dropped silently — the file opens read-only with a sentence naming the field,
//! and the command line refuses to write to it.

#[path = "support/cli.rs"]
mod support;

use halaqa::store;
use support::Sandbox;

/// The demo with a field in the workshop's info and one in the first entry that this
/// halaqa does not know, as a later version might write them.
fn demo_with_unknown_fields(sandbox: &Sandbox) -> std::path::PathBuf {
    let path = sandbox.path("w.ron");
    sandbox
        .run(["demo", "--write", &path.display().to_string()])
        .succeeded();
    let text = std::fs::read_to_string(&path).expect("readable");
    let text = text.replacen("title: ", "colour: \"teal\",\n        title: ", 1);
    let entries = text.find("entries: [").expect("an entries list");
    let (head, tail) = text.split_at(entries);
    let tail = tail.replacen("text: ", "mood: Some(3),\n            text: ", 1);
    std::fs::write(&path, format!("{head}{tail}")).expect("written");
    path
}

#[test]
fn unknown_fields_open_read_only_naming_them() {
    let sandbox = Sandbox::new();
    let path = demo_with_unknown_fields(&sandbox);
    let loaded = store::load(&path).expect("loads");
    let reason = loaded.read_only_reason.expect("read-only, with a reason");
    assert!(reason.contains("info.colour"), "{reason}");
    assert!(reason.contains("mood"), "{reason}");
    assert!(reason.contains("read-only"), "{reason}");
}

#[test]
fn the_command_line_will_not_write_a_file_with_unknown_fields() {
    let sandbox = Sandbox::new();
    let path = demo_with_unknown_fields(&sandbox);
    let before = std::fs::read(&path).expect("readable");
    std::fs::write(sandbox.path("one.csv"), "name\nWalk-in\n").expect("written");
    let run = sandbox.run(["import", "participants", "w.ron", "one.csv"]);
    assert_eq!(run.code, Some(1), "{run:?}");
    assert!(run.stderr.contains("info.colour"), "{}", run.stderr);
    assert_eq!(std::fs::read(&path).expect("readable"), before, "untouched");
    sandbox
        .run(["check", "w.ron"])
        .succeeded()
        .says("info.colour");
}

#[test]
fn a_file_of_known_fields_opens_writable() {
    let sandbox = Sandbox::new();
    let path = sandbox.path("w.ron");
    sandbox
        .run(["demo", "--write", &path.display().to_string()])
        .succeeded();
    assert_eq!(store::load(&path).expect("loads").read_only_reason, None);
}
