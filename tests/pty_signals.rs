//! The ending signals in the real binary: SIGINT, SIGQUIT, SIGHUP, SIGTERM and a closed
//! terminal window all save the last change, write the open editor's draft, give the
//! terminal back (when there is one), remove the lock and exit 0.

#[path = "support/pty.rs"]
mod pty;

use halaqa::store;
use pty::Running;
use std::io::Write;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const PATIENCE: Duration = Duration::from_secs(15);
const ADDED: &str = "Per diems arrive late — المخصصات تتأخر";
const HALF_TYPED: &str = "The generator stopped mid-sentence";

/// What every ending must leave: the added entry in the file, the half-typed one as a
/// draft, no lock.
fn assert_nothing_lost(file: &Path, how: &str) {
    let workshop = store::load(file).expect("loads").workshop;
    assert!(
        workshop.entries().any(|e| e.text == ADDED),
        "{how}: the added entry is in the file"
    );
    let draft = store::drafts::load_draft(file)
        .expect("readable draft")
        .unwrap_or_else(|| panic!("{how}: a draft was written"));
    assert_eq!(draft.text, HALF_TYPED, "{how}");
    assert!(
        !Path::new(&format!("{}.lock", file.display())).exists(),
        "{how}: the lock file is removed"
    );
}

/// A core file would hold everyone's names and phones: the process allows none.
fn assert_no_core_file(pid: u32) {
    let Ok(limits) = std::fs::read_to_string(format!("/proc/{pid}/limits")) else {
        return; // not Linux: nothing to read it from
    };
    let core = limits
        .lines()
        .find(|l| l.starts_with("Max core file size"))
        .expect("a core limit line");
    let numbers: Vec<&str> = core.split_whitespace().skip(4).take(2).collect();
    assert_eq!(numbers, ["0", "0"], "{core}");
}

