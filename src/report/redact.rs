//! The one privacy policy of every report: who may be named and how, which participant
//! fields and texts a report may carry, and the scrubbing of personal data out of free text
//! in anonymised reports. Every writer (Markdown, HTML, Word, Excel, CSV, the screen's
//! preview) prints a [`super::Report`], and every string about a person in a report was made
//! here: a writer never sees a participant record.
//!
//! - Free text, anonymised: phones, emails and registered people's names become a role
//!   ([`super::privacy::scrub`]).
//! - Sources: a name only with named-quote consent (never anonymised); an organisation only
//!   when at least k registered people come from it, else the stakeholder type and
//!   governorate ("a CSO in Basra") when k people share those, else "a participant".
//! - Speakers and moderators, anonymised: a person flagged as speaking in a public role keeps
//!   position and organisation; anyone else is described like a source.
//! - Plan owners and other fields that hold a person, anonymised: the person's role.
//! - The participant list (named reports only): people without data-processing consent are
//!   left out (counted only), phone and email only with contact-sharing consent.

use super::privacy::Threshold;
use super::privacy::scrub::{Known, Scrubber};
use crate::model::search::fold;
use crate::model::{Attribution, Id, Participant, PersonRef, Stakeholder, Workshop};
use std::collections::HashMap;

/// What replaced personal data in free text before roles did; kept for callers that look
/// for it.
pub const REMOVED: &str = "[removed]";

/// The word for a source who may not be named.
pub const ANONYMOUS: &str = "anonymous";

/// What replaces, in anonymised free text, the name of an organisation fewer than k
/// registered people come from: the name would point at them.
pub const SMALL_ORGANISATION: &str = "[an organisation]";

/// What replaces a person field (a plan's owner) that names nobody registered.
pub const SOMEONE: &str = "[a person responsible]";

/// Decides how people appear in one report.
pub struct Redactor<'a> {
    anonymise: bool,
    threshold: Threshold,
    /// Only built when anonymising.
    scrubber: Option<Scrubber>,
    /// Participants by id: entries look their source up once each, and a workshop may hold
    /// 50,000 entries.
    people: HashMap<Id, &'a Participant>,
    /// Registered (not deleted) people per folded organisation.
    organisations: HashMap<String, usize>,
    /// Registered people per stakeholder type and folded governorate ("" for not given).
    places: HashMap<(Stakeholder, String), usize>,
    /// Registered people per stakeholder type.
    stakeholders: HashMap<Stakeholder, usize>,
    /// Folded positions of two words or more, each with the person holding it.
    positions: Vec<(String, Id)>,
}

impl<'a> Redactor<'a> {
    pub fn new(workshop: &'a Workshop, anonymise: bool) -> Self {
        let threshold = Threshold::new(workshop.info().settings.anonymity_k());
        let records = workshop.participant_records();
        let people: HashMap<Id, &'a Participant> = records.iter().map(|p| (p.id, p)).collect();
        let mut organisations: HashMap<String, usize> = HashMap::new();
        let mut places: HashMap<(Stakeholder, String), usize> = HashMap::new();
        let mut stakeholders: HashMap<Stakeholder, usize> = HashMap::new();
        for person in records.iter().filter(|p| !p.deleted) {
            let org = fold(&person.organisation);
            if !org.is_empty() {
                *organisations.entry(org).or_default() += 1;
            }
            *places
                .entry((person.stakeholder, fold(&person.governorate)))
                .or_default() += 1;
            *stakeholders.entry(person.stakeholder).or_default() += 1;
        }
        let mut redactor = Redactor {
            anonymise,
            threshold,
            scrubber: None,
            people,
            organisations,
            places,
            stakeholders,
            positions: Vec::new(),
        };
        if anonymise {
            // Deleted people too: a name typed into an entry outlives the record.
            let live: Vec<&Participant> = records.iter().filter(|p| !p.erased).collect();
            let known: Vec<Known> = live
                .iter()
                .map(|p| Known {
                    names: vec![p.name.as_str(), p.name_other_script.as_str()],
                    phone: &p.phone,
                    email: &p.email,
                    role: format!("[{}]", redactor.role_of(p)),
                    whole_only: false,
                })
                .chain(
                    super::privacy::small_organisations(workshop, threshold.used)
                        .into_iter()
                        .map(|org| Known {
                            names: vec![org],
                            phone: "",
                            email: "",
                            role: SMALL_ORGANISATION.to_string(),
                            whole_only: true,
                        }),
                )
                .collect();
            redactor.scrubber = Some(Scrubber::new(&known, threshold.used));
            redactor.positions = live
                .iter()
                .map(|p| (fold(&p.position), p.id))
                .filter(|(position, _)| position.split(' ').count() >= 2)
                .collect();
        }
        redactor
    }

