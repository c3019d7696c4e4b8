//! The import preview's choices: which column fills each field (a pick list of the file's
//! columns with sample values, or "no column"), columns left out, the workbook's sheet, the
//! country of phone numbers written without a code, and whether invalid rows are skipped.
//! Every change reads the file again with the new choices and works the plan out again as a
//! job, so the counts shown are what Enter would do. The choices are remembered in the
//! workshop per header row (see `import::header_hash`) when the import is applied.

use super::import_flow::{self, Loaded, PREVIEW_ROWS, PlanJob};
use crate::import::{self, Field, ImportError, ImportOptions, ImportPlan, Preview};
use crate::model::Workshop;

/// The lines the cursor moves through above the fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Line {
    Import,
    InvalidRows,
    Country,
    Sheet,
    Field(Field),
}

/// The pick list of columns open for a field; `at` 0 is "no column", then the columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pick {
    pub field: Field,
    pub at: usize,
}

pub struct PreviewState {
    pub file: Loaded,
    pub preview: Preview,
    pub options: ImportOptions,
    /// The hash of the header row the file was first read with, the key the choices are
    /// remembered under.
    pub header_hash: String,
    /// The choices came from the workshop's memory of this header.
    pub remembered: bool,
    pub cursor: usize,
    pub pick: Option<Pick>,
    /// The country code as being typed (two letters).
    pub country_typed: String,
    /// Why the last choice could not be used (a sheet without a header row), if it could not.
    pub refused: Option<String>,
    /// The plan for the current choices: running, or its result.
    pub job: Option<PlanJob>,
    pub planned: Option<Result<ImportPlan, ImportError>>,
    /// The document revision the plan was started on.
    pub planned_on: u64,
}

impl std::fmt::Debug for PreviewState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PreviewState")
            .field("file", &self.file.path)
            .field("options", &self.options)
            .field("cursor", &self.cursor)
            .field("pick", &self.pick)
            .finish_non_exhaustive()
    }
}

impl PreviewState {
    /// The preview of a file just read, with the choices remembered for its header if any,
    /// the plan started.
    pub fn new(file: Loaded, preview: Preview, workshop: &Workshop, revision: u64) -> Self {
        let header_hash = import::header_hash(&preview.header);
        let mut options = ImportOptions::default();
        let remembered = match workshop.info().settings.import_mapping(&header_hash) {
            Some(mapping) => {
                options.use_mapping(mapping);
                true
            }
            None => false,
        };
        let mut state = PreviewState {
            file,
            preview,
            options,
            header_hash,
            remembered,
            cursor: 0,
            pick: None,
            country_typed: String::new(),
            refused: None,
            job: None,
            planned: None,
            planned_on: revision,
        };
        state.country_typed = state.country_code(workshop);
        if state.remembered && state.reread().is_err() {
            // The remembered choices no longer fit this file: start from halaqa's own reading.
            state.options = ImportOptions::default();
            state.remembered = false;
            let _ = state.reread();
        }
        state.replan(workshop, revision);
        state
    }

    /// The country phones are read for: the one chosen, else the workshop's, else Iraq.
    pub fn country_code(&self, workshop: &Workshop) -> String {
        self.options
            .country
            .clone()
            .or_else(|| {
                let code = workshop.info().settings.country.trim().to_string();
                (!code.is_empty()).then_some(code)
            })
            .unwrap_or_else(|| "IQ".to_string())
            .to_ascii_uppercase()
    }

    /// The lines the cursor moves through, in order.
    pub fn lines(&self) -> Vec<Line> {
        let mut lines = vec![Line::Import, Line::InvalidRows, Line::Country];
        if !self.preview.sheets.is_empty() {
            lines.push(Line::Sheet);
        }
        lines.extend(self.field_order().into_iter().map(Line::Field));
        lines
    }

    /// The fields a column fills first (in their usual order), then the others: what the
    /// file gives is in sight without scrolling.
    pub fn field_order(&self) -> Vec<Field> {
        let (filled, empty): (Vec<Field>, Vec<Field>) = Field::ALL
            .into_iter()
            .partition(|f| self.column_of(*f).is_some());
        filled.into_iter().chain(empty).collect()
    }

    /// Put the cursor back on `line` after the order of the fields changed.
    pub fn keep_cursor_on(&mut self, line: Line) {
        if let Some(at) = self.lines().iter().position(|l| *l == line) {
            self.cursor = at;
        }
    }