fn kill(pid: u32, signal: &str) {
    let status = Command::new("kill")
        .args([&format!("-{signal}"), &pid.to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());
}

/// Each signal once in the suite; `HALAQA_SIGNAL_ROUNDS=50` (200 endings) for the figure in
/// docs/RELIABILITY.md: `HALAQA_SIGNAL_ROUNDS=50 cargo test --test pty_signals -- --nocapture`.
#[test]
fn every_ending_signal_saves_keeps_the_draft_restores_the_terminal_and_unlocks() {
    let rounds: usize = std::env::var("HALAQA_SIGNAL_ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1);
    let signals = ["INT", "QUIT", "HUP", "TERM"];
    for signal in signals.iter().cycle().take(rounds * signals.len()) {
        let home = tempfile::tempdir().expect("temp folder");
        let file = pty::write_demo(home.path());
        let path = file.display().to_string();
        let mut running = Running::start(&["open", &path, "--group", "Challenges"], home.path())
            .with_patience(PATIENCE);
        running.wait_for("Note-taker · Challenges");
        running.send("a");
        running.wait_for("New challenge");
        running.send(ADDED);
        running.send("\r");
        running.wait_for("added a challenge");
        running.send("a");
        running.wait_for("New challenge");
        running.send(HALF_TYPED);
        running.wait_for("mid-sentence");
        let pid = running.pid().expect("a pid");
        assert_no_core_file(pid);
        kill(pid, signal);
        assert!(running.wait_exit(), "SIG{signal}: exit status 0");
        assert!(
            !running.alternate_screen(),
            "SIG{signal}: the terminal is back from the full screen"
        );
        assert!(
            running.raw_output().contains("\u{1b}[?1049l"),
            "SIG{signal}: left the alternate screen"
        );
        assert_nothing_lost(&file, &format!("SIG{signal}"));
    }
    eprintln!(
        "{} endings by signal: 0 changes lost, 0 drafts lost, 0 locks left, 0 left in the full screen",
        rounds * signals.len()
    );
}

/// A pseudo-terminal of our own (not portable-pty's, whose reader thread keeps the terminal
/// open): closing its controlling side is what closing a terminal window does.
struct Window {
    controller: OwnedFd,
    screen: vt100::Parser,
    child: std::process::Child,
}

impl Window {
    fn open(args: &[&str], home: &Path) -> Window {
        let (mut controller, mut program) = (0, 0);
        let size = libc::winsize {
            ws_row: pty::ROWS,
            ws_col: pty::COLS,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        // SAFETY: openpty writes two descriptors; the null name and termios are allowed.
        let opened = unsafe {
            libc::openpty(
                &mut controller,
                &mut program,
                std::ptr::null_mut(),
                std::ptr::null(),
                &size,
            )
        };
        assert_eq!(opened, 0, "a pseudo-terminal");
        // SAFETY: both descriptors were just opened and are owned here alone.
        let (controller, program) = unsafe {
            (
                OwnedFd::from_raw_fd(controller),
                OwnedFd::from_raw_fd(program),
            )
        };
        // SAFETY: fcntl on a descriptor we own. Close-on-exec: were the program to inherit
        // the controlling side, closing ours would not close the window.
        unsafe {
            libc::fcntl(controller.as_raw_fd(), libc::F_SETFL, libc::O_NONBLOCK);
            libc::fcntl(controller.as_raw_fd(), libc::F_SETFD, libc::FD_CLOEXEC);
        }
        let mut command = Command::new(env!("CARGO_BIN_EXE_halaqa"));
        command
            .args(args)
            .current_dir(home)
            .env("HALAQA_DATA_DIR", home.join("data"))
            .env("HALAQA_CONFIG_DIR", home.join("config"))
            .env("TERM", "xterm-256color")
            .stdin(program.try_clone().expect("dup"))
            .stdout(program.try_clone().expect("dup"))
            .stderr(program);
        // SAFETY: only async-signal-safe calls between fork and exec: a new session whose
        // controlling terminal is this one, as a terminal emulator does.
        unsafe {
            command.pre_exec(|| {
                libc::setsid();
                libc::ioctl(0, libc::TIOCSCTTY, 0);
                Ok(())
            });
        }
        let child = command.spawn().expect("halaqa starts");
        Window {
            controller,
            screen: vt100::Parser::new(pty::nonzero(pty::ROWS), pty::nonzero(pty::COLS), 0),
            child,
        }
    }

    fn pump(&mut self) {
        let mut buffer = [0u8; 4096];
        loop {
            // SAFETY: reading into a buffer we own, from a descriptor we own.
            let n = unsafe {
                libc::read(
                    self.controller.as_raw_fd(),
                    buffer.as_mut_ptr().cast(),
                    buffer.len(),
                )
            };
            let Ok(n) = usize::try_from(n) else { return };
            if n == 0 {
                return;
            }
            self.screen.process(&buffer[..n]);
        }
    }

    fn wait_for(&mut self, text: &str) {
        let deadline = Instant::now() + PATIENCE;
        while !self.screen.screen().contents().contains(text) {
            assert!(
                Instant::now() < deadline,
                "waited for {text:?}; the screen shows:\n{}",
                self.screen.screen().contents()
            );
            std::thread::sleep(Duration::from_millis(20));
            self.pump();
        }
    }

    fn send(&mut self, keys: &str) {
        let mut writer = std::fs::File::from(self.controller.try_clone().expect("dup"));
        writer.write_all(keys.as_bytes()).expect("keys sent");
    }

    /// Close the window: the program's terminal is hung up. The exit status once it ends.
    fn close(self) -> std::process::ExitStatus {
        let Window {
            controller,
            mut child,
            ..
        } = self;
        drop(controller);
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Some(status) = child.try_wait().expect("status") {
                return status;
            }
            if Instant::now() > deadline {
                let _ = child.kill();
                panic!("halaqa did not end after its terminal was closed");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

#[test]
fn closing_the_terminal_window_saves_keeps_the_draft_and_unlocks() {
    let home = tempfile::tempdir().expect("temp folder");
    let file = pty::write_demo(home.path());
    let path = file.display().to_string();
    let mut window = Window::open(&["open", &path, "--group", "Challenges"], home.path());
    window.wait_for("Note-taker · Challenges");
    window.send("a");
    window.wait_for("New challenge");
    window.send(ADDED);
    window.send("\r");
    window.wait_for("added a challenge");
    window.send("a");
    window.wait_for("New challenge");
    window.send(HALF_TYPED);
    window.wait_for("mid-sentence");
    let status = window.close();
    assert!(status.success(), "ended with {status:?}, not 0");
    assert_nothing_lost(&file, "closed window");
}
