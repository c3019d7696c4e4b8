//! The workbook parser (calamine) is a dependency we do not control, and a damaged file can
//! make it panic (the fuzzer found a cut `.xls` that does). Such a panic is a refusal of the
//! file, not a crash of halaqa, and it must say nothing on the terminal: the terminal
//! program's own panic hook would otherwise restore the terminal under a running screen.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    /// Set while guarded work runs on this thread: its panic is expected and caught.
    static GUARDED: Cell<bool> = const { Cell::new(false) };
}

static QUIET_HOOK: Once = Once::new();

/// Run `work`; `None` if it panicked. The panic is caught and nothing is printed for it;
/// panics elsewhere reach the hook that was there before.
pub fn guarded<T>(work: impl FnOnce() -> T) -> Option<T> {
    QUIET_HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !GUARDED.with(Cell::get) {
                previous(info);
            }
        }));
    });
    let was = GUARDED.with(|g| g.replace(true));
    let result = panic::catch_unwind(AssertUnwindSafe(work));
    GUARDED.with(|g| g.set(was));
    result.ok()
}

#[cfg(test)]
mod tests {
    use super::guarded;

    #[test]
    fn a_panic_inside_is_none_and_work_that_ends_is_its_value() {
        assert_eq!(guarded(|| 2 + 2), Some(4));
        let broken: Option<u8> = guarded(|| panic!("a damaged workbook"));
        assert_eq!(broken, None);
        // Guarding nests, and ends with the work.
        assert_eq!(
            guarded(|| guarded(|| -> u8 { panic!("inner") })),
            Some(None)
        );
    }
}
