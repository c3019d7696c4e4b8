//! Personal data inside free text, found and replaced by a role: every phone number however
//! it is written, every email address, and every registered person's name in the spellings
//! the Arabic-aware matcher folds together ([`crate::model::search::fold`]).
//!
//! - **Phones**: a run of digits (ASCII, Arabic-Indic ٠–٩ or Eastern Arabic-Indic ۰–۹, mixed)
//!   with single spaces, dots, dashes or parentheses between them and an optional `+`, of 9
//!   digits or more, or ending in the last 7 digits of a registered phone. A group just before
//!   a `:` is a clock time and is not counted; `1 500 000` (groups of three after the first)
//!   is an amount. Becomes "[phone removed]".
//! - **Emails**: `local@domain.tld`, plus-addressing included. Becomes "[email removed]".
//! - **Names**: a name is split into words; titles (Dr., Eng., د.) are dropped and "Abd",
//!   "Abu", "bin" and their Arabic forms stay with the next word. A mention is the full name,
//!   any two or more consecutive parts, the first and the family part together, the first
//!   part alone, or the family part alone when fewer than k people share it. Words are
//!   compared folded and whole (with an Arabic و ب ل ف ك or ال in front allowed), so "نور"
//!   in a sentence is redacted only when somebody is called نور, and "Ali" never blanks
//!   "Alia". One-letter parts are never matched alone.

use crate::model::search::fold;
use std::collections::HashMap;

pub const PHONE_REMOVED: &str = "[phone removed]";
pub const EMAIL_REMOVED: &str = "[email removed]";

/// A person as the scrubber needs them: the names as written, the phone, the email and the
/// words that replace a mention.
pub struct Known<'a> {
    pub names: Vec<&'a str>,
    pub phone: &'a str,
    pub email: &'a str,
    pub role: String,
    /// Matched only as the whole of each name (an organisation), never by its parts.
    pub whole_only: bool,
}

/// One way a person (or a small organisation) is mentioned.
struct Mention {
    words: Vec<String>,
    role: String,
    kind: Found,
}

/// Words that are a title or a joint of a name, never a name on their own.
const TITLES: [&str; 22] = [
    "dr",
    "eng",
    "mr",
    "mrs",
    "ms",
    "miss",
    "prof",
    "sheikh",
    "sayyid",
    "hajji",
    "haji",
    "د",
    "م",
    "ا",
    "السيد",
    "السيده",
    "الدكتور",
    "الدكتوره",
    "المهندس",
    "المهندسه",
    "الاستاذ",
    "الشيخ",
];
const JOINTS: [&str; 16] = [
    "abd", "abdul", "abdel", "abu", "bin", "ibn", "bint", "al", "el", "عبد", "ابو", "ابي", "بن",
    "بنت", "ام", "ابن",
];
/// Words of the report's own that replace people: never matched as a name alone.
const OWN_WORDS: [&str; 16] = [
    "participant",
    "participants",
    "speaker",
    "facilitator",
    "note",
    "taker",
    "team",
    "member",
    "anonymous",
    "organisation",
    "removed",
    "phone",
    "email",
    "representative",
    "person",
    "responsible",
];

/// Letters Arabic writes onto the front of a word: and, with, for, so, like, the.
const CLITICS: [&str; 9] = ["وال", "بال", "لل", "فال", "ال", "و", "ب", "ل", "ف"];

/// What a scrubber found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Found {
    Phone,
    Email,
    Name,
    /// The name of an organisation too small to name.
    Organisation,
}

impl Found {
    pub fn noun(self) -> &'static str {
        match self {
            Found::Phone => "a phone number",
            Found::Email => "an email address",
            Found::Name => "a name",
            Found::Organisation => "the name of an organisation of fewer than k people",
        }
    }
}

type Record<'r> = &'r mut dyn FnMut(Found, &str);

pub struct Scrubber {
    /// Every phone and email however it looks (an export), or only the registered ones (a
    /// scan of a written export, where ids and dates must not count).
    generic: bool,
    /// Registered emails, lowercase.
    emails: Vec<String>,
    /// By the first folded word of a mention: every mention (its words) and what replaces it.
    mentions: HashMap<String, Vec<Mention>>,
    /// Registered phones, as their last 7 digits.
    phone_tails: Vec<String>,
}

impl Scrubber {
    /// `k` decides which family names are rare enough to be matched alone.
    pub fn new(people: &[Known], k: usize) -> Scrubber {
        Scrubber::build(people, k, true)
    }

