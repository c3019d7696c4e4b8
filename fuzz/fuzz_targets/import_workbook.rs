//! The participant import on arbitrary bytes that start as a workbook (`.xlsx`, `.ods`,
//! `.xls`): the zip and OLE containers, the sheet choice and the cells, through `plan`.
#![no_main]

use halaqa::import::{ImportOptions, plan};
use halaqa::model::{Workshop, WorkshopInfo};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let workshop = Workshop::new(WorkshopInfo::titled("Fuzzed"));
    let _ = plan(bytes, &workshop, &ImportOptions::default());
});
