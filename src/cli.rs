//! The command line: clap definitions; each subcommand is a short function over the layers,
//! in its own file under `cli/`.
//!
//! Exit status: 0 done; 1 bad input or data (one sentence on stderr, nothing written);
//! 2 bad usage (clap's own errors, and [`UsageError`]).

mod check;
mod check_privacy;
mod core_dumps;
mod demo;
mod export;
mod import;
mod log_cause;
mod merge;
mod new;
mod open;
mod printable_out;
mod restore;
mod session;
mod templates;

pub use session::{WritableSession, open_for_writing, open_for_writing_with};

use crate::model::printable::printable;
use crate::store::Dirs;
use chrono::NaiveDate;
use clap::{Args, ColorChoice, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::path::PathBuf;

/// A mistake in how halaqa was called (exit 2), as opposed to bad data (exit 1).
/// Return it inside an `anyhow::Error`; `run` tells the two apart.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

#[derive(Debug, Parser)]
#[command(
    name = "halaqa",
    version,
    about = "Run peer-exchange workshops from the terminal: agenda, check-in, working groups, capture, report.",
    long_about = "Run peer-exchange workshops from the terminal: agenda, check-in, working groups, \
capture, report.\n\nWithout a command, halaqa starts on its Home screen (recent sessions, new, open, demo).",
    after_help = "Example: halaqa new workshop.ron --title \"Closing session\" --template closing-session\n\
Environment: HALAQA_DATA_DIR and HALAQA_CONFIG_DIR override halaqa's folders; NO_COLOR turns colour off; HALAQA_LOG=off turns halaqa's log (in the data folder) off.\n\
Exit status: 0 done, 1 bad input or data, 2 bad usage."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Open a session file in the terminal program.
    #[command(after_help = "Example: halaqa open workshop.ron --group \"Lessons learned\"")]
    Open(OpenArgs),
    /// Create a new session file, optionally laid out from a template.
    #[command(
        after_help = "Example: halaqa new workshop.ron --title \"Closing session\" --template closing-session --start 2026-11-24 --venue \"Erbil\""
    )]
    New(NewArgs),
    /// Open a fresh copy of the bundled demo workshop (or only write it, with --write).
    #[command(after_help = "Example: halaqa demo --write demo.ron")]
    Demo(DemoArgs),
    /// List the bundled templates.
    #[command(after_help = "Example: halaqa templates")]
    Templates,
    /// Validate a session file and print a one-screen summary.
    #[command(
        after_help = "Example: halaqa check workshop.ron\nExample: halaqa check workshop.ron --privacy --export workshop-anonymised.md"
    )]
    Check(CheckArgs),
    /// Bring records in from other files.
    #[command(
        subcommand,
        after_help = "Example: halaqa import participants workshop.ron registration.csv --dry-run"
    )]
    Import(ImportCommand),
    /// Write the report (md, html, docx), its tables (a CSV folder or an xlsx workbook), or a day's
    /// sign-in sheet.
    #[command(
        after_help = "Example: halaqa export workshop.ron --format html --output report.html --anonymise\n\
Example: halaqa export workshop.ron --format signin --day 2"
    )]
    Export(ExportArgs),
    /// Merge copies of a session from other laptops into FILE (or into --output).
    #[command(
        after_help = "Example: halaqa merge workshop.ron laptop2/workshop.ron laptop3/workshop.ron"
    )]
    Merge(MergeArgs),
    /// Put a backup back in place of a session that no longer loads (the damaged file is kept).
    #[command(after_help = "Example: halaqa restore workshop.ron --backup 1")]
    Restore(RestoreArgs),
}

