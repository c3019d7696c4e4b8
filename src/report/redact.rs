//! Who may be named, and how: attributions as consent allows, and the scrubbing of personal
//! details out of free text in anonymised reports.

use crate::model::Id;
use crate::model::{Attribution, Participant, PersonRef, Workshop};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::collections::HashMap;

/// What replaces a participant's name, phone or email found inside free text when the
/// report is anonymised.
pub const REMOVED: &str = "[removed]";

/// The word for a source who may not be named.
pub const ANONYMOUS: &str = "anonymous";

/// Decides how people appear in one report.
pub struct Redactor<'a> {
    anonymise: bool,
    /// Every live participant's name, other-script name, phone (several spellings) and email;
    /// only built when anonymising.
    personal: Option<AhoCorasick>,
    /// Participants by id: entries look their source up once each, and a workshop may hold
    /// 50,000 entries.
    people: HashMap<Id, &'a Participant>,
}

impl<'a> Redactor<'a> {
    pub fn new(workshop: &'a Workshop, anonymise: bool) -> Self {
        let personal = anonymise.then(|| personal_patterns(workshop)).flatten();
        let people = workshop
            .participant_records()
            .iter()
            .map(|p| (p.id, p))
            .collect();
        Redactor {
            anonymise,
            personal,
            people,
        }
    }

    /// A participant record by id (deleted ones included; callers decide).
    pub fn person(&self, id: Id) -> Option<&'a Participant> {
        self.people.get(&id).copied()
    }

    /// User text as the report may print it: unchanged, or — when anonymising — with every
    /// participant's name, phone and email replaced by [`REMOVED`]. Free text is where a
    /// note-taker writes "Layla said…", so the promise "no names anywhere" needs this.
    pub fn text(&self, text: &str) -> String {
        let text = clean(text);
        match &self.personal {
            Some(patterns) if patterns.is_match(&text) => {
                let mut out = String::with_capacity(text.len());
                patterns.replace_all_with(&text, &mut out, |_, _, out| {
                    out.push_str(REMOVED);
                    true
                });
                out
            }
            Some(_) => text,
            None => text,
        }
    }

    /// The source of an entry as consent allows: a name only with named-quote consent (and
    /// never when erased or anonymising), the organisation when that was chosen (or the
    /// person consented to be named but the report is anonymised), otherwise "anonymous".
    pub fn attribution(&self, person: Option<&Participant>, attribution: Attribution) -> String {
        let Some(person) = person.filter(|p| !p.erased && !p.deleted) else {
            return ANONYMOUS.to_string();
        };
        let organisation = || {
            let org = person.organisation.trim();
            if org.is_empty() {
                ANONYMOUS.to_string()
            } else {
                self.text(org)
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

    /// A speaker or moderator: the name, or (anonymising) their organisation, or a role word.
    pub fn speaker(&self, person: &PersonRef) -> String {
        match person {
            PersonRef::Participant(id) => match self.person(*id) {
                Some(p) if p.erased || p.deleted => "a participant".to_string(),
                Some(p) if self.anonymise => {
                    let org = p.organisation.trim();
                    if org.is_empty() {
                        "a participant".to_string()
                    } else {
                        self.text(org)
                    }
                }
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

/// The personal strings of every non-erased participant (deleted ones included), longest first so a full
/// name wins over a shorter one inside it. Strings under three characters are skipped: they
/// would blank ordinary words.
fn personal_patterns(workshop: &Workshop) -> Option<AhoCorasick> {
    let mut patterns: Vec<String> = Vec::new();
    // Deleted people too: a name typed into an entry outlives the record.
    for person in workshop.participant_records().iter().filter(|p| !p.erased) {
        for value in [&person.name, &person.name_other_script, &person.email] {
            patterns.push(value.trim().to_string());
        }
        patterns.extend(phone_spellings(&person.phone));
    }
    patterns.retain(|p| p.chars().count() >= 3);
    patterns.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    patterns.dedup();
    if patterns.is_empty() {
        return None;
    }
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(&patterns)
        .ok()
}

/// A phone number as people write it: as stored, digits only, with `00` for `+`, and the
/// national form with a leading 0 for Iraqi numbers.
fn phone_spellings(phone: &str) -> Vec<String> {
    let phone = phone.trim();
    if phone.is_empty() {
        return Vec::new();
    }
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    let mut spellings = vec![phone.to_string()];
    if digits.len() >= 6 {
        spellings.push(digits.clone());
        spellings.push(format!("+{digits}"));
        spellings.push(format!("00{digits}"));
        if let Some(national) = digits.strip_prefix("964") {
            spellings.push(format!("0{national}"));
        }
    }
    spellings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_spellings_cover_national_form() {
        let spellings = phone_spellings("+9647701234567");
        assert!(spellings.contains(&"07701234567".to_string()));
        assert!(spellings.contains(&"009647701234567".to_string()));
    }
}
