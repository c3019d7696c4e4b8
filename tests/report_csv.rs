//! The CSV tables as a spreadsheet reads them. LibreOffice Calc's import dialog ticks comma,
//! semicolon and tab at once: every table must give the same columns read that way as read
//! with commas only (no unquoted `;` or tab). Phone numbers stay text with their leading
//! zeros. Rows join on ids: participation is one row per person and day, attendance and
//! entries carry ids, tags, links and the agenda item. Where LibreOffice is installed the
//! tables go through Calc itself (CSV → ODS → CSV) and come back with the same columns.

#[path = "fixtures/report/fixture.rs"]
#[allow(dead_code)]
mod fixture;

use halaqa::report::{Report, tables};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Command;

fn demo() -> halaqa::model::Workshop {
    halaqa::store::demo::demo_workshop().expect("the bundled demo parses")
}

/// Every table of a report: file name → text (without the byte-order mark).
fn tables_of(report: &Report) -> BTreeMap<&'static str, String> {
    tables::tables(report)
        .into_iter()
        .map(|table| {
            let mut out = Vec::new();
            table.write(report, &mut out).expect("csv renders");
            let text = String::from_utf8(out).expect("utf-8");
            (
                table.file_name,
                text.trim_start_matches('\u{feff}').to_string(),
            )
        })
        .collect()
}

fn read_commas(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.expect("a record").iter().map(str::to_string).collect())
        .collect()
}

/// Split the way Calc does with comma, semicolon and tab all ticked: any of them ends an
/// unquoted field; a field that starts with `"` runs to its closing quote (`""` is a quote).
fn read_like_calc(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut at_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                c => field.push(c),
            }
            continue;
        }
        match c {
            '"' if at_start => {
                quoted = true;
                at_start = false;
            }
            ',' | ';' | '\t' => {
                row.push(std::mem::take(&mut field));
                at_start = true;
            }
            '\r' => {}
            '\n' => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
                at_start = true;
            }
            c => {
                field.push(c);
                at_start = false;
            }
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

#[test]
fn every_table_has_the_same_columns_whichever_separators_calc_ticks() {
    for workshop in [demo(), fixture::realistic(), fixture::hostile()] {
        for anonymise in [false, true] {
            for (name, text) in tables_of(&Report::build(&workshop, anonymise)) {
                let commas = read_commas(&text);
                let calc = read_like_calc(&text);
                assert_eq!(commas, calc, "{name} splits differently in Calc");
                let width = commas[0].len();
                assert!(commas.iter().all(|r| r.len() == width), "{name}");
            }
        }
    }
}

#[test]
fn a_semicolon_in_a_text_is_inside_quotes() {
    let tables = tables_of(&Report::build(&demo(), false));
    let agenda = &tables["agenda.csv"];
    assert!(
        agenda.contains(",\"Hiba Salman; Thomas Reeve\","),
        "{agenda}"
    );
}

fn column(rows: &[Vec<String>], name: &str) -> Vec<String> {
    let index = rows[0]
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name}"));
    rows[1..].iter().map(|r| r[index].clone()).collect()
}

#[test]
fn tables_join_on_ids_and_participation_is_one_row_per_person_and_day() {
    let workshop = fixture::realistic();
    let report = Report::build(&workshop, false);
    let tables = tables_of(&report);
    let people = read_commas(&tables["participants.csv"]);
    let ids = column(&people, "participant_id");
    let days = workshop.info().days as usize;
    let participation = read_commas(&tables["participation.csv"]);
    assert_eq!(participation.len() - 1, ids.len() * days);
    assert_eq!(
        participation[0],
        [
            "participant_id",
            "day",
            "date",
            "attended",
            "first_check_in"
        ]
    );
    for id in column(&participation, "participant_id") {
        assert!(ids.contains(&id), "participation names an unknown id {id}");
    }
    let attendance = read_commas(&tables["attendance.csv"]);
    for id in column(&attendance, "participant_id") {
        assert!(ids.contains(&id), "attendance names an unknown id {id}");
    }
    // Every check-in is a "yes" day in participation.
    let yes = column(&participation, "attended")
        .iter()
        .filter(|a| *a == "yes")
        .count();
    assert!(yes > 0 && yes < attendance.len());

    let entries = read_commas(&tables["entries.csv"]);
    assert_eq!(
        &entries[0][..3],
        ["entry_id", "group", "kind"],
        "entries start with their id"
    );
    for header in ["tags", "linked_entry_ids", "agenda_item_id", "agenda_item"] {
        assert!(entries[0].iter().any(|h| h == header), "no {header}");
    }
    let entry_ids = column(&entries, "entry_id");
    for table in ["actions.csv", "recommendations.csv", "outcomes.csv"] {
        let rows = read_commas(&tables[table]);
        assert_eq!(rows[0][0], "entry_id", "{table}");
        for id in column(&rows, "entry_id") {
            assert!(entry_ids.contains(&id), "{table}: unknown entry {id}");
        }
    }
    for links in column(&entries, "linked_entry_ids") {
        for id in links.split("; ").filter(|s| !s.is_empty()) {
            assert!(entry_ids.contains(&id.to_string()), "a link to {id}");
        }
    }
}

