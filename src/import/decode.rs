//! Bytes to text: UTF-8 with or without a byte-order mark, UTF-16 with one, and the Windows
//! Arabic code page that Excel writes when "CSV" is chosen instead of "CSV UTF-8".

use super::ImportError;
use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1256};

/// The text of a file and, when it had to be converted, a sentence saying from what.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub note: Option<String>,
}

pub fn decode(bytes: &[u8]) -> Result<Decoded, ImportError> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return utf8(rest);
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        let encoding = if bytes[0] == 0xFF { UTF_16LE } else { UTF_16BE };
        let (text, _, had_errors) = encoding.decode(bytes);
        if had_errors {
            return Err(not_text("it says it is UTF-16 but is not"));
        }
        return Ok(Decoded {
            text: text.trim_start_matches('\u{FEFF}').to_string(),
            note: Some("converted from UTF-16 (Excel \"Unicode text\")".to_string()),
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
    match std::str::from_utf8(bytes) {
        Ok(_) => utf8(bytes),
        Err(_) => windows_1256(bytes),
    }
}

fn utf8(bytes: &[u8]) -> Result<Decoded, ImportError> {
    match String::from_utf8(bytes.to_vec()) {
        Ok(text) => Ok(Decoded { text, note: None }),
        // A BOM promised UTF-8; what follows is not. The Windows code page is still the
        // likeliest explanation (a file edited after export).
        Err(_) => windows_1256(bytes),
    }
}

/// Not UTF-8: Excel's plain "CSV" on an Arabic Windows writes code page 1256. Every byte has
/// a meaning there, and its Latin letters include the French accented ones, so the
/// conversion loses nothing; the report says it happened so a wrong guess is noticed.
fn windows_1256(bytes: &[u8]) -> Result<Decoded, ImportError> {
    let (text, _) = WINDOWS_1256.decode_without_bom_handling(bytes);
    Ok(Decoded {
        text: text.into_owned(),
        note: Some(
            "the file was not UTF-8; it was read as Windows-1256 (Arabic Windows, as Excel saves \"CSV\"); check that the names look right"
                .to_string(),
        ),
    })
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
