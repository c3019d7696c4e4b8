//! The door: a check-in counts only on one of the workshop's days (anything else would show on
//! screen and then vanish from the figures), and a second Enter never takes a check-in back —
//! checking out is its own step, so a double tap at a busy door changes nothing.

use super::{Attendance, Change, Id, Workshop, WorkshopInfo};
use chrono::{NaiveDate, NaiveTime};
use thiserror::Error;

/// How dates are said at the door: "Mon 10 Mar 2025".
const DATE: &str = "%a %-d %b %Y";

/// Why a date cannot take check-ins (or start agenda items).
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum DoorError {
    #[error("{date} is not a workshop day ({span})")]
    NotAWorkshopDay { date: String, span: String },
    #[error(
        "the workshop has no start date yet, so no check-in can count: set its dates in the workshop details (Overview e)"
    )]
    NoDates,
    #[error("that person is no longer in the workshop")]
    Unknown,
}

/// What Enter at the door did, or would do.
#[derive(Clone, Debug, PartialEq)]
pub enum CheckIn {
    /// The change that records the check-in.
    Record(Change),
    /// Already checked in that day, at this time: nothing to change.
    Already(NaiveTime),
}

impl WorkshopInfo {
    /// Every day of the workshop with its date (empty without a start date).
    pub fn dated_days(&self) -> Vec<(u16, NaiveDate)> {
        (1..=self.days)
            .filter_map(|day| self.date_of_day(day).map(|date| (day, date)))
            .collect()
    }

    /// "Mon 10 Mar 2025 to Tue 11 Mar 2025", or "Mon 10 Mar 2025 only".
    pub fn span_text(&self) -> String {
        let days = self.dated_days();
        match (days.first(), days.last()) {
            (Some((_, first)), Some((_, last))) if first == last => {
                format!("{} only", first.format(DATE))
            }
            (Some((_, first)), Some((_, last))) => {
                format!("{} to {}", first.format(DATE), last.format(DATE))
            }
            _ => "no days".to_string(),
        }
    }

    /// Which workshop day `date` is, or the sentence that says why it is none.
    pub fn workshop_day(&self, date: NaiveDate) -> Result<u16, DoorError> {
        if self.start.is_none() {
            return Err(DoorError::NoDates);
        }
        self.day_of_date(date)
            .ok_or_else(|| DoorError::NotAWorkshopDay {
                date: date.format(DATE).to_string(),
                span: self.span_text(),
            })
    }
}

impl Workshop {
    /// Check `person` in on `date` at `time` (to the second). Refused on a date that is not a
    /// workshop day; a person already checked in that day is left as they are.
    pub fn check_in(
        &self,
        person: Id,
        date: NaiveDate,
        time: NaiveTime,
    ) -> Result<CheckIn, DoorError> {
        self.info.workshop_day(date)?;
        let record = self.participant(person).ok_or(DoorError::Unknown)?;
        if let Some(already) = record.attendance.iter().find(|a| a.date == date) {
            return Ok(CheckIn::Already(already.time));
        }
        let mut edited = record.clone();
        edited.attendance.push(Attendance { date, time });
        edited.attendance.sort();
        Ok(CheckIn::Record(Change::put_participant(edited)))
    }

    /// Take back `person`'s check-in of `date` (checking out at the door); `None` when they
    /// were not checked in that day.
    pub fn check_out(&self, person: Id, date: NaiveDate) -> Option<Change> {
        let record = self.participant(person)?;
        if !record.attended_on(date) {
            return None;
        }
        let mut edited = record.clone();
        edited.attendance.retain(|a| a.date != date);
        Some(Change::put_participant(edited))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DeviceId, Document, Participant};

    fn date(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 3, d).unwrap()
    }

    fn doc(start: Option<NaiveDate>, days: u16) -> (Document, Id) {
        let mut info = WorkshopInfo::titled("Closing session");
        info.start = start;
        info.days = days;
        let mut doc = Document::new(Workshop::new(info), DeviceId::new("t"));
        let person = Participant::new("Zainab Kadhim");
        let id = person.id;
        doc.apply(Change::put_participant(person)).unwrap();
        (doc, id)
    }

    #[test]
    fn a_check_in_on_another_day_is_refused_in_one_sentence() {
        let (doc, id) = doc(Some(date(10)), 2);
        let nine = NaiveTime::from_hms_opt(9, 12, 7).unwrap();
        let refused = doc.workshop().check_in(id, date(12), nine).unwrap_err();
        assert_eq!(
            refused.to_string(),
            "Wed 12 Mar 2025 is not a workshop day (Mon 10 Mar 2025 to Tue 11 Mar 2025)"
        );
        let (undated, id) = doc_without_dates();
        assert_eq!(
            undated.workshop().check_in(id, date(10), nine),
            Err(DoorError::NoDates)
        );
    }

    fn doc_without_dates() -> (Document, Id) {
        doc(None, 1)
    }

    #[test]
    fn a_second_check_in_changes_nothing_and_check_out_takes_it_back() {
        let (mut doc, id) = doc(Some(date(10)), 1);
        let first = NaiveTime::from_hms_opt(9, 12, 7).unwrap();
        let Ok(CheckIn::Record(change)) = doc.workshop().check_in(id, date(10), first) else {
            panic!("a first check-in records");
        };
        doc.apply(change).unwrap();
        let again = NaiveTime::from_hms_opt(9, 12, 30).unwrap();
        assert_eq!(
            doc.workshop().check_in(id, date(10), again),
            Ok(CheckIn::Already(first))
        );
        let out = doc.workshop().check_out(id, date(10)).unwrap();
        doc.apply(out).unwrap();
        assert!(
            !doc.workshop()
                .participant(id)
                .unwrap()
                .attended_on(date(10))
        );
        assert_eq!(doc.workshop().check_out(id, date(10)), None);
    }

    #[test]
    fn check_in_times_keep_seconds_and_old_minute_times_still_load() {
        let at = Attendance {
            date: date(10),
            time: NaiveTime::from_hms_opt(9, 12, 7).unwrap(),
        };
        let text = ron::to_string(&at).unwrap();
        assert!(text.contains("\"09:12:07\""), "{text}");
        let old: Attendance = ron::from_str("(date: \"2025-03-10\", time: \"09:12\")").unwrap();
        assert_eq!(old.time, NaiveTime::from_hms_opt(9, 12, 0).unwrap());
    }
}
