//! Reading a file whose path came from a user or a colleague: only a regular file, and never
//! more than a cap.
//!
//! A path can name a pipe (a FIFO waits for a writer forever), a device (`/dev/zero` never
//! ends) or a file that grows while it is read. So the file is opened without waiting
//! (`O_NONBLOCK`, which a pipe honours and a regular file ignores), the opened handle — not
//! the name, which could be swapped in between — is checked to be a regular file, and the
//! read itself stops one byte past the cap, whatever the size the file claimed.

use super::StoreError;
use std::fs::{File, OpenOptions};
use std::io::Read;
use std::path::Path;

/// What a file is meant to be, for refusals: "a CSV file", "CSV files".
#[derive(Clone, Copy, Debug)]
pub struct FileKind {
    pub one: &'static str,
    pub many: &'static str,
    /// The largest such file halaqa reads.
    pub max_bytes: u64,
}

/// A registration list: larger than the cap, it is not one.
pub const CSV_FILE: FileKind = FileKind {
    one: "a registration list (.csv, .xlsx, .xls, .ods)",
    many: "participant lists",
    max_bytes: 256 * 1024 * 1024,
};

/// An agenda to import (CSV or iCalendar): a few hundred lines; a few MiB is already odd.
pub const AGENDA_FILE: FileKind = FileKind {
    one: "an agenda file",
    many: "agenda files",
    max_bytes: 16 * 1024 * 1024,
};

/// The user's keymap.ron: a few hundred bindings at most.
pub const KEYMAP_FILE: FileKind = FileKind {
    one: "a keymap file",
    many: "keymap files",
    max_bytes: 1024 * 1024,
};

/// The bytes of the regular file at `path`, at most `kind.max_bytes` of them.
pub fn read_regular_file(path: &Path, kind: FileKind) -> Result<Vec<u8>, StoreError> {
    read_regular_file_reporting(path, kind, &mut |_| {})
}

/// How far a read has come: bytes read of the size the file claimed when opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReadProgress {
    pub read: u64,
    pub total: u64,
}

/// Bytes are read in pieces of this size, so a big file's reading can be followed.
const READ_PIECE: usize = 1024 * 1024;

/// [`read_regular_file`], saying after each MiB how far it has come.
pub fn read_regular_file_reporting(
    path: &Path,
    kind: FileKind,
    progress: &mut dyn FnMut(ReadProgress),
) -> Result<Vec<u8>, StoreError> {
    let too_large = |bytes| StoreError::TooLarge {
        path: path.to_path_buf(),
        bytes,
        limit: kind.max_bytes,
        what: kind.many,
    };
    let file = open_without_waiting(path).map_err(|e| StoreError::io(path, "cannot open", &e))?;
    let meta = file
        .metadata()
        .map_err(|e| StoreError::io(path, "cannot read", &e))?;
    if meta.is_dir() {
        return Err(StoreError::io_message(
            path,
            format!("this is a folder, not {}", kind.one),
        ));
    }
    if !meta.is_file() {
        return Err(StoreError::io_message(
            path,
            format!(
                "this is {}, not {}; halaqa reads only regular files",
                kind_of(&meta),
                kind.one
            ),
        ));
    }
    // The size the file claims refuses the obvious case early; the cap on the read below is
    // what actually holds.
    if meta.len() > kind.max_bytes {
        return Err(too_large(meta.len()));
    }
    let total = meta.len();
    let mut bytes = Vec::with_capacity(usize::try_from(total).unwrap_or(0));
    let mut capped = file.take(kind.max_bytes.saturating_add(1));
    let mut piece = vec![0u8; READ_PIECE];
    loop {
        let count = match capped.read(&mut piece) {
            Ok(0) => break,
            Ok(count) => count,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(StoreError::io(path, "cannot read", &e)),
        };
        bytes.extend_from_slice(&piece[..count]);
        let read = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
        progress(ReadProgress {
            read,
            total: total.max(read),
        });
    }
    let read = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if read > kind.max_bytes {
        return Err(too_large(read));
    }
    Ok(bytes)
}

fn open_without_waiting(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// What a file that is not a regular file is, in words.
fn kind_of(meta: &std::fs::Metadata) -> &'static str {
    #[cfg(not(unix))]
    let _ = meta;
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = meta.file_type();
        if kind.is_fifo() {
            return "a pipe (FIFO)";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "a device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    "not a regular file"
}

#[cfg(test)]
mod tests {
    use super::*;

    const CSV: FileKind = FileKind {
        one: "a CSV file",
        many: "CSV files",
        max_bytes: 10,
    };

    #[test]
    fn a_device_is_refused_before_anything_is_read() {
        let error = read_regular_file(Path::new("/dev/zero"), CSV).unwrap_err();
        assert_eq!(
            error.to_string(),
            "/dev/zero: this is a device, not a CSV file; halaqa reads only regular files"
        );
    }

    #[test]
    fn a_folder_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let error = read_regular_file(dir.path(), CSV).unwrap_err();
        assert!(error.to_string().contains("this is a folder"), "{error}");
    }

    #[test]
    fn the_cap_is_kept_while_reading() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.csv");
        std::fs::write(&path, vec![b'a'; 11]).unwrap();
        let error = read_regular_file(&path, CSV).unwrap_err();
        assert!(
            matches!(error, StoreError::TooLarge { bytes: 11, .. }),
            "{error}"
        );
        let bigger = FileKind {
            max_bytes: 11,
            ..CSV
        };
        assert_eq!(read_regular_file(&path, bigger).unwrap().len(), 11);
    }
}
