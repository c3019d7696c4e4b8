//! Scanning an anonymised export for anything personal that got through: every registered
//! person's name (the mentions the scrubber knows), phone and email, in every file of the
//! export — a Markdown or HTML file, each table of a CSV folder, the XML parts of a Word
//! document or an Excel workbook.

use super::scrub::{Found, Scrubber};
use std::io::Read;
use std::path::Path;

/// One find: where, what kind, and the text found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// "closing-anonymised.md, line 12", "word/document.xml, line 1".
    pub location: String,
    pub kind: Found,
    pub text: String,
}

impl Hit {
    pub fn sentence(&self) -> String {
        format!("{}: {} ({})", self.location, self.kind.noun(), self.text)
    }
}

/// Every hit in `text`, line by line, `name` naming the file in each location.
pub fn scan_text(scrubber: &Scrubber, name: &str, text: &str) -> Vec<Hit> {
    text.lines()
        .enumerate()
        .flat_map(|(index, line)| {
            scrubber
                .find(line)
                .into_iter()
                .map(move |(kind, text)| Hit {
                    location: format!("{name}, line {}", index + 1),
                    kind,
                    text,
                })
        })
        .collect()
}

/// Every hit in the export at `path`: a file (Markdown, HTML, CSV, .docx, .xlsx) or a folder
/// of CSV tables. An error is a sentence naming what could not be read.
pub fn scan_path(scrubber: &Scrubber, path: &Path) -> Result<Vec<Hit>, String> {
    let shown = path.display().to_string();
    if path.is_dir() {
        let mut entries: Vec<_> = std::fs::read_dir(path)
            .map_err(|e| format!("cannot read the folder {shown}: {e}"))?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_file())
            .collect();
        entries.sort();
        let mut hits = Vec::new();
        for entry in entries {
            hits.extend(scan_path(scrubber, &entry)?);
        }
        return Ok(hits);
    }
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {shown}: {e}"))?;
    let name = path
        .file_name()
        .map_or(shown.clone(), |n| n.to_string_lossy().into_owned());
    if bytes.starts_with(b"PK\x03\x04") {
        return scan_zip(scrubber, &name, &bytes);
    }
    let text = String::from_utf8_lossy(&bytes);
    let text = if name.ends_with(".html") || name.ends_with(".htm") {
        xml_text(&text)
    } else {
        text.into_owned()
    };
    Ok(scan_text(scrubber, &name, &text))
}

/// The XML parts of a Word document or a workbook, each scanned as its text.
pub fn scan_zip(scrubber: &Scrubber, name: &str, bytes: &[u8]) -> Result<Vec<Hit>, String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|_| format!("{name} is not a readable Word or Excel file"))?;
    let mut hits = Vec::new();
    for index in 0..archive.len() {
        let mut part = archive
            .by_index(index)
            .map_err(|_| format!("{name} has a part that cannot be read"))?;
        let part_name = part.name().map(|n| n.into_owned()).unwrap_or_default();
        if !part_name.ends_with(".xml") {
            continue;
        }
        let mut xml = String::new();
        part.read_to_string(&mut xml)
            .map_err(|_| format!("{name}: the part {part_name} cannot be read"))?;
        hits.extend(scan_text(
            scrubber,
            &format!("{name} › {part_name}"),
            &xml_text(&xml),
        ));
    }
    Ok(hits)
}

/// The text of XML or HTML: tags become spaces (so two cells never join into one word),
/// entities are decoded, and each paragraph, row or cell ends a line.
pub fn xml_text(xml: &str) -> String {
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(open) = rest.find('<') {
        out.push_str(&decode(&rest[..open]));
        let Some(close) = rest[open..].find('>') else {
            rest = "";
            break;
        };
        let tag = &rest[open..open + close];
        let ends_line = [
            "</w:p", "</p", "</tr", "</li", "</row", "</si", "<br", "</h", "</td",
        ]
        .iter()
        .any(|t| tag.starts_with(t));
        out.push(if ends_line { '\n' } else { ' ' });
        rest = &rest[open + close + 1..];
    }
    out.push_str(&decode(rest));
    out
}

fn decode(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let tail = &rest[amp..];
        let Some(semi) = tail.find(';').filter(|&s| s <= 10) else {
            out.push('&');
            rest = &tail[1..];
            continue;
        };
        let entity = &tail[1..semi];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some(' '),
            _ => entity
                .strip_prefix("#x")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &tail[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}
