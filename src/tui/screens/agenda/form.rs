//! The add / edit form for one agenda item: its fields, typing into them, picking speakers
//! from the participant list, and turning it into a checked item. Nothing changes in the
//! workshop until every field is valid.

use super::moves::{Place, day_with};
use crate::model::clock_text::{parse_minutes, parse_number, parse_time};
use crate::model::schedule::{clock_text, minute_of};
use crate::model::search::{Query, fold};
use crate::model::{AgendaItem, Change, Id, ItemKind, PersonRef, Workshop};
use crate::tui::kit::form::LineEdit;
use ratatui::crossterm::event::KeyEvent;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Title,
    Kind,
    Day,
    Start,
    Minutes,
    Speakers,
    Moderator,
    Room,
    Location,
    Pinned,
    Optional,
    Notes,
}

impl Field {
    pub const ALL: [Field; 12] = [
        Field::Title,
        Field::Kind,
        Field::Day,
        Field::Start,
        Field::Minutes,
        Field::Speakers,
        Field::Moderator,
        Field::Room,
        Field::Location,
        Field::Pinned,
        Field::Optional,
        Field::Notes,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Field::Title => "Title",
            Field::Kind => "Kind",
            Field::Day => "Day",
            Field::Start => "Starts",
            Field::Minutes => "Minutes",
            Field::Speakers => "Speakers",
            Field::Moderator => "Moderator",
            Field::Room => "Room",
            Field::Location => "Location",
            Field::Pinned => "Pinned",
            Field::Optional => "Optional",
            Field::Notes => "Notes",
        }
    }

    pub fn hint(self) -> &'static str {
        match self {
            Field::Title => "what the session is called",
            Field::Kind => "↑ ↓ to choose, or type the first letter",
            Field::Day => "which day of the workshop, 1 for the first",
            Field::Start => "a fixed time such as 13:00 (٩:٣٠ works); empty: after the item before",
            Field::Minutes => "how long it lasts, in minutes",
            Field::Speakers => {
                "names, separated by commas; type part of a participant's name, ↑ ↓ and Enter pick"
            }
            Field::Moderator => "a participant (type part of the name, Enter picks) or any name",
            Field::Room => "a parallel session's room or track; empty: the main room",
            Field::Location => "where it happens, for the calendar (a site visit's address)",
            Field::Pinned => "↑ ↓: a fixed time re-planning never moves (meals, prayer, the bus)",
            Field::Optional => "↑ ↓: may be dropped when the day runs late",
            Field::Notes => "anything the facilitator should remember",
        }
    }

    fn is_text(self) -> bool {
        !matches!(self, Field::Kind | Field::Pinned | Field::Optional)
    }

    fn is_person(self) -> bool {
        matches!(self, Field::Speakers | Field::Moderator)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemForm {
    /// The item being edited; `None` for a new one.
    pub editing: Option<Id>,
    /// A new item goes right after this one (when on the same day).
    pub after: Option<Id>,
    pub title: LineEdit,
    pub kind: ItemKind,
    pub day: LineEdit,
    pub start: LineEdit,
    pub minutes: LineEdit,
    pub speakers: LineEdit,
    pub moderator: LineEdit,
    pub room: LineEdit,
    pub location: LineEdit,
    pub pinned: bool,
    pub optional: bool,
    pub notes: LineEdit,
    pub focus: usize,
    /// The highlighted participant suggestion.
    pub pick: usize,
    /// Why the last save was refused.
    pub error: Option<String>,
}

/// A participant offered while typing a name: id and the name to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub id: Id,
    pub name: String,
    pub other: String,
}

/// How many suggestions are offered.
const SUGGESTIONS: usize = 3;

impl ItemForm {
    /// An empty form for a new item on `day`, after `after`.
    pub fn new_item(day: u16, after: Option<Id>) -> ItemForm {
        ItemForm {
            editing: None,
            after,
            title: LineEdit::default(),
            kind: ItemKind::Presentation,
            day: LineEdit::new(&day.to_string()),
            start: LineEdit::default(),
            minutes: LineEdit::new("30"),
            speakers: LineEdit::default(),
            moderator: LineEdit::default(),
            room: LineEdit::default(),
            location: LineEdit::default(),
            pinned: false,
            optional: false,
            notes: LineEdit::default(),
            focus: 0,
            pick: 0,
            error: None,
        }
        .entered()
    }

