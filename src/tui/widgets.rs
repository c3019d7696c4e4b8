//! Pieces of the screen shared by every screen.

pub mod footer;
pub mod form;
pub mod form_view;
pub mod help;
pub mod lock_notice;
pub mod no_session;
pub mod palette;
pub mod quit_unsaved;
pub mod status_bar;
pub mod tabs;
pub mod too_small;

use ratatui::layout::Rect;

/// A box of at most `width`×`height` centred in `area` (never larger than it).
pub fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}
