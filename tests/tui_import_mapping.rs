//! The terminal import's preview, driven through keys without a terminal: a column left out
//! with `x`, the sheet of a workbook chosen, the country of phones typed; the counts of what
//! the import would do follow every change.

mod tui_support;

use halaqa::tui::App;
use std::time::{Duration, Instant};
use tui_support::{app_on, fixture, press, screen_text, type_text};

/// Tick until the preview's plan for the current choices is worked out.
fn settled(app: &mut App) -> String {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        app.tick(Instant::now());
        let screen = screen_text(app, 80, 24);
        if !screen.contains("working out what the import would do") {
            return screen;
        }
        assert!(
            Instant::now() < deadline,
            "the plan did not finish:\n{screen}"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn open_preview(app: &mut App, path: &std::path::Path) -> String {
    press(app, &["4", "i"]);
    type_text(app, &path.display().to_string());
    press(app, &["enter"]);
    settled(app)
}

/// Move the cursor down until its line shows `text`.
fn down_to(app: &mut App, text: &str) -> String {
    for _ in 0..40 {
        let screen = screen_text(app, 80, 24);
        if screen.contains(&format!("▸{text}")) {
            return screen;
        }
        press(app, &["down"]);
    }
    panic!("no ▸{text}:\n{}", screen_text(app, 80, 24));
}

fn line_with<'a>(screen: &'a str, text: &str) -> &'a str {
    screen
        .lines()
        .find(|l| l.contains(text))
        .unwrap_or_default()
}

#[test]
fn x_leaves_a_column_out_and_the_field_is_then_empty() {
    let f = fixture();
    let csv = f.folder.path().join("list.csv");
    std::fs::write(
        &csv,
        "name,sex,phone\nMina Aziz,F,07701112223\nOmar Said,M,\n",
    )
    .expect("written");
    let mut app = app_on(&f, false);
    let screen = open_preview(&mut app, &csv);
    assert!(line_with(&screen, "│ gender").contains("sex"), "{screen}");
    // Enter on "Invalid rows" switches to skipping them.
    assert!(
        screen.contains("Invalid rows ‹ refuse the whole file ›"),
        "{screen}"
    );
    down_to(&mut app, "Invalid rows");
    press(&mut app, &["enter"]);
    let screen = settled(&mut app);
    assert!(
        screen.contains("Invalid rows ‹ skip them, import the rest ›"),
        "{screen}"
    );
    down_to(&mut app, "gender");
    type_text(&mut app, "x");
    let screen = settled(&mut app);
    assert!(line_with(&screen, "gender   ").contains('–'), "{screen}");
    assert!(screen.contains("left out: sex"), "{screen}");
    assert!(screen.contains("would add 2"), "{screen}");
    // Taken back from the pick list: x on the column there.
    down_to(&mut app, "gender");
    press(&mut app, &["enter"]);
    assert!(screen_text(&app, 80, 24).contains("Which column fills gender?"));
    press(&mut app, &["down", "down"]);
    let screen = screen_text(&app, 80, 24);
    assert!(
        line_with(&screen, "▸").contains("sex [left out]"),
        "{screen}"
    );
    type_text(&mut app, "x");
    press(&mut app, &["enter"]);
    let screen = settled(&mut app);
    assert!(line_with(&screen, "gender   ").contains("sex"), "{screen}");
    assert!(screen.contains("every column is used"), "{screen}");
}

