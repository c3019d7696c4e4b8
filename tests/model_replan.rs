//! Re-planning a late day: the rules a facilitator relies on, as properties.

use chrono::NaiveTime;
use halaqa::model::replan::{Day, Strategy as Plan, proposals, propose};
use halaqa::model::schedule::plan;
use halaqa::model::{AgendaItem, Change, DeviceId, Document, ItemKind, Workshop, WorkshopInfo};
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
    // Shifting keeps lunch at 13:00 (it is fixed) and says the presentations run into it.
    assert_eq!(shift.items[1].start, 13 * 60);
    assert_eq!(shift.overlap, 5);
    assert_eq!(
        shift.clash_sentence(&refs).as_deref(),
        Some("“Grantee presentations” runs 5 min into fixed “Lunch” at 13:00")
    );
    assert!(!shift.on_time());
    // Shrinking the presentations from 45 to 40 minutes keeps lunch at 13:00, on time.
    assert!(shrink.on_time(), "{shrink:?}");
    assert_eq!(shrink.items[0].minutes, 40);
    assert_eq!(shrink.items[1].start, 13 * 60);
    assert!(shrink.clashes.is_empty());
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

/// The closing day in a document, with the panel running 20 minutes late.
fn late_closing_day() -> (Document, Vec<AgendaItem>) {
    let items = closing_day();
    let mut doc = Document::new(
        Workshop::new(WorkshopInfo::titled("Closing session")),
        DeviceId::new("test"),
    );
    let puts = items.iter().cloned().map(Change::put_item).collect();
    doc.apply(Change::Batch(puts)).unwrap();
    (doc, items)
}

fn proposal(doc: &Document, strategy: Plan, from: u32) -> halaqa::model::replan::Replan {
    let refs = doc.workshop().agenda_of_day(1);
    let slots = doc.workshop().day_plan(1);
    let day = Day {
        items: &refs,
        slots: &slots,
        first_remaining: 3,
        from,
        min_percent: 50,
    };
    propose(&day, strategy)
}

fn item<'a>(doc: &'a Document, title: &str) -> &'a AgendaItem {
    let found = doc
        .workshop()
        .agenda()
        .into_iter()
        .find(|i| i.title == title);
    found.unwrap()
}

#[test]
fn dropping_marks_the_item_keeps_the_plan_and_can_be_undone_by_restoring() {
    let (mut doc, _) = late_closing_day();
    let drop = proposal(&doc, Plan::DropOptional, 12 * 60);
    doc.apply(drop.change(doc.workshop(), 1)).unwrap();
    let dropped = item(&doc, "Grantee presentations");
    // Still in the agenda, marked dropped, with its place in the agreed plan.
    assert!(dropped.dropped && !dropped.deleted);
    assert_eq!(
        dropped.baseline.map(|b| (b.start, b.minutes)),
        Some((at(12, 0), 45))
    );
    // Every item now carries the plan as agreed: the report's Planned column.
    let lunch = item(&doc, "Lunch");
    assert_eq!(lunch.baseline.map(|b| b.start), Some(at(13, 0)));
    // A dropped item takes no time, and comes back when restored.
    let id = dropped.id;
    let restore = doc.workshop().restore_dropped(id).unwrap();
    doc.apply(restore).unwrap();
    assert!(!item(&doc, "Grantee presentations").dropped);
    assert!(doc.workshop().restore_dropped(id).is_none());
}

#[test]
fn re_planned_items_that_follow_on_get_no_fixed_start() {
    let (mut doc, _) = late_closing_day();
    let shrink = proposal(&doc, Plan::Shrink, 12 * 60 + 20);
    doc.apply(shrink.change(doc.workshop(), 1)).unwrap();
    // The shrunk presentations start at 12:20 after the (late) panel: a fixed start there.
    let presentations = item(&doc, "Grantee presentations");
    assert_eq!(
        (presentations.start, presentations.minutes),
        (Some(at(12, 20)), 40)
    );
    // The working groups simply follow lunch: no fixed start that could leave a silent gap.
    assert_eq!(item(&doc, "Working groups").start, None);
    // The pinned closing keeps its time; the baseline keeps the agreed 45 minutes.
    assert_eq!(item(&doc, "Closing").start, Some(at(16, 0)));
    assert_eq!(presentations.baseline.map(|b| b.minutes), Some(45));
}

#[test]
fn the_first_start_freezes_the_plan() {
    let (mut doc, _) = late_closing_day();
    assert!(!doc.workshop().plan_frozen());
    let opening = item(&doc, "Opening").id;
    let now = chrono::NaiveDate::from_ymd_opt(2026, 3, 1)
        .unwrap()
        .and_hms_opt(9, 2, 0)
        .unwrap();
    let start = doc.workshop().start_item(opening, now).unwrap();
    doc.apply(start).unwrap();
    assert!(doc.workshop().plan_frozen());
    assert!(item(&doc, "Opening").actual_start.is_some());
    for item in doc.workshop().agenda() {
        assert!(item.baseline.is_some(), "{} has no baseline", item.title);
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
                if item.pinned {
                    // Pinned items never move under any strategy, and are never dropped.
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

    #[test]
    fn replanning_keeps_the_plan((items, first, late, min) in arbitrary_day()) {
        let mut doc = Document::new(
            Workshop::new(WorkshopInfo::titled("Day")),
            DeviceId::new("test"),
        );
        doc.apply(Change::Batch(items.iter().cloned().map(Change::put_item).collect())).unwrap();
        doc.apply(doc.workshop().freeze_plan()).unwrap();
        let before = doc.workshop().clone();
        let refs = before.agenda_of_day(1);
        let slots = before.day_plan(1);
        let from = slots[first].start + late;
        let day = Day { items: &refs, slots: &slots, first_remaining: first, from, min_percent: min };
        for replan in proposals(&day) {
            // Every clash names a pinned item and a flexible one that really share minutes.
            for clash in &replan.clashes {
                prop_assert!(clash.minutes > 0);
                prop_assert!(before.item(clash.pinned).is_some_and(|i| i.pinned));
            }
            let mut after = doc.clone();
            after.apply(replan.change(&before, 1)).unwrap();
            let agenda = after.workshop().agenda_of_day(1);
            // No item is lost; dropped ones are marked.
            prop_assert_eq!(agenda.len(), refs.len());
            for (old, new) in refs.iter().zip(&agenda) {
                // The baseline is unchanged.
                prop_assert_eq!(old.baseline, new.baseline);
                // Pinned items keep their start.
                if old.pinned {
                    prop_assert_eq!(old.start, new.start);
                    prop_assert!(!new.dropped);
                }
            }
            // The schedule applied is the one proposed (up to midnight: a start past it has no
            // time of day to be written as).
            let planned = after.workshop().day_plan(1);
            for (p, slot) in replan.items.iter().zip(&planned[first..]) {
                if !p.dropped && p.start < 24 * 60 {
                    prop_assert_eq!(p.start, slot.start, "{:?}", replan.strategy);
                }
            }
        }
    }
}
