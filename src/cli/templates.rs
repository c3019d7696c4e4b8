//! `halaqa templates`: the bundled templates, one per line.

use crate::store::templates;
use std::io::Write;

pub fn run(out: &mut dyn Write) -> anyhow::Result<()> {
    let all = templates::all();
    let width = all.iter().map(|t| t.name.len()).max().unwrap_or(0);
    for template in &all {
        let days = if template.days == 1 {
            "1 day ".to_string()
        } else {
            format!("{} days", template.days)
        };
        writeln!(
            out,
            "{:width$}  {days}  {}",
            template.name, template.description
        )?;
    }
    writeln!(
        out,
        "\nUse one with: halaqa new FILE --title TEXT --template NAME"
    )?;
    Ok(())
}
