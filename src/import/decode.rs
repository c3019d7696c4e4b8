//! Bytes to text: UTF-8 with or without a byte-order mark, UTF-16 with one, and the Windows
//! Arabic code page that Excel writes when "CSV" is chosen instead of "CSV UTF-8".

use super::ImportError;
use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1256};

/// The text of a file and, when it had to be converted, a sentence saying from what.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub note: Option<String>,
    /// UTF-8 with a few damaged bytes: where in `text` each replacement character (U+FFFD)
    /// stands, so the rows holding them can be named.
    pub replaced_at: Vec<usize>,
    /// The encoding it was read in, for the report ("UTF-8", "UTF-16", "Windows-1256").
    pub encoding: &'static str,
}

pub fn decode(bytes: &[u8]) -> Result<Decoded, ImportError> {
    // First, whatever the encoding: a page saved with a byte-order mark is a page too.
    if looks_like_html(bytes) {
        return Err(web_page());
    }
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return utf8(rest).map(|decoded| Decoded {
            encoding: if decoded.encoding == "UTF-8" {
                "UTF-8 with a byte-order mark"
            } else {
                decoded.encoding
            },
            ..decoded
        });
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        let encoding = if bytes[0] == 0xFF { UTF_16LE } else { UTF_16BE };
        let (text, _, had_errors) = encoding.decode(bytes);
        if had_errors {
            return Err(not_text("it says it is UTF-16 but is not"));
        }
        if looks_like_html(text.trim_start_matches('\u{FEFF}').as_bytes()) {
            return Err(web_page());
        }
        return Ok(Decoded {
            text: text.trim_start_matches('\u{FEFF}').to_string(),
            note: Some("converted from UTF-16 (Excel \"Unicode text\")".to_string()),
            replaced_at: Vec::new(),
            encoding: if bytes[0] == 0xFF {
                "UTF-16 (little-endian)"
            } else {
                "UTF-16 (big-endian)"
            },
        });
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return Err(not_text(
            "it looks like an Excel workbook (.xlsx); save it as \"CSV UTF-8\" first",
        ));
    }
    if bytes.starts_with(b"\xD0\xCF\x11\xE0") {
        return Err(not_text(
            "it looks like an old Excel workbook (.xls); save it as \"CSV UTF-8\" first",
        ));
    }
    if bytes.contains(&0) {
        return Err(not_text(
            "it contains binary data; export the list as \"CSV UTF-8\"",
        ));
    }
    utf8(bytes)
}

/// UTF-8, or what the bytes as a whole say they are. A file whose non-ASCII characters are
/// mostly valid UTF-8 is UTF-8 with a few damaged bytes (a bad copy, one cell pasted from
/// elsewhere): reading all of it as Windows-1256 would garble every Arabic name to save a
/// few, so those bytes are replaced and their rows named. Only when invalid sequences are
/// the majority (or there is no valid one) is it the Windows code page.
fn utf8(bytes: &[u8]) -> Result<Decoded, ImportError> {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: text.to_string(),
            note: None,
            replaced_at: Vec::new(),
            encoding: "UTF-8",
        });
    }
    let mut text = String::with_capacity(bytes.len());
    let mut replaced_at = Vec::new();
    let mut valid_non_ascii = 0usize;
    for chunk in bytes.utf8_chunks() {
        valid_non_ascii += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        text.push_str(chunk.valid());
        if !chunk.invalid().is_empty() {
            replaced_at.push(text.len());
            text.push(char::REPLACEMENT_CHARACTER);
        }
    }
    if replaced_at.len() >= valid_non_ascii {
        return Ok(windows_1256(bytes));
    }
    Ok(Decoded {
        text,
        note: None,
        replaced_at,
        encoding: "UTF-8",
    })
}

/// Not UTF-8: Excel's plain "CSV" on an Arabic Windows writes code page 1256. Every byte has
/// a meaning there, and its Latin letters include the French accented ones, so the
/// conversion loses nothing; the report says it happened so a wrong guess is noticed.
fn windows_1256(bytes: &[u8]) -> Decoded {
    let (text, _) = WINDOWS_1256.decode_without_bom_handling(bytes);
    Decoded {
        text: text.into_owned(),
        note: Some(
            "the file was not UTF-8; it was read as Windows-1256 (Arabic Windows, as Excel saves \"CSV\"); check that the names look right"
                .to_string(),
        ),
        replaced_at: Vec::new(),
        encoding: "Windows-1256",
    }
}

