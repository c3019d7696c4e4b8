//! The report as a Word document (`.docx`, Office Open XML), written natively: styles
//! (Title, Heading 1–3, a bordered table style), a table of contents field that Word fills
//! on opening, "Page n of N" in the footer, tables whose column widths follow what each
//! column holds and whose header row repeats on every page, and right-to-left paragraphs
//! and cells for Arabic and Kurdish text. LibreOffice and Word open it as it is.
//!
//! [`Body`] is the small set of blocks the report needs (headings, paragraphs, list items,
//! tables); [`content`] walks the [`Report`] into it. Text is XML-escaped here and nowhere
//! else; user text arrives already cleaned of control and bidi-override characters.

mod content;
mod outputs;
mod parts;

use super::Report;
use super::script::rtl_lang;
use std::io::{self, Cursor, Write};
use zip::write::SimpleFileOptions;

/// A4 text width in twentieths of a point with 2 cm margins: 11906 − 2 × 1134.
const TEXT_WIDTH: u32 = 9638;

/// Write the whole report as a `.docx`.
pub fn write(report: &Report, out: &mut impl Write) -> io::Result<()> {
    let mut body = Body::default();
    content::report(report, &mut body);
    let document = parts::document(&body.xml);
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default();
    let files: [(&str, &str); 7] = [
        ("[Content_Types].xml", parts::CONTENT_TYPES),
        ("_rels/.rels", parts::ROOT_RELS),
        ("word/_rels/document.xml.rels", parts::DOCUMENT_RELS),
        ("word/document.xml", &document),
        ("word/styles.xml", parts::STYLES),
        ("word/settings.xml", parts::SETTINGS),
        ("word/footer1.xml", parts::FOOTER),
    ];
    for (name, text) in files {
        zip.start_file(name, options).map_err(io::Error::other)?;
        zip.write_all(text.as_bytes())?;
    }
    let bytes = zip.finish().map_err(io::Error::other)?.into_inner();
    out.write_all(&bytes)
}

/// XML-escape text for an element or an attribute.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if c.is_control() && c != '\n' => {}
            c => out.push(c),
        }
    }
    out
}

/// A run of text; line breaks become `<w:br/>`. Right-to-left text is marked so, with its
/// language, so Word shapes and orders it as Arabic or Kurdish.
fn runs(text: &str, bold: bool) -> String {
    let lang = rtl_lang(text);
    let mut props = String::new();
    if bold {
        props.push_str("<w:b/><w:bCs/>");
    }
    if let Some(lang) = lang {
        let lang = if lang == "ckb" { "ckb-IQ" } else { "ar-IQ" };
        props.push_str(&format!("<w:rtl/><w:lang w:bidi=\"{lang}\"/>"));
    }
    let props = if props.is_empty() {
        String::new()
    } else {
        format!("<w:rPr>{props}</w:rPr>")
    };
    text.split('\n')
        .map(|line| {
            format!(
                "<w:r>{props}<w:t xml:space=\"preserve\">{}</w:t></w:r>",
                escape(line)
            )
        })
        .collect::<Vec<_>>()
        .join(&format!("<w:r>{props}<w:br/></w:r>"))
}

/// How one cell or paragraph is laid out.
#[derive(Clone, Copy, Default)]
pub(super) struct Look {
    bold: bool,
    right: bool,
}

/// The document body as it is built.
#[derive(Default)]
pub(super) struct Body {
    xml: String,
}

impl Body {
    fn paragraph(&mut self, style: Option<&str>, text: &str, look: Look) {
        self.xml.push_str(&paragraph(style, text, look));
    }

    pub fn heading(&mut self, level: u8, text: &str) {
        self.paragraph(Some(&format!("Heading{level}")), text, Look::default());
    }

    pub fn title(&mut self, text: &str) {
        self.paragraph(Some("Title"), text, Look::default());
    }

    pub fn text(&mut self, text: &str) {
        self.paragraph(None, text, Look::default());
    }

    /// A paragraph with a bold lead: "**Who came.** 50 people…".
    pub fn lead(&mut self, lead: &str, text: &str) {
        self.xml.push_str(&format!(
            "<w:p>{}{}<w:r><w:t xml:space=\"preserve\"> </w:t></w:r>{}</w:p>",
            paragraph_props(None, text, Look::default()),
            runs(lead, true),
            runs(text, false)
        ));
    }

    /// A list item: a bullet or a number ("1."), hanging.
    pub fn item(&mut self, mark: &str, text: &str) {
        let props = paragraph_props(Some("ListItem"), text, Look::default());
        self.xml.push_str(&format!(
            "<w:p>{props}{}<w:r><w:tab/></w:r>{}</w:p>",
            runs(mark, false),
            runs(text, false)
        ));
    }

