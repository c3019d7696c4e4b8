//! The command line: clap definitions; each subcommand is a short function over the layers.

/// Parse the command line and run it; returns the process exit code.
pub fn run() -> i32 {
    todo!("cli helper")
}
