//! Everything the command line prints goes through one filter: a CSV cell, a name or a
//! damaged id from a file may hold ESC, BEL or a bidi override, and printed as it is it
//! would retitle the window, clear the screen or reorder the line. The filter applies
//! [`crate::model::printable`] to the text as it is written; line breaks and tabs pass.

use crate::model::printable::printable;
use std::io::{self, Write};

/// A writer that makes what passes through it printable.
pub struct PrintableOut<W: Write> {
    inner: W,
    /// The first bytes of a character cut by the end of a write, kept for the next one.
    pending: Vec<u8>,
}

impl<W: Write> PrintableOut<W> {
    pub fn new(inner: W) -> PrintableOut<W> {
        PrintableOut {
            inner,
            pending: Vec::new(),
        }
    }
}

impl<W: Write> Write for PrintableOut<W> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(bytes);
        let mut text = String::new();
        let mut rest: &[u8] = &self.pending;
        loop {
            match std::str::from_utf8(rest) {
                Ok(valid) => {
                    text.push_str(&printable(valid));
                    rest = &[];
                    break;
                }
                Err(error) => {
                    let (valid, after) = rest.split_at(error.valid_up_to());
                    // Valid by the error's own account.
                    text.push_str(&printable(&String::from_utf8_lossy(valid)));
                    match error.error_len() {
                        // A byte that can never be UTF-8: shown as the replacement mark.
                        Some(bad) => {
                            text.push('\u{fffd}');
                            rest = &after[bad..];
                        }
                        // A character cut short: wait for the rest of it.
                        None => {
                            rest = after;
                            break;
                        }
                    }
                }
            }
        }
        let kept = rest.to_vec();
        self.inner.write_all(text.as_bytes())?;
        self.pending = kept;
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.pending.is_empty() {
            let cut = String::from_utf8_lossy(&self.pending).into_owned();
            self.pending.clear();
            self.inner.write_all(printable(&cut).as_bytes())?;
        }
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn through(pieces: &[&[u8]]) -> String {
        let mut out = PrintableOut::new(Vec::new());
        for piece in pieces {
            out.write_all(piece).expect("written");
        }
        out.flush().expect("flushed");
        String::from_utf8(out.inner).expect("UTF-8")
    }

    #[test]
    fn escapes_controls_even_when_a_character_is_cut_between_writes() {
        let name = "علي\u{1b}[2J\u{202e}";
        let bytes = name.as_bytes();
        for cut in 0..=bytes.len() {
            let (a, b) = bytes.split_at(cut);
            assert_eq!(through(&[a, b, b"\n"]), "علي␛[2J[RLO]\n", "cut at {cut}");
        }
    }

    #[test]
    fn a_byte_that_is_not_utf8_is_a_replacement_mark() {
        assert_eq!(through(&[b"a\xffb\x07"]), "a\u{fffd}b␇");
    }
}