    /// A form filled from `item`.
    pub fn edit(workshop: &Workshop, item: &AgendaItem) -> ItemForm {
        let name = |person: &PersonRef| person_name(workshop, person);
        let start = item.start.map(|t| t.format("%H:%M").to_string());
        let speakers: Vec<String> = item.speakers.iter().map(name).collect();
        ItemForm {
            editing: Some(item.id),
            after: None,
            title: LineEdit::new(&item.title),
            kind: item.kind,
            day: LineEdit::new(&item.day.to_string()),
            start: LineEdit::new(start.as_deref().unwrap_or("")),
            minutes: LineEdit::new(&item.minutes.to_string()),
            speakers: LineEdit::new(&speakers.join(", ")),
            moderator: LineEdit::new(&item.moderator.as_ref().map(name).unwrap_or_default()),
            room: LineEdit::new(&item.room),
            location: LineEdit::new(&item.location),
            pinned: item.pinned,
            optional: item.optional,
            notes: LineEdit::new(&item.notes),
            focus: 0,
            pick: 0,
            error: None,
        }
        .entered()
    }

    pub fn title(&self) -> &'static str {
        if self.editing.is_some() {
            " Edit agenda item "
        } else {
            " New agenda item "
        }
    }

    /// The focused field entered: a value already there is selected, so typing replaces it.
    fn entered(mut self) -> ItemForm {
        if let Some(edit) = self.text_mut() {
            edit.enter();
        }
        self
    }

    /// Move the focus to field number `focus`.
    pub fn focus_on(&mut self, focus: usize) {
        if let Some(edit) = self.text_mut() {
            edit.leave();
        }
        self.focus = focus % Field::ALL.len();
        self.pick = 0;
        if let Some(edit) = self.text_mut() {
            edit.enter();
        }
    }

    /// The line editor of a text field (None for a choice).
    pub fn edit_of(&self, field: Field) -> Option<&LineEdit> {
        Some(match field {
            Field::Title => &self.title,
            Field::Day => &self.day,
            Field::Start => &self.start,
            Field::Minutes => &self.minutes,
            Field::Speakers => &self.speakers,
            Field::Moderator => &self.moderator,
            Field::Room => &self.room,
            Field::Location => &self.location,
            Field::Notes => &self.notes,
            Field::Kind | Field::Pinned | Field::Optional => return None,
        })
    }

    /// An editing key (← → Home End Delete, Ctrl-←/→, Ctrl-A) for the focused text field.
    pub fn edit_key(&mut self, key: KeyEvent) -> bool {
        let used = self.text_mut().is_some_and(|edit| edit.key(key));
        if used {
            self.pick = 0;
        }
        used
    }

    pub fn field(&self) -> Field {
        Field::ALL[self.focus.min(Field::ALL.len() - 1)]
    }

    /// What field `field` shows.
    pub fn value(&self, field: Field) -> String {
        let yes_no = |b: bool| if b { "yes" } else { "no" }.to_string();
        match field {
            Field::Kind => format!("‹ {} ›", self.kind.label()),
            Field::Pinned => format!("‹ {} ›", yes_no(self.pinned)),
            Field::Optional => format!("‹ {} ›", yes_no(self.optional)),
            text => self
                .edit_of(text)
                .map(|e| e.text().to_string())
                .unwrap_or_default(),
        }
    }

    fn text_mut(&mut self) -> Option<&mut LineEdit> {
        Some(match self.field() {
            Field::Title => &mut self.title,
            Field::Day => &mut self.day,
            Field::Start => &mut self.start,
            Field::Minutes => &mut self.minutes,
            Field::Speakers => &mut self.speakers,
            Field::Moderator => &mut self.moderator,
            Field::Room => &mut self.room,
            Field::Location => &mut self.location,
            Field::Notes => &mut self.notes,
            Field::Kind | Field::Pinned | Field::Optional => return None,
        })
    }

    pub fn focused_is_text(&self) -> bool {
        self.field().is_text()
    }

    /// Text into a text field; on a choice, a first letter chooses (p → panel, y / n).
    pub fn type_text(&mut self, text: &str) {
        let letter = fold(
            text.get(..text.chars().next().map_or(0, char::len_utf8))
                .unwrap_or(""),
        );
        match self.field() {
            Field::Kind if !letter.is_empty() => {
                let all = ItemKind::ALL;
                let at = all.iter().position(|k| *k == self.kind).unwrap_or(0);
                if let Some(next) = (1..=all.len())
                    .map(|step| all[(at + step) % all.len()])
                    .find(|k| fold(k.label()).starts_with(&letter))
                {
                    self.kind = next;
                }
            }
            Field::Pinned | Field::Optional => {
                let yes = match letter.as_str() {
                    "y" => true,
                    "n" => false,
                    _ => return,
                };
                if self.field() == Field::Pinned {
                    self.pinned = yes;
                } else {
                    self.optional = yes;
                }
            }
            _ => {
                if let Some(value) = self.text_mut() {
                    value.type_text(text);
                }
            }
        }
        self.pick = 0;
    }

    pub fn erase(&mut self) {
        if let Some(value) = self.text_mut() {
            value.erase_before();
        }
        self.pick = 0;
    }

    pub fn next_field(&mut self) {
        self.focus_on(self.focus + 1);
    }

    pub fn previous_field(&mut self) {
        self.focus_on(self.focus + Field::ALL.len() - 1);
    }

    /// ↑ ↓ on a choice changes it; on a name field it moves among the suggestions.
    pub fn choose(&mut self, delta: isize, suggestions: usize) {
        match self.field() {
            Field::Kind => {
                let all = ItemKind::ALL;
                let at = all.iter().position(|k| *k == self.kind).unwrap_or(0) as isize;
                let len = all.len() as isize;
                self.kind = all[(at + delta).rem_euclid(len) as usize];
            }
            Field::Pinned => self.pinned = !self.pinned,
            Field::Optional => self.optional = !self.optional,
            f if f.is_person() && suggestions > 0 => {
                let len = suggestions as isize;
                self.pick = (self.pick as isize + delta).rem_euclid(len) as usize;
            }
            _ => {}
        }
    }

    /// The part of a name field being typed: after the last comma for speakers.
    fn query(&self) -> Option<&str> {
        match self.field() {
            Field::Speakers => self.speakers.text().rsplit(',').next().map(str::trim),
            Field::Moderator => Some(self.moderator.text().trim()),
            _ => None,
        }
    }

    /// Participants matching what is being typed in a name field, best first.
    pub fn suggestions(&self, workshop: &Workshop) -> Vec<Suggestion> {
        let Some(query) = self.query().filter(|q| !q.is_empty()) else {
            return Vec::new();
        };
        let query = Query::new(query);
        let mut found: Vec<(u32, Suggestion)> = workshop
            .participants()
            .filter(|p| !p.erased)
            .filter_map(|p| {
                let score = query
                    .score(&p.name)
                    .max(query.score(&p.name_other_script))?;
                let suggestion = Suggestion {
                    id: p.id,
                    name: p.name.clone(),
                    other: p.name_other_script.clone(),
                };
                Some((score, suggestion))
            })
            .collect();
        found.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.name.cmp(&b.1.name)));
        found
            .into_iter()
            .take(SUGGESTIONS)
            .map(|(_, s)| s)
            .collect()
    }

    /// Enter on a name field with suggestions: put the highlighted person's name in place
    /// of what was typed. False when there was nothing to pick.
    pub fn pick_suggestion(&mut self, workshop: &Workshop) -> bool {
        let suggestions = self.suggestions(workshop);
        let Some(chosen) = suggestions.get(self.pick.min(suggestions.len().saturating_sub(1)))
        else {
            return false;
        };
        // Already picked: Enter means save.
        if self.query().is_some_and(|q| fold(q) == fold(&chosen.name)) {
            return false;
        }
        match self.field() {
            Field::Speakers => {
                let mut parts: Vec<String> = self
                    .speakers
                    .text()
                    .split(',')
                    .map(|p| p.trim().to_string())
                    .collect();
                parts.pop();
                parts.retain(|p| !p.is_empty());
                parts.push(chosen.name.clone());
                self.speakers.set(&parts.join(", "));
            }
            Field::Moderator => self.moderator.set(&chosen.name),
            _ => return false,
        }
        self.pick = 0;
        true
    }

    /// Check every field and make the item and its place; on a problem, the field to go to
    /// and a sentence.
    pub fn build(&self, workshop: &Workshop) -> Result<(AgendaItem, Place), (Field, String)> {
        let info = workshop.info();
        let title = self.title.text().trim();
        if title.is_empty() {
            return Err((
                Field::Title,
                "the title is empty: type what the session is called".to_string(),
            ));
        }
        let day = parse_number(self.day.text())
            .and_then(|d| u16::try_from(d).ok())
            .filter(|d| (1..=info.days.max(1)).contains(d))
            .ok_or_else(|| {
                (
                    Field::Day,
                    format!(
                        "\"{}\" is not a day of this workshop: type a number from 1 to {}",
                        self.day.text().trim(),
                        info.days.max(1)
                    ),
                )
            })?;
        let minutes =
            parse_minutes(self.minutes.text()).map_err(|e| (Field::Minutes, e.to_string()))?;
        let start = match self.start.text().trim() {
            "" => None,
            text => {
                let time = parse_time(text).map_err(|e| (Field::Start, e.to_string()))?;
                if minute_of(time) + minutes > super::moves::MIDNIGHT {
                    return Err((
                        Field::Minutes,
                        format!(
                            "starting at {} for {minutes} min it would end at {}, past midnight",
                            time.format("%H:%M"),
                            clock_text(minute_of(time) + minutes)
                        ),
                    ));
                }
                Some(time)
            }
        };
        if self.pinned && start.is_none() {
            return Err((
                Field::Start,
                "a pinned item needs its fixed time: type when it starts, e.g. 13:00".to_string(),
            ));
        }
        let speakers = self
            .speakers
            .text()
            .split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(|p| person_ref(workshop, p))
            .collect();
        let moderator = Some(self.moderator.text().trim())
            .filter(|m| !m.is_empty())
            .map(|m| person_ref(workshop, m));
        let mut item = match self.editing.and_then(|id| workshop.item(id)) {
            Some(old) => old.clone(),
            None => AgendaItem::new(day, 0, title, self.kind, minutes),
        };
        let moved_day = item.day != day;
        item.title = title.to_string();
        item.kind = self.kind;
        item.day = day;
        item.start = start;
        item.minutes = minutes;
        item.speakers = speakers;
        item.moderator = moderator;
        item.room = self.room.text().trim().to_string();
        item.location = self.location.text().trim().to_string();
        item.pinned = self.pinned;
        item.optional = self.optional;
        item.notes = self.notes.text().trim().to_string();
        let place = match (self.editing, self.after) {
            (Some(_), _) if !moved_day => Place::Keep,
            (None, Some(after)) => Place::After(after),
            _ => Place::End,
        };
        super::moves::check_midnight(workshop, &day_with(workshop, &item, place))
            .map_err(|e| (Field::Minutes, e))?;
        Ok((item, place))
    }

    /// The changes that save the form, or the field and sentence that refuse it.
    pub fn changes(&self, workshop: &Workshop) -> Result<(Id, Vec<Change>), (Field, String)> {
        let (item, place) = self.build(workshop)?;
        let id = item.id;
        let old_day = self
            .editing
            .and_then(|id| workshop.item(id))
            .map(|old| old.day);
        let mut changes =
            super::moves::put_at(workshop, item.clone(), place).map_err(|e| (Field::Minutes, e))?;
        if let Some(old_day) = old_day.filter(|d| *d != item.day) {
            let left = workshop
                .agenda_of_day(old_day)
                .into_iter()
                .filter(|i| i.id != id)
                .cloned()
                .collect();
            changes.extend(super::moves::store_day(workshop, left));
        }
        Ok((id, changes))
    }
}

/// The name to show for a speaker or moderator.
pub fn person_name(workshop: &Workshop, person: &PersonRef) -> String {
    match person {
        PersonRef::Participant(id) => workshop
            .participant(*id)
            .filter(|p| !p.erased)
            .map_or_else(|| "(removed participant)".to_string(), |p| p.name.clone()),
        PersonRef::Named(name) => name.clone(),
    }
}

/// A typed name: the participant whose name it is (in either script), else free text.
fn person_ref(workshop: &Workshop, typed: &str) -> PersonRef {
    let wanted = fold(typed);
    workshop
        .participants()
        .filter(|p| !p.erased)
        .find(|p| fold(&p.name) == wanted || fold(&p.name_other_script) == wanted)
        .map_or_else(
            || PersonRef::Named(typed.to_string()),
            |p| PersonRef::Participant(p.id),
        )
}
