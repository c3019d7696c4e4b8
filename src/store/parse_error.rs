//! ron's parse errors, said in plain words with the place they happened.

use super::StoreError;
use ron::error::{Error, SpannedError};
use std::path::Path;

/// A parse error in `text`, the contents of `path`, as a [`StoreError::Parse`].
pub fn parse_error(path: &Path, text: &str, error: &SpannedError) -> StoreError {
    // Whatever ron expected, an error that runs into the end of the text means the text
    // stopped too early: the likeliest story is a file cut off mid-copy, so say that.
    let message = if reaches_end(text, error) {
        plain_message(&Error::Eof)
    } else {
        plain_message(&error.code)
    };
    StoreError::Parse {
        path: path.to_path_buf(),
        line: error.span.start.line.max(1),
        column: error.span.start.col.max(1),
        message,
    }
}

fn reaches_end(text: &str, error: &SpannedError) -> bool {
    let body = text.trim_end();
    let line = 1 + body.matches('\n').count();
    let column = 1 + body
        .rsplit('\n')
        .next()
        .map_or(0, |last| last.chars().count());
    let end = &error.span.end;
    (end.line, end.col) >= (line, column)
}

/// What was expected, in words someone who has never heard of RON can follow.
pub fn plain_message(error: &Error) -> String {
    match error {
        Error::Eof => {
            "the file ends too early: it may have been cut off while saving or copying".into()
        }
        Error::ExpectedComma => "expected a comma `,` here".into(),
        Error::ExpectedStructLikeEnd | Error::ExpectedOptionEnd => {
            "expected a closing `)` here".into()
        }
        Error::ExpectedArray => "expected a list starting with `[` here".into(),
        Error::ExpectedArrayEnd => "expected a closing `]` here".into(),
        Error::ExpectedMap => "expected an opening `{` here".into(),
        Error::ExpectedMapEnd => "expected a closing `}` here".into(),
        Error::ExpectedMapColon => "expected a colon `:` after the field name".into(),
        Error::ExpectedStructLike | Error::ExpectedNamedStructLike(_) => {
            "expected an opening `(` here".into()
        }
        Error::ExpectedString => "expected text in double quotes here".into(),
        Error::ExpectedStringEnd => {
            "this text has no closing double quote `\"`: the file may have been cut off, or a \
             quote is missing"
                .into()
        }
        Error::ExpectedInteger | Error::ExpectedFloat => "expected a number here".into(),
        Error::ExpectedBoolean => "expected `true` or `false` here".into(),
        Error::ExpectedOption => "expected `Some(…)` or `None` here".into(),
        Error::ExpectedUnit => "expected `()` here".into(),
        Error::ExpectedIdentifier => "expected a field name here".into(),
        Error::ExpectedChar => "expected a character in single quotes here".into(),
        Error::InvalidEscape(what) => {
            format!("this backslash escape is not valid ({})", lower_first(what))
        }
        Error::IntegerOutOfBounds => "this number is too large (or negative) for this field".into(),
        Error::InvalidIntegerDigit { digit, .. } => format!("{digit:?} is not a digit"),
        Error::UnexpectedChar(c) => format!("did not expect {c:?} here"),
        Error::TrailingCharacters => {
            "there is more text after the end of the workshop (the closing `)`)".into()
        }
        Error::UnclosedBlockComment => "a comment starting with `/*` is never closed".into(),
        Error::Utf8Error(_) => "the text is not valid UTF-8 here".into(),
        Error::InvalidValueForType { expected, found } => {
            format!("expected {expected} here, but found {found}")
        }
        Error::ExpectedDifferentLength { expected, found } => {
            format!("expected {expected} here, but found {found} item(s)")
        }
        Error::NoSuchEnumVariant {
            expected, found, ..
        } => format!(
            "`{found}` is not a known value here; expected one of: {}",
            expected.join(", ")
        ),
        Error::NoSuchStructField { found, .. } => format!("`{found}` is not a known field here"),
        Error::MissingStructField { field, outer } => match outer {
            Some(outer) => format!("the field `{field}` is missing from this {}", words(outer)),
            None => format!("the field `{field}` is missing here"),
        },
        Error::DuplicateStructField { field, .. } => {
            format!("the field `{field}` appears twice")
        }
        Error::ExceededRecursionLimit => "the data is nested too deeply".into(),
        Error::Message(message) => value_message(message),
        other => lower_first(&other.to_string()),
    }
}

/// serde's own messages come from the field's type: chrono for dates and times, uuid for ids.
fn value_message(message: &str) -> String {
    const CHRONO: [&str; 6] = [
        "input is out of range",
        "input contains invalid characters",
        "premature end of input",
        "trailing input",
        "input is not enough",
        "no possible date and time",
    ];
    if CHRONO.iter().any(|m| message.starts_with(m)) {
        format!("this is not a valid date or time ({message})")
    } else if message.contains("UUID") {
        format!("this is not a valid record id ({message})")
    } else {
        format!("this value is not valid: {message}")
    }
}

/// `WorkshopInfo` as "workshop info".
fn words(type_name: &str) -> String {
    let mut out = String::new();
    for (i, c) in type_name.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push(' ');
        }
        out.extend(c.to_lowercase());
    }
    out
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}
