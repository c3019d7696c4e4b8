//! `halaqa merge`: note-takers' laptops brought back together, as a facilitator runs it.

#[path = "support/cli.rs"]
mod support;

use chrono::{DateTime, Duration, DurationRound, Utc};
use halaqa::model::{Change, DeviceId, Document, Entry, EntryKind};
use halaqa::store;
use support::Sandbox;

/// When a laptop edited, at minute `at`: a whole hour a day after the newest stamp in the
/// facilitator's copy, so later than everything in it on whatever date the demo was written
/// (`demo --write` stamps with the current time).
fn laptop_time(sandbox: &Sandbox, at: u32) -> DateTime<Utc> {
    let base = store::load(&sandbox.path("base.ron")).unwrap().workshop;
    let hour = (base.latest_stamp().wall + Duration::days(1))
        .duration_trunc(Duration::hours(1))
        .unwrap();
    hour + Duration::minutes(i64::from(at))
}

/// A note-taker's copy of `base`: one entry added in `group`, and optionally a phone number
/// changed for the first participant, at minute `at` of [`laptop_time`].
fn laptop(sandbox: &Sandbox, name: &str, group: &str, text: &str, phone: Option<&str>, at: u32) {
    let when = laptop_time(sandbox, at);
    let base = store::load(&sandbox.path("base.ron")).unwrap().workshop;
    let mut doc = Document::new(base, DeviceId::new(name));
    let group = doc.workshop().find_group(group).unwrap().id;
    doc.apply_at(
        Change::put_entry(Entry::new(EntryKind::Lesson, text, Some(group))),
        when,
    )
    .unwrap();
    if let Some(phone) = phone {
        let mut person = doc.workshop().participants().next().unwrap().clone();
        person.phone = phone.to_string();
        doc.apply_at(Change::put_participant(person), when).unwrap();
    }
    store::save(&sandbox.path(&format!("{name}.ron")), doc.workshop()).unwrap();
}

fn setup() -> Sandbox {
    let sandbox = Sandbox::new();
    sandbox.run(["demo", "--write", "base.ron"]).succeeded();
    laptop(
        &sandbox,
        "noor",
        "Challenges",
        "Budgets arrive late",
        Some("+9647701111111"),
        10,
    );
    laptop(
        &sandbox,
        "karwan",
        "Future plans",
        "پلانی ساڵی داهاتوو",
        Some("+9647502222222"),
        20,
    );
    sandbox
}

#[test]
fn two_laptops_merge_into_the_facilitators_file() {
    let sandbox = setup();
    let noor_edited = laptop_time(&sandbox, 10).format("%Y-%m-%d %H:%M UTC");
    let before = store::load(&sandbox.path("base.ron")).unwrap().workshop;
    let run = sandbox.run(["merge", "base.ron", "noor.ron", "karwan.ron"]);
    run.succeeded()
        .says("noor.ron: 1 added, 1 updated, 0 new conflicts")
        .says("karwan.ron: 1 added, 1 updated, 1 new conflict\n")
        .says("1 conflict is kept");
    let merged = store::load(&sandbox.path("base.ron")).unwrap().workshop;
    assert_eq!(merged.entries().count(), before.entries().count() + 2);
    assert!(merged.entries().any(|e| e.text == "پلانی ساڵی داهاتوو"));
    // Both changed the same phone: the later one is in use, the other kept and listed.
    assert_eq!(
        merged.participants().next().unwrap().phone,
        "+9647502222222"
    );
    assert_eq!(merged.conflicts().len(), 1);
    sandbox
        .run(["check", "base.ron"])
        .succeeded()
        .says("conflicts")
        .says(&format!("from noor at {noor_edited}"));
}

#[test]
fn merging_the_same_copies_again_changes_nothing() {
    let sandbox = setup();
    sandbox
        .run(["merge", "base.ron", "noor.ron", "karwan.ron"])
        .succeeded();
    let once = std::fs::read(sandbox.path("base.ron")).unwrap();
    sandbox
        .run(["merge", "base.ron", "karwan.ron", "noor.ron"])
        .succeeded()
        .says("Nothing new");
    assert_eq!(std::fs::read(sandbox.path("base.ron")).unwrap(), once);
}

#[test]
fn the_order_of_merging_does_not_matter() {
    let sandbox = setup();
    sandbox
        .run([
            "merge",
            "base.ron",
            "noor.ron",
            "karwan.ron",
            "--output",
            "one.ron",
        ])
        .succeeded();
    sandbox
        .run([
            "merge",
            "base.ron",
            "karwan.ron",
            "noor.ron",
            "--output",
            "two.ron",
        ])
        .succeeded();
    let one = store::load(&sandbox.path("one.ron")).unwrap().workshop;
    let two = store::load(&sandbox.path("two.ron")).unwrap().workshop;
    assert_eq!(one, two);
    assert_eq!(support::mode_of(&sandbox.path("one.ron")), 0o600);
}

#[test]
fn refusals_change_nothing() {
    let sandbox = setup();
    let base = std::fs::read(sandbox.path("base.ron")).unwrap();
    // An existing --output is not overwritten.
    std::fs::write(sandbox.path("taken.ron"), "mine").unwrap();
    sandbox
        .run(["merge", "base.ron", "noor.ron", "--output", "taken.ron"])
        .refused()
        .says("already exists");
    assert_eq!(std::fs::read(sandbox.path("taken.ron")).unwrap(), b"mine");
    // A copy that does not load stops everything, naming where.
    let text = std::fs::read_to_string(sandbox.path("noor.ron")).unwrap();
    std::fs::write(sandbox.path("cut.ron"), &text[..text.len() / 2]).unwrap();
    let run = sandbox.run(["merge", "base.ron", "karwan.ron", "cut.ron"]);
    run.refused().says("cut.ron:");
    // Another workshop altogether is not mixed in.
    sandbox
        .run([
            "new",
            "other.ron",
            "--title",
            "Another event",
            "--template",
            "closing-session",
        ])
        .succeeded();
    sandbox
        .run(["merge", "base.ron", "other.ron"])
        .refused()
        .says("two different workshops");
    assert_eq!(std::fs::read(sandbox.path("base.ron")).unwrap(), base);
    // At least one copy is needed.
    sandbox.run(["merge", "base.ron"]).misused();
}
