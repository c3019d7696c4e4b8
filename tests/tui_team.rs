//! The team: a person put on the team with `t` in the Participants table (staff, then
//! facilitator, note-taker, interpreter, then back) is left out of the participation figures,
//! the charts and the report, and the report says how many were left out. They stay
//! choosable for every role (they are still people of the workshop) but are never dealt into
//! a group as members.

mod tui_support;

use halaqa::model::{Change, Gender, Participant, TeamRole};
use halaqa::report::{Participation, Report};
use halaqa::tui::App;
use tui_support::{app_on, fixture, press, screen_text, type_text};

fn message(app: &App) -> String {
    app.message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}

fn role_of(app: &App, name: &str) -> Option<TeamRole> {
    app.session
        .as_ref()
        .expect("a session")
        .workshop()
        .participants()
        .find(|p| p.name == name)
        .and_then(|p| p.team)
}

#[test]
fn t_puts_a_person_on_the_team_and_the_figures_leave_them_out() {
    let f = fixture();
    let mut app = app_on(&f, false);
    let before = Participation::of(app.session.as_ref().expect("a session").workshop());
    assert_eq!((before.registered.total, before.team), (4, 0));
    // Sorted by name, Karwan Aziz (male, checked in) is on the first line.
    press(&mut app, &["4", "t"]);
    assert_eq!(role_of(&app, "Karwan Aziz"), Some(TeamRole::Staff));
    assert_eq!(
        message(&app),
        "Karwan Aziz is on the team (staff): not counted in the participation figures"
    );
    let screen = screen_text(&app, 100, 24);
    let karwan = screen
        .lines()
        .find(|l| l.contains("Karwan Aziz"))
        .unwrap_or_default();
    assert!(karwan.contains(" male   staff "), "{screen}");

    let workshop = app.session.as_ref().expect("a session").workshop();
    let after = Participation::of(workshop);
    assert_eq!(after.registered.total, 3);
    assert_eq!(after.attended.total, 2, "Layla and Omar, not Karwan");
    assert_eq!(after.team, 1);
    // Two women of three participants: the share of women no longer counts the staff.
    assert_eq!(
        workshop
            .participants()
            .filter(|p| p.team.is_none() && p.gender == Gender::Female)
            .count(),
        2
    );
    let markdown = Report::build(workshop, false).to_markdown();
    assert!(
        markdown.contains(
            "- Team (staff, facilitators, note-takers, interpreters), not counted in these \
             figures: 1"
        ),
        "{markdown}"
    );
    assert!(markdown.contains("- Registered: 3"), "{markdown}");
    // The annex still lists them, marked as the team.
    let karwan = markdown
        .lines()
        .find(|l| l.starts_with("| Karwan Aziz |"))
        .unwrap_or_default();
    assert!(karwan.contains("| team: staff |"), "{markdown}");

    // The roles cycle, and back to participant; each step is one undo.
    press(&mut app, &["t", "t", "t"]);
    assert_eq!(role_of(&app, "Karwan Aziz"), Some(TeamRole::Interpreter));
    press(&mut app, &["t"]);
    assert_eq!(role_of(&app, "Karwan Aziz"), None);
    assert!(
        message(&app).contains("participant again"),
        "{}",
        message(&app)
    );
    press(&mut app, &["ctrl-z"]);
    assert_eq!(role_of(&app, "Karwan Aziz"), Some(TeamRole::Interpreter));
}

#[test]
fn the_team_role_is_kept_in_the_file_and_old_files_have_none() {
    let f = fixture();
    let mut app = app_on(&f, false);
    press(&mut app, &["4", "t", "t"]);
    let workshop = app.session.as_ref().expect("a session").workshop().clone();
    let path = f.folder.path().join("team.ron");
    halaqa::store::save(&path, &workshop).expect("saved");
    let text = std::fs::read_to_string(&path).expect("read");
    assert_eq!(text.matches("team: Some(Facilitator)").count(), 1, "{text}");
    let loaded = halaqa::store::load(&path).expect("loads");
    let karwan = loaded
        .workshop
        .participants()
        .find(|p| p.name == "Karwan Aziz")
        .expect("Karwan");
    assert_eq!(karwan.team, Some(TeamRole::Facilitator));
    // Participants have no team line at all: files without it load as before.
    let original = std::fs::read_to_string(&f.path).expect("read");
    assert!(!original.contains("team:"), "{original}");
}

#[test]
fn the_team_is_not_dealt_into_groups() {
    let f = fixture();
    let mut app = app_on(&f, false);
    let mut interpreter = Participant::new("Hana Interpreter");
    interpreter.team = Some(TeamRole::Interpreter);
    let newcomer = Participant::new("Sara Newcomer");
    app.apply(Change::Batch(vec![
        Change::put_participant(interpreter),
        Change::put_participant(newcomer),
    ]))
    .expect("added");
    press(&mut app, &["5", "A"]);
    let halaqa::tui::screens::groups::Mode::Auto(preview) = &app.groups.mode else {
        panic!("no preview: {:?}", app.message);
    };
    assert_eq!(preview.summary.dealt, 1, "only the newcomer is dealt");
    let screen = screen_text(&app, 80, 24);
    assert!(screen.contains(" 1 person to deal;"), "{screen}");
}

#[test]
fn a_team_member_can_be_chosen_as_a_groups_facilitator() {
    let f = fixture();
    let mut app = app_on(&f, false);
    let mut staff = Participant::new("Hana Organiser");
    staff.team = Some(TeamRole::Staff);
    let id = staff.id;
    app.apply(Change::put_participant(staff)).expect("added");
    press(&mut app, &["5", "f"]);
    type_text(&mut app, "hana");
    press(&mut app, &["enter"]);
    let workshop = app.session.as_ref().expect("a session").workshop();
    let lessons = workshop.find_group("Lessons learned").expect("the group");
    assert_eq!(lessons.facilitator, Some(id));
    // Still not in the figures.
    assert_eq!(Participation::of(workshop).registered.total, 4);
}

#[test]
fn the_palette_counts_the_team_in_the_figures_and_the_report_says_so() {
    let f = fixture();
    let mut app = app_on(&f, false);
    press(&mut app, &["4", "t", ":"]);
    type_text(&mut app, "count the team");
    press(&mut app, &["enter"]);
    assert_eq!(
        message(&app),
        "the team is now counted in the participation figures and the report says so"
    );
    let workshop = app.session.as_ref().expect("a session").workshop();
    assert!(workshop.info().settings.count_team);
    assert_eq!(Participation::of(workshop).registered.total, 4);
    let markdown = Report::build(workshop, false).to_markdown();
    assert!(
        markdown.contains(
            "- Team (staff, facilitators, note-takers, interpreters), counted in these figures: 1"
        ),
        "{markdown}"
    );
    // One undo leaves them out again.
    press(&mut app, &["ctrl-z"]);
    let workshop = app.session.as_ref().expect("a session").workshop();
    assert_eq!(Participation::of(workshop).registered.total, 3);
}
