//! Overlaps and gaps in a day's schedule, so they are seen on the agenda lines and by
//! `halaqa check` instead of only when re-planning. Items in different rooms may overlap on
//! purpose; only items of the same room are compared.

use super::schedule::{Slot, clock_text, minute_of};
use super::{AgendaItem, Id, Workshop};

/// A gap shorter than this is a changeover, not a problem.
pub const GAP_MINUTES: u32 = 5;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TimingProblem {
    /// `later` starts `minutes` before `earlier` (same room) has ended.
    Overlap {
        earlier: Id,
        later: Id,
        minutes: u32,
    },
    /// Nothing is planned in the main room for `minutes` before `later` (which has a fixed
    /// start).
    Gap { later: Id, from: u32, minutes: u32 },
    /// The day's plan ends at `ends`, after the hour the day is meant to end (`day_end`);
    /// `last` is the item that ends last.
    PastDayEnd { last: Id, ends: u32, day_end: u32 },
}

impl TimingProblem {
    /// Whether the problem concerns item `id`.
    pub fn involves(&self, id: Id) -> bool {
        match self {
            TimingProblem::Overlap { earlier, later, .. } => *earlier == id || *later == id,
            TimingProblem::Gap { later, .. } => *later == id,
            TimingProblem::PastDayEnd { last, .. } => *last == id,
        }
    }

    /// In words, with titles and times from `workshop`.
    pub fn sentence(&self, workshop: &Workshop) -> String {
        let title = |id: &Id| {
            workshop
                .item(*id)
                .map_or_else(|| "an item".to_string(), |i| i.title.clone())
        };
        match self {
            TimingProblem::Overlap {
                earlier,
                later,
                minutes,
            } => format!(
                "“{}” starts {minutes} min before “{}” ends",
                title(later),
                title(earlier)
            ),
            TimingProblem::Gap {
                later,
                from,
                minutes,
            } => format!(
                "{minutes} min with nothing planned from {} until “{}”",
                clock_text(*from),
                title(later)
            ),
            TimingProblem::PastDayEnd {
                last,
                ends,
                day_end,
            } => format!(
                "the day ends {}, {} min past its end ({}), with “{}”",
                clock_text(*ends),
                ends - day_end,
                clock_text(*day_end),
                title(last)
            ),
        }
    }
}

/// The overlaps and gaps of one day's items and slots (from [`super::schedule::plan`]).
pub fn problems(items: &[&AgendaItem], slots: &[Slot]) -> Vec<TimingProblem> {
    let mut found = Vec::new();
    let timed: Vec<(&AgendaItem, &Slot)> = items
        .iter()
        .copied()
        .zip(slots)
        .filter(|(_, s)| s.end > s.start)
        .collect();
    for (index, (item, slot)) in timed.iter().enumerate() {
        // Against whatever of this room ends last before it (a long item may outlast a
        // shorter one placed after it).
        let before = timed[..index]
            .iter()
            .filter(|(other, _)| other.same_room(item))
            .max_by_key(|(_, s)| s.end);
        let Some((previous, previous_slot)) = before else {
            continue;
        };
        if slot.start < previous_slot.end {
            found.push(TimingProblem::Overlap {
                earlier: previous.id,
                later: item.id,
                minutes: previous_slot.end - slot.start,
            });
        } else if item.start.is_some() && slot.start >= previous_slot.end + GAP_MINUTES {
            // Only the main room's gaps matter: a parallel room may well finish early.
            if item.room.trim().is_empty() {
                found.push(TimingProblem::Gap {
                    later: item.id,
                    from: previous_slot.end,
                    minutes: slot.start - previous_slot.end,
                });
            }
        }
    }
    found
}

