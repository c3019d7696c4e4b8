//! The event loop: keys, paste and resize from crossterm (the mouse is left to the terminal,
//! see `terminal.rs`); a tick for the clock and autosave; signals checked every tick.

use super::app::{App, Level, open_session};
use super::signals::{Signals, signal_name, terminal_alive};
use super::terminal::TerminalGuard;
use super::{Options, Screen, render};
use crate::store;
use ratatui::crossterm::event::{self, Event, KeyEventKind};
use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How often the clock and the autosaver are looked at when nothing else happens.
const TICK: Duration = Duration::from_millis(250);

/// Build the app for `options` without touching the terminal: open the file, find the
/// group. Errors are one sentence for the command line.
pub fn prepare(options: &Options, now: chrono::NaiveDateTime) -> Result<App, String> {
    let mut app = App::new(options.dirs.clone(), now);
    app.load_settings();
    let Some(path) = &options.file else {
        return Ok(app);
    };
    // Opening says "opened …": a keymap.ron mistake must not be hidden behind it.
    let keymap = app.message.take().filter(|_| app.keymap_warning.is_some());
    let mut app = open_into(app, options, path)?;
    // A form left half typed last time is said at once, not after the first key.
    super::form_drafts::observe(&mut app, std::time::Instant::now());
    if let Some(keymap) = keymap {
        match app.message.take() {
            Some(earlier) if earlier.level != Level::Info => {
                app.warn(format!("{} · {}", earlier.text, keymap.text));
            }
            _ => app.message = Some(keymap),
        }
    }
    Ok(app)
}

/// Open the session of `options` into `app` (keys and settings already read).
fn open_into(mut app: App, options: &Options, path: &Path) -> Result<App, String> {
    let (mut session, warnings) = open_session(&options.dirs, path, options.read_only)?;
    app.refresh_recent();
    app.screen = Screen::Overview;
    if let Some(wanted) = &options.group {
        let workshop = session.workshop();
        let Some(group) = workshop.find_group(wanted) else {
            let names: Vec<String> = workshop
                .groups()
                .iter()
                .enumerate()
                .map(|(i, g)| format!("{} {}", i + 1, g.name))
                .collect();
            let known = if names.is_empty() {
                "it has no groups".to_string()
            } else {
                format!("its groups are: {}", names.join(", "))
            };
            return Err(format!(
                "there is no group \"{wanted}\" in {}; {known}",
                path.display()
            ));
        };
        let (id, name) = (group.id, group.name.clone());
        session.group = Some(id);
        app.screen = Screen::Capture;
        app.info(format!("note-taker mode: group {name}"));
    } else {
        app.info(format!("opened {}", session.file_name()));
    }
    if let Some(reason) = &session.read_only {
        app.warn(format!(
            "{} opened read-only: {reason}",
            session.file_name()
        ));
    }
    if let Some(last) = warnings.into_iter().last() {
        app.warn(last);
    }
    app.session = Some(session);
    Ok(app)
}

pub fn run(mut app: App) -> anyhow::Result<()> {
    let signals = Signals::catch()?;
    let mut guard = TerminalGuard::take()?;
    let result = event_loop(&mut app, &mut guard, &signals);
    // A session still being opened holds its lock in the job: take it in, so the lock is
    // given back and nothing is left half open.
    app.finish_loading();
    // Text in an open editor goes to its draft first (quit, a signal, an error).
    super::screens::capture::write_draft_now(&mut app);
    super::form_drafts::write_now(&mut app);
    let signalled = signals.arrived().is_some();
    let alive = terminal_alive();
    let how = match (signals.arrived(), &result) {
        (Some(_), _) => "by a signal",
        (None, _) if !alive => "its terminal went away",
        (None, Err(_)) => "by an error",
        (None, Ok(())) => "by quitting",
    };
    tracing::info!(
        how,
        signal = signals.arrived().map(signal_name),
        terminal_alive = alive,
        failed = result
            .as_ref()
            .err()
            .map(|e| store::error_kinds(e.as_ref())),
        "tui ending"
    );
    // The terminal may be gone (its window closed): save what we have before anything else.
    if (signalled || result.is_err())
        && let Some(session) = app.session.as_mut()
        && let Err(error) = session.save_and_wait(Instant::now())
    {
        tracing::error!(
            file = store::file_label(&session.path),
            "the last save before ending failed"
        );
        drop(guard);
        anyhow::bail!("{} could not be saved: {error}", session.path.display());
    }
    tracing::info!("tui ended");
    drop(guard);
    // Asked to end, or left by its terminal, with everything saved: that is a normal end,
    // and there may be nobody to read an error.
    if signalled || !terminal_alive() {
        return Ok(());
    }
    result
}

/// Read terminal events on their own thread. When the terminal vanishes, crossterm's `poll`
/// can spin inside itself and never return (crossterm#793), so the loop must never wait in
/// crossterm: it waits on this channel, and keeps checking for the ending signals every tick.
fn spawn_reader() -> mpsc::Receiver<std::io::Result<Event>> {
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        loop {
            let event = event::read();
            let failed = event.is_err();
            if sender.send(event).is_err() || failed {
                return;
            }
        }
    });
    receiver
}

fn event_loop(app: &mut App, guard: &mut TerminalGuard, signals: &Signals) -> anyhow::Result<()> {
    let events = spawn_reader();
    let mut last_tick = Instant::now();
    let mut redraw = true;
    loop {
        if redraw {
            guard.terminal.draw(|frame| render(app, frame))?;
            redraw = false;
        }
        if app.should_quit || signals.arrived().is_some() {
            return Ok(());
        }
        let timeout = TICK.saturating_sub(last_tick.elapsed());
        match events.recv_timeout(timeout) {
            Ok(event) => redraw |= handle_event(app, event?),
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                anyhow::bail!("the terminal went away")
            }
        }
        if last_tick.elapsed() >= TICK {
            last_tick = Instant::now();
            redraw |= tick(app);
        }
    }
}

/// One terminal event; true when the screen needs drawing.
fn handle_event(app: &mut App, event: Event) -> bool {
    let now = Instant::now();
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => app.handle_key(key, now),
        Event::Paste(text) => app.type_text(&text),
        Event::Resize(_, _) => {}
        _ => return false,
    }
    true
}

/// The clock and the autosaver; true when something visible changed.
fn tick(app: &mut App) -> bool {
    let local = chrono::Local::now().naive_local();
    let minute_changed = local.format("%H%M").to_string() != app.now.format("%H%M").to_string();
    // A running agenda item counts down in seconds.
    let second_changed = local.format("%S").to_string() != app.now.format("%S").to_string()
        && super::screens::agenda::needs_seconds(app);
    app.now = local;
    app.tick(Instant::now()) || minute_changed || second_changed
}
