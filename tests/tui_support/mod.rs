//! Shared by the tui_* tests: a small workshop built in code, an app on it in a temporary
//! folder, keys by name, and drawing into a TestBackend.
#![allow(dead_code)]

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use halaqa::model::{
    AgendaItem, Attendance, Change, DeviceId, Document, Entry, EntryKind, Gender, Group,
    GroupPurpose, ItemKind, Participant, Workshop, WorkshopInfo,
};
use halaqa::store::{self, Dirs};
use halaqa::tui::app::{App, open_session};
use halaqa::tui::{Chord, Screen, render};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyEvent;
use std::path::{Path, PathBuf};
use std::time::Instant;

pub fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 3, 10).expect("valid date")
}

/// 10:20 on the first day: the project review is on, the panel is next.
pub fn now() -> NaiveDateTime {
    day().and_time(NaiveTime::from_hms_opt(10, 20, 0).expect("valid time"))
}

fn at(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).expect("valid time")
}

/// A closing session with a morning programme, a few people (some checked in), three
/// groups and entries.
pub fn workshop() -> Workshop {
    let mut info = WorkshopInfo::titled("Closing session: outcome harvesting and lessons learned");
    info.subtitle = "Local Democracy Support Programme, phase II".to_string();
    info.start = Some(day());
    info.days = 1;
    info.venue = "Rotana Hotel".to_string();
    info.city = "Erbil".to_string();
    info.organisers = vec!["Tamkeen Network".to_string()];
    info.donors = vec!["European Union".to_string()];
    let mut doc = Document::new(Workshop::new(info), DeviceId::new("test"));
    let when = Utc
        .with_ymd_and_hms(2025, 3, 1, 8, 0, 0)
        .single()
        .expect("time");
    let mut put = |change: Change| doc.apply_at(change, when).expect("valid change");

    let mut opening = AgendaItem::new(1, 1, "Opening and welcome", ItemKind::Opening, 30);
    opening.start = Some(at(9, 30));
    let review = AgendaItem::new(1, 2, "Project review", ItemKind::Presentation, 30);
    let panel = AgendaItem::new(1, 3, "Moderated panel", ItemKind::Panel, 60);
    let grantees = AgendaItem::new(1, 4, "Grantee presentations", ItemKind::Presentation, 45);
    let mut lunch = AgendaItem::new(1, 5, "Lunch and prayer", ItemKind::Meal, 60);
    lunch.start = Some(at(12, 30));
    lunch.pinned = true;
    let groups_item = AgendaItem::new(1, 6, "Working groups", ItemKind::WorkingGroups, 60);
    let plenary = AgendaItem::new(1, 7, "Plenary review", ItemKind::Plenary, 45);
    for item in [
        opening,
        review,
        panel,
        grantees,
        lunch,
        groups_item,
        plenary,
    ] {
        put(Change::put_item(item));
    }

    let people = [
        ("Layla Hassan", "ليلى حسن", "Nineveh", Gender::Female, true),
        ("Karwan Aziz", "کاروان عەزیز", "Erbil", Gender::Male, true),
        ("Zainab Kadhim", "زينب كاظم", "Basra", Gender::Female, false),
        ("Omar Saleh", "عمر صالح", "Anbar", Gender::Male, true),
    ];
    let mut ids = Vec::new();
    for (name, other, governorate, gender, here) in people {
        let mut p = Participant::new(name);
        p.name_other_script = other.to_string();
        p.governorate = governorate.to_string();
        p.organisation = "Tamkeen Network".to_string();
        p.gender = gender;
        // Registered with consent to keep their data, so named reports list them.
        p.consent.data_processing = halaqa::model::Consent::Yes;
        if here {
            p.attendance.push(Attendance {
                date: day(),
                time: at(9, 10),
            });
        }
        ids.push(p.id);
        put(Change::put_participant(p));
    }
    let purposes = [
        ("Lessons learned", GroupPurpose::LessonsLearned),
        ("Challenges", GroupPurpose::Challenges),
        ("Future plans", GroupPurpose::FuturePlans),
    ];
    let mut group_ids = Vec::new();
    for (order, (name, purpose)) in purposes.into_iter().enumerate() {
        let mut group = Group::new(order as u32, name, purpose);
        group.members = ids.iter().skip(order).take(2).copied().collect();
        group.facilitator = group.members.first().copied();
        group_ids.push(group.id);
        put(Change::put_group(group));
    }
    let entries = [
        (
            EntryKind::Lesson,
            "Involve the governorate council from the start",
            0,
            4,
        ),
        (
            EntryKind::Lesson,
            "Small grants work when paired with mentoring",
            0,
            2,
        ),
        (
            EntryKind::Challenge,
            "Permits for public meetings take weeks",
            1,
            5,
        ),
        (
            EntryKind::Plan,
            "Quarterly joint meetings with the council",
            2,
            1,
        ),
        (EntryKind::Quote, "«الشباب هم من غيّروا المجلس»", 0, 0),
    ];
    for (kind, text, group, votes) in entries {
        let mut entry = Entry::new(kind, text, Some(group_ids[group]));
        entry.votes = votes;
        put(Change::put_entry(entry));
    }
    doc.into_workshop()
}

pub struct Fixture {
    pub folder: tempfile::TempDir,
    pub dirs: Dirs,
    pub path: PathBuf,
}

pub fn dirs_in(folder: &Path) -> Dirs {
    Dirs {
        data: folder.join("data"),
        config: folder.join("config"),
    }
}

/// The test workshop saved as `session.ron` in a fresh folder.
pub fn fixture() -> Fixture {
    let folder = tempfile::tempdir().expect("temp folder");
    let dirs = dirs_in(folder.path());
    std::fs::create_dir_all(&dirs.config).expect("config folder");
    std::fs::create_dir_all(&dirs.data).expect("data folder");
    let path = folder.path().join("session.ron");
    store::save(&path, &workshop()).expect("saved");
    Fixture { folder, dirs, path }
}

/// An app on Home with no session, at the fixed time.
pub fn home_app(fixture: &Fixture) -> App {
    App::new(fixture.dirs.clone(), now())
}

/// An app with the fixture's session open on the Overview.
pub fn app_on(fixture: &Fixture, read_only: bool) -> App {
    let mut app = App::new(fixture.dirs.clone(), now());
    let (session, warnings) =
        open_session(&fixture.dirs, &fixture.path, read_only).expect("session opens");
    assert!(warnings.is_empty(), "{warnings:?}");
    app.session = Some(session);
    app.screen = Screen::Overview;
    app
}

/// Press keys written as in keymap.ron: "ctrl-z", "tab", "q".
pub fn press(app: &mut App, keys: &[&str]) {
    for key in keys {
        let chord = Chord::parse(key).expect("a key name");
        app.handle_key(KeyEvent::new(chord.code, chord.modifiers), Instant::now());
        // A file opened or merged by the key is read by a job: these tests look at the app
        // after it is taken in (tui_loading.rs looks at the app while it is being read).
        app.finish_loading();
    }
}

/// Type text as single key presses.
pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        let chord = Chord::char(c);
        app.handle_key(KeyEvent::new(chord.code, chord.modifiers), Instant::now());
    }
}

pub fn draw(app: &App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    terminal.draw(|frame| render(app, frame)).expect("drawn");
    terminal
}

/// The screen as text, one line per row.
pub fn screen_text(app: &App, width: u16, height: u16) -> String {
    draw(app, width, height).backend().to_string()
}
