//! The Capture screen driven through its keys, without a terminal: every capture action,
//! merging duplicates, undo, note-taker mode, and the bad input the issue lists.

mod tui_support;

use halaqa::model::{
    Attribution, Change, Consent, Entry, EntryKind, Id, Participant, PlanStatus, RecordRef,
    Workshop,
};
use halaqa::tui::screens::capture::{Modal, View};
use halaqa::tui::{App, Screen};
use std::time::Instant;
use tui_support::{app_on, fixture, press, screen_text, type_text};

fn workshop(app: &App) -> &Workshop {
    app.session.as_ref().expect("a session").workshop()
}

fn message(app: &App) -> String {
    app.message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}

fn group_id(app: &App, name: &str) -> Id {
    workshop(app).find_group(name).expect("the group").id
}

fn entry_with(app: &App, text: &str) -> Entry {
    workshop(app)
        .entries()
        .find(|e| e.text == text)
        .cloned()
        .unwrap_or_else(|| panic!("no live entry with text {text:?}"))
}

fn live_entries(app: &App) -> usize {
    workshop(app).entries().count()
}

/// The fixture open on Capture, on the group called `group`.
fn capture_on(group: &str) -> (tui_support::Fixture, App) {
    let f = fixture();
    let mut app = app_on(&f, false);
    press(&mut app, &["6"]);
    assert_eq!(app.screen, Screen::Capture);
    let id = group_id(&app, group);
    app.capture.group = Some(id);
    (f, app)
}

fn editor_open(app: &App) -> bool {
    matches!(app.capture.modal, Some(Modal::Editor(_)))
}

#[test]
fn a_adds_an_entry_of_the_groups_kind() {
    let (_f, mut app) = capture_on("Challenges");
    let before = live_entries(&app);
    press(&mut app, &["a"]);
    assert!(editor_open(&app));
    type_text(&mut app, "Per diems arrive late");
    press(&mut app, &["enter"]);
    assert!(!editor_open(&app), "Enter saves and closes");
    assert_eq!(live_entries(&app), before + 1);
    let entry = entry_with(&app, "Per diems arrive late");
    assert_eq!(entry.kind, EntryKind::Challenge);
    assert_eq!(entry.group, Some(group_id(&app, "Challenges")));
    assert_eq!(message(&app), "added a challenge");
    // The new entry is selected on the board.
    assert_eq!(app.capture.selected, Some(entry.id));
}

#[test]
fn each_purpose_gives_its_kind() {
    for (group, kind) in [
        ("Lessons learned", EntryKind::Lesson),
        ("Future plans", EntryKind::Plan),
    ] {
        let (_f, mut app) = capture_on(group);
        press(&mut app, &["a"]);
        type_text(&mut app, "x");
        press(&mut app, &["enter"]);
        assert_eq!(entry_with(&app, "x").kind, kind, "{group}");
    }
}

#[test]
fn tab_cycles_the_kind_and_alt_enter_adds_a_line() {
    let (_f, mut app) = capture_on("Challenges");
    press(&mut app, &["a"]);
    type_text(&mut app, "first line");
    press(&mut app, &["alt-enter"]);
    type_text(&mut app, "second line, q and j type");
    press(&mut app, &["tab"]);
    press(&mut app, &["enter"]);
    let entry = entry_with(&app, "first line\nsecond line, q and j type");
    assert_eq!(entry.kind, EntryKind::Plan, "Tab moved challenge → plan");
}

#[test]
fn empty_text_is_not_saved() {
    let (_f, mut app) = capture_on("Challenges");
    let before = live_entries(&app);
    press(&mut app, &["a", "enter"]);
    assert!(editor_open(&app));
    assert_eq!(live_entries(&app), before);
    let screen = screen_text(&app, 80, 24);
    assert!(screen.contains("type the entry first"), "{screen}");
}

#[test]
fn arabic_kurdish_and_emoji_are_typed_as_they_are() {
    let (_f, mut app) = capture_on("Lessons learned");
    let text = "المشاركة المجتمعية مهمة — بەشداری کۆمەڵگا 👩🏽‍🤝‍👩🏻";
    press(&mut app, &["a"]);
    type_text(&mut app, text);
    press(&mut app, &["enter"]);
    assert_eq!(entry_with(&app, text).kind, EntryKind::Lesson);
}

