//! `keymap.ron`: the user's changes to the default keys.
//!
//! A list of (context, key, action) triples; each replaces what that key does in that
//! context. The action "none" unbinds the key. A file that does not read leaves the defaults
//! in place and says why.

use super::{Chord, Context, Keymap};
use crate::tui::action::Action;
use std::path::Path;

/// What a keymap.ron looks like; shown in the warning when one does not read.
pub const KEYMAP_EXAMPLE: &str = r#"[("anywhere", "ctrl-u", "undo"), ("lists", "x", "delete")]"#;

/// The default keymap with the user's file applied, and a warning for the status bar when
/// the file exists but could not be used.
pub fn load_keymap(path: &Path) -> (Keymap, Option<String>) {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            return (Keymap::default(), None);
        }
        Err(error) => {
            let warning = format!("{}: {error}; using the default keys", path.display());
            return (Keymap::default(), Some(warning));
        }
    };
    match parse(&text) {
        Ok(keymap) => (keymap, None),
        Err(why) => (
            Keymap::default(),
            Some(format!("{}: {why}; using the default keys", path.display())),
        ),
    }
}

fn parse(text: &str) -> Result<Keymap, String> {
    let triples: Vec<(String, String, String)> = ron::from_str(text).map_err(|e| {
        format!(
            "line {}, column {}: {} (expected a list like {KEYMAP_EXAMPLE})",
            e.span.start.line, e.span.start.col, e.code
        )
    })?;
    let mut keymap = Keymap::default();
    for (n, (context, key, action)) in triples.iter().enumerate() {
        let which = n + 1;
        let context = Context::from_name(context)
            .ok_or_else(|| format!("binding {which}: unknown context \"{context}\""))?;
        let chord = Chord::parse(key).map_err(|e| format!("binding {which}: {e}"))?;
        let action = if action.trim().eq_ignore_ascii_case("none") {
            None
        } else {
            Some(
                Action::from_name(action)
                    .ok_or_else(|| format!("binding {which}: unknown action \"{action}\""))?,
            )
        };
        keymap.set(context, chord, action);
    }
    Ok(keymap)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_reads() {
        let keymap = parse(KEYMAP_EXAMPLE).expect("example parses");
        assert_eq!(
            keymap.action(&[Context::Anywhere], Chord::ctrl('u')),
            Some(Action::Undo)
        );
    }

    #[test]
    fn unknown_names_are_refused_with_the_name() {
        let error = parse(r#"[("anywhere", "ctrl-u", "undoo")]"#).unwrap_err();
        assert!(error.contains("undoo"), "{error}");
        let error = parse(r#"[("nowhere", "x", "undo")]"#).unwrap_err();
        assert!(error.contains("nowhere"), "{error}");
    }
}
