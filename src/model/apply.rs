//! The one door: [`Workshop::apply`] validates a change, makes it, stamps what it touched
//! and returns the change that undoes it.

use super::change::Inverse;
use super::record::Record;
use super::rollback::Journal;
use super::{
    AgendaItem, ApplyError, Attribution, Change, Entry, Group, Id, Participant, RecordRef, Records,
    Stamp, Workshop, WorkshopInfo,
};
use super::{Conflict, ConflictTarget};

/// The stamp of a new version is made on top of the version it replaces, so a merge knows it
/// takes that one in — and not on top of the record's kept conflicts (`kept`), which only
/// settling them takes in.
fn put<R: Record>(list: &mut Records<R>, mut record: R, stamp: Stamp, kept: &[Stamp]) -> Option<R> {
    *record.stamp_mut() = match list.get(record.id()) {
        Some(previous) => stamp
            .on_top_of([previous.stamp()])
            .not_taking_in(previous.stamp(), kept),
        None => stamp,
    };
    list.put(record)
}

fn find_mut<R: Record>(list: &mut Records<R>, id: Id) -> Result<&mut R, ApplyError> {
    list.get_mut(id)
        .ok_or(ApplyError::UnknownRecord { what: R::NOUN, id })
}

fn set_deleted<R: Record>(
    list: &mut Records<R>,
    id: Id,
    deleted: bool,
    stamp: Stamp,
    kept: &[Stamp],
) -> Result<(), ApplyError> {
    let record = find_mut(list, id)?;
    if *record.deleted_mut() == deleted {
        return Err(if deleted {
            ApplyError::AlreadyDeleted { what: R::NOUN, id }
        } else {
            ApplyError::NotDeleted { what: R::NOUN, id }
        });
    }
    *record.deleted_mut() = deleted;
    let stamped = stamp
        .on_top_of([record.stamp()])
        .not_taking_in(record.stamp(), kept);
    *record.stamp_mut() = stamped;
    Ok(())
}

fn remove<R: Record>(list: &mut Records<R>, id: Id) -> Result<R, ApplyError> {
    list.remove(id)
        .ok_or(ApplyError::UnknownRecord { what: R::NOUN, id })
}

/// The inverse of a put: give back what was there, or take out what was added.
fn undo_put(old: Option<Change>, added: RecordRef) -> Change {
    old.unwrap_or(Change::Remove(Inverse(added)))
}

