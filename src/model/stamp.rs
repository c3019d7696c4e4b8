//! Hybrid logical clock stamps: what makes merging several laptops' files safe.
//!
//! A stamp orders changes by wall time, then a counter (for changes within the same
//! millisecond, or when a clock runs behind one already seen), then the device id as a
//! tie-break, so any two stamps compare the same way on every machine.

use chrono::{DateTime, TimeZone, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Which laptop made a change: a short random name created once per machine.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DeviceId(pub String);

impl DeviceId {
    pub fn new(name: impl Into<String>) -> Self {
        DeviceId(name.into())
    }
}

impl fmt::Display for DeviceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// When and on which device a record last changed, and which other devices' changes this
/// version already takes in (its version vector, so a merge can tell "changed on one side"
/// from "changed on both").
///
/// Stamps order by wall time, counter, device (then `seen`, only so the order is total).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Stamp {
    /// UTC wall time, in whole milliseconds so it survives a round trip through text.
    pub wall: DateTime<Utc>,
    pub counter: u32,
    pub device: DeviceId,
    /// The latest change of each other device that this version was made on top of,
    /// sorted by device. Empty for records only ever changed on one device.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub seen: Vec<Seen>,
    /// Versions this one was not made on top of although its vector reaches past them: a
    /// kept conflict from this same device, still unsettled when the record was edited again
    /// on top of the other side's text. This device's newer entry alone would claim to take
    /// that version in, and a later merge would silently drop the conflict.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unseen: Vec<Seen>,
}

/// One entry of a version vector: a device's latest change that a version takes in.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Seen {
    pub device: DeviceId,
    pub wall: DateTime<Utc>,
    pub counter: u32,
}

impl Ord for Stamp {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (
            &self.wall,
            self.counter,
            &self.device,
            &self.seen,
            &self.unseen,
        )
            .cmp(&(
                &other.wall,
                other.counter,
                &other.device,
                &other.seen,
                &other.unseen,
            ))
    }
}

impl PartialOrd for Stamp {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Stamp {
    /// The stamp of records that have never changed (assets, fresh defaults).
    pub fn zero() -> Self {
        Stamp {
            wall: Utc.timestamp_millis_opt(0).single().unwrap_or_default(),
            counter: 0,
            device: DeviceId::new(""),
            seen: Vec::new(),
            unseen: Vec::new(),
        }
    }

    /// Every device's latest change in this version, this stamp's own included. A record
    /// that never changed (the zero stamp, no device) has an empty vector: every version
    /// takes it in.
    pub fn vector(&self) -> Vec<Seen> {
        let mut all = self.seen.clone();
        all.retain(|s| s.device != self.device && !s.device.0.is_empty());
        if !self.device.0.is_empty() {
            all.push(Seen {
                device: self.device.clone(),
                wall: self.wall,
                counter: self.counter,
            });
        }
        all.sort();
        all
    }

    /// Whether this version takes in everything `other` does: it was made on top of it (or
    /// of something that was), so replacing `other` by it loses nothing.
    pub fn covers(&self, other: &Stamp) -> bool {
        let mine = self.vector();
        let reaches = |theirs: &Seen| {
            mine.iter().any(|m| {
                m.device == theirs.device && (m.wall, m.counter) >= (theirs.wall, theirs.counter)
            })
        };
        let theirs = other.vector();
        theirs.iter().all(reaches) && !theirs.iter().any(|t| self.unseen.contains(t))
    }

    /// This new version of a record, made on top of `previous` while the record still has
    /// kept conflicts `kept`: of each one it did not take in, the entries only this device's
    /// own newer entry would reach are noted as unseen, so the conflict survives later merges
    /// until someone settles it.
    pub fn not_taking_in<'a>(
        mut self,
        previous: &Stamp,
        kept: impl IntoIterator<Item = &'a Stamp>,
    ) -> Stamp {
        let before = previous.vector();
        for conflict in kept {
            if previous.covers(conflict) {
                continue;
            }
            for entry in conflict.vector() {
                let reached_before = before.iter().any(|b| {
                    b.device == entry.device && (b.wall, b.counter) >= (entry.wall, entry.counter)
                });
                if entry.device == self.device && !reached_before && !self.unseen.contains(&entry) {
                    self.unseen.push(entry);
                }
            }
        }
        self.unseen.sort();
        self
    }