#[test]
fn a_megabyte_paste_is_inserted_exactly_and_its_newlines_do_not_submit() {
    let (_f, mut app) = capture_on("Challenges");
    let line = "Permits take weeks — التصاريح تستغرق أسابيع\tend\n";
    let mut pasted = String::new();
    while pasted.len() < 1024 * 1024 {
        pasted.push_str(line);
    }
    pasted.push_str("last line without a break");
    let before = live_entries(&app);
    press(&mut app, &["a"]);
    app.type_text(&pasted);
    assert!(editor_open(&app), "a pasted newline never submits");
    assert_eq!(live_entries(&app), before);
    let screen = screen_text(&app, 80, 24);
    assert!(screen.contains(" lines"), "{screen}");
    // Typing after the paste still edits and draws (how fast is the benchmark's business).
    let mut terminal = tui_support::draw(&app, 80, 24);
    for _ in 0..10 {
        type_text(&mut app, "x");
        press(&mut app, &["backspace"]);
        terminal
            .draw(|frame| halaqa::tui::render(&app, frame))
            .expect("drawn");
    }
    press(&mut app, &["enter"]);
    let saved = workshop(&app)
        .entries()
        .find(|e| e.text.len() > 1024 * 1024)
        .expect("the pasted entry");
    assert_eq!(saved.text, pasted, "inserted exactly");
}

#[test]
fn a_pasted_carriage_return_is_a_line_break_not_enter() {
    let (_f, mut app) = capture_on("Challenges");
    press(&mut app, &["a"]);
    app.type_text("one\r\ntwo\rthree");
    assert!(editor_open(&app));
    press(&mut app, &["enter"]);
    entry_with(&app, "one\ntwo\nthree");
}

#[test]
fn e_edits_in_place_and_undo_restores_the_text() {
    let (_f, mut app) = capture_on("Challenges");
    let original = entry_with(&app, "Permits for public meetings take weeks");
    press(&mut app, &["e"]);
    assert!(editor_open(&app));
    type_text(&mut app, " (sometimes months)");
    press(&mut app, &["enter"]);
    let edited = workshop(&app).entry(original.id).expect("entry").clone();
    assert_eq!(
        edited.text,
        "Permits for public meetings take weeks (sometimes months)"
    );
    press(&mut app, &["ctrl-z"]);
    assert_eq!(
        workshop(&app).entry(original.id).expect("entry").text,
        original.text
    );
}

#[test]
fn editing_keys_move_the_cursor_and_ctrl_z_undoes_typing() {
    let (_f, mut app) = capture_on("Challenges");
    press(&mut app, &["a"]);
    type_text(&mut app, "abc");
    press(&mut app, &["left", "left", "backspace"]);
    type_text(&mut app, "X");
    press(&mut app, &["ctrl-z"]);
    press(&mut app, &["end"]);
    type_text(&mut app, "!");
    press(&mut app, &["enter"]);
    entry_with(&app, "bc!");
}

#[test]
fn changing_the_kind_says_it_with_the_right_article() {
    let (_f, mut app) = capture_on("Challenges");
    let entry = entry_with(&app, "Permits for public meetings take weeks");
    let mut seen_outcome = false;
    for _ in 0..EntryKind::ALL.len() {
        press(&mut app, &["c"]);
        let kind = workshop(&app).entry(entry.id).expect("entry").kind;
        let said = app
            .message
            .as_ref()
            .map(|m| m.text.clone())
            .unwrap_or_default();
        let article = if kind == EntryKind::Outcome {
            "an"
        } else {
            "a"
        };
        assert!(
            said.contains(&format!("now {article} {}", kind.label())),
            "{said}"
        );
        seen_outcome |= kind == EntryKind::Outcome;
    }
    assert!(seen_outcome, "c reaches the outcome kind");
}