#[derive(Debug, Args)]
pub struct OpenArgs {
    /// The session file.
    pub file: PathBuf,
    /// Open without writing, even when nobody else holds the file.
    #[arg(long)]
    pub read_only: bool,
    /// Note-taker mode: open on this group's capture screen (its name or number).
    #[arg(long, value_name = "NAME")]
    pub group: Option<String>,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// The session file to create; an existing file is never overwritten.
    pub file: PathBuf,
    /// The workshop's title.
    #[arg(long, value_name = "TEXT", value_parser = non_empty)]
    pub title: String,
    /// Lay out the agenda (and groups) from a bundled template; see `halaqa templates`.
    /// Without it the workshop is one empty day.
    #[arg(long, value_name = "NAME")]
    pub template: Option<String>,
    /// The first day.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = date)]
    pub start: Option<NaiveDate>,
    /// Where it takes place.
    #[arg(long, value_name = "TEXT")]
    pub venue: Option<String>,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Only write the demo workshop to FILE (never over an existing file), and exit.
    #[arg(long, value_name = "FILE")]
    pub write: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The session file that does not load.
    pub file: PathBuf,
    /// Which backup: 1 is the newest (see `halaqa check FILE`).
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub backup: usize,
    /// Take over a lock that names another computer (or cannot be read), once you know the
    /// session is not open there.
    #[arg(long)]
    pub take_lock: bool,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The session file.
    pub file: PathBuf,
    /// List every place an export would show a person (named or anonymised).
    #[arg(long)]
    pub privacy: bool,
    /// With --privacy: scan this anonymised export (a file, or a CSV folder) for every name,
    /// phone and email of the session; exit 1 on any hit.
    #[arg(long, value_name = "PATH", requires = "privacy")]
    pub export: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Add or update participants from a registration list (KoBoToolbox, Excel, Google Forms).
    #[command(
        after_help = "Example: halaqa import participants workshop.ron registration.csv --map name=\"Full name\" --map governorate=Province"
    )]
    Participants(ImportParticipantsArgs),
    /// Add agenda items from a spreadsheet (CSV) or a calendar (.ics): all of them or none.
    #[command(
        after_help = "Columns: day or date, start, end or duration, title, kind, speakers, room.\nExample: halaqa import agenda workshop.halaqa agenda.csv --dry-run"
    )]
    Agenda(ImportAgendaArgs),
}

#[derive(Debug, Args)]
pub struct ImportAgendaArgs {
    /// The session file to import into.
    pub file: PathBuf,
    /// The agenda: a CSV file, or an iCalendar (.ics) file.
    #[arg(value_name = "CSV|ICS")]
    pub agenda: PathBuf,
    /// Print what would be added, and write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Take over a lock that names another computer (or cannot be read), once you know the
    /// session is not open there.
    #[arg(long)]
    pub take_lock: bool,
}

#[derive(Debug, Args)]
pub struct ImportParticipantsArgs {
    /// The session file to import into.
    pub file: PathBuf,
    /// The registration list: CSV or tab-separated text, or a workbook (.xlsx, .xls, .ods).
    #[arg(value_name = "LIST")]
    pub list: PathBuf,
    /// Read participant FIELD from COLUMN: its header as written, its last group segment
    /// (`name` for `participant/name`), or its number (1 = first). `FIELD=` with nothing after
    /// it: no column fills FIELD (repeatable).
    #[arg(long = "map", value_name = "FIELD=COLUMN", value_parser = field_mapping)]
    pub map: Vec<(String, String)>,
    /// Leave this column out, as if it were not in the list (header or number; repeatable).
    #[arg(long = "ignore", value_name = "COLUMN")]
    pub ignore: Vec<String>,
    /// The workbook sheet to read (its name or number, 1 = first). Default: the first sheet
    /// with a header row.
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// The country whose phone numbers are written without a country code (two letters,
    /// such as IQ, JO, PK). Default: IQ.
    #[arg(long, value_name = "XX", value_parser = country)]
    pub country: Option<String>,
    /// The column separator (one character; `tab` for tabs). Detected when not given.
    #[arg(long, value_name = "C", value_parser = delimiter)]
    pub delimiter: Option<u8>,
    /// Print the report of what would change, and write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Import the valid rows and report the invalid ones, instead of refusing the whole file.
    #[arg(long)]
    pub skip_invalid: bool,
    /// Take over a lock that names another computer (or cannot be read), once you know the
    /// session is not open there.
    #[arg(long)]
    pub take_lock: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// One Markdown report file.
    Md,
    /// One HTML report file.
    Html,
    /// A folder of CSV tables.
    Csv,
    /// The same tables as one Excel workbook, a sheet each.
    Xlsx,
    /// The report as a Word document.
    Docx,
    /// The printable sign-in sheet of one day (HTML, A4), not the report.
    Signin,
    /// The agenda as a calendar file (iCalendar), one event per item.
    Ics,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The session file.
    pub file: PathBuf,
    #[arg(long, value_name = "FORMAT")]
    pub format: ExportFormat,
    /// Where to write (a file for md, html, docx, xlsx, signin and ics, a folder for csv).
    #[arg(long, value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// Leave out names and contact details.
    #[arg(long, alias = "anonymize")]
    pub anonymise: bool,
    /// Include the internal entries (every note, and entries tagged "internal"), which a
    /// donor report leaves out.
    #[arg(long)]
    pub include_internal: bool,
    /// With --format signin: the workshop day (1, 2, …); default today when the workshop is
    /// on, else day 1.
    #[arg(long, value_name = "N")]
    pub day: Option<u16>,
}

