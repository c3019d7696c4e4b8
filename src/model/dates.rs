//! What changing the workshop's dates does to the records: agenda items keep their day
//! number (day 2 stays day 2 whatever its date), check-ins move with their day, and what
//! would fall outside the new days is listed, so nothing is dropped without a yes.

use super::{Change, RecordRef, Workshop, WorkshopInfo};

/// The changes that put `info` in place, and what they would move or take away.
#[derive(Clone, Debug, PartialEq)]
pub struct DatesPlan {
    /// One batch: items beyond the last day deleted (tombstones, undoable), check-ins moved
    /// or removed, then the new details.
    pub change: Change,
    /// Check-ins that move to their day's new date.
    pub moved_check_ins: usize,
    /// Agenda items on days the workshop no longer has: "Field visit (day 3)".
    pub items_outside: Vec<String>,
    /// Check-ins on days the workshop no longer has.
    pub check_ins_outside: usize,
}

impl DatesPlan {
    /// Whether something would be taken away, so the user must say yes first.
    pub fn drops_anything(&self) -> bool {
        !self.items_outside.is_empty() || self.check_ins_outside > 0
    }
}

/// Plan replacing `workshop`'s details with `info`.
pub fn plan(workshop: &Workshop, info: WorkshopInfo) -> DatesPlan {
    let old = workshop.info();
    let mut changes = Vec::new();
    let mut items_outside = Vec::new();
    for item in workshop.agenda() {
        if item.day > info.days {
            items_outside.push(format!("{} (day {})", item.title, item.day));
            changes.push(Change::Delete(RecordRef::Item(item.id)));
        }
    }
    let (mut moved_check_ins, mut check_ins_outside) = (0, 0);
    for person in workshop.participants() {
        let mut changed = person.clone();
        changed.attendance.clear();
        for attendance in &person.attendance {
            // Only check-ins on one of the old workshop days follow their day.
            let Some(day) = old.day_of_date(attendance.date) else {
                changed.attendance.push(*attendance);
                continue;
            };
            match info.date_of_day(day).filter(|_| day <= info.days) {
                Some(date) => {
                    if date != attendance.date {
                        moved_check_ins += 1;
                    }
                    let mut moved = *attendance;
                    moved.date = date;
                    changed.attendance.push(moved);
                }
                None if info.start.is_none() => changed.attendance.push(*attendance),
                None => check_ins_outside += 1,
            }
        }
        changed.attendance.sort();
        if changed.attendance != person.attendance {
            changes.push(Change::put_participant(changed));
        }
    }
    changes.push(Change::set_info(info));
    DatesPlan {
        change: Change::Batch(changes),
        moved_check_ins,
        items_outside,
        check_ins_outside,
    }
}
