//! Workbooks and "CSV" files built to hurt, or broken in the ways downloads break: a zip bomb
//! (a sheet whose XML expands to hundreds of megabytes or claims gigabytes), a sheet of
//! 1,000,000 rows, a sheet spanning millions of empty cells, a "CSV" that is a web page. Each
//! is one sentence, nothing is written, and the memory taken stays small. The files are made
//! in the test.

#[path = "support/cli.rs"]
mod cli;

use cli::Sandbox;
use std::io::{Cursor, Write};

/// A small real workbook: a header and two people.
fn workbook() -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write(0, 0, "name").unwrap();
    sheet.write(0, 1, "phone").unwrap();
    sheet.write(1, 0, "Amal Yousef").unwrap();
    sheet.write(1, 1, "07701234567").unwrap();
    sheet.write(2, 0, "Karwan Ali").unwrap();
    book.save_to_buffer().unwrap()
}

/// `bytes` with `part` added, `size` bytes of one sheet row repeated, streamed into the zip
/// (the test never holds the expanded part).
fn with_part(bytes: Vec<u8>, part: &str, size: usize) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new_append(Cursor::new(bytes)).unwrap();
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(1))
        .large_file(size > u32::MAX as usize);
    zip.start_file(part, options).unwrap();
    let chunk = "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>".repeat(20_000);
    let mut written = 0;
    while written < size {
        let n = chunk.len().min(size - written);
        zip.write_all(&chunk.as_bytes()[..n]).unwrap();
        written += n;
    }
    zip.finish().unwrap().into_inner()
}

fn session() -> (Sandbox, Vec<u8>) {
    let sandbox = Sandbox::new();
    sandbox
        .run(["new", "w.ron", "--title", "Closing session"])
        .succeeded();
    let before = std::fs::read(sandbox.path("w.ron")).unwrap();
    (sandbox, before)
}

/// Import `bytes` as `name`: refused in one sentence saying `says`, the session unchanged.
fn refused(sandbox: &Sandbox, before: &[u8], name: &str, bytes: &[u8], says: &str) -> String {
    std::fs::write(sandbox.path(name), bytes).unwrap();
    let run = sandbox.run(["import", "participants", "w.ron", name]);
    assert!(!run.stderr.contains("panicked"), "{name}: {}", run.stderr);
    run.refused().says(says);
    cli::assert_one_sentence(&run.stderr);
    assert_eq!(
        std::fs::read(sandbox.path("w.ron")).unwrap(),
        before,
        "{name}"
    );
    run.stderr.clone()
}

#[test]
fn a_sheet_that_expands_past_the_limit_is_refused_before_it_is_parsed() {
    let (sandbox, before) = session();
    // 300 MiB of sheet XML, a few megabytes zipped.
    let bomb = with_part(workbook(), "xl/worksheets/sheet9.xml", 300 * 1024 * 1024);
    assert!(bomb.len() < 8 * 1024 * 1024, "{} bytes", bomb.len());
    let said = refused(&sandbox, &before, "bomb.xlsx", &bomb, "would expand to");
    assert!(said.contains("not a registration list"), "{said}");
    // The small workbook itself imports.
    std::fs::write(sandbox.path("ok.xlsx"), workbook()).unwrap();
    sandbox
        .run(["import", "participants", "w.ron", "ok.xlsx"])
        .succeeded()
        .says("Added 2");
}

/// `bytes` with the uncompressed size of every entry named `part` declared as `size`, in its
/// local header and in the central directory (a bomb that says what it will become).
fn declaring(mut bytes: Vec<u8>, part: &str, size: u32) -> Vec<u8> {
    let name = part.as_bytes();
    let mut at = 0;
    while let Some(found) = bytes[at..].windows(name.len()).position(|w| w == name) {
        let i = at + found;
        // The name follows a 30-byte local header or a 46-byte central directory entry.
        for (signature, header, size_at) in [(b"PK\x03\x04", 30, 22), (b"PK\x01\x02", 46, 24)] {
            if i >= header && &bytes[i - header..i - header + 4] == signature {
                let field = i - header + size_at;
                bytes[field..field + 4].copy_from_slice(&size.to_le_bytes());
            }
        }
        at = i + name.len();
    }
    bytes
}