    pub fn page_break(&mut self) {
        self.xml
            .push_str("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
    }

    /// The table of contents: a field Word fills when the document opens (settings ask it
    /// to update fields), with a line saying so until then.
    pub fn contents(&mut self) {
        self.heading(1, "Contents");
        self.xml.push_str(
            "<w:p><w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r>\
             <w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-2\" \\h \\z \\u </w:instrText></w:r>\
             <w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>\
             <w:r><w:t>The table of contents is filled in when the document is opened in Word \
             (or with Tools › Update › Update All in LibreOffice).</w:t></w:r>\
             <w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>",
        );
    }

    /// A table: column names with their relative widths and whether they hold numbers
    /// (right-aligned), then the rows. The header row repeats on every page and no row
    /// breaks across pages.
    pub fn table(&mut self, columns: &[(&str, u32, bool)], rows: &[Vec<String>]) {
        let total: u32 = columns.iter().map(|c| c.1).sum::<u32>().max(1);
        let widths: Vec<u32> = columns.iter().map(|c| c.1 * TEXT_WIDTH / total).collect();
        let mut xml = String::from(
            "<w:tbl><w:tblPr><w:tblStyle w:val=\"ReportTable\"/>\
             <w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>",
        );
        for width in &widths {
            xml.push_str(&format!("<w:gridCol w:w=\"{width}\"/>"));
        }
        xml.push_str("</w:tblGrid>");
        let header: Vec<String> = columns.iter().map(|c| breakable(c.0)).collect();
        xml.push_str(&row(&header, &widths, columns, true));
        for cells in rows {
            xml.push_str(&row(cells, &widths, columns, false));
        }
        xml.push_str("</w:tbl>");
        self.xml.push_str(&xml);
        // Word needs a paragraph between two tables, or it joins them.
        self.xml
            .push_str("<w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr></w:p>");
    }
}

/// A column name with soft hyphens in its long words: a narrow column then breaks
/// "Substan-tiation" with a hyphen where it must, never at an arbitrary letter.
fn breakable(name: &str) -> String {
    const WORDS: [(&str, &str); 6] = [
        ("Endorsed", "Endor\u{ad}sed"),
        ("Significance", "Signifi\u{ad}cance"),
        ("Contribution", "Contri\u{ad}bution"),
        ("Substantiation", "Substan\u{ad}tiation"),
        ("organisation", "organi\u{ad}sation"),
        ("difference", "diffe\u{ad}rence"),
    ];
    WORDS.iter().fold(name.to_string(), |name, (word, soft)| {
        name.replace(word, soft)
    })
}

fn paragraph_props(style: Option<&str>, text: &str, look: Look) -> String {
    let mut props = String::new();
    if let Some(style) = style {
        props.push_str(&format!("<w:pStyle w:val=\"{style}\"/>"));
    }
    if rtl_lang(text).is_some() {
        props.push_str("<w:bidi/>");
    }
    if look.right {
        props.push_str("<w:jc w:val=\"end\"/>");
    }
    if props.is_empty() {
        String::new()
    } else {
        format!("<w:pPr>{props}</w:pPr>")
    }
}

fn paragraph(style: Option<&str>, text: &str, look: Look) -> String {
    format!(
        "<w:p>{}{}</w:p>",
        paragraph_props(style, text, look),
        runs(text, look.bold)
    )
}

fn row(cells: &[String], widths: &[u32], columns: &[(&str, u32, bool)], header: bool) -> String {
    let mut xml = String::from("<w:tr><w:trPr><w:cantSplit/>");
    if header {
        xml.push_str("<w:tblHeader/>");
    }
    xml.push_str("</w:trPr>");
    for (index, width) in widths.iter().enumerate() {
        let text = cells.get(index).map(String::as_str).unwrap_or("");
        let look = Look {
            bold: header,
            right: columns.get(index).is_some_and(|c| c.2),
        };
        let shade = if header {
            "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"EEF2F6\"/>"
        } else {
            ""
        };
        xml.push_str(&format!(
            "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>{shade}</w:tcPr>{}</w:tc>",
            paragraph(
                Some(if header { "TableHead" } else { "TableText" }),
                text,
                look
            )
        ));
    }
    xml.push_str("</w:tr>");
    xml
}

/// Where the document goes without `--output`: `FILE.docx` beside the session, with
/// `-anonymised` before the extension when anonymised.
pub fn default_docx_output(session: &std::path::Path, anonymise: bool) -> std::path::PathBuf {
    let stem = session
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "report".to_string());
    let suffix = if anonymise { "-anonymised" } else { "" };
    session.with_file_name(format!("{stem}{suffix}.docx"))
}

/// Compute the report and write the document to `output` atomically (mode 0600, like every
/// export). Returns the report's one-line summary and the bytes written.
pub fn export_docx(
    workshop: &crate::model::Workshop,
    output: &std::path::Path,
    anonymise: bool,
    include_internal: bool,
) -> Result<(String, u64), super::ExportError> {
    super::export::export_office(workshop, output, anonymise, include_internal, |r, out| {
        write(r, out)
    })
}