impl Workshop {
    /// Validate and make one change, stamping every record it touches with `stamp`.
    /// Returns the change that undoes it. On error nothing has changed.
    pub fn apply(&mut self, change: Change, stamp: Stamp) -> Result<Change, ApplyError> {
        match change {
            Change::SetInfo(info) => {
                self.check_info(&info)?;
                let mut info = *info;
                let kept = self.kept_stamps(ConflictTarget::Info);
                info.stamp = stamp
                    .on_top_of([&self.info.stamp])
                    .not_taking_in(&self.info.stamp, &kept);
                let old = std::mem::replace(&mut self.info, info);
                Ok(Change::SetInfo(Box::new(old)))
            }
            Change::PutItem(item) => {
                self.check_item(&item)?;
                let added = RecordRef::Item(item.id);
                let kept = self.kept_stamps(ConflictTarget::Record(added));
                let old = put(&mut self.agenda, *item, stamp, &kept).map(Change::put_item);
                Ok(undo_put(old, added))
            }
            Change::PutParticipant(person) => {
                if !person.erased && person.name.trim().is_empty() {
                    return Err(ApplyError::Empty {
                        what: "a participant's name",
                    });
                }
                let added = RecordRef::Participant(person.id);
                let kept = self.kept_stamps(ConflictTarget::Record(added));
                let old =
                    put(&mut self.participants, *person, stamp, &kept).map(Change::put_participant);
                Ok(undo_put(old, added))
            }
            Change::PutGroup(group) => {
                self.check_group(&group)?;
                let added = RecordRef::Group(group.id);
                let kept = self.kept_stamps(ConflictTarget::Record(added));
                let old = put(&mut self.groups, *group, stamp, &kept).map(Change::put_group);
                Ok(undo_put(old, added))
            }
            Change::PutEntry(entry) => {
                self.check_entry(&entry)?;
                let added = RecordRef::Entry(entry.id);
                let kept = self.kept_stamps(ConflictTarget::Record(added));
                let old = put(&mut self.entries, *entry, stamp, &kept).map(Change::put_entry);
                Ok(undo_put(old, added))
            }
            Change::Delete(target) => {
                self.set_deleted(target, true, stamp)?;
                Ok(Change::Restore(target))
            }
            Change::Restore(target) => {
                self.set_deleted(target, false, stamp)?;
                Ok(Change::Delete(target))
            }
            Change::Remove(target) => self.remove(target.0),
            Change::Batch(changes) => {
                let mut journal = Journal::new();
                let done = self.apply_batch(changes, stamp, &mut journal);
                if done.is_err() {
                    self.roll_back(journal);
                }
                done
            }
            Change::ResolveConflicts(target) => self.resolve_conflicts(target, stamp),
            Change::Merge(theirs) => {
                if theirs.format != self.format {
                    return Err(ApplyError::NotTheSameFormat);
                }
                if !self.same_workshop_as(&theirs) {
                    return Err(ApplyError::NotTheSameWorkshop);
                }
                let merged = super::merge::merge(self, &theirs);
                let before = std::mem::replace(self, merged);
                Ok(Change::Replace(Inverse(Box::new(before))))
            }
            Change::Replace(Inverse(state)) => {
                let before = std::mem::replace(self, *state);
                Ok(Change::Replace(Inverse(Box::new(before))))
            }
            Change::RestoreConflicts(Inverse(versions)) => {
                self.conflicts.extend(versions.iter().cloned());
                self.conflicts.sort_by(Conflict::order);
                Ok(Change::DropConflicts(Inverse(versions)))
            }
            Change::DropConflicts(Inverse(versions)) => {
                // Work on a copy, so a version that is not there refuses the whole change.
                let mut kept = self.conflicts.clone();
                for version in &versions {
                    let index = kept.iter().position(|c| c == version).ok_or(
                        ApplyError::UnknownRecord {
                            what: "conflict",
                            id: version.target().id(),
                        },
                    )?;
                    kept.remove(index);
                }
                self.conflicts = kept;
                Ok(Change::RestoreConflicts(Inverse(versions)))
            }
        }
    }

    /// Make a batch's changes in order, saving in `journal` what each is about to touch; a
    /// nested batch shares the journal. On error the caller rolls the journal back, so the
    /// records come back exactly, stamps included (see [`super::rollback`]).
    fn apply_batch(
        &mut self,
        changes: Vec<Change>,
        stamp: Stamp,
        journal: &mut Journal,
    ) -> Result<Change, ApplyError> {
        let mut inverses = Vec::with_capacity(changes.len());
        for change in changes {
            let inverse = match change {
                Change::Batch(inner) => self.apply_batch(inner, stamp.clone(), journal)?,
                one => {
                    self.save_before(&one, journal);
                    self.apply(one, stamp.clone())?
                }
            };
            inverses.push(inverse);
        }
        inverses.reverse();
        Ok(Change::Batch(inverses))
    }

    fn set_deleted(
        &mut self,
        target: RecordRef,
        deleted: bool,
        stamp: Stamp,
    ) -> Result<(), ApplyError> {
        let kept = self.kept_stamps(ConflictTarget::Record(target));
        match target {
            RecordRef::Item(id) => set_deleted(&mut self.agenda, id, deleted, stamp, &kept),
            RecordRef::Participant(id) => {
                set_deleted(&mut self.participants, id, deleted, stamp, &kept)
            }
            RecordRef::Group(id) => set_deleted(&mut self.groups, id, deleted, stamp, &kept),
            RecordRef::Entry(id) => set_deleted(&mut self.entries, id, deleted, stamp, &kept),
        }
    }

    /// The stamps of the kept conflict versions of `target`.
    fn kept_stamps(&self, target: ConflictTarget) -> Vec<Stamp> {
        self.conflicts
            .iter()
            .filter(|c| c.target() == target)
            .map(|c| c.stamp().clone())
            .collect()
    }

    fn remove(&mut self, target: RecordRef) -> Result<Change, ApplyError> {
        Ok(match target {
            RecordRef::Item(id) => Change::put_item(remove(&mut self.agenda, id)?),
            RecordRef::Participant(id) => {
                Change::put_participant(remove(&mut self.participants, id)?)
            }
            RecordRef::Group(id) => Change::put_group(remove(&mut self.groups, id)?),
            RecordRef::Entry(id) => Change::put_entry(remove(&mut self.entries, id)?),
        })
    }

