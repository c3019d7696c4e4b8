//! `halaqa export FILE --format md|html|docx|csv|xlsx|signin|ics [--output PATH] [--anonymise]
//! [--include-internal] [--day N]`:
//! the report as one Markdown or HTML file, a folder of CSV tables, or one day's printable
//! sign-in sheet, written atomically (mode 0600).

use super::{ExportArgs, ExportFormat, UsageError, plural};
use crate::report::{self, Format};
use crate::store;
use chrono::Local;
use std::io::Write;

pub fn run(args: ExportArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let format = match args.format {
        ExportFormat::Md => Format::Markdown,
        ExportFormat::Html => Format::Html,
        ExportFormat::Csv => Format::Csv,
        ExportFormat::Signin => Format::Signin,
        ExportFormat::Ics => return calendar(args, out),
        ExportFormat::Xlsx => return office(args, out, Office::Excel),
        ExportFormat::Docx => return office(args, out, Office::Word),
    };
    if format == Format::Signin && args.anonymise {
        return Err(UsageError(
            "a sign-in sheet lists names to sign against, so --anonymise does not apply to \
             --format signin"
                .to_string(),
        )
        .into());
    }
    if format == Format::Signin && args.include_internal {
        return Err(UsageError(
            "--include-internal is for the report (md, html, csv), not --format signin".to_string(),
        )
        .into());
    }
    if format != Format::Signin && args.day.is_some() {
        return Err(UsageError("--day is only for --format signin".to_string()).into());
    }
    let loaded = store::load(&args.file)?;
    let info = loaded.workshop.info();
    let day = match args.day {
        Some(day) if !(1..=info.days).contains(&day) => {
            let error = report::signin::NoSuchDay {
                day,
                days: info.days,
            };
            return Err(UsageError(error.to_string()).into());
        }
        Some(day) => day,
        None => report::signin::default_day(info, Local::now().date_naive()),
    };
    let output = args.output.clone().unwrap_or_else(|| match format {
        Format::Signin => report::default_signin_output(&args.file, day),
        _ => report::default_output(&args.file, format, args.anonymise),
    });
    if output == args.file {
        anyhow::bail!(
            "cannot write {}: that is the session file itself; choose another --output",
            output.display()
        );
    }
    let written = match format {
        Format::Signin => report::export_signin(&loaded.workshop, day, &output)?,
        _ => report::export_with(
            &loaded.workshop,
            format,
            &output,
            args.anonymise,
            args.include_internal,
            &mut |_| {},
        )?,
    };
    tracing::info!(
        file = store::file_label(&args.file),
        format = format!("{format:?}"),
        files = written.files.len(),
        bytes = written.bytes,
        anonymised = args.anonymise,
        "export"
    );
    let what = match format {
        Format::Csv => format!("{} tables", written.files.len()),
        Format::Markdown => "Markdown report".to_string(),
        Format::Html => "HTML report".to_string(),
        Format::Signin => format!("sign-in sheet for day {day}"),
    };
    let anonymised = if args.anonymise { ", anonymised" } else { "" };
    writeln!(
        out,
        "wrote {} ({what}{anonymised}, {})",
        written.path.display(),
        human_bytes(written.bytes)
    )?;
    writeln!(out, "{}", written.summary)?;
    if written.summary.contains(" internal left out)") {
        writeln!(
            out,
            "internal entries (notes, and entries tagged \"internal\") are not for the donor; \
             --include-internal puts them in"
        )?;
    }
    Ok(())
}

/// The files written natively for office programs.
enum Office {
    Word,
    Excel,
}

/// `--format docx` (the report as a Word document) and `--format xlsx` (the CSV tables as one
/// workbook, a sheet each).
fn office(args: ExportArgs, out: &mut dyn Write, kind: Office) -> anyhow::Result<()> {
    if args.day.is_some() {
        return Err(UsageError("--day is only for --format signin".to_string()).into());
    }
    let loaded = store::load(&args.file)?;
    let output = args.output.clone().unwrap_or_else(|| match kind {
        Office::Word => report::docx::default_docx_output(&args.file, args.anonymise),
        Office::Excel => report::xlsx::default_xlsx_output(&args.file, args.anonymise),
    });
    if output == args.file {
        anyhow::bail!(
            "cannot write {}: that is the session file itself; choose another --output",
            output.display()
        );
    }
    let (workshop, anonymise, internal) = (&loaded.workshop, args.anonymise, args.include_internal);
    let ((summary, bytes), what) = match kind {
        Office::Word => (
            report::docx::export_docx(workshop, &output, anonymise, internal)?,
            "Word document",
        ),
        Office::Excel => (
            report::xlsx::export_xlsx(workshop, &output, anonymise, internal)?,
            "Excel workbook",
        ),
    };
    let anonymised = if args.anonymise { ", anonymised" } else { "" };
    writeln!(
        out,
        "wrote {} ({what}{anonymised}, {})",
        output.display(),
        human_bytes(bytes)
    )?;
    writeln!(out, "{summary}")?;
    Ok(())
}

/// `--format ics`: the agenda as calendar events. Names are part of an agenda, so
/// `--anonymise` does not apply, nor `--day` (every day is in one calendar).
fn calendar(args: ExportArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    if args.anonymise {
        return Err(UsageError(
            "a calendar lists the agenda with its speakers, so --anonymise does not apply to \
             --format ics"
                .to_string(),
        )
        .into());
    }
    if args.day.is_some() {
        return Err(UsageError("--day is only for --format signin".to_string()).into());
    }
    if args.include_internal {
        return Err(UsageError(
            "--include-internal is for the report (md, html, csv), not --format ics".to_string(),
        )
        .into());
    }
    let loaded = store::load(&args.file)?;
    let output = args
        .output
        .clone()
        .unwrap_or_else(|| report::ics::default_ics_output(&args.file));
    if output == args.file {
        anyhow::bail!(
            "cannot write {}: that is the session file itself; choose another --output",
            output.display()
        );
    }
    let (calendar, bytes) = report::ics::export_ics(&loaded.workshop, &output)?;
    writeln!(
        out,
        "wrote {} (calendar, {})",
        output.display(),
        human_bytes(bytes)
    )?;
    let dropped = match calendar.dropped {
        0 => String::new(),
        n => format!("; {} left out", plural(n, "dropped item", "dropped items")),
    };
    writeln!(
        out,
        "{}{dropped}",
        plural(calendar.events, "event", "events")
    )?;
    Ok(())
}

fn human_bytes(bytes: u64) -> String {
    match bytes {
        b if b < 1024 => format!("{b} bytes"),
        b if b < 1024 * 1024 => format!("{:.1} KiB", b as f64 / 1024.0),
        b => format!("{:.1} MiB", b as f64 / (1024.0 * 1024.0)),
    }
}
