//! The lock beside a session: one writer at a time, the holder named, stale locks taken over.

use halaqa::store::{LockInfo, Locking, lock, take_over};
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
fn a_lock_file_left_by_a_dead_process_of_this_computer_is_taken_over() {
    let dir = tempfile::tempdir().unwrap();
    let session = dir.path().join("s.ron");
    let lock_file = dir.path().join("s.ron.lock");
    let here = LockInfo::current().host;
    fs::write(
        &lock_file,
        format!("user: ghost\nhost: {here}\npid: 999999\nsince: 2020-01-01 08:00\n"),
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
    // A process of this computer: once it is gone, its lock is stale (another computer's
    // would not be taken over by itself; see below).
    let here = LockInfo::current().host;
    fs::write(
        &lock_file,
        format!("user: amira\nhost: {here}\npid: 4321\nsince: 2026-11-24 09:00\n"),
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
        format!("amira on {here} (process 4321, since 2026-11-24 09:00)")
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

/// On a shared or network folder the OS lock may not reach from one laptop to another, so a
/// free OS lock proves nothing about a lock file naming another computer.
#[test]
fn a_lock_naming_another_computer_is_reported_not_taken_until_taken_over_deliberately() {
    let dir = tempfile::tempdir().unwrap();
    let session = dir.path().join("s.ron");
    let lock_file = dir.path().join("s.ron.lock");
    let theirs = "user: sara\nhost: laptop-of-sara\npid: 4242\nsince: 2026-11-24 09:12\n";
    fs::write(&lock_file, theirs).unwrap();
    let Locking::HeldBy(holder) = lock(&session).unwrap() else {
        panic!("a lock naming another computer must not be taken over silently");
    };
    assert_eq!(
        (holder.user.as_str(), holder.host.as_str()),
        ("sara", "laptop-of-sara")
    );
    assert_eq!(holder.since, "2026-11-24 09:12");
    let why = holder.unconfirmed.expect("the reason it cannot be checked");
    assert!(why.contains("another computer (laptop-of-sara)"), "{why}");
    assert_eq!(
        fs::read_to_string(&lock_file).unwrap(),
        theirs,
        "the lock file was changed"
    );

    let Locking::Acquired(guard) = take_over(&session).unwrap() else {
        panic!("taking over deliberately must work");
    };
    let text = fs::read_to_string(&lock_file).unwrap();
    assert!(
        text.contains(&format!("pid: {}", std::process::id())),
        "{text}"
    );
    drop(guard);
    assert!(!lock_file.exists());
}

#[test]
fn a_lock_whose_process_cannot_be_read_is_not_taken_over_silently() {
    let dir = tempfile::tempdir().unwrap();
    let session = dir.path().join("s.ron");
    let lock_file = dir.path().join("s.ron.lock");
    let here = LockInfo::current().host;
    for garbled in [
        format!("user: sara\nhost: {here}\npid: ???\n"),
        "nonsense".to_string(),
    ] {
        fs::write(&lock_file, &garbled).unwrap();
        let Locking::HeldBy(holder) = lock(&session).unwrap() else {
            panic!("an unreadable lock must not be taken over silently: {garbled:?}");
        };
        assert!(holder.unconfirmed.is_some(), "{garbled:?}");
        assert_eq!(fs::read_to_string(&lock_file).unwrap(), garbled);
    }
}

#[test]
fn the_lock_file_is_readable_by_colleagues_and_holds_no_workshop_data() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let session = dir.path().join("s.ron");
    let Locking::Acquired(_guard) = lock(&session).unwrap() else {
        panic!("a fresh session must be free");
    };
    let lock_file = dir.path().join("s.ron.lock");
    let mode = fs::metadata(&lock_file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode & 0o044, 0o044, "mode {mode:o}");
    let text = fs::read_to_string(&lock_file).unwrap();
    let keys: Vec<&str> = text.lines().filter_map(|l| l.split(':').next()).collect();
    assert_eq!(keys, ["user", "host", "pid", "since"], "{text}");
}
