//! The workshop: its description and its four collections of records.

use super::{AgendaItem, Conflict, Entry, EntryKind, Group, Id, Participant, Records, Stamp};
use chrono::{Days, NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

/// Written at the top of every file, so a reader knows what it holds.
pub const FORMAT_NAME: &str = "halaqa";
/// The file format this build writes. Older files are migrated on load.
pub const FORMAT_VERSION: u32 = 1;

/// Workshop-wide choices that are not content.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// When each day's first item starts unless it has its own start.
    pub day_start: NaiveTime,
    /// Inclusive age range counted as youth in the participation figures.
    pub youth_min_age: u32,
    pub youth_max_age: u32,
    /// Count the team (staff, facilitators, note-takers, interpreters) in the participation
    /// figures. Off by default: donors ask who took part, not who ran it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub count_team: bool,
    /// When the day is meant to end (a default for every day); not given in older files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_end: Option<NaiveTime>,
    /// Days whose hours differ from the default (day 2 starts at 08:30); not given in older
    /// files.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub day_hours: Vec<DayHours>,
    /// The two-letter code of the country the workshop is in, whose phone numbers people
    /// write without a country code; empty: Iraq. Not given in older files.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub country: String,
    /// How registration lists were mapped, by the header row they had, so the next list
    /// with the same header is read the same way (the newest last, a few kept).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub import_mappings: Vec<ImportMapping>,
    /// The k of the anonymised report: the fewest people a figure, an organisation named as
    /// a source, or a "CSO in Basra" may stand for; `None` (not in the file) is the default,
    /// [`DEFAULT_ANONYMITY_K`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anonymity_k: Option<u32>,
}

/// The columns a user chose for a registration list with a given header row.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportMapping {
    /// A hash of the header row (its cells as written), in hex.
    pub header: String,
    /// Field name (as `--map` takes it) and column (a header as written, or empty: none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub map: Vec<(String, String)>,
    /// Columns left out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ignore: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

/// How many remembered mappings a workshop keeps; older ones are forgotten.
pub const REMEMBERED_MAPPINGS: usize = 20;

/// The k an anonymised report uses unless the workshop sets its own.
pub const DEFAULT_ANONYMITY_K: u32 = 5;

/// One day's own start (and end), where it differs from the workshop's default.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayHours {
    pub day: u16,
    pub start: NaiveTime,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<NaiveTime>,
}

impl Settings {
    /// The mapping remembered for a header row's hash.
    pub fn import_mapping(&self, header: &str) -> Option<&ImportMapping> {
        self.import_mappings
            .iter()
            .rev()
            .find(|m| m.header == header)
    }

    /// Remember `mapping`, replacing the one for the same header, forgetting the oldest
    /// beyond [`REMEMBERED_MAPPINGS`].
    pub fn remember_import_mapping(&mut self, mapping: ImportMapping) {
        self.import_mappings.retain(|m| m.header != mapping.header);
        self.import_mappings.push(mapping);
        let extra = self
            .import_mappings
            .len()
            .saturating_sub(REMEMBERED_MAPPINGS);
        self.import_mappings.drain(..extra);
    }

    /// The k as set (0 and 1 included: the report clamps and says so), else the default.
    pub fn anonymity_k(&self) -> u32 {
        self.anonymity_k.unwrap_or(DEFAULT_ANONYMITY_K)
    }

    /// When day `day` starts unless an item says otherwise: its own hour, else the default.
    pub fn start_of_day(&self, day: u16) -> NaiveTime {
        self.day_hours
            .iter()
            .find(|h| h.day == day)
            .map_or(self.day_start, |h| h.start)
    }

    /// When day `day` is meant to end, if that is known.
    pub fn end_of_day(&self, day: u16) -> Option<NaiveTime> {
        match self.day_hours.iter().find(|h| h.day == day) {
            Some(hours) => hours.end.or(self.day_end),
            None => self.day_end,
        }
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            day_start: NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default(),
            youth_min_age: 18,
            youth_max_age: 29,
            count_team: false,
            day_end: None,
            day_hours: Vec::new(),
            country: String::new(),
            import_mappings: Vec::new(),
            anonymity_k: None,
        }
    }
}

