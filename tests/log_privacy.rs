//! halaqa's log (`<data>/logs/`): a whole demo session through the command line and the
//! terminal program leaves a log that names what happened and holds no personal data and
//! no entry text; the log never reaches the terminal, can be turned off, and a log that
//! cannot be written changes nothing.

#[path = "support/cli.rs"]
mod cli;
#[path = "support/pty.rs"]
mod pty;

use cli::{Outcome, Sandbox, outcome};
use halaqa::store;
use pty::Running;
use std::path::{Path, PathBuf};
use std::time::Duration;

const IMPORTED: [&str; 2] = ["kobo_export.csv", "arabic_semicolon_bom.csv"];
/// Typed into the terminal program as a new entry.
const TYPED: &str = "Trainers paid in cash only — المدربون يتقاضون نقدا";

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name)
}

/// Run halaqa with the log on, whatever the environment of the test says.
fn run(sandbox: &Sandbox, args: &[&str]) -> Outcome {
    outcome(sandbox.command(args).env_remove("HALAQA_LOG"))
}

/// Every line of every file in the log folder, whatever the files are called.
fn log_text(data: &Path) -> String {
    let folder = data.join(store::LOG_FOLDER);
    let Ok(entries) = std::fs::read_dir(&folder) else {
        return String::new();
    };
    let mut text = String::new();
    for entry in entries.flatten() {
        text.push_str(&String::from_utf8_lossy(
            &std::fs::read(entry.path()).unwrap_or_default(),
        ));
    }
    text
}

