//! Sessions as the command line meets them: opening refuses bad paths before the terminal
//! is touched, newer files are shown but never written, file text cannot reach the terminal
//! as control sequences.

#[path = "support/cli.rs"]
mod support;

use halaqa::model::{Workshop, WorkshopInfo};
use halaqa::store;
use support::Sandbox;

#[test]
fn open_refuses_a_missing_file_or_a_folder_before_starting_the_terminal_program() {
    let sandbox = Sandbox::new();
    sandbox.run(["open", "none.ron"]).refused().says("none.ron");
    std::fs::create_dir(sandbox.path("folder")).unwrap();
    sandbox.run(["open", "folder"]).refused().says("folder");
    assert!(!sandbox.path("none.ron").exists());
}

#[test]
fn a_file_from_a_newer_halaqa_is_summarised_but_never_written() {
    let sandbox = Sandbox::new();
    sandbox
        .run(["new", "w.ron", "--title", "From the future"])
        .succeeded();
    let text = std::fs::read_to_string(sandbox.path("w.ron")).unwrap();
    let newer = text.replacen("version: 1,", "version: 99,", 1);
    assert_ne!(newer, text, "the test needs the version line");
    std::fs::write(sandbox.path("newer.ron"), &newer).unwrap();
    std::fs::write(sandbox.path("people.csv"), "name\nAmal\n").unwrap();

    let check = sandbox.run(["check", "newer.ron"]);
    check
        .succeeded()
        .says("From the future")
        .says("newer halaqa");

    for args in [
        &["merge", "newer.ron", "w.ron"][..],
        &["import", "participants", "newer.ron", "people.csv"][..],
    ] {
        sandbox
            .run(args)
            .refused()
            .says("newer.ron")
            .says("version 99");
        assert_eq!(
            std::fs::read_to_string(sandbox.path("newer.ron")).unwrap(),
            newer
        );
    }
}

#[test]
fn check_shows_arabic_as_it_is_and_control_characters_as_harmless_marks() {
    let sandbox = Sandbox::new();
    let info = WorkshopInfo {
        venue: "فندق دجلة\u{1b}[2J\u{7}".to_string(),
        ..WorkshopInfo::titled("ورشة عمل: الدروس المستفادة \u{1b}]0;owned\u{7}")
    };
    store::save(&sandbox.path("w.ron"), &Workshop::new(info)).unwrap();
    let check = sandbox.run(["check", "w.ron"]);
    check
        .succeeded()
        .says("ورشة عمل: الدروس المستفادة")
        .says("فندق دجلة");
    assert!(
        !check.stdout.contains('\u{1b}') && !check.stdout.contains('\u{7}'),
        "{:?}",
        check.stdout
    );
}

#[test]
fn merge_refuses_two_different_workshops_and_changes_nothing() {
    let sandbox = Sandbox::new();
    sandbox.run(["new", "w.ron", "--title", "T"]).succeeded();
    sandbox
        .run(["new", "other.ron", "--title", "T"])
        .succeeded();
    let before = std::fs::read(sandbox.path("w.ron")).unwrap();
    sandbox
        .run(["merge", "w.ron", "other.ron"])
        .refused()
        .says("two different workshops");
    sandbox
        .run(["merge", "w.ron", "other.ron", "--output", "merged.ron"])
        .refused()
        .says("two different workshops");
    assert_eq!(std::fs::read(sandbox.path("w.ron")).unwrap(), before);
    assert!(!sandbox.path("merged.ron").exists());
}

#[test]
fn the_screens_refuse_plainly_when_the_output_is_not_a_terminal() {
    let sandbox = Sandbox::new();
    sandbox.run(["new", "w.ron", "--title", "T"]).succeeded();
    for args in [&[][..], &["open", "w.ron"][..], &["demo"][..]] {
        sandbox.run(args).refused().says("need a terminal");
    }
    // `demo` checked before writing its copy.
    assert!(!sandbox.data_dir().join("demo").exists());
}
