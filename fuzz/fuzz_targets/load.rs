//! The session loader on arbitrary text: an error or a workshop, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|text: &str| {
    let _ = halaqa::store::parse(Path::new("fuzzed.ron"), text);
});