impl Workshop {
    /// The overlaps and gaps of `day`'s schedule, and its running past the day's end when
    /// the workshop says when its days end.
    pub fn timing_problems(&self, day: u16) -> Vec<TimingProblem> {
        let items = self.agenda_of_day(day);
        let slots = self.day_plan(day);
        let mut found = problems(&items, &slots);
        let day_end = self.info().settings.end_of_day(day).map(minute_of);
        let last = items
            .iter()
            .zip(&slots)
            .filter(|(item, _)| !item.dropped)
            // On a tie the main room's item is named: it is what the room waits for.
            .max_by_key(|(item, slot)| (slot.end, item.room.trim().is_empty()));
        if let (Some(day_end), Some((item, slot))) = (day_end, last)
            && slot.end > day_end
        {
            found.push(TimingProblem::PastDayEnd {
                last: item.id,
                ends: slot.end,
                day_end,
            });
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ItemKind;
    use crate::model::schedule::plan;
    use chrono::NaiveTime;

    fn at(h: u32, m: u32) -> Option<NaiveTime> {
        NaiveTime::from_hms_opt(h, m, 0)
    }

    #[test]
    fn a_pinned_panel_that_runs_into_prayer_is_an_overlap_and_a_fixed_lunch_leaves_a_gap() {
        let mut panel = AgendaItem::new(1, 1, "Panel", ItemKind::Panel, 90);
        panel.start = at(11, 0);
        let mut prayer = AgendaItem::new(1, 2, "Dhuhr prayer", ItemKind::Prayer, 15);
        prayer.start = at(12, 0);
        let mut lunch = AgendaItem::new(1, 3, "Lunch", ItemKind::Meal, 60);
        lunch.start = at(13, 0);
        let items = [&panel, &prayer, &lunch];
        let found = problems(&items, &plan(&items, NaiveTime::MIN));
        assert_eq!(
            found,
            [
                TimingProblem::Overlap {
                    earlier: panel.id,
                    later: prayer.id,
                    minutes: 30
                },
                TimingProblem::Gap {
                    later: lunch.id,
                    from: 12 * 60 + 30,
                    minutes: 30
                }
            ]
        );
    }

    #[test]
    fn parallel_rooms_overlap_on_purpose() {
        let opening = AgendaItem::new(1, 1, "Opening", ItemKind::Opening, 30);
        let mut a = AgendaItem::new(1, 2, "Water", ItemKind::WorkingGroups, 60);
        a.room = "A".into();
        let mut b = AgendaItem::new(1, 3, "Health", ItemKind::WorkingGroups, 60);
        b.room = "B".into();
        let items = [&opening, &a, &b];
        let slots = plan(&items, NaiveTime::MIN);
        assert!(problems(&items, &slots).is_empty());
    }

    #[test]
    fn a_day_planned_past_its_end_is_a_problem_of_its_last_item_and_dropping_it_fits() {
        use crate::model::{Change, DeviceId, Document, WorkshopInfo};
        let mut info = WorkshopInfo::titled("t");
        info.settings.day_start = NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default();
        info.settings.day_end = at(12, 0);
        let mut doc = Document::new(Workshop::new(info), DeviceId::new("t"));
        let panel = AgendaItem::new(1, 1, "Panel", ItemKind::Panel, 150);
        let mut wrap = AgendaItem::new(1, 2, "Wrap-up", ItemKind::Plenary, 45);
        wrap.optional = true;
        let wrap_id = wrap.id;
        let changes = vec![Change::put_item(panel), Change::put_item(wrap.clone())];
        assert!(doc.apply(Change::Batch(changes)).is_ok());
        let found = doc.workshop().timing_problems(1);
        assert_eq!(
            found,
            [TimingProblem::PastDayEnd {
                last: wrap_id,
                ends: 12 * 60 + 15,
                day_end: 12 * 60
            }]
        );
        assert_eq!(
            found[0].sentence(doc.workshop()),
            "the day ends 12:15, 15 min past its end (12:00), with “Wrap-up”"
        );
        wrap.dropped = true;
        assert!(doc.apply(Change::put_item(wrap)).is_ok());
        assert!(doc.workshop().timing_problems(1).is_empty());
    }
}
