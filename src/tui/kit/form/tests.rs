//! The form kit as a user meets it: the cursor, replacing a pre-filled value, editing inside
//! Arabic text, and a long value staying visible where the cursor is.

use super::*;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn ctrl(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::CONTROL)
}

fn entered(text: &str) -> LineEdit {
    let mut edit = LineEdit::new(text);
    edit.enter();
    edit
}

#[test]
fn typing_replaces_a_prefilled_value_when_the_field_is_entered() {
    let mut edit = entered("30");
    edit.type_text("45");
    assert_eq!(edit.text(), "45");
}

#[test]
fn an_arrow_keeps_the_prefilled_value_and_typing_then_inserts() {
    let mut edit = entered("30");
    edit.key(key(KeyCode::Left));
    edit.type_text("5");
    assert_eq!(edit.text(), "350");
}

#[test]
fn home_end_and_the_arrows_move_the_cursor() {
    let mut edit = entered("venue");
    edit.key(key(KeyCode::Home));
    edit.type_text("The ");
    assert_eq!(edit.text(), "The venue");
    edit.key(key(KeyCode::End));
    edit.type_text("!");
    assert_eq!(edit.text(), "The venue!");
    edit.key(key(KeyCode::Left));
    edit.key(key(KeyCode::Left));
    edit.key(key(KeyCode::Right));
    edit.type_text("s");
    assert_eq!(edit.text(), "The venues!");
}

#[test]
fn backspace_and_delete_work_in_the_middle() {
    let mut edit = entered("Erbill Hall");
    edit.key(key(KeyCode::Home));
    for _ in 0..6 {
        edit.key(key(KeyCode::Right));
    }
    edit.key(key(KeyCode::Backspace));
    assert_eq!(edit.text(), "Erbil Hall");
    edit.key(key(KeyCode::Delete));
    assert_eq!(edit.text(), "ErbilHall");
}

#[test]
fn ctrl_arrows_move_by_word() {
    let mut edit = entered("Rotana hotel Erbil");
    edit.key(ctrl(KeyCode::Left));
    edit.type_text("in ");
    assert_eq!(edit.text(), "Rotana hotel in Erbil");
    edit.key(key(KeyCode::Home));
    edit.key(ctrl(KeyCode::Right));
    edit.type_text(",");
    assert_eq!(edit.text(), "Rotana, hotel in Erbil");
}

#[test]
fn ctrl_a_selects_all_and_typing_replaces_it() {
    let mut edit = entered("old");
    edit.key(key(KeyCode::Left));
    edit.key(ctrl(KeyCode::Char('a')));
    edit.type_text("new");
    assert_eq!(edit.text(), "new");
    edit.key(ctrl(KeyCode::Char('a')));
    edit.key(key(KeyCode::Backspace));
    assert_eq!(edit.text(), "");
}

#[test]
fn editing_in_the_middle_of_arabic_text_moves_by_letter_with_its_marks() {
    // "أربيل" with a vowel mark on the first letter; the cursor steps letter by letter.
    let mut edit = entered("قَاعة أربيل");
    edit.key(key(KeyCode::Home));
    edit.key(key(KeyCode::Right));
    // One step passed the letter and its mark together.
    assert_eq!(edit.cursor(), 1);
    edit.key(key(KeyCode::Delete));
    assert_eq!(edit.text(), "قَعة أربيل");
    edit.key(ctrl(KeyCode::Right));
    edit.type_text(" الكبرى");
    assert_eq!(edit.text(), "قَعة الكبرى أربيل");
}

#[test]
fn kurdish_and_emoji_are_one_step_each() {
    let mut edit = entered("هەولێر 👨‍👩‍👧");
    edit.key(key(KeyCode::Backspace)); // ends the selection, erases the whole value
    assert_eq!(edit.text(), "");
    let mut edit = entered("هەولێر 👨‍👩‍👧");
    edit.key(key(KeyCode::End));
    edit.key(key(KeyCode::Backspace));
    assert_eq!(edit.text(), "هەولێر ");
}