/// What the workshop is: everything but the records. One merge unit with its own stamp.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkshopInfo {
    pub stamp: Stamp,
    pub title: String,
    pub subtitle: String,
    pub description: String,
    pub organisers: Vec<String>,
    pub partners: Vec<String>,
    pub donors: Vec<String>,
    pub programme: String,
    /// The grant or reference number the donor knows the workshop by.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reference: String,
    pub venue: String,
    pub city: String,
    pub start: Option<NaiveDate>,
    pub days: u16,
    /// The venue's IANA time zone, e.g. "Asia/Baghdad"; empty when not given.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub time_zone: String,
    pub objectives: Vec<String>,
    pub languages: Vec<String>,
    pub settings: Settings,
}

impl WorkshopInfo {
    pub fn titled(title: impl Into<String>) -> Self {
        WorkshopInfo {
            title: title.into(),
            days: 1,
            ..WorkshopInfo::default()
        }
    }

    /// The calendar date of day `day` (1-based), when the start date is known.
    pub fn date_of_day(&self, day: u16) -> Option<NaiveDate> {
        let start = self.start?;
        start.checked_add_days(Days::new(u64::from(day.checked_sub(1)?)))
    }

    /// Which day (1-based) a date is, if it falls within the workshop.
    pub fn day_of_date(&self, date: NaiveDate) -> Option<u16> {
        let offset = (date - self.start?).num_days();
        let day = u16::try_from(offset.checked_add(1)?).ok()?;
        (1..=self.days).contains(&day).then_some(day)
    }
}

/// A whole workshop as kept in one session file.
///
/// The collections are private: every change goes through [`Workshop::apply`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workshop {
    pub(super) format: String,
    pub(super) version: u32,
    /// Which workshop this is, shared by every copy of it, so copies of one event merge and
    /// two different events are never mixed. Nil for a file that does not say.
    #[serde(default = "Id::nil")]
    pub(super) id: Id,
    pub(super) info: WorkshopInfo,
    pub(super) agenda: Records<AgendaItem>,
    pub(super) participants: Records<Participant>,
    pub(super) groups: Records<Group>,
    pub(super) entries: Records<Entry>,
    /// Versions that lost a merge to a concurrent change on another laptop: kept, visible,
    /// until someone resolves them. Never silently dropped.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(super) conflicts: Vec<Conflict>,
}

impl Default for Workshop {
    fn default() -> Self {
        Workshop::new(WorkshopInfo::titled(""))
    }
}

impl Workshop {
    pub fn new(info: WorkshopInfo) -> Self {
        Workshop::with_id(Id::new(), info)
    }

    /// A workshop with a given identity (the demo's is fixed, so every copy of it merges).
    pub fn with_id(id: Id, info: WorkshopInfo) -> Self {
        Workshop {
            format: FORMAT_NAME.to_string(),
            version: FORMAT_VERSION,
            id,
            info,
            agenda: Records::default(),
            participants: Records::default(),
            groups: Records::default(),
            entries: Records::default(),
            conflicts: Vec::new(),
        }
    }

    pub fn format(&self) -> &str {
        &self.format
    }

    pub fn version(&self) -> u32 {
        self.version
    }

    pub fn id(&self) -> Id {
        self.id
    }

    /// Whether `other` is a copy of this same workshop (an unknown identity is given the
    /// benefit of the doubt).
    pub fn same_workshop_as(&self, other: &Workshop) -> bool {
        self.id == other.id || self.id == Id::nil() || other.id == Id::nil()
    }

    pub fn info(&self) -> &WorkshopInfo {
        &self.info
    }

    /// Every agenda item including tombstones, in file order.
    pub fn agenda_records(&self) -> &[AgendaItem] {
        &self.agenda
    }