    /// A scrubber that knows only the registered phones and emails, for scanning.
    pub fn for_scan(people: &[Known], k: usize) -> Scrubber {
        Scrubber::build(people, k, false)
    }

    fn build(people: &[Known], k: usize, generic: bool) -> Scrubber {
        let units: Vec<Vec<Vec<Vec<String>>>> = people
            .iter()
            .map(|p| p.names.iter().map(|n| name_units(n)).collect())
            .collect();
        let mut family_count: HashMap<Vec<String>, usize> = HashMap::new();
        for person in &units {
            let mut seen: Vec<&Vec<String>> = Vec::new();
            for name in person {
                if let Some(last) = name.last().filter(|_| name.len() > 1)
                    && !seen.contains(&last)
                {
                    seen.push(last);
                    *family_count.entry(last.clone()).or_default() += 1;
                }
            }
        }
        let mut mentions: HashMap<String, Vec<Mention>> = HashMap::new();
        let mut add = |words: Vec<String>, role: &str, kind: Found| {
            let single_letter = words.len() == 1 && words[0].chars().count() < 2;
            // The report's own words ("a participant", "[phone removed]") are never a name
            // on their own, or every role put in a name's place would read as the name.
            let own_word = words.len() == 1 && OWN_WORDS.contains(&words[0].as_str());
            if words.is_empty() || single_letter || own_word {
                return;
            }
            let list = mentions.entry(words[0].clone()).or_default();
            if !list.iter().any(|m| m.words == words) {
                list.push(Mention {
                    words,
                    role: role.to_string(),
                    kind,
                });
            }
        };
        for (person, names) in people.iter().zip(&units) {
            let kind = if person.whole_only {
                Found::Organisation
            } else {
                Found::Name
            };
            for name in names {
                let n = name.len();
                if person.whole_only {
                    add(name.concat(), &person.role, kind);
                    continue;
                }
                // "Al-Jubouri" is also written "Jubouri".
                if let Some(last) = name.last()
                    && last.len() == 2
                    && matches!(last[0].as_str(), "al" | "el")
                {
                    let rare = family_count.get(last).copied().unwrap_or(0) < k.max(2);
                    if rare && n >= 2 {
                        add(vec![last[1].clone()], &person.role, kind);
                    }
                }
                for start in 0..n {
                    for end in start + 2..=n {
                        add(name[start..end].concat(), &person.role, kind);
                    }
                }
                if n >= 1 {
                    add(name[0].clone(), &person.role, kind);
                }
                if n >= 3 {
                    add(
                        [name[0].clone(), name[n - 1].clone()].concat(),
                        &person.role,
                        kind,
                    );
                }
                if n >= 2 && family_count.get(&name[n - 1]).copied().unwrap_or(0) < k.max(2) {
                    add(name[n - 1].clone(), &person.role, kind);
                }
            }
        }
        // Longest first, so the full name wins over its first part.
        for list in mentions.values_mut() {
            list.sort_by_key(|m| std::cmp::Reverse(m.words.len()));
        }
        let phone_tails = people
            .iter()
            .filter_map(|p| {
                let digits = ascii_digits(p.phone);
                (digits.len() >= 7).then(|| digits[digits.len() - 7..].to_string())
            })
            .collect();
        let emails = people
            .iter()
            .map(|p| p.email.trim().to_lowercase())
            .filter(|e| e.contains('@'))
            .collect();
        Scrubber {
            generic,
            emails,
            mentions,
            phone_tails,
        }
    }

    /// `text` with every email, phone and name mention replaced.
    pub fn scrub(&self, text: &str) -> String {
        self.scrub_recording(text, &mut |_, _| {})
    }

    /// What [`Scrubber::scrub`] would replace in `text`: each find and the text it covers.
    pub fn find(&self, text: &str) -> Vec<(Found, String)> {
        let mut found = Vec::new();
        self.scrub_recording(text, &mut |kind, what| found.push((kind, what.to_string())));
        found
    }

    /// The replacement of the first name mention in `text`, if it has one.
    pub fn first_role(&self, text: &str) -> Option<&str> {
        let words = words(text);
        let folded: Vec<String> = words.iter().map(|(s, e)| fold(&text[*s..*e])).collect();
        (0..words.len()).find_map(|i| {
            self.mention_at(text, &words, &folded, i)
                .map(|(_, m)| m.role.as_str())
        })
    }

    fn scrub_recording(&self, text: &str, record: Record) -> String {
        let text = self.replace_emails(text, record);
        let text = self.replace_phones(&text, record);
        self.replace_names(&text, record)
    }

