//! The autosaver: newest snapshot wins, failures are reported and retried by resubmitting.

use halaqa::model::{Change, DeviceId, Document, Workshop, WorkshopInfo};
use halaqa::store::{Autosaver, load};
use std::time::{Duration, Instant};

fn titled(title: &str) -> Workshop {
    let mut doc = Document::new(Workshop::default(), DeviceId::new("t"));
    doc.apply(Change::set_info(WorkshopInfo::titled(title)))
        .unwrap();
    doc.into_workshop()
}

#[test]
fn many_quick_snapshots_end_with_the_newest_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let saver = Autosaver::start(path.clone());
    let snapshots: Vec<Workshop> = (1..=50).map(|r| titled(&format!("revision {r}"))).collect();
    for (revision, snapshot) in (1..).zip(snapshots) {
        saver.submit(revision, snapshot);
    }
    let reports = saver.flush();
    assert!(!reports.is_empty());
    assert!(
        reports.len() < 50,
        "queued snapshots are replaced, not all written"
    );
    let last = reports.last().unwrap();
    assert_eq!(last.revision, 50);
    assert_eq!(last.result, Ok(()));
    assert!(reports.windows(2).all(|w| w[0].revision < w[1].revision));
    assert_eq!(load(&path).unwrap().workshop.info().title, "revision 50");
    assert!(!saver.is_saving());
    assert!(saver.poll().is_empty(), "flush handed every report over");
}

#[test]
fn a_failed_save_is_reported_and_a_resubmit_succeeds() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("usb-stick");
    let path = folder.join("s.ron");
    let saver = Autosaver::start(path.clone());
    saver.submit(1, titled("one"));
    let reports = saver.flush();
    assert_eq!(reports.len(), 1);
    let message = reports[0].result.clone().unwrap_err();
    assert!(message.contains("does not exist"), "{message}");

    std::fs::create_dir(&folder).unwrap(); // the stick is plugged back in
    saver.submit(1, titled("one"));
    assert_eq!(saver.flush()[0].result, Ok(()));
    assert_eq!(load(&path).unwrap().workshop.info().title, "one");
}

#[test]
fn poll_never_waits_and_reports_arrive() {
    let dir = tempfile::tempdir().unwrap();
    let saver = Autosaver::start(dir.path().join("s.ron"));
    assert!(saver.poll().is_empty());
    saver.submit(7, titled("x"));
    let _ = saver.poll();
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut seen = Vec::new();
    while seen.is_empty() && Instant::now() < deadline {
        seen = saver.poll();
        std::thread::sleep(Duration::from_millis(5));
    }
    assert_eq!(seen.first().map(|r| r.revision), Some(7));
}

#[test]
fn dropping_the_autosaver_writes_what_is_still_queued() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    {
        let saver = Autosaver::start(path.clone());
        saver.submit(1, titled("before quitting"));
    }
    assert_eq!(
        load(&path).unwrap().workshop.info().title,
        "before quitting"
    );
}