#[test]
fn the_demo_entries_carry_their_tags_and_agenda_item_and_outcomes_have_a_table() {
    let tables = tables_of(&Report::build(&demo(), false));
    let entries = read_commas(&tables["entries.csv"]);
    assert!(column(&entries, "tags").iter().any(|t| t.contains("; ")));
    assert!(
        column(&entries, "agenda_item")
            .iter()
            .any(|t| t == "Working groups")
    );
    let outcomes = read_commas(&tables["outcomes.csv"]);
    assert_eq!(outcomes.len() - 1, 4, "the demo's four outcomes");
    assert!(outcomes[0].iter().any(|h| h == "social_actor"));
}

fn soffice() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join("soffice"))
        .find(|candidate| candidate.is_file())
}

/// CSV → ODS → CSV through LibreOffice Calc, importing with comma, semicolon and tab.
#[test]
fn through_libreoffice_calc_columns_and_phones_survive() {
    let Some(soffice) = soffice() else {
        println!(
            "skipped: LibreOffice (soffice) is not installed (apt-get install libreoffice-calc-nogui)"
        );
        return;
    };
    let dir = tempfile::tempdir().expect("a temp dir");
    let tables = tables_of(&Report::build(&demo(), false));
    let names = ["participants.csv", "agenda.csv", "entries.csv"];
    for name in names {
        std::fs::write(dir.path().join(name), &tables[name]).expect("written");
    }
    let profile = format!(
        "-env:UserInstallation=file://{}",
        dir.path().join("profile").display()
    );
    let run = |args: &[&str], cwd: &std::path::Path| {
        let output = Command::new(&soffice)
            .arg(&profile)
            .args(["--headless", "--norestore"])
            .args(args)
            .current_dir(cwd)
            .output()
            .expect("soffice runs");
        assert!(output.status.success(), "{output:?}");
    };
    let mut args = vec!["--infilter=CSV:44/59/9,34,76,1", "--convert-to", "ods"];
    args.extend(names);
    run(&args, dir.path());
    let back = dir.path().join("back");
    std::fs::create_dir(&back).expect("a folder");
    let mut args = vec![
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1",
        "--outdir",
        "back",
    ];
    let ods: Vec<String> = names.iter().map(|n| n.replace(".csv", ".ods")).collect();
    args.extend(ods.iter().map(String::as_str));
    run(&args, dir.path());
    for name in names {
        let text = std::fs::read_to_string(back.join(name)).expect("Calc wrote it back");
        let calc = read_commas(text.trim_start_matches('\u{feff}'));
        let ours = read_commas(&tables[name]);
        assert_eq!(calc.len(), ours.len(), "{name}: rows");
        for (theirs, mine) in calc.iter().zip(&ours) {
            assert_eq!(
                theirs.len(),
                mine.len(),
                "{name}: a row shifted: {theirs:?}"
            );
        }
        if name == "participants.csv" {
            assert_eq!(column(&calc, "phone"), column(&ours, "phone"));
            assert!(
                column(&calc, "phone")
                    .iter()
                    .any(|p| p.starts_with("00964 "))
            );
            assert_eq!(column(&calc, "age_band"), column(&ours, "age_band"));
        }
        if name == "entries.csv" {
            assert_eq!(column(&calc, "text"), column(&ours, "text"));
        }
    }
}
