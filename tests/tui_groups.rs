//! The Groups screen driven like a facilitator would: groups by hand and from each set,
//! facilitator and note-taker, the pick list, auto-assignment (preview, apply, undo),
//! delete and undo, the group timer; snapshots at 80×24 and every size without a panic.

mod tui_support;

use chrono::{Duration, TimeZone, Utc};
use halaqa::model::{
    Attendance, Change, DeviceId, Document, Gender, GroupPurpose, ItemKind, Participant,
    Stakeholder, Workshop,
};
use halaqa::store;
use halaqa::tui::screens::groups::Mode;
use halaqa::tui::{App, Screen};
use tui_support::{Fixture, app_on, day, dirs_in, draw, now, press, screen_text, type_text};

/// Twelve more people, none in a group yet, named as the demo names people: Latin spelling
/// with the Arabic or Kurdish one beside it (two registered in Arabic script only).
const NEWCOMERS: [(&str, &str, &str, &str, Gender, bool); 12] = [
    (
        "Hiba Salman",
        "هبة سلمان",
        "Al-Amal Association",
        "Baghdad",
        Gender::Female,
        true,
    ),
    (
        "Mustafa Hadi",
        "مصطفى هادي",
        "Basra Youth Forum",
        "Basra",
        Gender::Male,
        true,
    ),
    (
        "Sura Talib",
        "سرى طالب",
        "Al-Amal Association",
        "Baghdad",
        Gender::Female,
        false,
    ),
    (
        "Raad Mahmoud",
        "رعد محمود",
        "Nineveh Council",
        "Nineveh",
        Gender::Male,
        true,
    ),
    (
        "Rusul Adnan",
        "رسل عدنان",
        "Basra Youth Forum",
        "Basra",
        Gender::Female,
        true,
    ),
    (
        "Noor al-Hashimi",
        "نور الهاشمي",
        "Rudaw",
        "Erbil",
        Gender::Female,
        false,
    ),
    (
        "Ammar Qasim",
        "عمار قاسم",
        "Nineveh Council",
        "Nineveh",
        Gender::Male,
        true,
    ),
    (
        "Haider Naji",
        "حيدر ناجي",
        "Al-Amal Association",
        "Baghdad",
        Gender::Male,
        false,
    ),
    (
        "Shilan Ahmed",
        "شیلان ئەحمەد",
        "Kurdistan Women's Union",
        "Sulaymaniyah",
        Gender::Female,
        true,
    ),
    (
        "Rebwar Othman",
        "ڕێبوار عوسمان",
        "Erbil Governorate",
        "Erbil",
        Gender::Male,
        true,
    ),
    (
        "وسن كاظم",
        "Wasan Kadhim",
        "Basra Youth Forum",
        "Basra",
        Gender::Female,
        false,
    ),
    (
        "علي صباح",
        "Ali Sabah",
        "Rudaw",
        "Erbil",
        Gender::Male,
        true,
    ),
];

/// The shared test workshop plus the newcomers, saved in a fresh folder.
fn workshop_with_newcomers() -> Workshop {
    let mut doc = Document::new(tui_support::workshop(), DeviceId::new("test"));
    let when = Utc
        .with_ymd_and_hms(2025, 3, 1, 9, 0, 0)
        .single()
        .expect("time");
    for (name, other, organisation, governorate, gender, here) in NEWCOMERS {
        let mut p = Participant::new(name);
        p.name_other_script = other.to_string();
        p.organisation = organisation.to_string();
        p.governorate = governorate.to_string();
        p.gender = gender;
        p.stakeholder = Stakeholder::Cso;
        if here {
            p.attendance.push(Attendance {
                date: day(),
                time: chrono::NaiveTime::from_hms_opt(9, 5, 0).expect("time"),
            });
        }
        doc.apply_at(Change::put_participant(p), when)
            .expect("valid change");
    }
    doc.into_workshop()
}

