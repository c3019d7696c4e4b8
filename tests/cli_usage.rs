//! The command line's usage rules: --help and --version exit 0 with an example everywhere,
//! bad usage exits 2, NO_COLOR is honoured.

#[path = "support/cli.rs"]
mod support;

use support::Sandbox;

const COMMANDS: [&[&str]; 10] = [
    &[],
    &["open"],
    &["new"],
    &["demo"],
    &["templates"],
    &["check"],
    &["import"],
    &["import", "participants"],
    &["export"],
    &["merge"],
];

#[test]
fn every_command_has_help_with_an_example_and_exits_0() {
    let sandbox = Sandbox::new();
    for command in COMMANDS {
        for flag in ["--help", "-h"] {
            let mut args = command.to_vec();
            args.push(flag);
            let run = sandbox.run(&args);
            run.succeeded();
            assert!(
                run.stdout.contains("Example: halaqa"),
                "`halaqa {}` has no example:\n{}",
                args.join(" "),
                run.stdout
            );
        }
    }
}

#[test]
fn version_exits_0_and_names_the_version() {
    let run = Sandbox::new().run(["--version"]);
    run.succeeded();
    assert!(run.stdout.contains(env!("CARGO_PKG_VERSION")), "{run:?}");
}

#[test]
fn bad_usage_exits_2() {
    let sandbox = Sandbox::new();
    let cases: [&[&str]; 13] = [
        &["no-such-command"],
        &["import"],
        &["new", "w.ron"],
        &["new", "w.ron", "--title", ""],
        &["new", "w.ron", "--title", "T", "--start", "24/11/2026"],
        &["new", "w.ron", "--title", "T", "--start", "2026-02-30"],
        &["open"],
        &["check"],
        &["check", "a.ron", "b.ron"],
        &[
            "import",
            "participants",
            "w.ron",
            "p.csv",
            "--delimiter",
            "ab",
        ],
        &["import", "participants", "w.ron", "p.csv", "--map", "name"],
        &["export", "w.ron", "--format", "pdf"],
        &["merge", "w.ron"],
    ];
    for args in cases {
        let run = sandbox.run(args);
        run.misused();
        assert!(!run.stderr.is_empty(), "{args:?} said nothing");
    }
    assert!(
        std::fs::read_dir(sandbox.root())
            .unwrap()
            .all(|e| e.unwrap().file_name() != "w.ron"),
        "bad usage wrote a file"
    );
}

#[test]
fn a_bad_date_is_explained() {
    let run = Sandbox::new().run(["new", "w.ron", "--title", "T", "--start", "2026-13-01"]);
    run.misused();
    run.says("YYYY-MM-DD");
}

#[test]
fn no_color_turns_colour_off_even_when_forced() {
    let sandbox = Sandbox::new();
    let coloured = support::outcome(
        sandbox
            .command(["no-such-command"])
            .env_remove("NO_COLOR")
            .env("CLICOLOR_FORCE", "1"),
    );
    assert!(
        coloured.stderr.contains('\x1b'),
        "the check needs colour to be on without NO_COLOR: {coloured:?}"
    );
    let plain = support::outcome(
        sandbox
            .command(["no-such-command"])
            .env("NO_COLOR", "1")
            .env("CLICOLOR_FORCE", "1"),
    );
    assert_eq!(plain.code, Some(2));
    assert!(!plain.stderr.contains('\x1b'), "{plain:?}");
}

#[test]
fn output_into_a_closed_pipe_is_not_a_crash() {
    use std::io::Read;
    use std::process::Stdio;
    let sandbox = Sandbox::new();
    let mut child = sandbox
        .command(["templates"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(status.code(), Some(0), "{stderr}");
}
