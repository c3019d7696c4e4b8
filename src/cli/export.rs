//! `halaqa export FILE --format md|html|csv ...`: not built yet (the report helper replaces
//! this file).

use super::ExportArgs;
use std::io::Write;

pub fn run(args: ExportArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    crate::store::load(&args.file)?;
    let _ = out;
    anyhow::bail!("exporting reports is not built yet; nothing was written")
}
