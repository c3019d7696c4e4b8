//! Importing a registration list from the TUI: a path prompt, a preview of the column
//! mapping and the first rows, the plan worked out on a worker thread (the screen keeps
//! drawing a progress bar), then the plan applied as one undoable change and its report.

use super::import_mapping::PreviewState;
use crate::import::{self, ImportError, ImportOptions, ImportPlan, Preview, Progress};
use crate::model::Workshop;
use crate::session::jobs::{Job, Polled};
use crate::store;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Rows shown in the preview.
pub const PREVIEW_ROWS: usize = 5;

/// The plan being worked out as a session job, with its progress.
pub type PlanJob = Job<Progress, Box<Result<ImportPlan, ImportError>>>;

/// The file as read, kept to plan again if the workshop changes meanwhile.
#[derive(Clone, Debug)]
pub struct Loaded {
    pub path: PathBuf,
    pub bytes: Arc<Vec<u8>>,
}

pub enum Stage {
    /// Typing the path of the list (CSV or workbook).
    Path {
        typed: String,
        error: Option<String>,
    },
    /// The fields and the columns that fill them, the counts the import would give; Enter
    /// on "Import" imports.
    Preview(Box<PreviewState>),
    /// The plan is being worked out on a worker thread.
    Running {
        file: Loaded,
        options: ImportOptions,
        /// The header row's hash, to remember the choices under once imported.
        header_hash: String,
        news: PlanJob,
        progress: Option<Progress>,
        /// The document's revision the plan was started on; a plan for an older workshop
        /// is thrown away and worked out again.
        revision: u64,
    },
    /// What happened: the import report, or why nothing was imported.
    Done {
        lines: Vec<String>,
        imported: bool,
        scroll: usize,
    },
}

impl std::fmt::Debug for Stage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let name = match self {
            Stage::Path { .. } => "Path",
            Stage::Preview { .. } => "Preview",
            Stage::Running { .. } => "Running",
            Stage::Done { .. } => "Done",
        };
        f.write_str(name)
    }
}

#[derive(Debug)]
pub struct ImportFlow {
    pub stage: Stage,
}

impl ImportFlow {
    pub fn new() -> ImportFlow {
        ImportFlow {
            stage: Stage::Path {
                typed: String::new(),
                error: None,
            },
        }
    }
}

impl Default for ImportFlow {
    fn default() -> Self {
        ImportFlow::new()
    }
}

pub use crate::tui::typed_path::expand;

/// Read the file and preview it, or say in one sentence why not.
pub fn load(typed: &str) -> Result<(Loaded, Preview), String> {
    if typed.trim().is_empty() {
        return Err(
            "type the path of the registration list (.csv, .xlsx, .xls or .ods)".to_string(),
        );
    }
    let path = expand(typed);
    let shown = path.display();
    let bytes = store::read_regular_file(&path, store::CSV_FILE).map_err(|e| e.to_string())?;
    let preview = import::preview(&bytes, &ImportOptions::default(), PREVIEW_ROWS)
        .map_err(|e| format!("{shown}: {e}"))?;
    Ok((
        Loaded {
            path,
            bytes: Arc::new(bytes),
        },
        preview,
    ))
}

/// Start working out the plan as a job against a copy of the workshop.
pub fn start(file: &Loaded, workshop: &Workshop, options: &ImportOptions) -> PlanJob {
    let bytes = Arc::clone(&file.bytes);
    let workshop = workshop.clone();
    // Without a country chosen, the plan reads phones as the workshop's country's.
    let options = options.clone();
    Job::spawn(move |progress: &mut dyn FnMut(Progress)| {
        Box::new(import::plan_with_progress(
            &bytes, &workshop, &options, progress,
        ))
    })
}

/// What the job has said since last time: the newest progress, and the result if done.
pub fn drain(news: &mut PlanJob) -> (Option<Progress>, Option<Result<ImportPlan, ImportError>>) {
    match news.poll() {
        Polled::Running { moved } => (moved.then(|| news.progress().copied()).flatten(), None),
        Polled::Done(result) => (news.progress().copied(), Some(*result)),
        Polled::Lost => (
            None,
            Some(Err(ImportError::NotCsv(
                "the import stopped unexpectedly; nothing was imported".to_string(),
            ))),
        ),
    }
}

/// The report's lines after the plan was applied (or refused).
pub fn report_lines(path: &Path, plan: &ImportPlan) -> Vec<String> {
    let mut lines = vec![format!("Imported from {}", path.display())];
    lines.extend(plan.to_string().lines().map(in_preview_words));
    lines
}

/// The report names the command line's options for choices; here they were made in the
/// preview, and are said so.
fn in_preview_words(line: &str) -> String {
    let mut line = line
        .replace(" (--map)", " (chosen in the preview)")
        .replace("ignored (--ignore):", "left out in the preview:")
        .replace(
            "(not a participant field; --map FIELD=COLUMN to use one)",
            "(not a participant field)",
        );
    for field in crate::import::Field::ALL {
        let key = field.key();
        line = line
            .replace(
                &format!("--map took {key} from another column"),
                &format!("{key} was given another column in the preview"),
            )
            .replace(
                &format!("--map {key}= (no column fills {key})"),
                &format!("no column for {key}, as chosen in the preview"),
            );
    }
    line
}