#[test]
fn c_changes_the_kind_and_the_selection_follows() {
    let (_f, mut app) = capture_on("Challenges");
    let entry = entry_with(&app, "Permits for public meetings take weeks");
    press(&mut app, &["c"]);
    let changed = workshop(&app).entry(entry.id).expect("entry").clone();
    assert_eq!(changed.kind, EntryKind::Plan);
    assert_eq!(app.capture.selected, Some(entry.id));
    assert_eq!(app.capture.column, Some(EntryKind::Plan));
    press(&mut app, &["ctrl-z"]);
    assert_eq!(
        workshop(&app).entry(entry.id).expect("entry").kind,
        EntryKind::Challenge
    );
}

#[test]
fn g_moves_the_entry_to_another_group() {
    let (_f, mut app) = capture_on("Challenges");
    let entry = entry_with(&app, "Permits for public meetings take weeks");
    press(&mut app, &["g"]);
    type_text(&mut app, "future");
    press(&mut app, &["enter"]);
    assert_eq!(
        workshop(&app).entry(entry.id).expect("entry").group,
        Some(group_id(&app, "Future plans"))
    );
    assert!(
        message(&app).contains("moved to Future plans"),
        "{}",
        message(&app)
    );
    press(&mut app, &["ctrl-z"]);
    assert_eq!(
        workshop(&app).entry(entry.id).expect("entry").group,
        Some(group_id(&app, "Challenges"))
    );
}

#[test]
fn d_deletes_and_ctrl_z_brings_it_back() {
    let (_f, mut app) = capture_on("Challenges");
    let entry = entry_with(&app, "Permits for public meetings take weeks");
    let before = live_entries(&app);
    press(&mut app, &["d"]);
    assert_eq!(live_entries(&app), before - 1);
    assert!(message(&app).contains("Ctrl-Z brings it back"));
    let screen = screen_text(&app, 80, 24);
    let board: Vec<&str> = screen.lines().take(20).collect();
    assert!(!board.join("\n").contains("Permits for public"), "{screen}");
    press(&mut app, &["ctrl-z"]);
    assert_eq!(live_entries(&app), before);
    assert!(!workshop(&app).entry(entry.id).expect("entry").deleted);
}

#[test]
fn plus_and_minus_vote_and_the_column_sorts_by_votes() {
    let (_f, mut app) = capture_on("Lessons learned");
    // Lessons: "Involve…" +4 first, "Small grants…" +2 second.
    press(&mut app, &["j"]);
    let second = entry_with(&app, "Small grants work when paired with mentoring");
    assert_eq!(app.capture.selected, Some(second.id));
    press(&mut app, &["+", "+", "+"]);
    assert_eq!(workshop(&app).entry(second.id).expect("e").votes, 5);
    let screen = screen_text(&app, 80, 24);
    let small = screen.find("Small grants").expect("shown");
    let involve = screen.find("Involve the").expect("shown");
    assert!(small < involve, "most votes first:\n{screen}");
    assert_eq!(app.capture.selected, Some(second.id), "selection follows");
    press(&mut app, &["-"]);
    assert_eq!(workshop(&app).entry(second.id).expect("e").votes, 4);
}

#[test]
fn equals_types_the_rooms_tally_and_refuses_words() {
    let (_f, mut app) = capture_on("Challenges");
    let entry = entry_with(&app, "Permits for public meetings take weeks");
    press(&mut app, &["="]);
    press(&mut app, &["backspace"]);
    type_text(&mut app, "many");
    press(&mut app, &["enter"]);
    assert!(matches!(app.capture.modal, Some(Modal::Prompt(_))));
    assert!(screen_text(&app, 80, 24).contains("a whole number"));
    for _ in 0..4 {
        press(&mut app, &["backspace"]);
    }
    type_text(&mut app, "١٧");
    press(&mut app, &["enter"]);
    assert_eq!(workshop(&app).entry(entry.id).expect("e").votes, 17);
}

#[test]
fn t_sets_tags_with_completion_from_the_workshop() {
    let (_f, mut app) = capture_on("Challenges");
    let permits = entry_with(&app, "Permits for public meetings take weeks");
    press(&mut app, &["t"]);
    type_text(&mut app, "youth, permits");
    press(&mut app, &["enter"]);
    assert_eq!(
        workshop(&app).entry(permits.id).expect("e").tags,
        vec!["youth", "permits"]
    );
    // Another group, another entry: "yo" completes to "youth".
    press(&mut app, &["]"]);
    press(&mut app, &["t"]);
    type_text(&mut app, "yo");
    press(&mut app, &["tab", "enter"]);
    let plan = entry_with(&app, "Quarterly joint meetings with the council");
    assert_eq!(plan.tags, vec!["youth"]);
    assert!(workshop(&app).tags().contains(&"permits".to_string()));
}