/// A download that went wrong saves the server's error page under the list's name.
/// Its start (after a byte-order mark, spaces and comments) is a doctype, or an `<html>`,
/// `<head>` or `<body>` tag, or an XML declaration soon followed by `<html`.
fn looks_like_html(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut start: Vec<u8> = bytes
        .iter()
        .take(1024)
        .map(u8::to_ascii_lowercase)
        .collect();
    loop {
        let skipped = start.iter().take_while(|b| b.is_ascii_whitespace()).count();
        start.drain(..skipped);
        if !start.starts_with(b"<!--") {
            break;
        }
        match start.windows(3).position(|w| w == b"-->") {
            Some(end) => {
                start.drain(..end + 3);
            }
            None => return false,
        }
    }
    let tag = |name: &[u8]| {
        start.starts_with(name)
            && matches!(
                start.get(name.len()),
                Some(b'>' | b' ' | b'\t' | b'\r' | b'\n')
            )
    };
    start.starts_with(b"<!doctype html")
        || tag(b"<html")
        || tag(b"<head")
        || tag(b"<body")
        || start.starts_with(b"<?xml") && start.windows(5).any(|w| w == b"<html")
}

fn web_page() -> ImportError {
    not_text(
        "it is a web page (HTML), perhaps an error page saved instead of the list; download the list again",
    )
}

fn not_text(why: &str) -> ImportError {
    ImportError::NotCsv(format!("this is not a CSV text file: {why}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byte_order_mark_is_dropped() {
        let decoded = decode(b"\xEF\xBB\xBFname\nAli\n").unwrap();
        assert_eq!(decoded.text, "name\nAli\n");
        assert_eq!(decoded.note, None);
    }

    #[test]
    fn windows_arabic_is_converted_with_a_note() {
        // "علي" in code page 1256.
        let decoded = decode(b"name\n\xda\xe1\xed\n").unwrap();
        assert_eq!(decoded.text, "name\nعلي\n");
        assert!(decoded.note.unwrap().contains("Windows-1256"));
    }

    #[test]
    fn utf8_with_a_few_bad_bytes_stays_utf8_and_says_where() {
        let mut bytes = "name\nعلي حسن\nنور".as_bytes().to_vec();
        bytes.push(0xFF);
        bytes.extend_from_slice("\nسارة\n".as_bytes());
        let decoded = decode(&bytes).unwrap();
        assert_eq!(decoded.text, "name\nعلي حسن\nنور\u{FFFD}\nسارة\n");
        assert_eq!(decoded.note, None);
        let at = decoded.replaced_at;
        assert_eq!(at.len(), 1);
        assert_eq!(&decoded.text[at[0]..at[0] + 3], "\u{FFFD}");
    }

    #[test]
    fn mostly_invalid_utf8_is_windows_arabic_even_with_a_lucky_pair() {
        // "علي" and "حسن" in code page 1256, and one pair of bytes (é in UTF-8) that happens
        // to be valid UTF-8: the file as a whole says Windows-1256.
        let decoded = decode(b"name\n\xda\xe1\xed \xcd\xd3\xe4\nCaf\xc3\xa9\n").unwrap();
        assert!(
            decoded.text.starts_with("name\nعلي حسن\n"),
            "{}",
            decoded.text
        );
        assert!(decoded.note.unwrap().contains("Windows-1256"));
        assert!(decoded.replaced_at.is_empty());
    }

    #[test]
    fn utf16_with_a_mark_is_converted() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "name\tعلي\n".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        let decoded = decode(&bytes).unwrap();
        assert_eq!(decoded.text, "name\tعلي\n");
    }

    #[test]
    fn workbooks_and_binary_are_refused_with_a_reason() {
        let xlsx = decode(b"PK\x03\x04rest").unwrap_err().to_string();
        assert!(xlsx.contains("Excel workbook"), "{xlsx}");
        let binary = decode(b"name\0\x01\x02").unwrap_err().to_string();
        assert!(binary.contains("binary"), "{binary}");
    }
}