    fn replace_phones(&self, text: &str, record: Record) -> String {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut out = String::with_capacity(text.len());
        let mut copied = 0;
        let mut i = 0;
        while i < chars.len() {
            let (start, c) = chars[i];
            let opens = c == '+'
                || digit(c).is_some()
                || (c == '(' && chars.get(i + 1).is_some_and(|(_, n)| digit(*n).is_some()));
            let after_word = i > 0 && chars[i - 1].1.is_alphanumeric();
            if !opens || after_word {
                i += 1;
                continue;
            }
            let (end, next) = self.phone_run(&chars, i);
            if let Some(end) = end {
                out.push_str(&text[copied..start]);
                record(Found::Phone, &text[start..end]);
                out.push_str(PHONE_REMOVED);
                copied = end;
            }
            // A part of a longer number is never a phone on its own: skip the whole run.
            i = next.max(i + 1);
        }
        out.push_str(&text[copied..]);
        out
    }

    /// From `chars[i]`: the byte end of a phone when the run is one, and the index after
    /// the run.
    fn phone_run(&self, chars: &[(usize, char)], i: usize) -> (Option<usize>, usize) {
        // Each group of digits with the byte end and index after its last digit.
        let mut groups: Vec<(String, usize, usize)> = Vec::new();
        let mut in_group = false;
        let mut separators = String::new();
        let mut run_of_separators = 0;
        let mut j = if chars[i].1 == '+' { i + 1 } else { i };
        while j < chars.len() {
            let (at, c) = chars[j];
            if let Some(d) = digit(c) {
                if !in_group {
                    groups.push((String::new(), 0, 0));
                    in_group = true;
                }
                if let Some(g) = groups.last_mut() {
                    g.0.push(d);
                    g.1 = at + c.len_utf8();
                    g.2 = j + 1;
                }
                run_of_separators = 0;
            } else if matches!(c, ' ' | '.' | '-' | '(' | ')' | '\u{00A0}' | '‑' | '–')
                && run_of_separators < 2
            {
                run_of_separators += 1;
                in_group = false;
                separators.push(c);
            } else {
                break;
            }
            j += 1;
        }
        let next = groups.last().map_or(j, |g| g.2);
        // A group right before ':' is the hour of a clock time.
        if chars.get(next).is_some_and(|(_, c)| *c == ':') {
            groups.pop();
        }
        let Some(mut end) = groups.last().map(|g| g.1) else {
            return (None, next);
        };
        // "(0770) 123 4567" opens with a parenthesis; "(call 0770 123 4567)" does not.
        let mut next = next;
        if chars[i].1 == '(' && chars.get(next).is_some_and(|(_, c)| *c == ')') {
            end += 1;
            next += 1;
        }
        let digits: String = groups.iter().map(|g| g.0.as_str()).collect();
        let known = self
            .phone_tails
            .iter()
            .any(|t| digits.ends_with(t.as_str()));
        let amount = groups.len() > 1
            && separators.chars().all(|c| c == ' ' || c == '.')
            && groups[0].0.len() <= 3
            && !groups[0].0.starts_with('0')
            && groups[1..].iter().all(|g| g.0.len() == 3)
            && chars[i].1 != '+';
        let generic = self.generic && digits.len() >= 9 && !amount;
        ((known || generic).then_some(end), next)
    }

    fn replace_names(&self, text: &str, record: Record) -> String {
        if self.mentions.is_empty() {
            return text.to_string();
        }
        let words = words(text);
        let folded: Vec<String> = words.iter().map(|(s, e)| fold(&text[*s..*e])).collect();
        let mut out = String::with_capacity(text.len());
        let mut copied = 0;
        let mut i = 0;
        while i < words.len() {
            if let Some((length, mention)) = self.mention_at(text, &words, &folded, i) {
                out.push_str(&text[copied..words[i].0]);
                record(mention.kind, &text[words[i].0..words[i + length - 1].1]);
                out.push_str(&mention.role);
                copied = words[i + length - 1].1;
                i += length;
            } else {
                i += 1;
            }
        }
        out.push_str(&text[copied..]);
        out
    }