fn fixture_of(workshop: &Workshop) -> Fixture {
    let folder = tempfile::tempdir().expect("temp folder");
    let dirs = dirs_in(folder.path());
    std::fs::create_dir_all(&dirs.config).expect("config folder");
    std::fs::create_dir_all(&dirs.data).expect("data folder");
    let path = folder.path().join("session.ron");
    store::save(&path, workshop).expect("saved");
    Fixture { folder, dirs, path }
}

/// An app on the Groups screen of the workshop with newcomers.
fn on_groups(f: &Fixture) -> App {
    let mut app = app_on(f, false);
    app.theme = halaqa::tui::theme::Theme::new(halaqa::tui::theme::ThemeKind::Plain);
    press(&mut app, &["5"]);
    assert_eq!(app.screen, Screen::Groups);
    app
}

fn workshop(app: &App) -> &Workshop {
    app.session.as_ref().expect("a session").workshop()
}

fn group_names(app: &App) -> Vec<String> {
    workshop(app)
        .groups()
        .iter()
        .map(|g| g.name.clone())
        .collect()
}

fn person(app: &App, name: &str) -> halaqa::model::Id {
    workshop(app)
        .participants()
        .find(|p| p.name == name)
        .map(|p| p.id)
        .expect("that person")
}

fn delete_all_groups(app: &mut App) {
    while !workshop(app).groups().is_empty() {
        press(app, &["d"]);
    }
}

#[test]
fn a_group_made_by_hand_has_everything_the_form_asked_for_and_undo_removes_it() {
    let f = fixture_of(&workshop_with_newcomers());
    let mut app = on_groups(&f);
    press(&mut app, &["a"]);
    assert!(matches!(app.groups.mode, Mode::Edit(_)));
    type_text(&mut app, "Health");
    // A new group's purpose starts at "free"; one up is "sector".
    press(&mut app, &["tab", "up", "tab"]);
    type_text(&mut app, "Room C");
    press(&mut app, &["tab"]);
    type_text(&mut app, "12");
    press(&mut app, &["tab", "enter"]);
    assert_eq!(app.groups.mode, Mode::List, "{:?}", app.message);
    let w = workshop(&app);
    let health = w.find_group("health").expect("the new group");
    assert_eq!(health.purpose, GroupPurpose::Sector);
    assert_eq!(health.room, "Room C");
    assert_eq!(health.capacity, Some(12));
    let item = w.item(health.agenda_item.expect("linked")).expect("item");
    assert_eq!(
        item.kind,
        ItemKind::WorkingGroups,
        "the working-groups item is the default"
    );
    // The cursor is on the new group, so its facilitator can be set at once.
    assert_eq!(app.list(Screen::Groups).selected, 3);
    press(&mut app, &["ctrl-z"]);
    assert!(workshop(&app).find_group("Health").is_none());
}

#[test]
fn the_group_form_refuses_a_missing_name_a_taken_name_and_a_bad_capacity() {
    let f = fixture_of(&workshop_with_newcomers());
    let mut app = on_groups(&f);
    press(
        &mut app,
        &["a", "enter", "enter", "enter", "enter", "enter"],
    );
    let error = |app: &App| match &app.groups.mode {
        Mode::Edit(form) => form.form.error.clone().unwrap_or_default(),
        other => panic!("the form closed: {other:?}"),
    };
    assert!(error(&app).contains("needs a name"), "{}", error(&app));
    press(&mut app, &["tab"]);
    type_text(&mut app, "challenges");
    // Enter moves field by field and accepts on the last.
    press(&mut app, &["enter", "enter", "enter", "enter", "enter"]);
    assert!(error(&app).contains("already"), "{}", error(&app));
    press(&mut app, &["tab"]);
    for _ in 0.."challenges".len() {
        press(&mut app, &["backspace"]);
    }
    type_text(&mut app, "Water");
    press(&mut app, &["tab", "tab", "tab"]);
    type_text(&mut app, "a dozen");
    press(&mut app, &["tab", "enter"]);
    assert!(error(&app).contains("not a number"), "{}", error(&app));
    press(&mut app, &["esc"]);
    assert_eq!(group_names(&app).len(), 3, "nothing was created");
}

