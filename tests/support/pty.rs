//! The real binary in a pseudo-terminal: keys in, screen text out (through a vt100 parser,
//! because ratatui repaints only the cells that changed). Each run gets its own data and
//! config folders under the test's home folder.

#![allow(dead_code)]

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

pub const ROWS: u16 = 24;
pub const COLS: u16 = 80;
/// How long a wait lasts before the test fails, unless a test asks for more.
pub const PATIENCE: Duration = Duration::from_secs(10);

pub struct Running {
    child: Box<dyn Child + Send + Sync>,
    _master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    output: Receiver<Vec<u8>>,
    bytes: Vec<u8>,
    parser: vt100::Parser,
    patience: Duration,
}

impl Running {
    /// Start `halaqa ARGS` in a fresh 80×24 pseudo-terminal, working in `home`.
    pub fn start(args: &[&str], home: &Path) -> Running {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_halaqa"));
        command.args(args);
        command.cwd(home);
        command.env("HALAQA_DATA_DIR", home.join("data"));
        command.env("HALAQA_CONFIG_DIR", home.join("config"));
        command.env("TERM", "xterm-256color");
        command.env_remove("NO_COLOR");
        command.env_remove("HALAQA_LOG");
        let child = pty.slave.spawn_command(command).expect("halaqa starts");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("reader");
        let writer = pty.master.take_writer().expect("writer");
        let (send, output) = channel();
        // A blocking reader on its own thread, so the test can poll with a timeout.
        std::thread::spawn(move || {
            let mut buffer = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buffer) {
                if n == 0 || send.send(buffer[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        Running {
            child,
            _master: pty.master,
            writer,
            output,
            bytes: Vec::new(),
            parser: vt100::Parser::new(nonzero(ROWS), nonzero(COLS), 0),
            patience: PATIENCE,
        }
    }

    /// Wait this long (instead of [`PATIENCE`]) before failing.
    pub fn with_patience(mut self, patience: Duration) -> Running {
        self.patience = patience;
        self
    }

    pub fn patience(&self) -> Duration {
        self.patience
    }

    /// Feed whatever the program wrote into the screen, until it is quiet for 50 ms.
    pub fn pump(&mut self) {
        while let Ok(chunk) = self.output.recv_timeout(Duration::from_millis(50)) {
            self.parser.process(&chunk);
            self.bytes.extend_from_slice(&chunk);
        }
    }

    /// The screen's text as it is now.
    pub fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    pub fn alternate_screen(&self) -> bool {
        self.parser.screen().alternate_screen()
    }

    /// Everything the program wrote so far, escape sequences included.
    pub fn raw_output(&self) -> String {
        String::from_utf8_lossy(&self.bytes).into_owned()
    }

    /// The child's process id, to send it a signal.
    pub fn pid(&self) -> Option<u32> {
        self.child.process_id()
    }

    /// Wait until the screen shows `text`; fail with the screen after the patience runs out.
    pub fn wait_for(&mut self, text: &str) {
        let patience = self.patience;
        let deadline = Instant::now() + patience;
        loop {
            self.pump();
            if self.screen().contains(text) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "waited {patience:?} for {text:?}; the screen shows:\n{}",
                self.screen()
            );
        }
    }

    pub fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).expect("keys sent");
        self.writer.flush().expect("keys flushed");
    }

    /// Wait for the process to end and return whether it succeeded.
    pub fn wait_exit(&mut self) -> bool {
        let deadline = Instant::now() + self.patience;
        loop {
            self.pump();
            if let Some(status) = self.child.try_wait().expect("status") {
                // What it wrote while leaving (restoring the terminal) may still be in flight.
                self.pump();
                return status.success();
            }
            assert!(
                Instant::now() < deadline,
                "halaqa did not exit; the screen shows:\n{}",
                self.screen()
            );
        }
    }
}

pub fn nonzero(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).expect("a size above zero")
}

/// The session files `halaqa demo` saved under `home`, sorted.
pub fn demo_files(home: &Path) -> Vec<PathBuf> {
    let folder = home.join("data").join("demo");
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "ron"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// `halaqa demo --write home/demo.ron` with the home's own data and config folders.
pub fn write_demo(home: &Path) -> PathBuf {
    let file = home.join("demo.ron");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_halaqa"))
        .args(["demo", "--write", &file.display().to_string()])
        .env("HALAQA_DATA_DIR", home.join("data"))
        .env("HALAQA_CONFIG_DIR", home.join("config"))
        .stdout(std::process::Stdio::null())
        .status()
        .expect("halaqa runs");
    assert!(status.success(), "the demo is written");
    file
}
