//! The bundled demo workshop.

use super::StoreError;
use crate::model::Workshop;

/// The demo workshop as its session-file text.
pub fn demo_text() -> &'static str {
    todo!("templates helper")
}

/// The demo workshop, parsed.
pub fn demo_workshop() -> Result<Workshop, StoreError> {
    todo!("templates helper")
}