    /// This new stamp, made on top of `previous` (and of any `also` versions, e.g. conflicting
    /// ones the user has resolved): it takes in everything they did.
    pub fn on_top_of<'a>(mut self, previous: impl IntoIterator<Item = &'a Stamp>) -> Stamp {
        let previous_stamps: Vec<&Stamp> = previous.into_iter().collect();
        let mut latest: std::collections::BTreeMap<DeviceId, (DateTime<Utc>, u32)> =
            std::collections::BTreeMap::new();
        for stamp in &previous_stamps {
            for seen in stamp.vector() {
                let slot = latest
                    .entry(seen.device)
                    .or_insert((seen.wall, seen.counter));
                *slot = (*slot).max((seen.wall, seen.counter));
            }
        }
        latest.remove(&self.device);
        // What a version before did not take in stays untaken, unless one of the versions
        // this one is made on top of is (or was made on) that version: a settled conflict.
        let vectors: Vec<Vec<Seen>> = previous_stamps.iter().map(|s| s.vector()).collect();
        let mut unseen: Vec<Seen> = previous_stamps
            .iter()
            .flat_map(|s| s.unseen.iter().cloned())
            .filter(|u| !vectors.iter().any(|v| v.contains(u)))
            .collect();
        unseen.sort();
        unseen.dedup();
        self.unseen = unseen;
        self.seen = latest
            .into_iter()
            .map(|(device, (wall, counter))| Seen {
                device,
                wall,
                counter,
            })
            .collect();
        self
    }
}

impl Default for Stamp {
    fn default() -> Self {
        Stamp::zero()
    }
}

/// Hands out stamps that only ever grow, even when the wall clock steps back.
#[derive(Clone, Debug)]
pub struct Clock {
    device: DeviceId,
    last: Stamp,
}

impl Clock {
    pub fn new(device: DeviceId) -> Self {
        Clock {
            device,
            last: Stamp::zero(),
        }
    }

    pub fn device(&self) -> &DeviceId {
        &self.device
    }

    /// The next stamp at wall time `now`.
    pub fn tick(&mut self, now: DateTime<Utc>) -> Stamp {
        let now = truncate_to_millis(now);
        let (wall, counter) = if now > self.last.wall {
            (now, 0)
        } else {
            (self.last.wall, self.last.counter.saturating_add(1))
        };
        self.last = Stamp {
            wall,
            counter,
            device: self.device.clone(),
            seen: Vec::new(),
            unseen: Vec::new(),
        };
        self.last.clone()
    }

    /// Remember a stamp seen in a file or a merge, so later stamps come after it.
    pub fn observe(&mut self, seen: &Stamp) {
        if (&seen.wall, seen.counter) > (&self.last.wall, self.last.counter) {
            self.last.wall = seen.wall;
            self.last.counter = seen.counter;
        }
    }
}

fn truncate_to_millis(t: DateTime<Utc>) -> DateTime<Utc> {
    Utc.timestamp_millis_opt(t.timestamp_millis())
        .single()
        .unwrap_or(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_grow_even_when_the_wall_clock_steps_back() {
        let mut clock = Clock::new(DeviceId::new("a"));
        let t = Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap();
        let first = clock.tick(t);
        let second = clock.tick(t - chrono::Duration::seconds(5));
        let third = clock.tick(t + chrono::Duration::seconds(1));
        assert!(first < second && second < third);
        assert_eq!(second.counter, 1);
        assert_eq!(third.counter, 0);
    }

    #[test]
    fn observing_a_later_stamp_moves_the_clock_past_it() {
        let mut clock = Clock::new(DeviceId::new("a"));
        let t = Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap();
        let other = Stamp {
            wall: t + chrono::Duration::hours(1),
            counter: 3,
            device: DeviceId::new("b"),
            seen: Vec::new(),
            unseen: Vec::new(),
        };
        clock.observe(&other);
        assert!(clock.tick(t) > other);
    }
}
