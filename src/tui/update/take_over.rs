//! `: take-over`: the deliberate choice to take a lock that another computer's halaqa (or an
//! unreadable lock file) names, once the user knows the session is closed there. The file is
//! read again after the lock is ours, so nothing written there while we looked is lost.

use crate::model::{DeviceId, Document, Id};
use crate::store::{self, Autosaver, Locking};
use crate::tui::app::App;

pub fn take_over(app: &mut App) {
    let Some(session) = app.session.as_mut() else {
        app.warn("no session is open");
        return;
    };
    if session.lock.is_some() {
        app.info("this laptop already holds the lock; nothing to take over");
        return;
    }
    let path = session.path.clone();
    let name = session.file_name();
    let guard = match store::take_over(&path) {
        Ok(Locking::Acquired(guard)) => guard,
        Ok(Locking::HeldBy(holder)) => {
            app.warn(format!(
                "{name} is in use by {holder}, which is running on this computer: close it there first"
            ));
            return;
        }
        Err(error) => {
            app.error(format!("could not take the lock: {error}"));
            return;
        }
    };
    let loaded = match store::load(&path) {
        Ok(loaded) if loaded.read_only_reason.is_none() => loaded,
        Ok(loaded) => {
            let reason = loaded.read_only_reason.unwrap_or_default();
            app.warn(format!("the lock was not taken: {reason}"));
            return;
        }
        Err(error) => {
            app.error(format!("the lock was not taken: {error}"));
            return;
        }
    };
    let device = app
        .dirs
        .device_id()
        .unwrap_or_else(|_| DeviceId::new(format!("temp-{}", Id::new().short())));
    let before = session.held_by.take();
    session.doc = Document::new(loaded.workshop, device);
    session.lock = Some(guard);
    session.read_only = None;
    session.autosaver = Some(Autosaver::start(path));
    // Short enough for the status bar at 80 columns.
    let from = before.map_or_else(String::new, |h| format!(" from {} on {}", h.user, h.host));
    app.info(format!("took over the lock{from}; saving here now"));
}
