//! `halaqa merge FILE OTHER... [--output PATH]`: not built yet. It already refuses what a
//! merge would refuse: a FILE someone else holds, and any file that does not load.

use super::MergeArgs;
use crate::store::{self, Dirs};
use std::io::Write;

pub fn run(args: MergeArgs, dirs: &Dirs, out: &mut dyn Write) -> anyhow::Result<()> {
    let _session = match &args.output {
        None => Some(super::open_for_writing(&args.file, dirs)?),
        Some(_) => {
            store::load(&args.file)?;
            None
        }
    };
    for other in &args.others {
        store::load(other)?;
    }
    let _ = out;
    anyhow::bail!("merging is not built yet; nothing was changed")
}
