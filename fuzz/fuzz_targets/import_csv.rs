//! The participant import on arbitrary bytes (any encoding, any separator, any header).
#![no_main]

use halaqa::import::{ImportOptions, plan, preview};
use halaqa::model::{Workshop, WorkshopInfo};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let options = ImportOptions::default();
    let _ = preview(bytes, &options, 5);
    let workshop = Workshop::new(WorkshopInfo::titled("Fuzzed"));
    let _ = plan(bytes, &workshop, &options);
});
