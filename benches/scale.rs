//! halaqa at the scale DESIGN.md promises: generated workshops up to 2,000 participants and
//! 50,000 entries. `cargo bench` prints figures; nothing here asserts a time, because the
//! machines are shared and noisy. Pass sizes to try others: `cargo bench -- 500 10000`.

#[path = "../tests/fixtures/report/fixture.rs"]
#[allow(dead_code)]
mod fixture;

use chrono::{NaiveDate, TimeZone, Utc};
use halaqa::model::merge::merge;
use halaqa::model::search::Query;
use halaqa::model::{Change, DeviceId, Document, Entry, EntryKind, assign};
use halaqa::report::Report;
use halaqa::store::{self, Dirs};
use halaqa::tui::{self, Screen};
use ratatui::{Terminal, backend::TestBackend};
use std::time::{Duration, Instant};

/// Run `work` `times` times; the median, so one hiccup of the machine does not decide it.
fn median<T>(times: usize, mut work: impl FnMut() -> T) -> Duration {
    let mut runs: Vec<Duration> = (0..times)
        .map(|_| {
            let started = Instant::now();
            std::hint::black_box(work());
            started.elapsed()
        })
        .collect();
    runs.sort();
    runs[runs.len() / 2]
}

fn line(what: &str, took: Duration) {
    println!("{what:<58} {took:>12.2?}");
}

fn main() {
    let sizes: Vec<usize> = std::env::args().filter_map(|a| a.parse().ok()).collect();
    let (people, entries) = match sizes[..] {
        [p, e, ..] => (p, e),
        _ => (2_000, 50_000),
    };
    println!("halaqa at {people} participants and {entries} entries\n");

    let started = Instant::now();
    let workshop = fixture::generated(people, entries);
    line(
        "generate through Workshop::apply (one batch)",
        started.elapsed(),
    );

    let text = store::to_ron(&workshop).unwrap_or_default();
    println!("{:<58} {:>9} KiB", "session file size", text.len() / 1024);
    line(
        "write the file text (to_ron)",
        median(5, || store::to_ron(&workshop)),
    );
    let path = std::path::Path::new("scale.ron");
    line(
        "parse the file text",
        median(5, || store::parse(path, &text)),
    );
    let dir = tempfile::tempdir().ok();
    let file = dir.as_ref().map(|d| d.path().join("scale.ron"));
    if let Some(file) = &file {
        line(
            "save to disk (temp, fsync, rename, backups)",
            median(5, || store::save(file, &workshop)),
        );
    }

    let mut doc = Document::new(workshop.clone(), DeviceId::new("bench"));
    let group = workshop.groups().first().map(|g| g.id);
    line(
        "one change: add an entry (apply + undo stack)",
        median(101, || {
            doc.apply(Change::put_entry(Entry::new(EntryKind::Lesson, "x", group)))
        }),
    );
    line("undo one change", median(101, || doc.undo()));

    let names: Vec<String> = workshop
        .participants()
        .map(|p| format!("{} {}", p.name, p.organisation))
        .collect();
    line(
        "check-in search: rank everyone for a 3-letter query",
        median(21, || {
            let query = Query::new("مشا");
            names.iter().filter_map(|n| query.score(n)).count()
        }),
    );

    let groups: Vec<_> = workshop.groups();
    let everyone: Vec<_> = workshop.participants().collect();
    line(
        &format!(
            "auto-assign {} people into {} groups",
            everyone.len(),
            groups.len()
        ),
        median(3, || assign::assign(&groups, &everyone, 7)),
    );

    let mut other = Document::new(workshop.clone(), DeviceId::new("laptop-2"));
    let later = Utc
        .with_ymd_and_hms(2030, 1, 1, 9, 0, 0)
        .single()
        .unwrap_or_default();
    for n in 0..200 {
        let _ = other.apply_at(
            Change::put_entry(Entry::new(EntryKind::Plan, format!("plan {n}"), group)),
            later,
        );
    }
    line(
        "merge two copies (200 new entries on one)",
        median(3, || merge(&workshop, other.workshop())),
    );

    line(
        "report: build the figures and outputs",
        median(3, || Report::build(&workshop, false)),
    );

    if let (Some(file), Some(dir)) = (&file, &dir) {
        render_screens(file, dir.path());
    }
}

/// One frame of each screen at 80×24, drawn the way the terminal program draws it.
fn render_screens(file: &std::path::Path, dir: &std::path::Path) {
    let dirs = Dirs {
        data: dir.join("data"),
        config: dir.join("config"),
    };
    let options = tui::Options {
        file: Some(file.to_path_buf()),
        read_only: true,
        group: None,
        dirs,
    };
    let now = NaiveDate::from_ymd_opt(2026, 11, 24)
        .and_then(|d| d.and_hms_opt(11, 0, 0))
        .unwrap_or_default();
    let Ok(mut app) = tui::prepare(&options, now) else {
        println!("(could not open the session for the screen figures)");
        return;
    };
    let Ok(mut terminal) = Terminal::new(TestBackend::new(80, 24));
    for screen in Screen::ALL {
        app.screen = screen;
        // The first frame may start work (the report preview); measure the frames after.
        let _ = terminal.draw(|frame| tui::render(&app, frame));
        let took = median(11, || {
            terminal.draw(|frame| tui::render(&app, frame)).map(|_| ())
        });
        line(
            &format!("draw the {} screen at 80×24", screen.title()),
            took,
        );
    }
}