    /// The longest mention starting at word `i`: its length in words and its replacement.
    fn mention_at(
        &self,
        text: &str,
        words: &[(usize, usize)],
        folded: &[String],
        i: usize,
    ) -> Option<(usize, &Mention)> {
        let first = &folded[i];
        let mut firsts = vec![first.as_str()];
        for clitic in CLITICS {
            if let Some(rest) = first.strip_prefix(clitic)
                && rest.chars().count() >= 2
            {
                firsts.push(rest);
            }
        }
        let mut best: Option<(usize, &Mention)> = None;
        for head in firsts {
            let Some(candidates) = self.mentions.get(head) else {
                continue;
            };
            for candidate in candidates {
                let mention = &candidate.words;
                let n = mention.len();
                if i + n > words.len() || best.is_some_and(|(b, _)| b >= n) {
                    continue;
                }
                let joined = (1..n).all(|m| {
                    folded[i + m] == mention[m] && joins(&text[words[i + m - 1].1..words[i + m].0])
                });
                if joined {
                    best = Some((n, candidate));
                }
            }
        }
        best
    }
}

/// What may stand between two words of one name: a space, a dash, a dot, at most three.
fn joins(between: &str) -> bool {
    between.chars().count() <= 3
        && !between.contains('\n')
        && between
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '-' | '.' | '_' | '‑'))
}

/// A name as units of folded words: titles dropped, "abd"/"abu"/"bin" kept with the next word.
pub(super) fn name_units(name: &str) -> Vec<Vec<String>> {
    let mut units: Vec<Vec<String>> = Vec::new();
    let mut pending: Vec<String> = Vec::new();
    for (start, end) in words(name) {
        let word = fold(&name[start..end]);
        if word.is_empty() || (units.is_empty() && pending.is_empty() && TITLES.contains(&&*word)) {
            continue;
        }
        let joint = JOINTS.contains(&word.as_str());
        pending.push(word);
        if !joint {
            units.push(std::mem::take(&mut pending));
        }
    }
    if !pending.is_empty() {
        units.push(pending);
    }
    units
}

/// The words of a text as byte ranges: letters, digits and the marks written on them.
pub(super) fn words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (index, c) in text.char_indices() {
        if is_word_char(c) {
            start.get_or_insert(index);
        } else if let Some(s) = start.take() {
            out.push((s, index));
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c,
            '\u{0610}'..='\u{061A}'
            | '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{0640}'
            | '\u{06D6}'..='\u{06ED}'
            | '\u{08D3}'..='\u{08FF}'
            | '\u{0300}'..='\u{036F}'
            | '\u{200C}' | '\u{200D}')
}

/// A digit in any of the three scripts, as ASCII.
fn digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '\u{0660}'..='\u{0669}' => char::from_digit(u32::from(c) - 0x0660, 10),
        '\u{06F0}'..='\u{06F9}' => char::from_digit(u32::from(c) - 0x06F0, 10),
        _ => None,
    }
}

pub(super) fn ascii_digits(text: &str) -> String {
    text.chars().filter_map(digit).collect()
}

fn is_email_local(c: char) -> bool {
    c.is_ascii_alphanumeric() || "._%+-".contains(c)
}

fn is_email_domain(c: char) -> bool {
    c.is_ascii_alphanumeric() || ".-".contains(c)
}

impl Scrubber {
    /// Every `local@domain.tld` replaced by [`EMAIL_REMOVED`] (scanning: the registered
    /// ones only).
    fn replace_emails(&self, text: &str, record: Record) -> String {
        replace_emails(text, &mut |email: &str| {
            let hit = self.generic || self.emails.contains(&email.to_lowercase());
            if hit {
                record(Found::Email, email);
            }
            hit
        })
    }
}

fn replace_emails(text: &str, keep: &mut dyn FnMut(&str) -> bool) -> String {
    if !text.contains('@') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for (at, _) in text.match_indices('@') {
        if at < copied {
            continue;
        }
        let start = text[copied..at]
            .char_indices()
            .rev()
            .take_while(|(_, c)| is_email_local(*c))
            .last()
            .map_or(at, |(i, _)| copied + i);
        let domain: String = text[at + 1..]
            .chars()
            .take_while(|c| is_email_domain(*c))
            .collect();
        let domain = domain.trim_end_matches(['.', '-']);
        let has_tld = domain
            .rsplit_once('.')
            .is_some_and(|(head, tld)| !head.is_empty() && tld.len() >= 2);
        if start == at || !has_tld || !keep(&text[start..at + 1 + domain.len()]) {
            continue;
        }
        out.push_str(&text[copied..start]);
        out.push_str(EMAIL_REMOVED);
        copied = at + 1 + domain.len();
    }
    out.push_str(&text[copied..]);
    out
}

#[cfg(test)]
mod tests;