#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The session to merge into.
    pub file: PathBuf,
    /// The other copies to merge in.
    #[arg(required = true, value_name = "OTHER")]
    pub others: Vec<PathBuf>,
    /// Write the merged session here instead of into FILE.
    #[arg(long, value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// Take over a lock that names another computer (or cannot be read), once you know the
    /// session is not open there.
    #[arg(long)]
    pub take_lock: bool,
}

fn non_empty(text: &str) -> Result<String, String> {
    if text.trim().is_empty() {
        Err("it must not be empty".to_string())
    } else {
        Ok(text.to_string())
    }
}

fn date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| {
        "not a calendar date; write it as YYYY-MM-DD, for example 2026-11-24".to_string()
    })
}

fn field_mapping(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((field, column)) if !field.trim().is_empty() => {
            Ok((field.trim().to_string(), column.trim().to_string()))
        }
        _ => Err(
            "write it as FIELD=COLUMN, for example name=\"Full name\" (or FIELD= for no column)"
                .to_string(),
        ),
    }
}

fn country(text: &str) -> Result<String, String> {
    let code = text.trim().to_ascii_uppercase();
    if code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(code)
    } else {
        Err("give the country's two-letter code, for example IQ, JO or PK".to_string())
    }
}

fn delimiter(text: &str) -> Result<u8, String> {
    match text {
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        _ => match text.as_bytes() {
            [byte] if byte.is_ascii() && !byte.is_ascii_alphanumeric() && *byte != b'"' => {
                Ok(*byte)
            }
            _ => Err("give one punctuation character such as , or ; (or `tab`)".to_string()),
        },
    }
}

/// Parse the command line and run it; returns the process exit code.
pub fn run() -> i32 {
    core_dumps::forbid_core_dumps();
    let colour = if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        ColorChoice::Never
    } else {
        ColorChoice::Auto
    };
    let parsed = Cli::command()
        .color(colour)
        .try_get_matches()
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(error) => {
            // --help and --version come here too, with exit code 0.
            let _ = error.print();
            return error.exit_code();
        }
    };
    // Best effort: without a data folder there is simply no log.
    if let Ok(dirs) = Dirs::from_env() {
        crate::store::start_log(&dirs);
    }
    let command = command_name(&cli);
    tracing::info!(command, version = env!("CARGO_PKG_VERSION"), "start");
    let mut out = printable_out::PrintableOut::new(std::io::stdout().lock());
    let result = execute(cli, &mut out).and_then(|()| out.flush().map_err(Into::into));
    if let Err(error) = &result {
        let cause = log_cause::cause_of(error);
        tracing::error!(command, cause, "failed");
    }
    let exit = exit_code(result);
    tracing::info!(command, exit, "end");
    exit
}

/// Say what failed on standard error; the exit code.
fn exit_code(result: anyhow::Result<()>) -> i32 {
    match result {
        Ok(()) => 0,
        Err(error) if is_broken_pipe(&error) => 0,
        Err(error) => {
            // Never panic on a standard error that is gone (a closed terminal window).
            let mut stderr = std::io::stderr();
            let _ = writeln!(
                stderr,
                "error: {}",
                printable(&one_line(&format!("{error:#}")))
            );
            // A damaged session: the whole error above, then its backups and how to restore.
            if let Some(damaged) = error.downcast_ref::<restore::DamagedSession>() {
                let _ = write!(stderr, "{}", printable(&damaged.advice()));
            }
            if error.is::<UsageError>() { 2 } else { 1 }
        }
    }
}

