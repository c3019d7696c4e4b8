//! A failed command's cause for the log: the kinds of its errors, never their sentences
//! (which quote paths, cells and names). The command line's own errors are named here; the
//! store's in [`crate::store::error_kinds`].

use super::UsageError;
use super::restore::DamagedSession;
use crate::import::ImportError;
use crate::session::SessionError;

pub fn cause_of(error: &anyhow::Error) -> String {
    let kinds: Vec<String> = error
        .chain()
        .map(|cause| {
            if cause.is::<UsageError>() {
                "bad usage".to_string()
            } else if cause.is::<DamagedSession>() {
                "damaged session".to_string()
            } else if let Some(session) = cause.downcast_ref::<SessionError>() {
                session.kind()
            } else if let Some(import) = cause.downcast_ref::<ImportError>() {
                format!("import refused: {}", import.kind())
            } else {
                // The store's kinds; only this cause, its own sources follow in the chain.
                let kinds = crate::store::error_kinds(cause);
                kinds.split(" <- ").next().unwrap_or_default().to_string()
            }
        })
        .collect();
    kinds.join(" <- ")
}
