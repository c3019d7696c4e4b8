//! Opening a session in the terminal program while a command-line import saves it: the
//! program locks, then loads, so an import that said "Saved" is never lost — either the
//! program's copy holds it, or the program opened read-only, or the import was refused.

mod tui_support;

use halaqa::model::{Change, Participant};
use halaqa::store;
use halaqa::tui::app::open_session;
use std::process::{Command, Stdio};
use std::time::Instant;

#[test]
fn an_import_racing_an_open_is_never_lost() {
    let races: usize = std::env::var("HALAQA_RACES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(20);
    let f = tui_support::fixture();
    let csv = f.folder.path().join("one.csv");
    let import = |i: usize| {
        std::fs::write(&csv, format!("name\nWalk-in number {i}\n")).expect("written");
        Command::new(env!("CARGO_BIN_EXE_halaqa"))
            .args(["import", "participants"])
            .arg(&f.path)
            .arg(&csv)
            .env("HALAQA_DATA_DIR", &f.dirs.data)
            .env("HALAQA_CONFIG_DIR", &f.dirs.config)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("halaqa starts")
    };
    // How long one import takes here, so the opens can land all through it. A spacing only.
    let started = Instant::now();
    import(races).wait().expect("the import ends");
    let whole = started.elapsed();
    let (mut saved_by_import, mut read_only_opens) = (0, 0);
    for i in 0..races {
        let import = import(i);
        // Open at some moment of the import, as someone double-clicking while it runs.
        std::thread::sleep(whole.mul_f64((i % 10) as f64 / 10.0));
        let (mut session, _) = open_session(&f.dirs, &f.path, false).expect("opens");
        let writable = session.read_only.is_none();
        if writable {
            session
                .doc
                .apply(Change::put_participant(Participant::new(format!(
                    "Typed in the program {i}"
                ))))
                .expect("applies");
            session.save_and_wait(Instant::now()).expect("saved");
        } else {
            read_only_opens += 1;
        }
        drop(session);
        let output = import.wait_with_output().expect("the import ends");
        let said_saved = String::from_utf8_lossy(&output.stdout).contains("Saved");
        let names: Vec<String> = store::load(&f.path)
            .expect("loads")
            .workshop
            .participants()
            .map(|p| p.name.clone())
            .collect();
        if said_saved {
            saved_by_import += 1;
            assert!(
                names.contains(&format!("Walk-in number {i}")),
                "race {i}: the import said Saved but its person is gone"
            );
        }
        if writable {
            assert!(
                names.contains(&format!("Typed in the program {i}")),
                "race {i}"
            );
        }
    }
    eprintln!(
        "{races} races: {saved_by_import} imports saved, {read_only_opens} opens read-only, 0 lost"
    );
}
