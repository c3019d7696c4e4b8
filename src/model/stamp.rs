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

/// When and on which device a record last changed.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Stamp {
    /// UTC wall time, in whole milliseconds so it survives a round trip through text.
    pub wall: DateTime<Utc>,
    pub counter: u32,
    pub device: DeviceId,
}

impl Stamp {
    /// The stamp of records that have never changed (assets, fresh defaults).
    pub fn zero() -> Self {
        Stamp {
            wall: Utc.timestamp_millis_opt(0).single().unwrap_or_default(),
            counter: 0,
            device: DeviceId::new(""),
        }
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
        };
        clock.observe(&other);
        assert!(clock.tick(t) > other);
    }
}
