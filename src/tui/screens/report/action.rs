//! The Report screen's own commands (scrolling uses the shared movement actions).

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReportAction {
    /// Scroll to the next heading of the preview.
    NextSection,
    /// Scroll to the previous heading.
    PreviousSection,
    /// Preview the anonymised report, or the full one again.
    ToggleAnonymised,
    /// Open the export form (format, path, anonymise).
    Export,
}