#[test]
fn editing_a_group_keeps_its_members_and_changes_what_was_typed() {
    let f = fixture_of(&workshop_with_newcomers());
    let mut app = on_groups(&f);
    let before = workshop(&app).groups()[1].clone();
    press(&mut app, &["j", "e", "tab", "tab"]);
    type_text(&mut app, "Room B");
    press(&mut app, &["enter", "enter", "enter"]);
    let after = workshop(&app)
        .group(before.id)
        .expect("still there")
        .clone();
    assert_eq!(after.room, "Room B");
    assert_eq!(after.name, before.name);
    assert_eq!(after.members, before.members);
}

#[test]
fn the_closing_set_makes_lessons_challenges_and_plans_in_one_undoable_step() {
    let f = fixture_of(&workshop_with_newcomers());
    let mut app = on_groups(&f);
    delete_all_groups(&mut app);
    press(&mut app, &["s", "enter", "enter", "enter"]);
    assert_eq!(
        group_names(&app),
        ["Lessons learned", "Challenges", "Future plans"]
    );
    let w = workshop(&app);
    let purposes: Vec<GroupPurpose> = w.groups().iter().map(|g| g.purpose).collect();
    assert_eq!(
        purposes,
        [
            GroupPurpose::LessonsLearned,
            GroupPurpose::Challenges,
            GroupPurpose::FuturePlans
        ]
    );
    assert_eq!(w.groups()[0].room, "Main hall", "rooms from the template");
    press(&mut app, &["ctrl-z"]);
    assert!(
        group_names(&app).is_empty(),
        "one undo removes the whole set"
    );
}

#[test]
fn one_group_per_sector_from_names_typed_with_latin_or_arabic_commas() {
    let f = fixture_of(&workshop_with_newcomers());
    let mut app = on_groups(&f);
    press(&mut app, &["s", "down", "tab"]);
    type_text(&mut app, "Health, Education ، Water,, health");
    press(&mut app, &["enter", "enter"]);
    let names = group_names(&app);
    assert_eq!(names[3..], ["Health", "Education", "Water"]);
    assert!(
        workshop(&app).groups()[3..]
            .iter()
            .all(|g| g.purpose == GroupPurpose::Sector)
    );
}

#[test]
fn numbered_tables_one_to_n_and_a_bad_number_is_refused() {
    let f = fixture_of(&workshop_with_newcomers());
    let mut app = on_groups(&f);
    press(&mut app, &["s", "down", "down", "tab"]);
    type_text(&mut app, "0");
    press(&mut app, &["enter", "enter"]);
    match &app.groups.mode {
        Mode::Set(form) => assert!(
            form.form
                .error
                .as_deref()
                .unwrap_or("")
                .contains("1 to 100"),
            "{:?}",
            form.form.error
        ),
        other => panic!("the form closed: {other:?}"),
    }
    press(&mut app, &["tab", "tab", "backspace"]);
    type_text(&mut app, "4");
    press(&mut app, &["enter", "enter"]);
    assert_eq!(
        group_names(&app)[3..],
        ["Table 1", "Table 2", "Table 3", "Table 4"]
    );
}

#[test]
fn a_set_whose_names_are_taken_is_refused_whole() {
    let f = fixture_of(&workshop_with_newcomers());
    let mut app = on_groups(&f);
    press(&mut app, &["s", "enter", "enter", "enter"]);
    assert_eq!(group_names(&app).len(), 3);
    assert!(matches!(app.groups.mode, Mode::Set(_)));
}