#[test]
fn a_long_value_stays_visible_where_the_cursor_is() {
    let long = "Rotana Hotel, Gulan Street, Erbil, Kurdistan Region of Iraq, main hall";
    let mut edit = entered(long);
    edit.key(key(KeyCode::End));
    let view = edit.view(20);
    let shown = format!("{}{}{}", view.before, view.at, view.after);
    assert!(shown.starts_with('…'), "cut at the start: {shown}");
    assert!(view.before.ends_with("main hall"), "{view:?}");
    assert!(crate::tui::kit::text::width(&shown) <= 20);
    edit.key(key(KeyCode::Home));
    let view = edit.view(20);
    assert!(view.before.is_empty());
    assert_eq!(view.at, "R");
    assert!(view.after.ends_with('…'), "{view:?}");
    // Typing at the end is seen.
    edit.key(key(KeyCode::End));
    edit.type_text(" B");
    assert!(edit.view(20).before.ends_with("hall B"));
}

#[test]
fn a_choice_steps_and_jumps_by_first_letter() {
    let options = vec!["unknown".into(), "female".into(), "male".into()];
    let mut form = Form::new("t", vec![Field::choice("Gender", "", options, 0)]);
    form.type_text("m");
    assert_eq!(form.text("Gender"), "male");
    form.choose(1);
    assert_eq!(form.text("Gender"), "unknown");
}

#[test]
fn several_lines_break_on_enter_and_make_a_list() {
    let mut form = Form::new("t", vec![Field::list("Objectives", "", &["one".into()])]);
    assert!(form.takes_enter());
    form.edit_key(key(KeyCode::End));
    form.edit_key(key(KeyCode::Enter));
    form.type_text("two");
    assert_eq!(form.list("Objectives"), vec!["one", "two"]);
    form.edit_key(key(KeyCode::Home));
    form.erase();
    assert_eq!(form.list("Objectives"), vec!["onetwo"]);
}

#[test]
fn checking_names_the_field_and_a_date_must_be_a_date() {
    let mut form = Form::new(
        "t",
        vec![
            Field::line("Venue", "", "").required(),
            Field::date("Start date", "", None),
            Field::time("Day starts", "", None),
        ],
    );
    assert!(!form.check());
    assert_eq!(form.focus, 0);
    assert!(
        form.error
            .as_deref()
            .is_some_and(|e| e.starts_with("Venue:"))
    );
    form.type_text("Erbil");
    form.next_field();
    form.type_text("14 March");
    assert!(!form.check());
    assert_eq!(form.focus, 1);
    assert!(
        form.error
            .as_deref()
            .is_some_and(|e| e.starts_with("Start date:"))
    );
    form.edit_key(ctrl(KeyCode::Char('a')));
    form.type_text("٢٠٢٦-٠٣-١٤");
    form.next_field();
    form.type_text("8:30");
    assert!(form.check(), "{:?}", form.error);
    assert_eq!(
        form.date("Start date"),
        NaiveDate::from_ymd_opt(2026, 3, 14)
    );
    assert_eq!(form.time("Day starts"), NaiveTime::from_hms_opt(8, 30, 0));
}

#[test]
fn a_control_character_typed_or_pasted_becomes_a_space() {
    let mut edit = entered("");
    edit.type_text("a\nb\u{1b}c");
    assert_eq!(edit.text(), "a b c");
}

#[test]
fn moving_left_from_the_end_keeps_the_last_words_in_sight() {
    let long = "Rotana Hotel, Gulan Street, Erbil, Kurdistan Region of Iraq, main hall";
    let mut edit = entered(long);
    edit.key(ctrl(KeyCode::Left));
    let view = edit.view(20);
    let shown = format!("{}{}{}", view.before, view.at, view.after);
    assert!(shown.ends_with("main hall"), "{shown}");
    assert_eq!(view.at, "h");
}