#[test]
fn the_country_typed_reads_phones_as_that_countrys() {
    let f = fixture();
    let csv = f.folder.path().join("amman.csv");
    std::fs::write(&csv, "name,phone\nRana Haddad,0791234567\n").expect("written");
    let mut app = app_on(&f, false);
    let screen = open_preview(&mut app, &csv);
    // 079… is no Iraqi number: kept as written, flagged.
    assert!(screen.contains("1 row with a problem"), "{screen}");
    assert!(screen.contains("from ‹ IQ ›"), "{screen}");
    down_to(&mut app, "Phones");
    type_text(&mut app, "jo");
    let screen = settled(&mut app);
    assert!(screen.contains("from ‹ JO ›"), "{screen}");
    assert!(screen.contains("0 rows with problems"), "{screen}");
    press(&mut app, &["up", "up"]);
    press(&mut app, &["enter"]);
    let deadline = Instant::now() + Duration::from_secs(20);
    while !screen_text(&app, 80, 24).contains("Import done") {
        assert!(Instant::now() < deadline, "{}", screen_text(&app, 80, 24));
        app.tick(Instant::now());
        std::thread::sleep(Duration::from_millis(5));
    }
    let workshop = app.session.as_ref().expect("session").workshop();
    let rana = workshop
        .participants()
        .find(|p| p.name == "Rana Haddad")
        .expect("imported");
    assert_eq!(rana.phone, "+962791234567");
    let remembered = &workshop.info().settings.import_mappings;
    assert_eq!(remembered.len(), 1, "the country choice is remembered");
    assert_eq!(remembered[0].country.as_deref(), Some("JO"));
    let file = halaqa::store::to_ron(workshop).expect("written");
    let at = file
        .find("import_mappings: [")
        .expect("in the session file");
    assert!(
        file[at..].contains("country: Some(\"JO\")"),
        "{}",
        &file[at..]
    );
}

#[test]
fn a_workbooks_sheet_is_chosen_in_the_preview() {
    let f = fixture();
    let path = f.folder.path().join("kobo.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let summary = book.add_worksheet().set_name("Summary").expect("named");
    summary.write(0, 0, "Total").expect("cell");
    summary.write(1, 0, 2).expect("cell");
    let data = book
        .add_worksheet()
        .set_name("Registrations")
        .expect("named");
    data.write(0, 0, "Full name").expect("cell");
    data.write(0, 1, "Gender").expect("cell");
    data.write(1, 0, "Hawre Kamal").expect("cell");
    data.write(1, 1, "male").expect("cell");
    data.write(2, 0, "Shilan Omer").expect("cell");
    data.write(2, 1, "female").expect("cell");
    book.save(&path).expect("saved");
    let mut app = app_on(&f, false);
    let screen = open_preview(&mut app, &path);
    assert!(screen.contains("Sheet ‹ Summary › of 2"), "{screen}");
    assert!(screen.contains("not importable now"), "{screen}");
    down_to(&mut app, "Sheet");
    press(&mut app, &["enter"]);
    let screen = settled(&mut app);
    assert!(screen.contains("Sheet ‹ Registrations ›"), "{screen}");
    assert!(screen.contains("would add 2"), "{screen}");
    assert!(
        line_with(&screen, " name ").contains("Hawre Kamal, Shilan Omer"),
        "{screen}"
    );
}

/// The screen with the temp folder's path (different each run) replaced by a fixed one.
fn fixed_path(screen: &str, folder: &std::path::Path) -> String {
    let shown = folder.display().to_string();
    screen.replace(&shown, &format!("/tmp/{}", " ".repeat(shown.len() - 5)))
}

#[test]
fn snapshot_preview_and_pick_list() {
    let f = fixture();
    let csv = f.folder.path().join("week.csv");
    std::fs::write(
        &csv,
        "Q1,Q2,Sex,Tel\nAli Hassan,Tamkeen Network,M,07701234567\nSara Karim,Ruwad,F,07811112222\nNour Ali,,F,\n",
    )
    .expect("written");
    let mut app = app_on(&f, false);
    let screen = open_preview(&mut app, &csv);
    insta::assert_snapshot!("import_preview", fixed_path(&screen, f.folder.path()));
    down_to(&mut app, "name ");
    press(&mut app, &["enter", "down"]);
    insta::assert_snapshot!(
        "import_pick_list",
        fixed_path(&screen_text(&app, 80, 24), f.folder.path())
    );
}