#[test]
fn facilitator_and_note_taker_are_picked_by_typing_part_of_a_name_and_join_the_group() {
    let f = fixture_of(&workshop_with_newcomers());
    let mut app = on_groups(&f);
    let hiba = person(&app, "Hiba Salman");
    let wasan = person(&app, "وسن كاظم");
    // Challenges is the second group.
    press(&mut app, &["j", "f"]);
    type_text(&mut app, "هبه"); // typed without the hamza and with ه for ة
    press(&mut app, &["enter"]);
    assert_eq!(app.groups.mode, Mode::List);
    let challenges = workshop(&app)
        .find_group("Challenges")
        .expect("group")
        .clone();
    assert_eq!(challenges.facilitator, Some(hiba));
    assert!(challenges.members.contains(&hiba));
    press(&mut app, &["t"]);
    type_text(&mut app, "wasan");
    press(&mut app, &["enter"]);
    let challenges = workshop(&app)
        .find_group("Challenges")
        .expect("group")
        .clone();
    assert_eq!(challenges.note_taker, Some(wasan));
    assert!(challenges.members.contains(&wasan));
    // Making her facilitator of Future plans moves her there, roles and all.
    press(&mut app, &["j", "f"]);
    type_text(&mut app, "hiba");
    press(&mut app, &["enter"]);
    let w = workshop(&app);
    let challenges = w.find_group("Challenges").expect("group");
    let plans = w.find_group("Future plans").expect("group");
    assert_eq!(challenges.facilitator, None);
    assert!(!challenges.members.contains(&hiba));
    assert_eq!(plans.facilitator, Some(hiba));
    assert!(
        app.message
            .as_ref()
            .expect("a message")
            .text
            .contains("moved from Challenges")
    );
    press(&mut app, &["ctrl-z"]);
    let challenges = workshop(&app).find_group("Challenges").expect("group");
    assert_eq!(challenges.facilitator, Some(hiba), "undo puts her back");
}

#[test]
fn the_pick_list_filters_as_you_type_and_space_toggles_membership() {
    let f = fixture_of(&workshop_with_newcomers());
    let mut app = on_groups(&f);
    let shilan = person(&app, "Shilan Ahmed");
    press(&mut app, &["enter"]);
    assert!(matches!(app.groups.mode, Mode::Pick(_)));
    type_text(&mut app, "شیلان");
    let screen = screen_text(&app, 80, 24);
    assert!(screen.contains("Shilan Ahmed"), "{screen}");
    assert!(screen.contains("not in a group"), "{screen}");
    assert!(!screen.contains("Hiba Salman"), "filtered out:\n{screen}");
    press(&mut app, &["space"]);
    let lessons = workshop(&app).groups()[0].clone();
    assert!(lessons.members.contains(&shilan));
    assert!(screen_text(&app, 80, 24).contains("[x]"));
    press(&mut app, &["space"]);
    assert!(!workshop(&app).groups()[0].members.contains(&shilan));
    press(&mut app, &["space", "esc"]);
    assert_eq!(app.groups.mode, Mode::List);
    assert!(workshop(&app).groups()[0].members.contains(&shilan));
    // Three toggles, three undos.
    press(&mut app, &["ctrl-z", "ctrl-z", "ctrl-z"]);
    assert_eq!(workshop(&app).groups()[0].members, lessons.members[..2]);
}

#[test]
fn the_pick_list_says_which_group_each_person_is_in_and_moves_them() {
    let f = fixture_of(&workshop_with_newcomers());
    let mut app = on_groups(&f);
    let omar = person(&app, "Omar Saleh");
    press(&mut app, &["m"]);
    type_text(&mut app, "omar");
    let screen = screen_text(&app, 80, 24);
    assert!(screen.contains("now in Future plans"), "{screen}");
    press(&mut app, &["space"]);
    let w = workshop(&app);
    assert!(w.groups()[0].members.contains(&omar));
    assert!(!w.groups()[2].members.contains(&omar));
}

