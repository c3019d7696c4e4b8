//! The agenda import on arbitrary bytes (a spreadsheet or a calendar), into a three-day
//! workshop with dates, so days, dates, times and rooms are all checked.
#![no_main]

use chrono::NaiveDate;
use halaqa::import::agenda::plan_agenda;
use halaqa::model::{Workshop, WorkshopInfo};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let mut info = WorkshopInfo::titled("Fuzzed");
    info.start = NaiveDate::from_ymd_opt(2026, 11, 24);
    info.days = 3;
    let workshop = Workshop::new(info);
    if let Ok(plan) = plan_agenda(bytes, &workshop) {
        // The report of a plan is what the user reads: it must be writable too.
        let _ = plan.to_string();
    }
});
