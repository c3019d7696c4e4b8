//! What the Agenda screen remembers between keys: whether the projector view is up, and
//! which panel (item form, re-plan, template) covers the list.

use super::form::ItemForm;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AgendaState {
    /// The full-screen clock for the projector.
    pub presenting: bool,
    pub panel: Option<Panel>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Panel {
    Form(Box<ItemForm>),
    Replan(ReplanState),
    Template(TemplateState),
}

/// The re-plan overlay: which day, which strategy is chosen, how far items may shrink.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReplanState {
    pub day: u16,
    /// Index into `Strategy::ALL`.
    pub chosen: usize,
    /// Shrink no item below this share of its planned length (percent).
    pub min_percent: u32,
    pub scroll: usize,
}

/// The apply-a-template overlay.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TemplateState {
    /// Index into the bundled templates.
    pub chosen: usize,
    /// Replace the existing agenda instead of appending to it.
    pub replace: bool,
    pub scroll: usize,
}

/// The default shrink minimum, and the step `+`/`-` move it by.
pub const DEFAULT_MIN_PERCENT: u32 = 50;
pub const MIN_PERCENT_STEP: u32 = 10;