#[test]
fn a_sheet_that_claims_gigabytes_is_refused_from_its_declared_size() {
    let (sandbox, before) = session();
    let bomb = declaring(
        with_part(workbook(), "xl/worksheets/sheet9.xml", 1024),
        "xl/worksheets/sheet9.xml",
        u32::MAX,
    );
    let said = refused(
        &sandbox,
        &before,
        "claims.xlsx",
        &bomb,
        "would expand to 4096 MiB",
    );
    assert!(
        said.contains("more than the 512 MiB halaqa reads"),
        "{said}"
    );
}

/// A minimal .xlsx with one sheet whose XML is `rows` streamed in, recording its size as
/// `dimension` when given.
fn xlsx_with_sheet(dimension: Option<&str>, rows: impl Iterator<Item = String>) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(1));
    let parts = [
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#,
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
        ),
        (
            "xl/workbook.xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Registrations" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
        ),
        (
            "xl/_rels/workbook.xml.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#,
        ),
    ];
    for (name, text) in parts {
        zip.start_file(name, options).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.start_file("xl/worksheets/sheet1.xml", options).unwrap();
    zip.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#)
        .unwrap();
    if let Some(dimension) = dimension {
        zip.write_all(format!(r#"<dimension ref="{dimension}"/>"#).as_bytes())
            .unwrap();
    }
    zip.write_all(b"<sheetData>").unwrap();
    for row in rows {
        zip.write_all(row.as_bytes()).unwrap();
    }
    zip.write_all(b"</sheetData></worksheet>").unwrap();
    zip.finish().unwrap().into_inner()
}

fn row(number: usize, cells: &[(&str, &str)]) -> String {
    let cells: String = cells
        .iter()
        .map(|(column, text)| {
            format!(r#"<c r="{column}{number}" t="inlineStr"><is><t>{text}</t></is></c>"#)
        })
        .collect();
    format!(r#"<row r="{number}">{cells}</row>"#)
}

#[test]
fn a_sheet_of_a_million_rows_is_refused_naming_the_limit() {
    let (sandbox, before) = session();
    let header = std::iter::once(row(1, &[("A", "name"), ("B", "phone")]));
    let people = (2..=1_000_001).map(|n| row(n, &[("A", "Person"), ("B", "0770")]));
    let million = xlsx_with_sheet(None, header.chain(people));
    // Without a record of its size, the sheet is read until the limit is passed.
    let said = refused(
        &sandbox,
        &before,
        "million.xlsx",
        &million,
        "the sheet \"Registrations\" has more than the 200000 rows halaqa reads at once",
    );
    assert!(said.contains("is it the registration list?"), "{said}");
    // With one (as Excel and KoBo write it), its count is said at once.
    let header = std::iter::once(row(1, &[("A", "name"), ("B", "phone")]));
    let people = (2..=1_000_001).map(|n| row(n, &[("A", "Person"), ("B", "0770")]));
    let million = xlsx_with_sheet(Some("A1:B1000001"), header.chain(people));
    refused(
        &sandbox,
        &before,
        "million_sized.xlsx",
        &million,
        "the file has 1000000 rows, more than the 200000 halaqa reads at once",
    );
    // The same shape, short, imports: the refusal is the length, not the shape.
    let header = std::iter::once(row(1, &[("A", "name"), ("B", "phone")]));
    let few = (2..=4).map(|n| row(n, &[("A", &format!("Person {n}")), ("B", "")]));
    std::fs::write(
        sandbox.path("few.xlsx"),
        xlsx_with_sheet(None, header.chain(few)),
    )
    .unwrap();
    sandbox
        .run(["import", "participants", "w.ron", "few.xlsx"])
        .succeeded()
        .says("Added 3");
}

#[test]
fn a_sheet_spanning_millions_of_empty_cells_is_refused_before_it_is_laid_out() {
    let (sandbox, before) = session();
    // One cell in A1, one far down and far right: a grid of billions of cells if laid out.
    let rows = [row(1, &[("A", "name")]), row(150_000, &[("XFD", "x")])];
    let said = refused(
        &sandbox,
        &before,
        "sparse.xlsx",
        &xlsx_with_sheet(None, rows.into_iter()),
        "spans 150000 rows by 16384 columns",
    );
    assert!(
        said.contains("more than the 10000000 cells halaqa reads"),
        "{said}"
    );
}

#[test]
fn a_csv_that_is_a_web_page_is_one_sentence() {
    let (sandbox, before) = session();
    for (name, page) in [
        (
            "doctype.csv",
            "<!DOCTYPE html><html><body>404 Not Found</body></html>",
        ),
        (
            "bom.csv",
            "\u{feff}\n  <html lang=\"en\"><head><title>Sign in</title></head></html>",
        ),
        (
            "comment.csv",
            "<!-- error page -->\n<html><body>Forbidden</body></html>",
        ),
        (
            "head.csv",
            "<head><meta charset=\"utf-8\"><title>Error</title></head><body></body>",
        ),
    ] {
        refused(
            &sandbox,
            &before,
            name,
            page.as_bytes(),
            "it is a web page (HTML)",
        );
    }
}

/// An OpenDocument spreadsheet whose one sheet's rows are `table` (its XML as written).
fn ods_with_rows(table: &str) -> Vec<u8> {
    let content = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">\
<office:body><office:spreadsheet><table:table table:name=\"Participants\">{table}</table:table>\
</office:spreadsheet></office:body></office:document-content>"
    );
    let manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">\
<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>\
<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\
</manifest:manifest>";
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    zip.start_file("META-INF/manifest.xml", stored).unwrap();
    zip.write_all(manifest.as_bytes()).unwrap();
    zip.start_file("content.xml", stored).unwrap();
    zip.write_all(content.as_bytes()).unwrap();
    zip.finish().unwrap().into_inner()
}

fn ods_cell(text: &str) -> String {
    format!(
        "<table:table-cell office:value-type=\"string\"><text:p>{text}</text:p></table:table-cell>"
    )
}

#[test]
fn an_ods_row_repeated_a_million_times_is_refused_before_it_is_opened() {
    let (sandbox, before) = session();
    // A few hundred bytes that the parser would lay out as 20 million cells.
    let header = format!("<table:table-row>{}</table:table-row>", ods_cell("name"));
    let repeated = format!(
        "<table:table-row table:number-rows-repeated=\"1000000\">{}</table:table-row>",
        ods_cell("Amal").repeat(20)
    );
    let bytes = ods_with_rows(&format!("{header}{repeated}"));
    assert!(bytes.len() < 4096, "{} bytes", bytes.len());
    refused(
        &sandbox,
        &before,
        "repeated.ods",
        &bytes,
        "the file has 1000000 rows, more than the 200000 halaqa reads at once",
    );
    // Wide instead of long: 100,000 rows of 1,000 columns.
    let wide = "<table:table-row table:number-rows-repeated=\"100000\">\
<table:table-cell table:number-columns-repeated=\"1000\" office:value-type=\"string\"><text:p>x</text:p></table:table-cell>\
</table:table-row>";
    refused(
        &sandbox,
        &before,
        "wide.ods",
        &ods_with_rows(&format!("{header}{wide}")),
        "spans 100001 rows by 1000 columns",
    );
}

#[test]
fn an_ods_with_librecalcs_million_empty_trailing_rows_still_imports() {
    let (sandbox, _) = session();
    // LibreOffice ends every sheet this way: empty rows and cells repeated to the sheet's end.
    let table = format!(
        "<table:table-row>{}{}<table:table-cell table:number-columns-repeated=\"1022\"/></table:table-row>\
<table:table-row>{}{}<table:table-cell table:number-columns-repeated=\"1022\"/></table:table-row>\
<table:table-row table:number-rows-repeated=\"1048574\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>",
        ods_cell("name"),
        ods_cell("phone"),
        ods_cell("Layla Aziz"),
        ods_cell("07701234567"),
    );
    std::fs::write(sandbox.path("calc.ods"), ods_with_rows(&table)).unwrap();
    sandbox
        .run(["import", "participants", "w.ron", "calc.ods"])
        .succeeded()
        .says("Added 1");
}
