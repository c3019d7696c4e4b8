//! halaqa: run peer-exchange workshops from the terminal.
//!
//! Layers (arrows point down only): `tui` and `cli` use `store`, `report`, `import` and
//! `model`; `store`, `report` and `import` use `model`; `model` uses nothing of ours.
//! Only `tui` names ratatui or crossterm.

pub mod cli;
pub mod import;
pub mod model;
pub mod report;
pub mod session;
pub mod store;
pub mod tui;
