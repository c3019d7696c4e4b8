//! `halaqa export FILE --format md|html|csv [--output PATH] [--anonymise]`: the report as
//! one Markdown or HTML file, or a folder of CSV tables, written atomically (mode 0600).

use super::{ExportArgs, ExportFormat};
use crate::report::{self, Format};
use crate::store;
use std::io::Write;

pub fn run(args: ExportArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let loaded = store::load(&args.file)?;
    let format = match args.format {
        ExportFormat::Md => Format::Markdown,
        ExportFormat::Html => Format::Html,
        ExportFormat::Csv => Format::Csv,
    };
    let output = args
        .output
        .clone()
        .unwrap_or_else(|| report::default_output(&args.file, format, args.anonymise));
    if output == args.file {
        anyhow::bail!(
            "cannot write {}: that is the session file itself; choose another --output",
            output.display()
        );
    }
    let written = report::export(
        &loaded.workshop,
        format,
        &output,
        args.anonymise,
        &mut |_| {},
    )?;
    let what = match format {
        Format::Csv => format!("{} tables", written.files.len()),
        Format::Markdown => "Markdown report".to_string(),
        Format::Html => "HTML report".to_string(),
    };
    let anonymised = if args.anonymise { ", anonymised" } else { "" };
    writeln!(
        out,
        "wrote {} ({what}{anonymised}, {})",
        written.path.display(),
        human_bytes(written.bytes)
    )?;
    writeln!(out, "{}", written.summary)?;
    Ok(())
}

fn human_bytes(bytes: u64) -> String {
    match bytes {
        b if b < 1024 => format!("{b} bytes"),
        b if b < 1024 * 1024 => format!("{:.1} KiB", b as f64 / 1024.0),
        b => format!("{:.1} MiB", b as f64 / (1024.0 * 1024.0)),
    }
}
