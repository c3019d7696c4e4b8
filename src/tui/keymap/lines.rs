//! Helpers for saying where a keymap.ron mistake is and what was probably meant.

/// The line (1-based) on which each top-level tuple of a RON list opens, in order. RON's
/// reader gives positions only for syntax errors; a binding that reads but names an unknown
/// action still deserves its line. Strings (with escapes), raw strings and comments are
/// skipped, so a "(" inside them does not count.
pub fn tuple_lines(text: &str) -> Vec<usize> {
    let mut lines = Vec::new();
    let mut line = 1;
    let mut depth = 0usize;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => line += 1,
            '"' => line += skip_string(&mut chars),
            'r' if matches!(chars.peek(), Some('"' | '#')) => {
                let mut hashes = 0;
                while chars.next_if_eq(&'#').is_some() {
                    hashes += 1;
                }
                if chars.next_if_eq(&'"').is_some() {
                    line += skip_raw_string(&mut chars, hashes);
                }
            }
            '/' if chars.next_if_eq(&'/').is_some() => {
                line += usize::from(chars.by_ref().any(|c| c == '\n'));
            }
            '/' if chars.next_if_eq(&'*').is_some() => {
                let mut previous = ' ';
                for c in chars.by_ref() {
                    line += usize::from(c == '\n');
                    if previous == '*' && c == '/' {
                        break;
                    }
                    previous = c;
                }
            }
            '[' => depth += 1,
            '(' => {
                if depth == 1 {
                    lines.push(line);
                }
                depth += 1;
            }
            ']' | ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    lines
}

/// Skip to the end of a quoted string; returns the newlines passed.
fn skip_string(chars: &mut impl Iterator<Item = char>) -> usize {
    let mut newlines = 0;
    while let Some(c) = chars.next() {
        match c {
            '\\' => newlines += usize::from(chars.next() == Some('\n')),
            '"' => break,
            '\n' => newlines += 1,
            _ => {}
        }
    }
    newlines
}

/// Skip to the end of `r#"…"#` with `hashes` hashes; returns the newlines passed.
fn skip_raw_string(
    chars: &mut std::iter::Peekable<impl Iterator<Item = char>>,
    hashes: usize,
) -> usize {
    let mut newlines = 0;
    while let Some(c) = chars.next() {
        match c {
            '\n' => newlines += 1,
            '"' => {
                let mut closing = 0;
                while closing < hashes && chars.next_if_eq(&'#').is_some() {
                    closing += 1;
                }
                if closing == hashes {
                    break;
                }
            }
            _ => {}
        }
    }
    newlines
}

/// " (did you mean \"undo\"?)" when a known name is a slip of the keyboard away from
/// `typed` (one letter in three wrong at most), else nothing.
pub fn suggestion<'a>(typed: &str, known: impl IntoIterator<Item = &'a str>) -> String {
    let typed = typed.trim().to_lowercase();
    let slip = (typed.chars().count() / 3).max(1);
    known
        .into_iter()
        .map(|name| (distance(&typed, name), name))
        .filter(|(d, _)| *d <= slip)
        .min_by_key(|(d, _)| *d)
        .map(|(_, name)| format!(" (did you mean \"{name}\"?)"))
        .unwrap_or_default()
}

/// Edit distance (insertions, deletions, substitutions) between two short names.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tuples_are_found_on_their_lines_past_strings_and_comments() {
        let text = "// my keys (mine)\n[\n  (\"lists\", \"(\", \"add\"), /* (not) */\n\n  (\"home\",\n r#\"x)\"#, \"demo\"),\n]";
        assert_eq!(tuple_lines(text), [3, 5]);
    }

    #[test]
    fn a_slip_is_suggested_and_a_stranger_is_not() {
        let names = ["undo", "redo", "delete"];
        assert_eq!(suggestion("undoo", names), " (did you mean \"undo\"?)");
        assert_eq!(suggestion("Delet", names), " (did you mean \"delete\"?)");
        assert_eq!(suggestion("frobnicate", names), "");
        assert_eq!(suggestion("nope", ["open"]), "");
    }
}
