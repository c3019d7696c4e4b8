//! A zipped workbook (`.xlsx`, `.ods`) is checked before the parser sees it: a sheet's XML
//! compresses a thousandfold, so a file of a few hundred kilobytes can expand to gigabytes
//! (a "zip bomb") and take the laptop's memory with it. The sizes the zip declares are
//! checked first (cheap), then each part is inflated into nothing, counting, to make sure it
//! is no larger than declared (the zip reader stops a part that goes past its declared size,
//! the parser's too): the parser is handed only what fits.

use super::ImportError;
use std::io::{Cursor, Read};

/// The most one part of a workbook (a sheet's XML) may expand to. A sheet of 200,000 rows
/// of 30 short columns is about 150 MiB of XML.
pub const MAX_PART_BYTES: u64 = 256 * 1024 * 1024;
/// The most all parts together may expand to.
pub const MAX_TOTAL_BYTES: u64 = 512 * 1024 * 1024;

fn too_large(bytes: u64) -> ImportError {
    ImportError::Workbook(format!(
        "the workbook would expand to {} MiB or more when opened, more than the {} MiB halaqa \
         reads; it is damaged or built to fill the memory, not a registration list \
         (save the list again as .xlsx or \"CSV UTF-8\")",
        bytes / (1024 * 1024),
        MAX_TOTAL_BYTES.max(MAX_PART_BYTES) / (1024 * 1024)
    ))
}

/// Refuse a zip whose parts expand past the limits. A zip that does not open is let through:
/// the parser says in its own words that it is damaged.
pub fn check(bytes: &[u8]) -> Result<(), ImportError> {
    check_with(bytes, MAX_PART_BYTES, MAX_TOTAL_BYTES)
}

fn check_with(bytes: &[u8], max_part: u64, max_total: u64) -> Result<(), ImportError> {
    if !bytes.starts_with(b"PK\x03\x04") {
        return Ok(());
    }
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(());
    };
    let mut declared_total: u64 = 0;
    let mut parts = Vec::new();
    for i in 0..archive.len() {
        let Ok(part) = archive.by_index_raw(i) else {
            return Ok(());
        };
        let declared = part.size();
        declared_total = declared_total.saturating_add(declared);
        if declared > max_part || declared_total > max_total {
            return Err(too_large(declared.max(declared_total)));
        }
        parts.push(declared);
    }
    // The declared sizes may lie: inflate each part, never further than it may go.
    let mut inflated_total: u64 = 0;
    for (i, declared) in parts.into_iter().enumerate() {
        let Ok(part) = archive.by_index(i) else {
            return Ok(());
        };
        let room = max_part.min(max_total.saturating_sub(inflated_total));
        let limit = room.min(declared).saturating_add(1);
        let read = match std::io::copy(&mut part.take(limit), &mut std::io::sink()) {
            Ok(read) => read,
            // The zip reader stops a part at its declared size, as bombs lie about it.
            Err(error) if error.to_string().contains("declared") => {
                return Err(too_large(inflated_total.saturating_add(declared)));
            }
            // Damage in the compressed data (or a wrong checksum): the parser will say so.
            Err(_) => return Ok(()),
        };
        inflated_total = inflated_total.saturating_add(read);
        if read > room {
            return Err(too_large(inflated_total));
        }
        if read > declared {
            // More than the zip says: it lies about its sizes, as bombs do.
            return Err(too_large(inflated_total.max(read)));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn zipped(parts: &[(&str, &[u8])]) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let deflated = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, bytes) in parts {
            zip.start_file(*name, deflated).unwrap();
            zip.write_all(bytes).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    #[test]
    fn parts_past_the_limits_are_refused_and_others_pass() {
        let big = vec![b'a'; 10_000];
        let bytes = zipped(&[("xl/worksheets/sheet1.xml", &big)]);
        assert!(check_with(&bytes, 20_000, 20_000).is_ok());
        let error = check_with(&bytes, 5_000, 20_000).unwrap_err().to_string();
        assert!(error.contains("would expand to"), "{error}");
        let two = zipped(&[("a.xml", &big), ("b.xml", &big)]);
        assert!(check_with(&two, 20_000, 15_000).is_err());
        assert!(check_with(b"name,phone\n", 1, 1).is_ok());
        assert!(
            check_with(b"PK\x03\x04 cut", 1, 1).is_ok(),
            "left to the parser"
        );
    }

    #[test]
    fn a_part_larger_than_it_says_is_refused() {
        let big = vec![b'a'; 10_000];
        let mut bytes = zipped(&[("xl/worksheets/sheet1.xml", &big)]);
        // Make both headers declare 100 bytes instead of 10,000.
        let size = 10_000u32.to_le_bytes();
        let lie = 100u32.to_le_bytes();
        let mut at = 0;
        while let Some(found) = bytes[at..].windows(4).position(|w| w == size) {
            let i = at + found;
            bytes[i..i + 4].copy_from_slice(&lie);
            at = i + 4;
        }
        let error = check_with(&bytes, 1_000_000, 1_000_000)
            .unwrap_err()
            .to_string();
        assert!(error.contains("would expand to"), "{error}");
    }
}