    pub fn participant_records(&self) -> &[Participant] {
        &self.participants
    }

    pub fn group_records(&self) -> &[Group] {
        &self.groups
    }

    pub fn entry_records(&self) -> &[Entry] {
        &self.entries
    }

    /// Versions kept from merges, waiting to be resolved.
    pub fn conflicts(&self) -> &[Conflict] {
        &self.conflicts
    }

    /// Live agenda items sorted by day and order.
    pub fn agenda(&self) -> Vec<&AgendaItem> {
        let mut items: Vec<&AgendaItem> = self.agenda.iter().filter(|i| !i.deleted).collect();
        items.sort_by_key(|i| (i.day, i.order, i.id));
        items
    }

    /// Live agenda items of one day, in order.
    pub fn agenda_of_day(&self, day: u16) -> Vec<&AgendaItem> {
        self.agenda().into_iter().filter(|i| i.day == day).collect()
    }

    pub fn participants(&self) -> impl Iterator<Item = &Participant> {
        self.participants.iter().filter(|p| !p.deleted)
    }

    /// Live groups sorted by their order.
    pub fn groups(&self) -> Vec<&Group> {
        let mut groups: Vec<&Group> = self.groups.iter().filter(|g| !g.deleted).collect();
        groups.sort_by_key(|g| (g.order, g.id));
        groups
    }

    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.deleted)
    }

    pub fn item(&self, id: Id) -> Option<&AgendaItem> {
        self.agenda.get(id)
    }

    pub fn participant(&self, id: Id) -> Option<&Participant> {
        self.participants.get(id)
    }

    pub fn group(&self, id: Id) -> Option<&Group> {
        self.groups.get(id)
    }

    pub fn entry(&self, id: Id) -> Option<&Entry> {
        self.entries.get(id)
    }

    /// A group by name (case-insensitive) or by its number (1-based) in the groups list.
    pub fn find_group(&self, name_or_number: &str) -> Option<&Group> {
        let groups = self.groups();
        let wanted = name_or_number.trim();
        if let Ok(n) = wanted.parse::<usize>() {
            return n.checked_sub(1).and_then(|i| groups.get(i).copied());
        }
        let wanted = wanted.to_lowercase();
        groups
            .into_iter()
            .find(|g| g.name.trim().to_lowercase() == wanted)
    }

    /// Live entries of one group.
    pub fn entries_of_group(&self, group: Id) -> impl Iterator<Item = &Entry> {
        self.entries().filter(move |e| e.group == Some(group))
    }

    /// Live entries per kind, in the order of [`EntryKind::ALL`].
    pub fn entry_counts(&self) -> Vec<(EntryKind, usize)> {
        EntryKind::ALL
            .iter()
            .map(|kind| (*kind, self.entries().filter(|e| e.kind == *kind).count()))
            .collect()
    }

    /// Every stamp in the workshop, so a clock can be moved past them on load.
    pub fn latest_stamp(&self) -> Stamp {
        let stamps = std::iter::once(&self.info.stamp)
            .chain(self.agenda.iter().map(|r| &r.stamp))
            .chain(self.participants.iter().map(|r| &r.stamp))
            .chain(self.groups.iter().map(|r| &r.stamp))
            .chain(self.entries.iter().map(|r| &r.stamp));
        stamps.max().cloned().unwrap_or_default()
    }

    /// The same workshop with every stamp reset: for comparing content regardless of when
    /// and where it changed.
    pub fn without_stamps(&self) -> Workshop {
        let mut copy = self.clone();
        copy.info.stamp = Stamp::zero();
        copy.agenda.for_each_mut(|r| r.stamp = Stamp::zero());
        copy.participants.for_each_mut(|r| r.stamp = Stamp::zero());
        copy.groups.for_each_mut(|r| r.stamp = Stamp::zero());
        copy.entries.for_each_mut(|r| r.stamp = Stamp::zero());
        copy.conflicts.iter_mut().for_each(Conflict::clear_stamp);
        copy
    }
}
