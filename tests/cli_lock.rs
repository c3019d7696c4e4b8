//! Writes to an existing session from the command line take its lock first: a file someone
//! else holds is refused, naming the holder, and not changed.

#[path = "support/cli.rs"]
mod support;

use halaqa::store::{self, Locking};
use support::Sandbox;

fn session(sandbox: &Sandbox) -> std::path::PathBuf {
    sandbox
        .run(["new", "w.ron", "--title", "Locked"])
        .succeeded();
    std::fs::write(
        sandbox.path("other.ron"),
        std::fs::read(sandbox.path("w.ron")).unwrap(),
    )
    .unwrap();
    std::fs::write(sandbox.path("people.csv"), "name\nAmal\n").unwrap();
    sandbox.path("w.ron")
}

#[test]
fn a_cli_write_to_a_held_file_exits_1_naming_the_holder() {
    let sandbox = Sandbox::new();
    let file = session(&sandbox);
    let before = std::fs::read(&file).unwrap();
    let guard = match store::lock(&file).unwrap() {
        Locking::Acquired(guard) => guard,
        Locking::HeldBy(holder) => panic!("nobody should hold it yet: {holder}"),
    };
    let holder = format!("process {}", std::process::id());
    let writes: [&[&str]; 2] = [
        &["merge", "w.ron", "other.ron"],
        &["import", "participants", "w.ron", "people.csv"],
    ];
    for args in writes {
        sandbox.run(args).refused().says("in use by").says(&holder);
        assert_eq!(std::fs::read(&file).unwrap(), before, "{args:?} changed it");
    }
    drop(guard);
}

#[test]
fn a_refused_write_leaves_no_lock_behind() {
    let sandbox = Sandbox::new();
    let file = session(&sandbox);
    // The import takes the lock, reads, refuses the malformed list and lets go.
    std::fs::write(sandbox.path("bad.csv"), "name,phone\n\"Amal,0770\n").unwrap();
    sandbox
        .run(["import", "participants", "w.ron", "bad.csv"])
        .refused();
    match store::lock(&file).unwrap() {
        Locking::Acquired(_) => {}
        Locking::HeldBy(holder) => panic!("the CLI left its lock behind: {holder}"),
    }
}

#[test]
fn a_cli_write_to_a_missing_or_broken_file_is_refused_without_a_lock_file() {
    let sandbox = Sandbox::new();
    session(&sandbox);
    sandbox.run(["merge", "none.ron", "other.ron"]).refused();
    std::fs::write(sandbox.path("broken.ron"), "(format: \"halaqa\", vers").unwrap();
    sandbox.run(["merge", "broken.ron", "other.ron"]).refused();
    sandbox.run(["merge", "w.ron", "broken.ron"]).refused();
    let names: Vec<String> = std::fs::read_dir(sandbox.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !names.iter().any(|n| n.ends_with(".lock")),
        "lock files left behind: {names:?}"
    );
}

/// A lock file naming another laptop (a shared or network folder, where the OS lock may not
/// reach across machines) is not taken over silently: every write is refused with one
/// sentence naming the holder and `--take-lock`; with `--take-lock` it goes through.
#[test]
fn a_lock_naming_another_computer_is_refused_unless_take_lock() {
    let sandbox = Sandbox::new();
    let file = session(&sandbox);
    let before = std::fs::read(&file).unwrap();
    let theirs = "user: sara\nhost: laptop-of-sara\npid: 4242\nsince: 2026-11-24 09:12\n";
    let lock_file = sandbox.path("w.ron.lock");
    std::fs::write(&lock_file, theirs).unwrap();
    let writes: [&[&str]; 2] = [
        &["merge", "w.ron", "other.ron"],
        &["import", "participants", "w.ron", "people.csv"],
    ];
    for args in writes {
        sandbox
            .run(args)
            .refused()
            .says("locked by sara on laptop-of-sara (process 4242, since 2026-11-24 09:12)")
            .says("another computer")
            .says("nothing was written")
            .says("--take-lock");
        assert_eq!(std::fs::read(&file).unwrap(), before, "{args:?} changed it");
        assert_eq!(std::fs::read_to_string(&lock_file).unwrap(), theirs);
    }
    sandbox
        .run([
            "import",
            "participants",
            "w.ron",
            "people.csv",
            "--take-lock",
        ])
        .succeeded()
        .says("Saved w.ron: 1 participant now.");
    assert!(!lock_file.exists(), "the lock taken over was not released");
}