/// The command's name for the log (its arguments are paths and text, kept out of it).
fn command_name(cli: &Cli) -> &'static str {
    match &cli.command {
        None => "home",
        Some(Command::Open(_)) => "open",
        Some(Command::New(_)) => "new",
        Some(Command::Demo(args)) if args.write.is_some() => "demo --write",
        Some(Command::Demo(_)) => "demo",
        Some(Command::Templates) => "templates",
        Some(Command::Check(_)) => "check",
        Some(Command::Import(ImportCommand::Participants(_))) => "import participants",
        Some(Command::Import(ImportCommand::Agenda(_))) => "import agenda",
        Some(Command::Export(_)) => "export",
        Some(Command::Merge(_)) => "merge",
        Some(Command::Restore(_)) => "restore",
    }
}

/// Run a parsed command, writing what it prints to `out`.
pub fn execute(cli: Cli, out: &mut dyn Write) -> anyhow::Result<()> {
    // Only the commands that use halaqa's folders ask for them, so `check` and `templates`
    // work even where the platform has no home folder.
    let dirs = Dirs::from_env;
    match cli.command {
        None => open::home(dirs()?),
        Some(Command::Open(args)) => open::run(args, dirs()?),
        Some(Command::New(args)) => new::run(args, &dirs()?, out),
        Some(Command::Demo(args)) => demo::run(args, dirs()?, out),
        Some(Command::Templates) => templates::run(out),
        Some(Command::Check(args)) => check::run(args, out),
        Some(Command::Import(ImportCommand::Participants(args))) => {
            import::participants(args, &dirs()?, out)
        }
        Some(Command::Import(ImportCommand::Agenda(args))) => import::agenda(args, &dirs()?, out),
        Some(Command::Export(args)) => export::run(args, out),
        Some(Command::Merge(args)) => merge::run(args, &dirs()?, out),
        Some(Command::Restore(args)) => restore::run(args, out),
    }
}

/// The reader of our output went away (`halaqa templates | head -1`): not an error.
fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// "1 day", "3 days".
fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Messages go on one line, so a script can read one sentence per failure.
fn one_line(message: &str) -> String {
    let lines: Vec<&str> = message
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    lines.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_definitions_are_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn delimiters_are_one_punctuation_character_or_tab() {
        assert_eq!(delimiter(";"), Ok(b';'));
        assert_eq!(delimiter("tab"), Ok(b'\t'));
        assert_eq!(delimiter("\\t"), Ok(b'\t'));
        for bad in ["", ";;", "a", "7", "\"", "،"] {
            assert!(delimiter(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn mappings_need_both_sides() {
        assert_eq!(
            field_mapping("name=Full name"),
            Ok(("name".to_string(), "Full name".to_string()))
        );
        assert_eq!(
            field_mapping("phone=Phone = mobile"),
            Ok(("phone".to_string(), "Phone = mobile".to_string()))
        );
        assert_eq!(
            field_mapping("email="),
            Ok(("email".to_string(), String::new()))
        );
        for bad in ["name", "=Full name", " = "] {
            assert!(field_mapping(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn dates_are_calendar_dates() {
        assert_eq!(
            date("2026-11-24"),
            Ok(NaiveDate::from_ymd_opt(2026, 11, 24).unwrap())
        );
        for bad in ["2026-02-30", "24/11/2026", "tomorrow", ""] {
            assert!(date(bad).is_err(), "{bad:?}");
        }
    }

    proptest! {
        /// Whatever is typed, parsing gives a command or a usage error, never a panic.
        #[test]
        fn any_arguments_parse_or_are_refused(args in proptest::collection::vec(
            prop_oneof![
                proptest::sample::select(vec![
                    "open", "new", "demo", "templates", "check", "import", "participants", "agenda", "ics",
                    "export", "merge", "restore", "--backup", "--take-lock", "--title", "--template", "--start", "--venue", "--write",
                    "--read-only", "--group", "--map", "--delimiter", "--dry-run",
                    "--skip-invalid", "--format", "md", "csv", "signin", "--day", "--output", "--anonymise", "--",
                    "-", "=", "w.ron",
                ]).prop_map(str::to_string),
                ".{0,12}",
            ],
            0..8,
        )) {
            let argv = std::iter::once("halaqa".to_string()).chain(args);
            let _ = Cli::command()
                .try_get_matches_from(argv)
                .and_then(|m| Cli::from_arg_matches(&m));
        }
    }

    #[test]
    fn messages_are_kept_to_one_line() {
        assert_eq!(one_line("a\n  b\r\n\nc"), "a b c");
    }
}