#[test]
fn auto_assignment_previews_then_applies_as_one_change_and_undo_restores() {
    let f = fixture_of(&workshop_with_newcomers());
    let mut app = on_groups(&f);
    let before: Vec<_> = workshop(&app)
        .groups()
        .iter()
        .map(|g| g.members.clone())
        .collect();
    press(&mut app, &["A"]);
    let Mode::Auto(preview) = &app.groups.mode else {
        panic!("no preview: {:?}", app.message);
    };
    assert_eq!(preview.summary.dealt, 12);
    let screen = screen_text(&app, 80, 24);
    assert!(screen.contains("12 people to deal"), "{screen}");
    assert!(screen.contains("women/men"), "{screen}");
    // Nothing moves before Enter.
    let now_members: Vec<_> = workshop(&app)
        .groups()
        .iter()
        .map(|g| g.members.clone())
        .collect();
    assert_eq!(now_members, before);

    press(&mut app, &["c"]);
    let Mode::Auto(preview) = &app.groups.mode else {
        panic!("preview closed")
    };
    let here = NEWCOMERS.iter().filter(|n| n.5).count();
    assert_eq!(preview.summary.dealt, here, "only those checked in today");
    assert!(screen_text(&app, 80, 24).contains("not checked in stay out"));
    press(&mut app, &["c"]);
    let first_mix = match &app.groups.mode {
        Mode::Auto(p) => p.summary.clone(),
        _ => panic!("preview closed"),
    };
    press(&mut app, &["s"]);
    let Mode::Auto(preview) = &app.groups.mode else {
        panic!("preview closed")
    };
    assert_eq!(preview.seed, 2);
    assert_eq!(preview.summary.dealt, first_mix.dealt);

    press(&mut app, &["enter"]);
    assert_eq!(app.groups.mode, Mode::List);
    let w = workshop(&app);
    let sizes: Vec<usize> = w.groups().iter().map(|g| g.members.len()).collect();
    assert_eq!(sizes.iter().sum::<usize>(), 6 + 12);
    assert!(
        sizes.iter().max().unwrap_or(&0) - sizes.iter().min().unwrap_or(&0) <= 1,
        "{sizes:?}"
    );
    for (group, old) in w.groups().iter().zip(&before) {
        assert!(
            old.iter().all(|m| group.members.contains(m)),
            "people placed stay"
        );
    }
    assert!(
        app.message
            .as_ref()
            .expect("message")
            .text
            .contains("dealt 12 people")
    );
    press(&mut app, &["ctrl-z"]);
    let undone: Vec<_> = workshop(&app)
        .groups()
        .iter()
        .map(|g| g.members.clone())
        .collect();
    assert_eq!(undone, before, "one undo takes the whole dealing back");
}

#[test]
fn escape_leaves_the_auto_preview_without_moving_anyone() {
    let f = fixture_of(&workshop_with_newcomers());
    let mut app = on_groups(&f);
    let revision = app.session.as_ref().expect("session").doc.revision();
    press(&mut app, &["A", "s", "c", "esc"]);
    assert_eq!(app.groups.mode, Mode::List);
    assert_eq!(
        app.session.as_ref().expect("session").doc.revision(),
        revision
    );
}

#[test]
fn deleting_a_group_is_undoable_and_its_entries_stay() {
    let f = fixture_of(&workshop_with_newcomers());
    let mut app = on_groups(&f);
    let entries = workshop(&app).entries().count();
    press(&mut app, &["j", "d"]);
    assert_eq!(group_names(&app), ["Lessons learned", "Future plans"]);
    assert_eq!(workshop(&app).entries().count(), entries);
    assert!(
        app.message
            .as_ref()
            .expect("message")
            .text
            .contains("Ctrl-Z")
    );
    press(&mut app, &["ctrl-z"]);
    assert_eq!(
        group_names(&app),
        ["Lessons learned", "Challenges", "Future plans"]
    );
}

