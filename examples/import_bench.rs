//! How long a large participant import takes:
//! `cargo run --release --example import_bench [ROWS] [plan-only]` (default 100,000 rows).
//! Prints the time to read the table, to plan (match, normalise, dedupe), to apply the batch
//! through `Document::apply`, to plan the same file again (every row a duplicate), and the
//! size the session file would have. The participant cap is lifted so the figures are real.

use halaqa::import::{self, ImportOptions};
use halaqa::model::{DeviceId, Document, Workshop, WorkshopInfo};
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let rows: usize = std::env::args()
        .nth(1)
        .map(|n| n.parse())
        .transpose()?
        .unwrap_or(100_000);
    let csv = generated(rows);
    println!("{rows} rows, {:.1} MiB of CSV", mib(csv.len()));

    let mut doc = Document::new(
        Workshop::new(WorkshopInfo::titled("Bench")),
        DeviceId::new("bench"),
    );
    let options = ImportOptions {
        max_participants: usize::MAX,
        ..ImportOptions::default()
    };

    let started = Instant::now();
    let preview = import::preview(csv.as_bytes(), &options, 5)?;
    println!(
        "read:   {:?} ({} rows)",
        started.elapsed(),
        preview.rows_total
    );

    let started = Instant::now();
    let plan = import::plan(csv.as_bytes(), doc.workshop(), &options)?;
    println!(
        "plan:   {:?} ({} added)",
        started.elapsed(),
        plan.added.len()
    );
    if std::env::args().nth(2).as_deref() == Some("plan-only") {
        return Ok(());
    }

    let started = Instant::now();
    doc.apply(plan.change)?;
    println!("apply:  {:?}", started.elapsed());

    let started = Instant::now();
    let again = import::plan(csv.as_bytes(), doc.workshop(), &options)?;
    println!(
        "again:  {:?} ({} duplicates)",
        started.elapsed(),
        again.duplicates.len()
    );

    let started = Instant::now();
    let ron = halaqa::store::to_ron(doc.workshop())?;
    println!(
        "to_ron: {:?} ({:.1} MiB; the load limit is {} MiB)",
        started.elapsed(),
        mib(ron.len()),
        halaqa::store::MAX_FILE_BYTES / (1024 * 1024)
    );
    Ok(())
}

fn mib(bytes: usize) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

/// Registration rows in Arabic with mixed spellings, all different people.
fn generated(rows: usize) -> String {
    let governorates = ["بغداد", "Basrah", "نينوى", "Erbil", "سلێمانی", "Duhok"];
    let genders = ["F", "M", "أنثى", "ذكر", "ژن", "پیاو"];
    let mut csv = String::from("الاسم;الجنس;المحافظة;المنظمة;الهاتف;البريد الإلكتروني;العمر\n");
    for i in 0..rows {
        csv.push_str(&format!(
            "مُشارِك رقم {i};{};{};منظمة {};07{:09};p{i}@example.org;{}\n",
            genders[i % genders.len()],
            governorates[i % governorates.len()],
            i % 97,
            i,
            18 + i % 50,
        ));
    }
    csv
}