/// The values of the CSV's name, phone and e-mail columns (as written, before any tidying).
fn personal_cells(csv: &Path) -> Vec<String> {
    let bytes = std::fs::read(csv).expect("fixture");
    let text = String::from_utf8_lossy(&bytes)
        .trim_start_matches('\u{feff}')
        .to_string();
    let delimiter = if text.lines().next().is_some_and(|l| l.contains(';')) {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader.headers().expect("a header row").clone();
    let personal: Vec<usize> = headers
        .iter()
        .enumerate()
        .filter(|(_, h)| {
            ["name", "phone", "email", "الاسم", "الهاتف", "البريد"]
                .iter()
                .any(|word| h.to_lowercase().contains(word))
        })
        .map(|(i, _)| i)
        .collect();
    assert!(personal.len() >= 2, "{csv:?}: {headers:?}");
    reader
        .records()
        .flatten()
        .flat_map(|row| {
            personal
                .iter()
                .filter_map(|&i| row.get(i).map(str::trim).map(str::to_string))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Everything of a person or written by people in the session: names, phones, e-mails,
/// organisations, entry texts, group names.
fn personal_values(file: &Path) -> Vec<String> {
    let workshop = store::load(file).expect("the session loads").workshop;
    let mut values = Vec::new();
    for p in workshop.participants() {
        values.extend([
            p.name.clone(),
            p.name_other_script.clone(),
            p.phone.clone(),
            p.email.clone(),
            p.organisation.clone(),
        ]);
    }
    values.extend(workshop.entries().map(|e| e.text.clone()));
    values.extend(workshop.groups().iter().map(|g| g.name.clone()));
    values
}

#[test]
fn a_whole_demo_session_leaves_a_log_of_events_and_no_personal_data() {
    let sandbox = Sandbox::new();
    let file = sandbox.path("closing.ron");
    let path = file.display().to_string();
    run(&sandbox, &["demo", "--write", &path]).succeeded();
    run(&sandbox, &["check", &path]).succeeded();
    let copy = sandbox.path("laptop2.ron");
    std::fs::copy(&file, &copy).expect("a copy for another laptop");
    for csv in IMPORTED {
        let csv = fixture(csv).display().to_string();
        run(&sandbox, &["import", "participants", &path, &csv]).succeeded();
    }
    // A refused import: its error is logged, never its rows.
    let invalid = fixture("invalid_rows.csv").display().to_string();
    run(&sandbox, &["import", "participants", &path, &invalid]).refused();
    run(&sandbox, &["merge", &path, &copy.display().to_string()]).succeeded();
    for (format, output) in [
        ("md", "report.md"),
        ("html", "report.html"),
        ("csv", "tables"),
        ("signin", "signin.html"),
    ] {
        let output = sandbox.path(output).display().to_string();
        run(
            &sandbox,
            &["export", &path, "--format", format, "--output", &output],
        )
        .succeeded();
    }
    let anonymised = sandbox.path("anonymised.md").display().to_string();
    run(
        &sandbox,
        &[
            "export",
            &path,
            "--format",
            "md",
            "--anonymise",
            "--output",
            &anonymised,
        ],
    )
    .succeeded();

    // The terminal program: open, add an entry, quit.
    let mut running = Running::start(&["open", &path, "--group", "Challenges"], sandbox.root())
        .with_patience(Duration::from_secs(15));
    running.wait_for("Note-taker · Challenges");
    running.send("a");
    running.wait_for("New challenge");
    running.send(TYPED);
    running.wait_for("Trainers paid in cash");
    running.send("\r");
    running.wait_for("added a challenge");
    running.send("q");
    assert!(running.wait_exit(), "exit status:\n{}", running.screen());

    let log = log_text(&sandbox.data_dir());
    for event in [
        "command=\"demo --write\"",
        "command=\"check\"",
        "command=\"import participants\"",
        "command=\"merge\"",
        "command=\"export\"",
        "command=\"open\"",
        " load ",
        " save ",
        "import planned",
        "import saved",
        "cause=",
        " merge ",
        "format=\"Markdown\"",
        "format=\"Html\"",
        "format=\"Csv\"",
        "format=\"Signin\"",
        "lock taken",
        "session opened",
        "tui ended",
        "how=\"by quitting\"",
        "file=\"closing.ron\"",
    ] {
        assert!(log.contains(event), "the log lacks {event:?}:\n{log}");
    }

    let mut secrets = personal_values(&file);
    for csv in IMPORTED.iter().chain(["invalid_rows.csv"].iter()) {
        secrets.extend(personal_cells(&fixture(csv)));
    }
    secrets.push(TYPED.to_string());
    assert!(
        personal_values(&file).iter().any(|v| v == TYPED),
        "the typed entry reached the file"
    );
    secrets.retain(|s| s.chars().count() >= 3);
    assert!(
        secrets.len() > 100,
        "only {} values to look for",
        secrets.len()
    );
    // Quoted fields in the log escape some characters (Arabic vowel marks as `\u{64f}`):
    // each value is looked for as written and as the log would quote it.
    let leaks: Vec<&String> = secrets
        .iter()
        .filter(|s| {
            let quoted = format!("{s:?}");
            log.contains(s.as_str()) || log.contains(quoted.trim_matches('"'))
        })
        .collect();
    assert!(leaks.is_empty(), "the log holds {leaks:?}:\n{log}");
    // Nor the folders above the session (they name the user).
    let folder = sandbox.root().display().to_string();
    assert!(
        !log.contains(&folder),
        "the log names the folder {folder}:\n{log}"
    );
}

#[test]
fn the_log_never_reaches_the_terminal() {
    let sandbox = Sandbox::new();
    let path = sandbox.path("demo.ron").display().to_string();
    run(&sandbox, &["demo", "--write", &path]).succeeded();
    let missing = sandbox.path("missing.ron").display().to_string();
    for outcome in [
        run(&sandbox, &["check", &path]),
        run(&sandbox, &["check", &missing]),
    ] {
        let printed = format!("{}{}", outcome.stdout, outcome.stderr);
        for level in [" INFO ", " WARN ", " ERROR "] {
            assert!(!printed.contains(level), "{outcome:#?}");
        }
    }
    let log = log_text(&sandbox.data_dir());
    assert!(log.contains("load failed"), "{log}");
    assert!(log.contains("kind=NotFound"), "{log}");
}

#[test]
fn halaqa_log_off_writes_no_log() {
    let sandbox = Sandbox::new();
    let path = sandbox.path("demo.ron").display().to_string();
    outcome(
        sandbox
            .command(["demo", "--write", &path])
            .env("HALAQA_LOG", "off"),
    )
    .succeeded();
    outcome(sandbox.command(["check", &path]).env("HALAQA_LOG", "off")).succeeded();
    assert!(!sandbox.data_dir().join(store::LOG_FOLDER).exists());
}

#[test]
fn a_log_that_cannot_be_written_changes_nothing() {
    let sandbox = Sandbox::new();
    std::fs::create_dir_all(sandbox.data_dir()).expect("data folder");
    // A file where the log folder should be.
    std::fs::write(sandbox.data_dir().join(store::LOG_FOLDER), "in the way").expect("file");
    let path = sandbox.path("demo.ron").display().to_string();
    let written = run(&sandbox, &["demo", "--write", &path]);
    written.succeeded();
    assert!(written.stderr.is_empty(), "{written:#?}");
    let checked = run(&sandbox, &["check", &path]);
    checked.succeeded();
    assert!(checked.stderr.is_empty(), "{checked:#?}");
}

#[test]
fn the_log_says_which_signal_ended_the_terminal_program_in_utc_lines_private_to_the_user() {
    let sandbox = Sandbox::new();
    let path = sandbox.path("demo.ron").display().to_string();
    run(&sandbox, &["demo", "--write", &path]).succeeded();
    let mut running =
        Running::start(&["open", &path], sandbox.root()).with_patience(Duration::from_secs(15));
    running.wait_for("opened demo.ron");
    let pid = running.pid().expect("a process id");
    let status = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());
    assert!(running.wait_exit(), "exit status:\n{}", running.screen());
    let log = log_text(&sandbox.data_dir());
    assert!(
        log.contains("how=\"by a signal\" signal=\"SIGTERM\""),
        "{log}"
    );
    assert!(log.contains("tui ended"), "{log}");
    // Every line starts with a UTC time: 2026-12-03T12:00:00.000000Z (any date).
    for line in log.lines() {
        let time = line.split_whitespace().next().unwrap_or_default();
        assert!(
            time.len() > 20 && time.as_bytes()[10] == b'T' && time.ends_with('Z'),
            "{line}"
        );
    }
    let file = sandbox
        .data_dir()
        .join(store::LOG_FOLDER)
        .join(store::LOG_FILE);
    assert_eq!(cli::mode_of(&file) & 0o777, 0o600);
}

#[test]
fn a_refused_lock_is_logged_without_its_holder() {
    let sandbox = Sandbox::new();
    let file = sandbox.path("demo.ron");
    let path = file.display().to_string();
    run(&sandbox, &["demo", "--write", &path]).succeeded();
    let held = store::lock(&file).expect("the lock can be taken");
    assert!(matches!(held, store::Locking::Acquired(_)));
    let csv = fixture("kobo_export.csv").display().to_string();
    run(&sandbox, &["import", "participants", &path, &csv]).refused();
    drop(held);
    let log = log_text(&sandbox.data_dir());
    assert!(log.contains("lock refused"), "{log}");
    assert!(log.contains("cause=\"locked by another halaqa\""), "{log}");
    let holder = store::LockInfo::current();
    for private in [&holder.user, &holder.host] {
        assert!(
            !log.contains(&format!("\"{private}\"")),
            "{private} in\n{log}"
        );
    }
}

#[test]
fn recovery_and_stale_temp_files_are_logged() {
    let sandbox = Sandbox::new();
    let file = sandbox.path("demo.ron");
    let path = file.display().to_string();
    run(&sandbox, &["demo", "--write", &path]).succeeded();
    // A second save makes a backup; a killed save would have left a temp file.
    let csv = fixture("kobo_export.csv").display().to_string();
    run(&sandbox, &["import", "participants", &path, &csv]).succeeded();
    std::fs::write(sandbox.path(".demo.ron.a1b2c3.tmp"), "left by a kill").expect("temp");
    run(&sandbox, &["import", "participants", &path, &csv]).succeeded();
    assert!(!sandbox.path(".demo.ron.a1b2c3.tmp").exists());
    std::fs::write(&file, "(format: \"halaqa\", version: 1, trunc").expect("damage");
    // The damaged file's error comes with its backups and how to restore one.
    assert_eq!(run(&sandbox, &["check", &path]).code, Some(1));
    run(&sandbox, &["restore", &path]).succeeded();
    let log = log_text(&sandbox.data_dir());
    for event in [
        "stale temp files removed file=\"demo.ron\" removed=1",
        "damaged session found",
        "recovery: backup restored file=\"demo.ron\" backup=1",
    ] {
        assert!(log.contains(event), "the log lacks {event:?}:\n{log}");
    }
}

#[test]
fn help_names_the_switch_that_turns_the_log_off() {
    let sandbox = Sandbox::new();
    run(&sandbox, &["--help"])
        .succeeded()
        .says("HALAQA_LOG=off");
}

fn agenda_fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/agenda")
        .join(name)
        .display()
        .to_string()
}

#[test]
fn an_agenda_import_is_logged_by_counts_never_by_its_titles_or_speakers() {
    let sandbox = Sandbox::new();
    let file = sandbox.path("plan.ron");
    let path = file.display().to_string();
    run(
        &sandbox,
        &["new", &path, "--title", "Planning", "--start", "2026-11-24"],
    )
    .succeeded();
    run(
        &sandbox,
        &["import", "agenda", &path, &agenda_fixture("overlap.csv")],
    )
    .refused();
    let agenda = sandbox.path("agenda.csv");
    std::fs::write(
        &agenda,
        "Day,Start,End,Title,Speakers,Room\n\
         1,09:00,09:30,Opening,Zainab Kareem,\n\
         1,09:30,11:00,Working group: water,Dr. Ali Hassan,Hall A\n\
         1,09:30,10:30,Working group: health,,Hall B\n",
    )
    .expect("an agenda to import");
    run(
        &sandbox,
        &["import", "agenda", &path, &agenda.display().to_string()],
    )
    .succeeded();
    let log = log_text(&sandbox.data_dir());
    for event in [
        "command=\"import agenda\"",
        "agenda import refused",
        "cause=\"invalid items\"",
        "agenda import planned",
        "agenda import saved file=\"plan.ron\" items=3",
    ] {
        assert!(log.contains(event), "the log lacks {event:?}:\n{log}");
    }
    for private in [
        "Zainab",
        "Ali Hassan",
        "Working group: water",
        "Hall A",
        "Sanitation",
    ] {
        assert!(!log.contains(private), "{private} in\n{log}");
    }
}
