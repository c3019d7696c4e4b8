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

impl ReportAction {
    pub const ALL: [ReportAction; 4] = [
        ReportAction::Export,
        ReportAction::ToggleAnonymised,
        ReportAction::NextSection,
        ReportAction::PreviousSection,
    ];

    /// The name in `keymap.ron` and the palette.
    pub fn name(self) -> &'static str {
        match self {
            ReportAction::NextSection => "report-next-section",
            ReportAction::PreviousSection => "report-previous-section",
            ReportAction::ToggleAnonymised => "report-anonymised",
            ReportAction::Export => "export",
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            ReportAction::NextSection => "report: next section",
            ReportAction::PreviousSection => "report: previous section",
            ReportAction::ToggleAnonymised => "report: anonymised preview on / off",
            ReportAction::Export => "export the report (Markdown, HTML or CSV)",
        }
    }

    pub fn short(self) -> &'static str {
        match self {
            ReportAction::NextSection | ReportAction::PreviousSection => "section",
            ReportAction::ToggleAnonymised => "anonymised",
            ReportAction::Export => "export",
        }
    }

    /// The previous-section key is listed with the next one in help, not in the footer.
    pub fn in_footer(self) -> bool {
        self != ReportAction::PreviousSection
    }
}