    pub fn line(&self) -> Line {
        let lines = self.lines();
        lines[self.cursor.min(lines.len() - 1)]
    }

    pub fn step(&mut self, forward: bool) {
        let len = self.lines().len();
        self.cursor = if forward {
            (self.cursor + 1) % len
        } else {
            (self.cursor + len - 1) % len
        };
    }

    /// The column filling `field`, by its index, if one does.
    pub fn column_of(&self, field: Field) -> Option<usize> {
        self.preview
            .columns
            .iter()
            .position(|c| c.field == Some(field))
    }

    /// Up to three values of column `index` from the first rows, empty ones left out.
    pub fn samples(&self, index: usize) -> Vec<&str> {
        self.preview
            .rows
            .iter()
            .filter_map(|row| row.cells.get(index).map(|c| c.trim()))
            .filter(|c| !c.is_empty())
            .take(3)
            .collect()
    }

    pub fn is_ignored(&self, index: usize) -> bool {
        self.preview
            .columns
            .get(index)
            .is_some_and(|c| c.how == import::MatchHow::Ignored)
    }

    /// Open the pick list for `field`, on the column filling it.
    pub fn open_pick(&mut self, field: Field) {
        let at = self.column_of(field).map_or(0, |i| i + 1);
        self.pick = Some(Pick { field, at });
    }

    /// Choose column `at` of the pick list (0: no column) for its field.
    pub fn choose(&mut self, pick: Pick) {
        let column = match pick.at.checked_sub(1) {
            None => String::new(),
            // By number: two columns may share a header, and a number names exactly one.
            Some(index) => (index + 1).to_string(),
        };
        if let Some(index) = pick.at.checked_sub(1) {
            self.unignore(index);
        }
        self.options.map.retain(|(f, _)| *f != pick.field);
        self.options.map.push((pick.field, column));
    }

    /// Leave column `index` out, or take it back in when it was left out.
    pub fn toggle_ignore(&mut self, index: usize) {
        if self.is_ignored(index) {
            self.unignore(index);
            return;
        }
        let number = (index + 1).to_string();
        // A field mapped to this very column loses it; halaqa looks again for that field.
        self.options.map.retain(|(_, c)| *c != number);
        self.options.ignore.push(number);
    }

    fn unignore(&mut self, index: usize) {
        let header = self.preview.header.get(index).cloned().unwrap_or_default();
        let number = (index + 1).to_string();
        self.options
            .ignore
            .retain(|c| *c != number && c.trim() != header.trim());
    }

    /// The next sheet of the workbook (or the one before).
    pub fn step_sheet(&mut self, forward: bool) {
        let sheets = &self.preview.sheets;
        if sheets.is_empty() {
            return;
        }
        let current = match (&self.options.sheet, &self.preview.source) {
            (Some(chosen), _) => Some(chosen),
            (None, import::Source::Workbook { sheet, .. }) => Some(sheet),
            (None, import::Source::Text { .. }) => None,
        };
        let now = current
            .and_then(|c| sheets.iter().position(|s| s == c))
            .unwrap_or(0);
        let len = sheets.len();
        let next = if forward {
            (now + 1) % len
        } else {
            (now + len - 1) % len
        };
        // Another sheet has other columns: the column choices were for this one.
        self.options.map.clear();
        self.options.ignore.clear();
        self.options.sheet = Some(sheets[next].clone());
    }

    /// Read the file again with the choices; on a refusal keep the last good preview and say
    /// why.
    pub fn reread(&mut self) -> Result<(), String> {
        match import::preview(&self.file.bytes, &self.options, PREVIEW_ROWS) {
            Ok(preview) => {
                self.preview = preview;
                self.refused = None;
                Ok(())
            }
            Err(error) => {
                let text = error.to_string();
                self.refused = Some(text.clone());
                Err(text)
            }
        }
    }

    /// Work the plan out again for the current choices (a running plan for older choices is
    /// dropped: its result goes nowhere).
    pub fn replan(&mut self, workshop: &Workshop, revision: u64) {
        self.planned = None;
        self.planned_on = revision;
        self.job = Some(import_flow::start(&self.file, workshop, &self.options));
    }

    /// Read the running plan's news; true when its result came.
    pub fn poll(&mut self) -> bool {
        let Some(job) = self.job.as_mut() else {
            return false;
        };
        let (_, result) = import_flow::drain(job);
        match result {
            Some(result) => {
                self.planned = Some(result);
                self.job = None;
                true
            }
            None => false,
        }
    }
}
