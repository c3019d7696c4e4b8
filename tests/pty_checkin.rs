//! The real binary in a pseudo-terminal at the door: open the demo, go to check-in, type part
//! of a name, Enter, quit; the saved file records today's attendance for that person.

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

#[test]
fn check_in_at_the_door_is_saved_for_today() {
    let home = tempfile::tempdir().expect("temp folder");
    let mut halaqa = Running::start(&["demo"], home.path());
    halaqa.wait_for("saved");
    halaqa.send("4");
    halaqa.wait_for("50 registered");
    halaqa.send("c");
    halaqa.wait_for("Check-in at the door");
    halaqa.send("yass");
    halaqa.wait_for("Yasser Hamid");
    halaqa.send("\r");
    halaqa.wait_for("Yasser Hamid checked in at");
    // Esc leaves the door (q there would type a q), then q quits after saving.
    halaqa.send("\x1b");
    halaqa.wait_for("here today");
    halaqa.send("q");
    assert!(
        halaqa.wait_exit(),
        "exit status not 0:\n{}",
        halaqa.screen()
    );
    let files = demo_files(home.path());
    assert_eq!(files.len(), 1, "{files:?}");
    let loaded = store::load(&files[0]).expect("the saved demo loads");
    let today = chrono::Local::now().date_naive();
    let yasser = loaded
        .workshop
        .participants()
        .find(|p| p.name == "Yasser Hamid")
        .expect("Yasser is in the demo");
    assert!(
        yasser.attended_on(today),
        "no attendance for {today}: {:?}",
        yasser.attendance
    );
}
