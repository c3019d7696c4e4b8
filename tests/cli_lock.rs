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
