//! The lock beside a session: one writer at a time, the holder named, stale locks taken over.

use halaqa::store::{LockInfo, Locking, lock};
use std::fs;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[test]
fn a_second_lock_while_held_names_the_holder_and_is_free_after_the_guard_drops() {
    let dir = tempfile::tempdir().unwrap();
    let session = dir.path().join("s.ron");
    let Locking::Acquired(guard) = lock(&session).unwrap() else {
        panic!("a fresh session must be free");
    };
    let lock_file = dir.path().join("s.ron.lock");
    assert!(lock_file.exists());
    let text = fs::read_to_string(&lock_file).unwrap();
    assert!(
        text.contains(&format!("pid: {}", std::process::id())),
        "{text}"
    );

    // A second handle conflicts even in the same process (flock is per open file).
    let Locking::HeldBy(holder) = lock(&session).unwrap() else {
        panic!("a held session must be refused");
    };
    assert_eq!(holder.pid, std::process::id());
    let me = LockInfo::current();
    assert_eq!((&holder.user, &holder.host), (&me.user, &me.host));
    let shown = holder.to_string();
    assert!(
        shown.contains(&format!("process {}", std::process::id())),
        "{shown}"
    );
    assert!(
        shown.contains(&holder.host) && shown.contains(&holder.user),
        "{shown}"
    );

    drop(guard);
    assert!(
        !lock_file.exists(),
        "dropping the guard removes the lock file"
    );
    assert!(matches!(lock(&session).unwrap(), Locking::Acquired(_)));
}

#[test]
fn a_lock_file_left_by_a_dead_process_is_taken_over() {
    let dir = tempfile::tempdir().unwrap();
    let session = dir.path().join("s.ron");
    let lock_file = dir.path().join("s.ron.lock");
    fs::write(
        &lock_file,
        "user: ghost\nhost: old-laptop\npid: 999999\nsince: 2020-01-01 08:00\n",
    )
    .unwrap();
    let Locking::Acquired(_guard) = lock(&session).unwrap() else {
        panic!("a stale lock must be taken over");
    };
    let text = fs::read_to_string(&lock_file).unwrap();
    assert!(!text.contains("ghost"), "{text}");
    assert!(
        text.contains(&format!("pid: {}", std::process::id())),
        "{text}"
    );
}

/// Another process really holding the OS lock (the `flock` tool from util-linux), then
/// killed: while it lives we are refused, once it is gone its lock file is stale.
#[test]
fn a_lock_held_by_another_process_is_refused_until_it_dies() {
    if Command::new("flock").arg("--version").output().is_err() {
        eprintln!("`flock` is not installed; cross-process case skipped");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let session = dir.path().join("s.ron");
    let lock_file = dir.path().join("s.ron.lock");
    fs::write(
        &lock_file,
        "user: amira\nhost: laptop-2\npid: 4321\nsince: 2026-11-24 09:00\n",
    )
    .unwrap();
    // `-o`: the lock stays with `flock` itself, not with the `sleep` it starts, so killing
    // `flock` is the holder dying.
    let mut child = Command::new("flock")
        .arg("-o")
        .arg(&lock_file)
        .args(["sleep", "30"])
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    // Wait until the child holds it, probing with a handle of our own that never removes
    // the file.
    let start = Instant::now();
    loop {
        let probe = fs::File::open(&lock_file).unwrap();
        if probe.try_lock().is_err() {
            break;
        }
        probe.unlock().unwrap();
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "child never locked"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let Locking::HeldBy(holder) = lock(&session).unwrap() else {
        panic!("a session locked by another process must be refused");
    };
    assert_eq!(holder.user, "amira");
    assert_eq!(
        holder.to_string(),
        "amira on laptop-2 (process 4321, since 2026-11-24 09:00)"
    );
    child.kill().unwrap();
    child.wait().unwrap();
    // flock's own child (the `sleep`) may not yet have closed its inherited copy of the
    // descriptor when flock dies; the lock is free as soon as it has.
    let start = Instant::now();
    while !matches!(lock(&session).unwrap(), Locking::Acquired(_)) {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the lock was never freed after its holder died"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn a_session_in_a_missing_folder_cannot_be_locked_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let session = dir.path().join("gone").join("s.ron");
    let error = lock(&session).unwrap_err().to_string();
    assert!(error.contains("cannot create the lock file"), "{error}");
    assert!(error.contains("no such file or folder"), "{error}");
}