#[test]
fn p_attributes_and_named_needs_consent() {
    let (_f, mut app) = capture_on("Challenges");
    let entry = entry_with(&app, "Permits for public meetings take weeks");
    press(&mut app, &["p"]);
    type_text(&mut app, "ليلى");
    press(&mut app, &["enter"]);
    // The level: anonymous by default; two steps left is "named".
    press(&mut app, &["left", "left", "enter"]);
    assert!(matches!(app.capture.modal, Some(Modal::Form(_))), "refused");
    let screen = screen_text(&app, 80, 24);
    assert!(screen.contains("not consented"), "{screen}");
    press(&mut app, &["right", "enter"]);
    let saved = workshop(&app).entry(entry.id).expect("e").clone();
    assert_eq!(saved.attribution, Attribution::Organisation);
    let layla = workshop(&app)
        .participants()
        .find(|p| p.name == "Layla Hassan")
        .expect("Layla")
        .clone();
    assert_eq!(saved.attributed, Some(layla.id));
    // With consent, named works.
    let mut consenting = layla.clone();
    consenting.consent.named_quote = Consent::Yes;
    app.apply(Change::put_participant(consenting))
        .expect("consent");
    press(&mut app, &["p"]);
    type_text(&mut app, "layla");
    press(&mut app, &["enter", "left", "enter"]);
    assert_eq!(
        workshop(&app).entry(entry.id).expect("e").attribution,
        Attribution::Named
    );
}

#[test]
fn an_erased_participant_who_is_attributed_is_handled() {
    let (_f, mut app) = capture_on("Challenges");
    let entry = entry_with(&app, "Permits for public meetings take weeks");
    let mut layla = workshop(&app)
        .participants()
        .find(|p| p.name == "Layla Hassan")
        .expect("Layla")
        .clone();
    layla.consent.named_quote = Consent::Yes;
    app.apply(Change::put_participant(layla.clone()))
        .expect("consent");
    let mut named = entry.clone();
    named.attributed = Some(layla.id);
    named.attribution = Attribution::Named;
    app.apply(Change::put_entry(named)).expect("named");
    let erase = workshop(&app).erase(layla.id).expect("erase change");
    app.apply(erase).expect("erased");
    let screen = screen_text(&app, 80, 24);
    assert!(screen.contains("erased participant"), "{screen}");
    assert!(!screen.contains("Layla"), "{screen}");
    // The erased person is not offered any more; the entry can still be edited.
    press(&mut app, &["p"]);
    type_text(&mut app, "Layla");
    assert!(!screen_text(&app, 80, 24).contains("Layla Hassan"));
    press(&mut app, &["esc", "e"]);
    type_text(&mut app, "!");
    press(&mut app, &["enter"]);
    assert!(
        workshop(&app)
            .entry(entry.id)
            .expect("e")
            .text
            .ends_with('!')
    );
}

#[test]
fn capital_l_links_a_challenge_to_the_plan_that_answers_it() {
    let (_f, mut app) = capture_on("Challenges");
    let challenge = entry_with(&app, "Permits for public meetings take weeks");
    let plan = entry_with(&app, "Quarterly joint meetings with the council");
    press(&mut app, &["L"]);
    // Plans are listed first for a challenge.
    press(&mut app, &["enter"]);
    assert_eq!(
        workshop(&app).entry(challenge.id).expect("e").links,
        vec![plan.id]
    );
    // Again: unlinks.
    press(&mut app, &["L"]);
    type_text(&mut app, "quarterly");
    press(&mut app, &["enter"]);
    assert!(
        workshop(&app)
            .entry(challenge.id)
            .expect("e")
            .links
            .is_empty()
    );
}

