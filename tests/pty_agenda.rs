//! The Agenda in the real binary, in a pseudo-terminal: open the demo, go to the agenda,
//! start an item, watch its remaining time go down, open the present view, quit; the file
//! keeps the actual start.

use halaqa::store;
use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::path::Path;
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

const ROWS: u16 = 24;
const COLS: u16 = 80;
const PATIENCE: Duration = Duration::from_secs(10);

struct Running {
    child: Box<dyn Child + Send + Sync>,
    _master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    output: Receiver<Vec<u8>>,
    bytes: Vec<u8>,
    parser: vt100::Parser,
}

impl Running {
    fn start(args: &[&str], home: &Path) -> Running {
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
        let child = pty.slave.spawn_command(command).expect("halaqa starts");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("reader");
        let writer = pty.master.take_writer().expect("writer");
        let (send, output) = channel();
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
        }
    }

    fn pump(&mut self) {
        while let Ok(chunk) = self.output.recv_timeout(Duration::from_millis(50)) {
            self.parser.process(&chunk);
            self.bytes.extend_from_slice(&chunk);
        }
    }

    fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    /// Wait until the screen shows `text`; fail with the screen after the patience runs out.
    fn wait_for(&mut self, text: &str) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            self.pump();
            if self.screen().contains(text) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "waited {PATIENCE:?} for {text:?}; the screen shows:\n{}",
                self.screen()
            );
        }
    }

    fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).expect("keys sent");
        self.writer.flush().expect("keys flushed");
    }

    /// Wait for the process to end and return whether it succeeded.
    fn wait_exit(&mut self) -> bool {
        let deadline = Instant::now() + PATIENCE;
        loop {
            self.pump();
            if let Some(status) = self.child.try_wait().expect("status") {
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

fn nonzero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("a size above zero")
}

fn demo_files(home: &Path) -> Vec<std::path::PathBuf> {
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

/// The remaining time the agenda's live panel shows ("left 14:58").
fn remaining(screen: &str) -> Option<String> {
    let at = screen.find("left ")?;
    Some(screen[at + 5..].chars().take(5).collect())
}

#[test]
fn start_an_item_watch_its_time_go_down_present_it_and_the_file_keeps_the_start() {
    let home = tempfile::tempdir().expect("temp folder");
    let title = store::demo::demo_workshop()
        .expect("demo")
        .info()
        .title
        .clone();
    let shown: String = title.chars().take(40).collect();
    let mut halaqa = Running::start(&["demo"], home.path());
    halaqa.wait_for(&shown);
    halaqa.send("3");
    halaqa.wait_for("Nothing running");
    halaqa.send("s");
    halaqa.wait_for("NOW");
    halaqa.wait_for("left ");
    let first = remaining(&halaqa.screen()).expect("a remaining time");
    // The tick is 250 ms and the panel shows seconds: it changes within a couple of seconds.
    let deadline = Instant::now() + PATIENCE;
    let second = loop {
        halaqa.pump();
        let now = remaining(&halaqa.screen()).expect("a remaining time");
        if now != first {
            break now;
        }
        assert!(
            Instant::now() < deadline,
            "the remaining time stayed at {first}:\n{}",
            halaqa.screen()
        );
    };
    assert!(second < first, "{second} is not less than {first}");
    halaqa.send("p");
    halaqa.wait_for("Esc back");
    halaqa.wait_for("left of");
    assert!(
        halaqa.screen().contains("█"),
        "no big digits:\n{}",
        halaqa.screen()
    );
    halaqa.send("q");
    assert!(
        halaqa.wait_exit(),
        "exit status not 0:\n{}",
        halaqa.screen()
    );
    let files = demo_files(home.path());
    assert_eq!(files.len(), 1, "{files:?}");
    let loaded = store::load(&files[0]).expect("the saved demo loads");
    let running: Vec<_> = loaded
        .workshop
        .agenda()
        .into_iter()
        .filter(|i| i.actual_start.is_some() && i.actual_end.is_none())
        .map(|i| i.title.clone())
        .collect();
    assert_eq!(
        running.len(),
        1,
        "one item started and still running: {running:?}"
    );
}