#[test]
fn a_read_only_session_opens_no_form_and_changes_nothing() {
    let f = fixture_of(&workshop_with_newcomers());
    let mut app = app_on(&f, true);
    press(&mut app, &["5", "a"]);
    assert_eq!(app.groups.mode, Mode::List);
    press(&mut app, &["s", "A", "m", "d"]);
    assert_eq!(app.groups.mode, Mode::List);
    assert_eq!(group_names(&app).len(), 3);
    assert!(
        app.message
            .as_ref()
            .expect("message")
            .text
            .contains("read-only")
    );
}

/// The working-groups item started 12 minutes ago, and the first group meets in it.
fn running_groups(app: &mut App) {
    let w = workshop(app);
    let mut item = w
        .agenda()
        .into_iter()
        .find(|i| i.kind == ItemKind::WorkingGroups)
        .expect("item")
        .clone();
    item.actual_start = Some(now() - Duration::minutes(12) - Duration::seconds(30));
    let mut group = w.groups()[0].clone();
    group.agenda_item = Some(item.id);
    app.apply(Change::put_item(item)).expect("started");
    app.apply(Change::put_group(group)).expect("linked");
}

#[test]
fn a_running_agenda_item_shows_its_groups_remaining_time() {
    let f = fixture_of(&workshop_with_newcomers());
    let mut app = on_groups(&f);
    running_groups(&mut app);
    let screen = screen_text(&app, 80, 24);
    assert!(screen.contains("⏱ 47:30 left"), "{screen}");
    app.now += Duration::minutes(50);
    assert!(screen_text(&app, 80, 24).contains("⏱ 2:30 over"));
}

#[test]
fn groups_screen_snapshot() {
    let f = fixture_of(&workshop_with_newcomers());
    let mut app = on_groups(&f);
    running_groups(&mut app);
    press(&mut app, &["m"]);
    for name in ["هبة", "rebwar", "وسن"] {
        type_text(&mut app, name);
        press(&mut app, &["space"]);
        for _ in name.chars() {
            press(&mut app, &["backspace"]);
        }
    }
    press(&mut app, &["esc", "t"]);
    type_text(&mut app, "rebwar");
    press(&mut app, &["enter"]);
    insta::assert_snapshot!(draw(&app, 80, 24).backend());
}

#[test]
fn pick_list_snapshot() {
    let f = fixture_of(&workshop_with_newcomers());
    let mut app = on_groups(&f);
    press(&mut app, &["j", "m"]);
    type_text(&mut app, "a");
    insta::assert_snapshot!(draw(&app, 80, 24).backend());
}

#[test]
fn auto_assignment_preview_snapshot() {
    let f = fixture_of(&workshop_with_newcomers());
    let mut app = on_groups(&f);
    press(&mut app, &["A"]);
    insta::assert_snapshot!(draw(&app, 80, 24).backend());
}

#[test]
fn every_mode_draws_at_every_size_without_a_panic() {
    let f = fixture_of(&workshop_with_newcomers());
    let modes: [&[&str]; 6] = [&[], &["a"], &["s"], &["m"], &["f"], &["A"]];
    for keys in modes {
        let mut app = on_groups(&f);
        running_groups(&mut app);
        press(&mut app, keys);
        for width in 0..=60 {
            for height in 0..=30 {
                draw(&app, width, height);
            }
        }
        draw(&app, 200, 60);
    }
    // And with no groups at all.
    let mut app = on_groups(&f);
    delete_all_groups(&mut app);
    for width in [0, 1, 20, 60, 80] {
        for height in [0, 1, 16, 24] {
            draw(&app, width, height);
        }
    }
}

#[test]
fn groups_from_a_set_is_a_palette_command_from_any_screen() {
    let f = fixture_of(&workshop_with_newcomers());
    let mut app = app_on(&f, false);
    press(&mut app, &[":"]);
    type_text(&mut app, "from a set");
    press(&mut app, &["enter"]);
    assert_eq!(app.screen, Screen::Groups);
    assert!(
        matches!(app.groups.mode, Mode::Set(_)),
        "{:?}",
        app.groups.mode
    );
}
