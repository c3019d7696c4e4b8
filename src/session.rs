//! The use cases both front ends share: create a session from a template, write a fresh demo,
//! open one (lock, then load), merge a copy, and run slow work off the caller's thread ([`jobs`]). The
//! command line and the terminal program call these and add
//! only what is theirs (printing, the autosaver, the screens), so the two cannot drift.
//! Nothing here names the terminal.

mod create;
mod demo;
mod error;
pub mod jobs;
mod merge;
mod open;

pub use create::{NewWorkshop, create, refuse_existing, remember};
pub use demo::{fresh_demo_path, write_demo};
pub use error::SessionError;
pub use merge::{Merged, merge_copy, read_copy};
pub use open::{Intent, Opened, open, open_reporting, unconfirmed};
