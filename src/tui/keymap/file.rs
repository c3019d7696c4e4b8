//! `keymap.ron`: the user's changes to the default keys.
//!
//! A list of (context, key, action) triples; each replaces what that key does in that
//! context. The action "none" unbinds the key. Mistakes are never silent: a file that does
//! not read keeps every default; a binding that names an unknown context, key or action, or
//! a key bound twice in one context, keeps the default for that key, and the rest of the
//! file still applies. Either way one line says which file, which line and what is wrong
//! (shown in the status bar and printed on stderr at start).

use super::lines::{suggestion, tuple_lines};
use super::{Chord, Context, Keymap};
use crate::store;
use crate::tui::action::Action;
use std::path::Path;

/// The store's error names the file; the caller names it here in its own way.
fn error_without_path(error: &store::StoreError) -> String {
    let text = error.to_string();
    let prefix = format!("{}: ", error.path().display());
    text.strip_prefix(&prefix).unwrap_or(&text).to_string()
}

/// What a keymap.ron looks like; shown in the warning when one does not read.
pub const KEYMAP_EXAMPLE: &str = r#"[("anywhere", "ctrl-u", "undo"), ("lists", "x", "delete")]"#;

/// The default keymap with the user's file applied, and a one-line warning when the file
/// exists but some or all of it could not be used. The warning does not name the file: the
/// caller says it as briefly or as fully as its place allows.
pub fn load_keymap(path: &Path) -> (Keymap, Option<String>) {
    if std::fs::symlink_metadata(path).is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound) {
        return (Keymap::default(), None);
    }
    // A regular file only, and a small one: a pipe or a device here must not hang the start.
    let text = match store::read_regular_file(path, store::KEYMAP_FILE).map(String::from_utf8) {
        Ok(Ok(text)) => text,
        Ok(Err(_)) => {
            let warning = "it is not text (not valid UTF-8); using the default keys".to_string();
            return (Keymap::default(), Some(warning));
        }
        Err(error) => {
            let warning = format!("{}; using the default keys", error_without_path(&error));
            return (Keymap::default(), Some(warning));
        }
    };
    let (keymap, problems) = parse(&text);
    let warning = match problems {
        Problems::None => None,
        Problems::Unreadable(why) => Some(format!("{why}; using the default keys")),
        Problems::Bindings(list) => Some(format!(
            "{}; kept the default keys for {}",
            list.join("; "),
            if list.len() == 1 { "it" } else { "those" }
        )),
    };
    (keymap, warning)
}

/// What was wrong with a file.
#[derive(Debug, PartialEq)]
enum Problems {
    None,
    /// Not a list of three strings each: nothing of it was used.
    Unreadable(String),
    /// These bindings were skipped, one sentence each ("line 3: unknown action …").
    Bindings(Vec<String>),
}

/// One binding as written, where it was written.
struct Written<'a> {
    place: String,
    context: &'a str,
    key: &'a str,
    action: &'a str,
}

fn parse(text: &str) -> (Keymap, Problems) {
    let triples: Vec<(String, String, String)> = match ron::from_str(text) {
        Ok(triples) => triples,
        Err(e) => {
            let why = format!(
                "line {}, column {}: {} (expected a list like {KEYMAP_EXAMPLE})",
                e.span.start.line, e.span.start.col, e.code
            );
            return (Keymap::default(), Problems::Unreadable(why));
        }
    };
    let lines = tuple_lines(text);
    let place = |n: usize| match lines.get(n) {
        // Only trusted when the scan found exactly one opening per binding.
        Some(line) if lines.len() == triples.len() => format!("line {line}"),
        _ => format!("binding {}", n + 1),
    };
    let written: Vec<Written> = triples
        .iter()
        .enumerate()
        .map(|(n, (context, key, action))| Written {
            place: place(n),
            context,
            key,
            action,
        })
        .collect();

    let mut problems = Vec::new();
    let mut good: Vec<(&Written, Context, Chord, Option<Action>)> = Vec::new();
    for binding in &written {
        match understand(binding) {
            Ok((context, chord, action)) => good.push((binding, context, chord, action)),
            Err(why) => problems.push(format!("{}: {why}", binding.place)),
        }
    }
    // A key bound twice in one context: which one was meant is anyone's guess, so neither.
    let mut keymap = Keymap::default();
    for (binding, context, chord, action) in &good {
        let twins: Vec<&str> = good
            .iter()
            .filter(|(_, c, k, _)| c == context && k == chord)
            .map(|(other, ..)| other.place.as_str())
            .collect();
        if twins.len() > 1 {
            if twins.first() == Some(&binding.place.as_str()) {
                problems.push(format!(
                    "{}: \"{}\" is bound more than once in \"{}\" ({})",
                    binding.place,
                    binding.key.trim(),
                    context.name(),
                    twins.join(", ")
                ));
            }
            continue;
        }
        keymap.set(*context, *chord, *action);
    }
    let problems = if problems.is_empty() {
        Problems::None
    } else {
        Problems::Bindings(problems)
    };
    (keymap, problems)
}

