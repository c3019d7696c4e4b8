//! `halaqa new`, `templates` and `demo --write`: what they write, and what they refuse.

#[path = "support/cli.rs"]
mod support;

use halaqa::store::{self, templates};
use support::Sandbox;

const TEMPLATES: [&str; 4] = ["closing-session", "peer-exchange", "training", "blank"];

#[test]
fn templates_lists_the_four_bundled_templates() {
    let run = Sandbox::new().run(["templates"]);
    run.succeeded();
    for name in TEMPLATES {
        assert!(run.stdout.contains(name), "{name} missing:\n{}", run.stdout);
    }
    assert!(run.stdout.contains("3 days"), "{}", run.stdout);
}

#[test]
fn new_writes_a_private_halaqa_file_that_check_accepts() {
    let sandbox = Sandbox::new();
    let file = sandbox.path("w.ron");
    sandbox
        .run([
            "new",
            "w.ron",
            "--title",
            "Peer exchange",
            "--venue",
            "Erbil",
        ])
        .succeeded();
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("format: \"halaqa\""), "{text}");
    #[cfg(unix)]
    assert_eq!(support::mode_of(&file), 0o600);
    let check = sandbox.run(["check", "w.ron"]);
    check.succeeded().says("Peer exchange").says("Erbil");
    let loaded = store::load(&file).unwrap();
    assert_eq!(loaded.workshop.info().days, 1);
    assert_eq!(loaded.workshop.agenda().len(), 0);
}

#[test]
fn new_refuses_to_overwrite_and_leaves_the_bytes_alone() {
    let sandbox = Sandbox::new();
    let file = sandbox.path("w.ron");
    sandbox
        .run(["new", "w.ron", "--title", "First"])
        .succeeded();
    let before = std::fs::read(&file).unwrap();
    sandbox
        .run([
            "new",
            "w.ron",
            "--title",
            "Second",
            "--template",
            "training",
        ])
        .refused()
        .says("already exists");
    assert_eq!(std::fs::read(&file).unwrap(), before);

    // Not over a folder either, nor over some other file.
    std::fs::create_dir(sandbox.path("folder")).unwrap();
    sandbox.run(["new", "folder", "--title", "T"]).refused();
    std::fs::write(sandbox.path("notes.txt"), "keep me").unwrap();
    sandbox.run(["new", "notes.txt", "--title", "T"]).refused();
    assert_eq!(
        std::fs::read_to_string(sandbox.path("notes.txt")).unwrap(),
        "keep me"
    );
}

#[test]
fn an_unknown_template_is_refused_with_the_valid_names_and_nothing_written() {
    let sandbox = Sandbox::new();
    let run = sandbox.run(["new", "w.ron", "--title", "T", "--template", "closing"]);
    run.refused();
    for name in TEMPLATES {
        run.says(name);
    }
    assert!(!sandbox.path("w.ron").exists());
}

#[test]
fn new_into_a_missing_folder_is_refused_in_one_sentence() {
    let sandbox = Sandbox::new();
    sandbox
        .run(["new", "nowhere/w.ron", "--title", "T"])
        .refused();
    assert!(!sandbox.path("nowhere").exists());
    // A file where the folder should be: unwritable whoever runs the test (even root).
    std::fs::write(sandbox.path("a-file"), "x").unwrap();
    sandbox
        .run(["new", "a-file/w.ron", "--title", "T"])
        .refused()
        .says("a-file");
    sandbox
        .run(["demo", "--write", "a-file/demo.ron"])
        .refused()
        .says("a-file");
    assert_eq!(
        std::fs::read_to_string(sandbox.path("a-file")).unwrap(),
        "x"
    );
}

#[test]
fn every_template_makes_a_file_whose_check_shows_its_counts() {
    let sandbox = Sandbox::new();
    for name in TEMPLATES {
        let file_name = format!("{name}.ron");
        sandbox
            .run([
                "new",
                &file_name,
                "--title",
                "Template test",
                "--template",
                name,
                "--start",
                "2026-11-24",
            ])
            .succeeded();
        let check = sandbox.run(["check", &file_name]);
        check.succeeded();
        let workshop = store::load(&sandbox.path(&file_name)).unwrap().workshop;
        let template = templates::all()
            .into_iter()
            .find(|t| t.name == name)
            .unwrap();
        assert_eq!(workshop.info().days, template.days, "{name}");
        let line = |label: &str| {
            check
                .stdout
                .lines()
                .find(|l| l.trim_start().starts_with(label))
                .unwrap_or_else(|| panic!("no {label} line:\n{}", check.stdout))
                .to_string()
        };
        let items = workshop.agenda().len();
        let agenda = line("agenda");
        assert!(
            agenda.contains(&format!("{items} item")),
            "{name}: {agenda} (expected {items})"
        );
        if template.days > 1 {
            for day in 1..=template.days {
                let n = workshop.agenda_of_day(day).len();
                assert!(
                    agenda.contains(&format!("day {day}: {n}")),
                    "{name}: {agenda}"
                );
            }
        }
        let groups = line("groups");
        assert!(
            groups.ends_with(&format!(" {}", workshop.groups().len())),
            "{name}: {groups}"
        );
        for group in workshop.groups() {
            check.says(&group.name);
        }
        check.says("Tue 24 Nov 2026");
    }
    // The closing session lays out its three working groups.
    let closing = store::load(&sandbox.path("closing-session.ron"))
        .unwrap()
        .workshop;
    assert!(closing.agenda().len() >= 6);
    for group in ["Lessons learned", "Challenges", "Future plans"] {
        assert!(closing.find_group(group).is_some(), "{group}");
    }
}

#[test]
fn demo_write_gives_a_file_check_accepts_with_fifty_participants() {
    let sandbox = Sandbox::new();
    sandbox.run(["demo", "--write", "demo.ron"]).succeeded();
    let check = sandbox.run(["check", "demo.ron"]);
    check.succeeded();
    let participants = check
        .stdout
        .lines()
        .find(|l| l.trim_start().starts_with("participants"))
        .unwrap_or_default();
    assert!(participants.contains(" 50 "), "{}", check.stdout);
    for group in ["Lessons learned", "Challenges", "Future plans"] {
        check.says(group);
    }
    #[cfg(unix)]
    assert_eq!(support::mode_of(&sandbox.path("demo.ron")), 0o600);

    let before = std::fs::read(sandbox.path("demo.ron")).unwrap();
    sandbox
        .run(["demo", "--write", "demo.ron"])
        .refused()
        .says("already exists");
    assert_eq!(std::fs::read(sandbox.path("demo.ron")).unwrap(), before);
}

#[test]
fn new_writes_nothing_when_this_laptop_has_no_device_id() {
    let sandbox = Sandbox::new();
    // The config folder is a file: the device id cannot be made, so no stamp either.
    std::fs::write(sandbox.path("config"), "not a folder").unwrap();
    sandbox
        .run(["new", "w.ron", "--title", "T"])
        .refused()
        .says("device id");
    assert!(!sandbox.path("w.ron").exists());
}
