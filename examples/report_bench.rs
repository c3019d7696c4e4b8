//! How long the report takes on a large workshop: 2,000 participants and 50,000 entries.
//!
//! `cargo run --release --example report_bench [PEOPLE ENTRIES]` prints the figures; it is
//! not a timed test (timings depend on the machine).

#[path = "../tests/fixtures/report/fixture.rs"]
#[allow(dead_code)]
mod fixture;

use halaqa::report::{self, Format, Report};
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1).map(|a| a.parse::<usize>().ok());
    let people = args.next().flatten().unwrap_or(2_000);
    let entries = args.next().flatten().unwrap_or(50_000);

    let started = Instant::now();
    let workshop = fixture::generated(people, entries);
    println!(
        "generated {people} participants, {entries} entries in {:.2?} (not part of the export)",
        started.elapsed()
    );

    for anonymise in [false, true] {
        let label = if anonymise { "anonymised" } else { "named" };
        let started = Instant::now();
        let built = Report::build(&workshop, anonymise);
        println!("{label}: Report::build {:.2?}", started.elapsed());
        let started = Instant::now();
        let markdown = built.to_markdown();
        println!(
            "{label}: Markdown render {:.2?} ({} KiB)",
            started.elapsed(),
            markdown.len() / 1024
        );
        let dir = match tempfile::tempdir() {
            Ok(dir) => dir,
            Err(e) => {
                eprintln!("no temp dir: {e}");
                return;
            }
        };
        for format in Format::ALL {
            let output = report::default_output(&dir.path().join("big.ron"), format, anonymise);
            let started = Instant::now();
            let mut steps = 0;
            match report::export(&workshop, format, &output, anonymise, &mut |_| steps += 1) {
                Ok(summary) => println!(
                    "{label}: export {:<4} {:>8.2?}  {:>6} KiB in {} file(s), {steps} progress reports",
                    format.name(),
                    started.elapsed(),
                    summary.bytes / 1024,
                    summary.files.len()
                ),
                Err(e) => eprintln!("{label}: export {} failed: {e}", format.name()),
            }
        }
    }
}