/// A binding's context, key and action, or why one of them is not understood.
fn understand(binding: &Written) -> Result<(Context, Chord, Option<Action>), String> {
    let context = Context::from_name(binding.context).ok_or_else(|| {
        let names = Context::ALL.map(Context::name);
        format!(
            "unknown context \"{}\"{}",
            binding.context,
            suggestion(binding.context, names)
        )
    })?;
    let chord = Chord::parse(binding.key)?;
    let action = binding.action;
    if action.trim().eq_ignore_ascii_case("none") {
        return Ok((context, chord, None));
    }
    let action = Action::from_name(action).ok_or_else(|| {
        let names: Vec<String> = Action::all().into_iter().map(Action::name).collect();
        format!(
            "unknown action \"{action}\"{}",
            suggestion(action, names.iter().map(String::as_str))
        )
    })?;
    Ok((context, chord, Some(action)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_reads() {
        let (keymap, problems) = parse(KEYMAP_EXAMPLE);
        assert_eq!(problems, Problems::None);
        assert_eq!(
            keymap.action(&[Context::Anywhere], Chord::ctrl('u')),
            Some(Action::Undo)
        );
    }

    fn problems(text: &str) -> Vec<String> {
        match parse(text).1 {
            Problems::Bindings(list) => list,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn unknown_names_are_refused_with_the_name_and_line() {
        let text =
            "[\n  (\"anywhere\", \"ctrl-u\", \"undoo\"),\n  (\"nowhere\", \"x\", \"undo\"),\n]";
        assert_eq!(
            problems(text),
            [
                "line 2: unknown action \"undoo\" (did you mean \"undo\"?)",
                "line 3: unknown context \"nowhere\" (did you mean \"anywhere\"?)",
            ]
        );
    }

    #[test]
    fn the_good_bindings_of_a_file_with_a_mistake_still_apply() {
        let (keymap, _) =
            parse(r#"[("anywhere", "ctrl-u", "undo"), ("anywhere", "ctrl-e", "nope")]"#);
        assert_eq!(
            keymap.action(&[Context::Anywhere], Chord::ctrl('u')),
            Some(Action::Undo)
        );
        assert_eq!(keymap.action(&[Context::Anywhere], Chord::ctrl('e')), None);
    }

    #[test]
    fn a_key_bound_twice_in_one_context_keeps_its_default() {
        let text = "[(\"lists\", \"d\", \"add\"),\n (\"lists\", \"D\", \"edit\"),\n (\"lists\", \"d\", \"edit\")]";
        assert_eq!(
            problems(text),
            ["line 1: \"d\" is bound more than once in \"lists\" (line 1, line 3)"]
        );
        let (keymap, _) = parse(text);
        assert_eq!(
            keymap.action(&[Context::Lists], Chord::char('d')),
            Some(Action::Delete)
        );
        assert_eq!(
            keymap.action(&[Context::Lists], Chord::char('D')),
            Some(Action::Edit)
        );
    }
}