#[test]
fn m_marks_and_capital_m_merges_duplicates_and_undo_splits_them() {
    let (_f, mut app) = capture_on("Lessons learned");
    let keep = entry_with(&app, "Involve the governorate council from the start");
    let dup = entry_with(&app, "Small grants work when paired with mentoring");
    let before = live_entries(&app);
    // Nothing marked: M explains.
    press(&mut app, &["M"]);
    assert!(message(&app).contains("mark the duplicates"));
    press(&mut app, &["j", "m", "k", "M"]);
    let merged = workshop(&app).entry(keep.id).expect("kept").clone();
    assert_eq!(merged.votes, keep.votes + dup.votes, "votes added");
    assert!(merged.text.contains(&keep.text) && merged.text.contains(&dup.text));
    assert!(workshop(&app).entry(dup.id).expect("tombstone").deleted);
    assert_eq!(live_entries(&app), before - 1);
    assert!(app.capture.marked.is_empty());
    assert!(message(&app).contains("merged 1"), "{}", message(&app));
    press(&mut app, &["ctrl-z"]);
    assert_eq!(live_entries(&app), before);
    assert_eq!(workshop(&app).entry(keep.id).expect("e").text, keep.text);
}

#[test]
fn f_opens_the_plan_form_and_refuses_a_bad_date() {
    let (_f, mut app) = capture_on("Future plans");
    let plan = entry_with(&app, "Quarterly joint meetings with the council");
    press(&mut app, &["f"]);
    type_text(&mut app, "Karwan Aziz");
    press(&mut app, &["tab"]);
    type_text(&mut app, "Tamkeen Network");
    press(&mut app, &["tab"]);
    type_text(&mut app, "30/06/2025");
    press(&mut app, &["tab", "right", "ctrl-s"]);
    assert!(screen_text(&app, 80, 24).contains("is not a date"));
    press(&mut app, &["shift-tab"]);
    for _ in 0..10 {
        press(&mut app, &["backspace"]);
    }
    type_text(&mut app, "2025-06-30");
    press(&mut app, &["enter", "enter"]);
    let saved = workshop(&app).entry(plan.id).expect("e").clone();
    assert_eq!(saved.plan.owner, "Karwan Aziz");
    assert_eq!(saved.plan.lead_organisation, "Tamkeen Network");
    assert_eq!(
        saved.plan.due.map(|d| d.to_string()).as_deref(),
        Some("2025-06-30")
    );
    assert_eq!(saved.plan.status, PlanStatus::Agreed);
}

#[test]
fn f_on_an_outcome_asks_the_harvesting_questions() {
    let (_f, mut app) = capture_on("Challenges");
    press(&mut app, &["a"]);
    type_text(&mut app, "The council opened its budget hearings");
    for _ in 0..5 {
        press(&mut app, &["tab"]); // challenge → … → outcome
    }
    press(&mut app, &["enter"]);
    let outcome = entry_with(&app, "The council opened its budget hearings");
    assert_eq!(outcome.kind, EntryKind::Outcome);
    press(&mut app, &["f"]);
    for answer in [
        "Basra council",
        "public budget hearings",
        "2024, Basra",
        "first time citizens saw the budget",
        "training and advocacy",
        "minutes of the hearings",
    ] {
        type_text(&mut app, answer);
        press(&mut app, &["enter"]);
    }
    press(&mut app, &["right", "enter"]);
    let saved = workshop(&app).entry(outcome.id).expect("e").outcome.clone();
    assert_eq!(saved.social_actor, "Basra council");
    assert_eq!(saved.evidence, "minutes of the hearings");
    assert_eq!(
        saved.substantiation,
        halaqa::model::Substantiation::Substantiated
    );
}

#[test]
fn recommendations_get_an_addressee_and_priority() {
    let (_f, mut app) = capture_on("Challenges");
    press(&mut app, &["a"]);
    type_text(&mut app, "Simplify permits");
    press(
        &mut app,
        &[
            "tab", "tab", "enter", "f", "right", "right", "tab", "left", "ctrl-s",
        ],
    );
    let rec = entry_with(&app, "Simplify permits");
    assert_eq!(rec.kind, EntryKind::Recommendation);
    assert_eq!(
        rec.recommendation.addressee,
        halaqa::model::Addressee::Donors
    );
    assert_eq!(rec.recommendation.priority, halaqa::model::Priority::High);
}

