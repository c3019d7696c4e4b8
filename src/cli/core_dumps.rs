//! Core dumps are off for every command.

/// No core file: a core of this process would hold the names, phones and emails of everyone
/// registered. Set once at start for every command.
#[cfg(unix)]
pub(super) fn forbid_core_dumps() {
    let none = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: setrlimit reads the struct it is given. If it fails (it should not when
    // lowering a limit) the system's own setting stays, which is no worse.
    unsafe {
        libc::setrlimit(libc::RLIMIT_CORE, &none);
    }
}

/// Elsewhere the system's own setting stays.
#[cfg(not(unix))]
pub(super) fn forbid_core_dumps() {}