    fn require_participant(&self, id: Id) -> Result<&Participant, ApplyError> {
        self.participant(id).ok_or(ApplyError::UnknownRecord {
            what: "participant",
            id,
        })
    }

    fn check_info(&self, info: &WorkshopInfo) -> Result<(), ApplyError> {
        if info.days == 0 {
            return Err(ApplyError::NoDays);
        }
        let settings = &info.settings;
        if settings.youth_min_age > settings.youth_max_age {
            return Err(ApplyError::YouthRange {
                min: settings.youth_min_age,
                max: settings.youth_max_age,
            });
        }
        if let Some(end) = settings.day_end
            && end <= settings.day_start
        {
            return Err(ApplyError::DayEndsBeforeStart {
                start: settings.day_start.format("%H:%M").to_string(),
                end: end.format("%H:%M").to_string(),
            });
        }
        for hours in &settings.day_hours {
            if let Some(end) = hours.end
                && end <= hours.start
            {
                return Err(ApplyError::DayEndsBeforeStart {
                    start: hours.start.format("%H:%M").to_string(),
                    end: end.format("%H:%M").to_string(),
                });
            }
        }
        let zone = info.time_zone.trim();
        if !zone.is_empty() && zone.parse::<chrono_tz::Tz>().is_err() {
            return Err(ApplyError::UnknownTimeZone {
                zone: zone.to_string(),
            });
        }
        let last_day = self.agenda().iter().map(|i| i.day).max().unwrap_or(1);
        if last_day > info.days {
            return Err(ApplyError::ItemsBeyondLastDay {
                day: last_day,
                days: info.days,
            });
        }
        Ok(())
    }

    fn check_item(&self, item: &AgendaItem) -> Result<(), ApplyError> {
        if item.title.trim().is_empty() {
            return Err(ApplyError::Empty {
                what: "an agenda item's title",
            });
        }
        if item.minutes == 0 {
            return Err(ApplyError::ZeroDuration);
        }
        if item.day == 0 || item.day > self.info.days {
            return Err(ApplyError::DayOutOfRange {
                day: item.day,
                days: self.info.days,
            });
        }
        if let (Some(start), Some(end)) = (item.actual_start, item.actual_end)
            && end < start
        {
            return Err(ApplyError::EndBeforeStart);
        }
        let people = item.speakers.iter().chain(item.moderator.iter());
        for person in people {
            if let super::PersonRef::Participant(id) = person {
                self.require_participant(*id)?;
            }
        }
        Ok(())
    }

    fn check_group(&self, group: &Group) -> Result<(), ApplyError> {
        if group.name.trim().is_empty() {
            return Err(ApplyError::Empty {
                what: "a group's name",
            });
        }
        let people = group
            .facilitator
            .iter()
            .chain(group.note_taker.iter())
            .chain(group.members.iter());
        for id in people {
            self.require_participant(*id)?;
        }
        if let Some(id) = group.agenda_item {
            self.item(id).ok_or(ApplyError::UnknownRecord {
                what: "agenda item",
                id,
            })?;
        }
        Ok(())
    }

    fn check_entry(&self, entry: &Entry) -> Result<(), ApplyError> {
        if let Some(id) = entry.group {
            self.group(id)
                .ok_or(ApplyError::UnknownRecord { what: "group", id })?;
        }
        if let Some(id) = entry.agenda_item {
            self.item(id).ok_or(ApplyError::UnknownRecord {
                what: "agenda item",
                id,
            })?;
        }
        for &id in &entry.links {
            if id == entry.id {
                return Err(ApplyError::SelfLink);
            }
            self.entry(id)
                .ok_or(ApplyError::UnknownRecord { what: "entry", id })?;
        }
        let person = entry
            .attributed
            .map(|id| self.require_participant(id))
            .transpose()?;
        if entry.attribution == Attribution::Named {
            let person = person.ok_or(ApplyError::NamedWithoutPerson)?;
            if person.erased || !person.consent.named_quote.given() {
                let who = if person.erased {
                    "an erased participant".to_string()
                } else {
                    person.name.clone()
                };
                return Err(ApplyError::NoNamedConsent { who });
            }
        }
        Ok(())
    }
}
