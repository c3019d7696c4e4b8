//! The report writers on any session that loads: Markdown, HTML and every CSV table.
#![no_main]

use halaqa::report::{Report, html, tables};
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|text: &str| {
    let Ok(loaded) = halaqa::store::parse(Path::new("fuzzed.ron"), text) else {
        return;
    };
    for anonymise in [false, true] {
        let report = Report::build(&loaded.workshop, anonymise);
        let _ = report.to_markdown();
        let _ = html::write(&report, &mut std::io::sink());
        for table in tables::tables(&report) {
            let _ = table.write(&report, &mut std::io::sink());
        }
    }
});