#[test]
fn brackets_switch_groups_and_arrows_switch_columns() {
    let (_f, mut app) = capture_on("Lessons learned");
    press(&mut app, &["]"]);
    assert!(screen_text(&app, 80, 24).contains("Challenges"));
    press(&mut app, &["[", "["]);
    assert!(screen_text(&app, 80, 24).contains("Future plans"));
    // Lessons learned has lessons and a quote: two columns.
    press(&mut app, &["]", "right"]);
    assert_eq!(app.capture.column, Some(EntryKind::Quote));
    let quote = entry_with(&app, "«الشباب هم من غيّروا المجلس»");
    assert_eq!(app.capture.selected, Some(quote.id));
    press(&mut app, &["h"]);
    assert_eq!(app.capture.column, Some(EntryKind::Lesson));
}

#[test]
fn v_shows_all_entries_filtered_by_kind_tag_group_and_arabic_text() {
    let (_f, mut app) = capture_on("Challenges");
    press(&mut app, &["v"]);
    assert_eq!(app.capture.view, View::AllEntries);
    let screen = screen_text(&app, 80, 24);
    for text in ["Involve the", "Permits for", "Quarterly joint", "الشباب"] {
        assert!(screen.contains(text), "{text}\n{screen}");
    }
    // Text without the shadda still finds "غيّروا".
    press(&mut app, &["/"]);
    type_text(&mut app, "غيروا");
    let screen = screen_text(&app, 80, 24);
    assert!(screen.contains("1 of 5"), "{screen}");
    press(
        &mut app,
        &["esc", "x", "/", "tab", "right", "right", "right"],
    );
    // kind: plan
    let screen = screen_text(&app, 80, 24);
    assert!(
        screen.contains("kind: plan") && screen.contains("1 of 5"),
        "{screen}"
    );
    press(
        &mut app,
        &[
            "esc", "x", "/", "tab", "tab", "tab", "right", "right", "right",
        ],
    );
    // group: Challenges (any, none, Lessons learned, Challenges)
    let screen = screen_text(&app, 80, 24);
    assert!(screen.contains("group: Challenges"), "{screen}");
    assert!(screen.contains("Permits for") && !screen.contains("Involve the"));
    press(&mut app, &["esc"]);
    // Commands work on the listed entry: + votes for it.
    press(&mut app, &["+"]);
    assert_eq!(
        entry_with(&app, "Permits for public meetings take weeks").votes,
        6
    );
    press(&mut app, &["v"]);
    assert_eq!(app.capture.view, View::Board);
}

#[test]
fn all_entries_filters_by_tag() {
    let (_f, mut app) = capture_on("Challenges");
    press(&mut app, &["t"]);
    type_text(&mut app, "permits");
    press(&mut app, &["enter", "v", "/", "tab", "tab", "right"]);
    let screen = screen_text(&app, 80, 24);
    assert!(
        screen.contains("tag: permits") && screen.contains("1 of 5"),
        "{screen}"
    );
}

#[test]
fn a_group_deleted_while_its_board_is_open_is_handled() {
    let (_f, mut app) = capture_on("Challenges");
    let challenges = group_id(&app, "Challenges");
    press(&mut app, &["a"]);
    type_text(&mut app, "typed before the group went");
    app.apply(Change::Delete(RecordRef::Group(challenges)))
        .expect("group deleted");
    let screen = screen_text(&app, 80, 24);
    assert!(screen.contains("New challenge"), "{screen}");
    press(&mut app, &["enter"]);
    assert!(editor_open(&app), "refused: the editor stays open");
    assert!(screen_text(&app, 80, 24).contains("was deleted while you typed"));
    press(&mut app, &["esc"]);
    let screen = screen_text(&app, 80, 24);
    assert!(
        screen.contains("was deleted while its board was open"),
        "{screen}"
    );
    press(
        &mut app,
        &[
            "j", "k", "right", "+", "d", "m", "M", "f", "p", "L", "g", "=",
        ],
    );
    assert!(app.capture.modal.is_none());
    // Undo brings the group back, and the kept draft is offered.
    press(&mut app, &["ctrl-z"]);
    assert!(screen_text(&app, 80, 24).contains("Permits for public"));
    press(&mut app, &["a", "enter"]);
    assert!(editor_open(&app));
    press(&mut app, &["enter"]);
    entry_with(&app, "typed before the group went");
}