    /// The k this report works with.
    pub fn threshold(&self) -> Threshold {
        self.threshold
    }

    /// A participant record by id (deleted ones included; callers decide).
    pub fn person(&self, id: Id) -> Option<&'a Participant> {
        self.people.get(&id).copied()
    }

    /// User text as the report may print it: unchanged (but cleaned), or — when
    /// anonymising — with every phone, email and registered person's name replaced by a
    /// role. Free text is where a note-taker writes "Layla said…", so the promise "no names
    /// anywhere" needs this.
    pub fn text(&self, text: &str) -> String {
        let text = clean(text);
        match &self.scrubber {
            Some(scrubber) => scrubber.scrub(&text),
            None => text,
        }
    }

    /// A field that holds a person (a plan's owner, an outcome's social actor): as written,
    /// or — anonymising — the role of the registered person it names or whose position it
    /// gives, else [`SOMEONE`] for an owner and the scrubbed text for anything else.
    pub fn person_field(&self, text: &str, always_a_person: bool) -> String {
        let text = clean(text.trim());
        let Some(scrubber) = self.scrubber.as_ref().filter(|_| !text.is_empty()) else {
            return text;
        };
        if let Some(role) = scrubber
            .first_role(&text)
            .filter(|role| *role != SMALL_ORGANISATION)
        {
            return role.to_string();
        }
        let folded = fold(&text);
        let holder = self
            .positions
            .iter()
            .find(|(position, _)| folded.contains(position.as_str()))
            .and_then(|(_, id)| self.person(*id));
        match holder {
            Some(person) => format!("[{}]", self.role_of(person)),
            None if always_a_person => SOMEONE.to_string(),
            None => scrubber.scrub(&text),
        }
    }

    /// A person described without a name: "a CSO representative" when at least k
    /// registered people are of that type, "a team member", else "a participant".
    fn role_of(&self, person: &Participant) -> String {
        if person.team.is_some() {
            return "a team member".to_string();
        }
        match self.stakeholder_phrase(person.stakeholder) {
            Some(kind)
                if self
                    .stakeholders
                    .get(&person.stakeholder)
                    .copied()
                    .unwrap_or(0)
                    >= self.threshold.used =>
            {
                format!("{kind} representative")
            }
            _ => "a participant".to_string(),
        }
    }

    fn stakeholder_phrase(&self, stakeholder: Stakeholder) -> Option<&'static str> {
        Some(match stakeholder {
            Stakeholder::Cso => "a CSO",
            Stakeholder::LocalGovernment => "a local government",
            Stakeholder::NationalGovernment => "a national government",
            Stakeholder::Parliament => "a parliament",
            Stakeholder::UnDonor => "a UN or donor",
            Stakeholder::InternationalPartner => "an international partner",
            Stakeholder::Media => "a media",
            Stakeholder::Academia => "an academic",
            Stakeholder::PrivateSector => "a private-sector",
            Stakeholder::Other | Stakeholder::Unknown => return None,
        })
    }

    /// A person as a source or speaker who may not be named: the organisation when at least
    /// k registered people come from it; else the stakeholder type and governorate ("a CSO
    /// in Basra") when k people share both (the type alone when no governorate is given);
    /// else "a participant".
    pub fn described(&self, person: &Participant) -> String {
        let k = self.threshold.used;
        let org = person.organisation.trim();
        if !org.is_empty() && self.organisations.get(&fold(org)).copied().unwrap_or(0) >= k {
            return self.text(org);
        }
        let place = fold(&person.governorate);
        let sharing = self
            .places
            .get(&(person.stakeholder, place))
            .copied()
            .unwrap_or(0);
        let kind = match person.stakeholder {
            Stakeholder::Cso => Some("a CSO"),
            Stakeholder::LocalGovernment => Some("local government"),
            Stakeholder::NationalGovernment => Some("national government"),
            Stakeholder::Parliament => Some("parliament"),
            Stakeholder::UnDonor => Some("a UN agency or donor"),
            Stakeholder::InternationalPartner => Some("an international partner"),
            Stakeholder::Media => Some("the media"),
            Stakeholder::Academia => Some("academia"),
            Stakeholder::PrivateSector => Some("the private sector"),
            Stakeholder::Other | Stakeholder::Unknown => None,
        };
        match kind {
            Some(kind) if sharing >= k => {
                let governorate = clean(person.governorate.trim());
                if governorate.is_empty() {
                    kind.to_string()
                } else {
                    format!("{kind} in {governorate}")
                }
            }
            _ => "a participant".to_string(),
        }
    }

    /// The source of an entry as consent allows: a name only with named-quote consent (and
    /// never when erased or anonymising), the organisation when that was chosen (or the
    /// person consented to be named but the report is anonymised) and k people share it,
    /// otherwise as [`Redactor::described`], or "anonymous".
    pub fn attribution(&self, person: Option<&Participant>, attribution: Attribution) -> String {
        let Some(person) = person.filter(|p| !p.erased && !p.deleted) else {
            return ANONYMOUS.to_string();
        };
        let organisation = || {
            if person.organisation.trim().is_empty() {
                ANONYMOUS.to_string()
            } else {
                self.described(person)
            }
        };
        match attribution {
            Attribution::Named if person.consent.named_quote.given() => {
                if self.anonymise {
                    organisation()
                } else {
                    let org = person.organisation.trim();
                    if org.is_empty() {
                        clean(person.name.trim())
                    } else {
                        clean(&format!("{}, {}", person.name.trim(), org))
                    }
                }
            }
            // Consent withdrawn after the entry was made: say nothing about the source.
            Attribution::Named => ANONYMOUS.to_string(),
            Attribution::Organisation => organisation(),
            Attribution::Anonymous => ANONYMOUS.to_string(),
        }
    }

    /// A participant in a role (facilitator, note-taker): the name, or the role alone when
    /// anonymising, erased or missing. `None` when nobody holds the role.
    pub fn role_holder(&self, id: Option<Id>, role: &str) -> String {
        let Some(id) = id else {
            return "not assigned".to_string();
        };
        match self.person(id) {
            Some(person) if !self.anonymise && !person.erased && !person.deleted => {
                clean(person.name.trim())
            }
            _ => role.to_string(),
        }
    }

    /// A speaker or moderator: the name; anonymised, the position and organisation of a
    /// person in a public role, else the person described without a name.
    pub fn speaker(&self, person: &PersonRef) -> String {
        match person {
            PersonRef::Participant(id) => match self.person(*id) {
                Some(p) if p.erased || p.deleted => "a participant".to_string(),
                Some(p) if self.anonymise && p.public_role => {
                    let parts: Vec<String> = [p.position.trim(), p.organisation.trim()]
                        .iter()
                        .filter(|s| !s.is_empty())
                        .map(|s| self.text(s))
                        .collect();
                    if parts.is_empty() {
                        self.described(p)
                    } else {
                        parts.join(", ")
                    }
                }
                Some(p) if self.anonymise => self.described(p),
                Some(p) => clean(p.name.trim()),
                None => "a participant".to_string(),
            },
            PersonRef::Named(_) if self.anonymise => "a speaker".to_string(),
            PersonRef::Named(name) => clean(name.trim()),
        }
    }
}

/// User text without the characters that can disturb a document around it: control
/// characters (tabs become spaces; line breaks stay) and the bidi embeddings, overrides and
/// isolates (U+202A–U+202E, U+2066–U+2069), which, left unbalanced, reverse the text that
/// follows them — including our own labels. The marks people type in Arabic and Kurdish
/// (U+200E, U+200F, U+061C) are kept.
pub fn clean(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            '\t' => Some(' '),
            '\r' => None,
            c if c.is_control() => None,
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => None,
            c => Some(c),
        })
        .collect()
}
