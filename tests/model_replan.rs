//! Re-planning a late day: the rules a facilitator relies on, as properties.

use chrono::NaiveTime;
use halaqa::model::replan::{Day, Strategy as Plan, proposals, propose};
use halaqa::model::schedule::plan;
use halaqa::model::{AgendaItem, ItemKind};
use proptest::prelude::*;

fn at(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

/// A closing-session day: lunch at 13:00 and the closing at 16:00 are pinned.
fn closing_day() -> Vec<AgendaItem> {
    let spec = [
        ("Opening", ItemKind::Opening, 30, None, false),
        ("Project review", ItemKind::Presentation, 60, None, false),
        ("Panel", ItemKind::Panel, 90, None, false),
        (
            "Grantee presentations",
            ItemKind::Presentation,
            45,
            None,
            true,
        ),
        ("Lunch", ItemKind::Meal, 60, Some(at(13, 0)), false),
        ("Working groups", ItemKind::WorkingGroups, 60, None, false),
        ("Plenary review", ItemKind::Plenary, 60, None, false),
        ("Closing", ItemKind::Opening, 30, Some(at(16, 0)), false),
    ];
    spec.iter()
        .enumerate()
        .map(|(n, (title, kind, minutes, start, optional))| {
            let mut item = AgendaItem::new(1, n as u32, *title, *kind, *minutes);
            item.start = *start;
            item.pinned = start.is_some();
            item.optional = *optional;
            item
        })
        .collect()
}

#[test]
fn a_panel_overrunning_by_twenty_minutes() {
    let items = closing_day();
    let refs: Vec<&AgendaItem> = items.iter().collect();
    let slots = plan(&refs, at(9, 0));
    // The panel, planned 10:30–12:00, ends at 12:20.
    let day = Day {
        items: &refs,
        slots: &slots,
        first_remaining: 3,
        from: 12 * 60 + 20,
        min_percent: 50,
    };
    let [shift, shrink, drop] = proposals(&day).try_into().unwrap();
    // Shifting pushes lunch and everything after it, the closing included, 5 minutes later.
    assert_eq!(shift.late_by, 5);
    assert_eq!(shift.items[1].start, 13 * 60 + 5);
    assert!(!shift.on_time());
    // Shrinking the presentations from 45 to 40 minutes keeps lunch at 13:00, on time.
    assert!(shrink.on_time(), "{shrink:?}");
    assert_eq!(shrink.items[0].minutes, 40);
    assert_eq!(shrink.items[1].start, 13 * 60);
    // Dropping the optional presentations also keeps lunch, and the day ends at 16:30.
    assert!(drop.items[0].dropped);
    assert!(drop.on_time());
    assert_eq!(drop.day_end, 16 * 60 + 30);
}

#[test]
fn when_even_the_minimum_does_not_fit_the_overlap_is_reported() {
    let items = closing_day();
    let refs: Vec<&AgendaItem> = items.iter().collect();
    let slots = plan(&refs, at(9, 0));
    let day = Day {
        items: &refs,
        slots: &slots,
        first_remaining: 3,
        from: 12 * 60 + 50,
        min_percent: 50,
    };
    let shrink = propose(&day, Plan::Shrink);
    // 23 minutes is the least the presentations can have; lunch cannot move: 13 minutes clash.
    assert_eq!(shrink.items[0].minutes, 23);
    assert_eq!(shrink.overlap, 13);
    assert!(!shrink.on_time());
}

#[test]
fn applying_a_proposal_is_one_batch_of_item_changes() {
    let items = closing_day();
    let refs: Vec<&AgendaItem> = items.iter().collect();
    let slots = plan(&refs, at(9, 0));
    let day = Day {
        items: &refs,
        slots: &slots,
        first_remaining: 3,
        from: 12 * 60,
        min_percent: 50,
    };
    let drop = propose(&day, Plan::DropOptional);
    match drop.change(&refs) {
        halaqa::model::Change::Batch(changes) => assert!(!changes.is_empty()),
        other => panic!("expected a batch, got {other:?}"),
    }
}

fn arbitrary_day() -> impl Strategy<Value = (Vec<AgendaItem>, usize, u32, u32)> {
    let item = (1u32..180, any::<bool>(), any::<bool>(), 0u32..600);
    (
        proptest::collection::vec(item, 1..12),
        0usize..12,
        0u32..300,
        10u32..100,
    )
        .prop_map(|(spec, first, late, min)| {
            let mut cursor = 8 * 60;
            let items: Vec<AgendaItem> = spec
                .iter()
                .enumerate()
                .map(|(n, (minutes, pinned, optional, gap))| {
                    let mut item = AgendaItem::new(1, n as u32, "x", ItemKind::Other, *minutes);
                    if *pinned {
                        // Pinned items sit at or after the previous planned end.
                        cursor += gap % 60;
                        item.start = NaiveTime::from_hms_opt(cursor / 60 % 24, cursor % 60, 0);
                        item.pinned = cursor < 24 * 60;
                    }
                    item.optional = *optional;
                    cursor += minutes;
                    item
                })
                .collect();
            let first = first % items.len();
            (items, first, late, min)
        })
}

proptest! {
    #[test]
    fn replanning_laws((items, first, late, min) in arbitrary_day()) {
        let refs: Vec<&AgendaItem> = items.iter().collect();
        let slots = plan(&refs, at(8, 0));
        let from = slots[first].start + late;
        let day = Day { items: &refs, slots: &slots, first_remaining: first, from, min_percent: min };
        let shift = propose(&day, Plan::Shift);
        for replan in proposals(&day) {
            let remaining = &refs[first..];
            // The order of items is kept.
            let ids: Vec<_> = replan.items.iter().map(|p| p.id).collect();
            let expected: Vec<_> = remaining.iter().map(|i| i.id).collect();
            prop_assert_eq!(ids, expected);
            for (planned, (item, slot)) in replan.items.iter().zip(remaining.iter().zip(&slots[first..])) {
                // No item shrinks below its minimum, and none grows.
                prop_assert!(planned.minutes * 100 >= item.minutes * min.min(100));
                prop_assert!(planned.minutes <= item.minutes);
                if replan.strategy != Plan::Shift && item.pinned {
                    // Pinned items never move under shrink or drop, and are never dropped.
                    prop_assert_eq!(planned.start, slot.start);
                    prop_assert!(!planned.dropped);
                }
                if planned.dropped {
                    prop_assert!(item.optional && replan.strategy == Plan::DropOptional);
                }
            }
            // Nothing is planned before the moment re-planning starts from, unless pinned.
            for p in replan.items.iter().filter(|p| !p.pinned && !p.dropped) {
                prop_assert!(p.start >= from);
            }
        }
        // Shrinking never ends the day later than shifting.
        prop_assert!(propose(&day, Plan::Shrink).day_end <= shift.day_end);
    }
}