#[test]
fn note_taker_mode_keeps_to_the_groups_board() {
    let f = fixture();
    let options = halaqa::tui::Options {
        file: Some(f.path.clone()),
        read_only: false,
        group: Some("challenges".to_string()),
        dirs: f.dirs.clone(),
    };
    let mut app = halaqa::tui::prepare(&options, tui_support::now()).expect("prepared");
    assert_eq!(app.screen, Screen::Capture);
    let screen = screen_text(&app, 80, 24);
    assert!(screen.contains("Note-taker · Challenges"), "{screen}");
    assert!(screen.contains("group: Challenges"), "{screen}");
    assert!(
        !screen.contains("Overview"),
        "other screens out of the way:\n{screen}"
    );
    press(&mut app, &["1"]);
    assert_eq!(app.screen, Screen::Capture);
    assert!(message(&app).contains("note-taker mode"));
    press(&mut app, &["tab"]);
    assert_eq!(
        (app.screen, app.capture.view),
        (Screen::Capture, View::AllEntries)
    );
    press(&mut app, &["tab", "]"]);
    assert_eq!(app.capture.view, View::Board);
    assert!(screen_text(&app, 80, 24).contains("Note-taker: Challenges"));
    // Deleting the group (another view, an undo) leaves a message, not a panic.
    let id = group_id(&app, "Challenges");
    app.apply(Change::Delete(RecordRef::Group(id)))
        .expect("deleted");
    let screen = screen_text(&app, 80, 24);
    assert!(screen.contains("was deleted"), "{screen}");
    press(&mut app, &["a"]);
    assert!(message(&app).contains("was deleted"));
    assert!(app.capture.modal.is_none());
}

#[test]
fn control_and_bidi_characters_are_kept_and_shown_safely() {
    let (f, mut app) = capture_on("Challenges");
    let text = "evil\u{202e}txt.exe\u{0}bell\u{7}\u{1b}[2J";
    press(&mut app, &["a"]);
    app.type_text(text);
    press(&mut app, &["enter"]);
    let entry = entry_with(&app, text);
    let terminal = tui_support::draw(&app, 80, 24);
    let buffer = terminal.backend().buffer().clone();
    let shown: String = buffer.content().iter().map(|c| c.symbol()).collect();
    assert!(!shown.contains('\u{202e}') && !shown.contains('\u{1b}'));
    assert!(shown.contains("[RLO]") && shown.contains('␀'), "{shown}");
    // Kept in the file, escaped.
    let mut session = app.session.take().expect("session");
    session.save_and_wait(Instant::now()).expect("saved");
    let file = std::fs::read_to_string(&f.path).expect("file");
    assert!(file.contains("\\u{202e}"), "escaped in the file");
    let loaded = halaqa::store::load(&f.path).expect("loads").workshop;
    assert_eq!(loaded.entry(entry.id).expect("entry").text, text);
}

#[test]
fn read_only_sessions_refuse_capture() {
    let f = fixture();
    let mut app = app_on(&f, true);
    press(&mut app, &["6", "a"]);
    assert!(app.capture.modal.is_none());
    assert!(message(&app).contains("read-only"));
    press(&mut app, &["+"]);
    assert!(message(&app).contains("read-only"));
    assert_eq!(
        entry_with(&app, "Involve the governorate council from the start").votes,
        4
    );
}

#[test]
fn a_workshop_without_groups_captures_for_the_plenary() {
    let f = fixture();
    let mut app = app_on(&f, false);
    let ids: Vec<Id> = workshop(&app).groups().iter().map(|g| g.id).collect();
    for id in ids {
        app.apply(Change::Delete(RecordRef::Group(id)))
            .expect("deleted");
    }
    press(&mut app, &["6"]);
    assert!(screen_text(&app, 80, 24).contains("no groups yet"));
    press(&mut app, &["a"]);
    type_text(&mut app, "plenary note");
    press(&mut app, &["enter"]);
    assert_eq!(entry_with(&app, "plenary note").group, None);
    let _ = Participant::new("unused");
}
