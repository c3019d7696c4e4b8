//! Merging the demo with a damaged copy of itself: the laws hold whenever both load.
#![no_main]

use halaqa::model::merge::merge;
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|text: &str| {
    let Ok(ours) = halaqa::store::demo::demo_workshop() else {
        return;
    };
    let Ok(theirs) = halaqa::store::parse(Path::new("copy.ron"), text) else {
        return;
    };
    let ab = merge(&ours, &theirs.workshop);
    assert_eq!(ab, merge(&theirs.workshop, &ours), "merging is commutative");
    assert_eq!(merge(&ab, &ab), ab, "merging is idempotent");
});
