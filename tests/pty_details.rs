//! The workshop details form in the real binary, in a pseudo-terminal: open a session, `e`
//! on the Overview, set the venue and the start date, save, quit; the file holds them.

#[path = "support/pty.rs"]
mod pty;

use halaqa::model::{Workshop, WorkshopInfo};
use halaqa::store;
use pty::Running;

#[test]
fn set_venue_and_start_date_in_the_details_form_and_the_file_keeps_them() {
    let home = tempfile::tempdir().expect("temp folder");
    let file = home.path().join("closing.ron");
    let mut info = WorkshopInfo::titled("Closing session");
    info.venue = "Rotana Hotel".to_string();
    store::save(&file, &Workshop::new(info)).expect("saved");
    // A start date near whatever today is: the form refuses dates years away.
    let start = (chrono::Local::now().date_naive() + chrono::Days::new(30))
        .format("%Y-%m-%d")
        .to_string();
    let path = file.to_string_lossy().to_string();
    let mut halaqa = Running::start(&["open", &path], home.path());
    halaqa.wait_for("Closing session");
    halaqa.send("2");
    halaqa.send("e");
    halaqa.wait_for("Workshop details");
    for _ in 0..8 {
        halaqa.send("\t");
    }
    halaqa.wait_for("hotel or hall");
    // The venue is selected on entering: typing replaces it.
    halaqa.send("Erbil International Hotel");
    halaqa.send("\t\t");
    halaqa.wait_for("the first day, YYYY-MM-DD");
    halaqa.send(&start);
    halaqa.send("\r");
    halaqa.wait_for("saved the workshop details");
    halaqa.send("q");
    assert!(
        halaqa.wait_exit(),
        "exit status not 0:\n{}",
        halaqa.screen()
    );
    let loaded = store::load(&file).expect("the file loads").workshop;
    assert_eq!(loaded.info().venue, "Erbil International Hotel");
    assert_eq!(
        loaded
            .info()
            .start
            .map(|d| d.format("%Y-%m-%d").to_string()),
        Some(start)
    );
}
