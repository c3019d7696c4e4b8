use super::*;
use ratatui::text::Span;

/// The cells ratatui's layout reserves for a span (`str::width`) and the cells it paints
/// (one per grapheme cluster, by its width) must be the same, or the next span overwrites.
fn reserved_equals_painted(text: &str) -> bool {
    let reserved = Span::raw(text).width();
    let painted: usize = Span::raw(text)
        .styled_graphemes(ratatui::style::Style::default())
        .map(|g| g.symbol.width())
        .sum();
    reserved == painted && painted == width(text)
}

#[test]
fn controls_and_overrides_become_visible_and_weak_marks_stay() {
    assert_eq!(one_line("a\u{202e}b\u{0}c\u{1b}"), "a[RLO]b␀c␛");
    assert_eq!(one_line("one\r\ntwo\nthree"), "one ⏎ two ⏎ three");
    assert_eq!(one_line("x\u{9b}y\u{7f}"), "x\\u{9b}y␡");
    assert_eq!(one_line("\u{2067}حواء\u{2069}"), "[RLI]حواء[PDI]");
    assert_eq!(
        one_line("a\u{200f}b\u{200e}c\u{61c}"),
        "a\u{200f}b\u{200e}c\u{61c}"
    );
    assert!(has_hidden("x\u{202e}y") && !has_hidden("plain\ttext"));
}

#[test]
fn arabic_kurdish_and_emoji_pass_through() {
    let text = "الشباب هم من غيّروا المجلس کوردی 👩‍👩‍👧";
    // Letters unchanged: only joiners may be added, between lam and alef.
    assert_eq!(
        one_line(text).replace('\u{200d}', ""),
        text.replace('\u{200d}', "")
    );
    assert!(one_line(text).contains("👩‍👩‍👧"));
}

#[test]
fn lam_alef_takes_the_cells_it_is_painted_in() {
    for name in [
        "شيلان عمر",
        "ولاء صلاح",
        "علاء",
        "لآ",
        "لأ",
        "لإ",
        "لَا",
        "الاجتماعات",
    ] {
        assert!(
            !reserved_equals_painted(name),
            "{name}: the mismatch this fixes"
        );
        let shown = one_line(name);
        assert!(reserved_equals_painted(&shown), "{name}");
        assert_eq!(shown.replace('\u{200d}', ""), name, "no letter lost");
    }
    assert_eq!(width(&one_line("شيلان عمر")), 9);
    assert_eq!(fit("شيلان عمر", 9), one_line("شيلان عمر"));
    // Sanitising twice changes nothing.
    assert_eq!(one_line(&one_line("ولاء صلاح")), one_line("ولاء صلاح"));
}

#[test]
fn fitting_keeps_grapheme_clusters_whole() {
    assert_eq!(fit("Plenary review", 8), "Plenary…");
    assert_eq!(fit("short", 8), "short");
    assert_eq!(fit("anything", 0), "");
    // A wide character that does not fit is left out whole.
    assert_eq!(fit("会議の記録", 4), "会…");
    // A letter keeps its vowel marks; an emoji family is not split into people.
    assert_eq!(fit("غيّروا المجلس", 4), "غيّر…");
    assert_eq!(fit("ab👩‍👩‍👧cd", 4), "ab…");
    assert_eq!(fit("ab👩‍👩‍👧cd", 5), "ab👩‍👩‍👧…");
    let cut = fit("ولاء صلاح", 4);
    assert!(reserved_equals_painted(&cut) && width(&cut) == 4, "{cut}");
    for cut in [fit("مراجعة عامة للمجموعات", 7), pad("زينَب", 7)] {
        assert_eq!(width(&cut), 7, "{cut}");
    }
    // A pasted megabyte is cut without being copied whole.
    assert_eq!(width(&fit(&"x".repeat(1_000_000), 10)), 10);
}

#[test]
fn tail_keeps_the_end_in_sight() {
    assert_eq!(tail("abcdef", 4), "…def");
    assert_eq!(tail("abc", 4), "abc");
    assert_eq!(tail("abc", 0), "");
}

#[test]
fn wrapping_keeps_every_word_within_the_width() {
    let lines = wrap("one two three four five six", 9);
    assert_eq!(lines, ["one two", "three", "four five", "six"]);
    assert!(wrap(&"x".repeat(25), 10).iter().all(|l| width(l) <= 10));
    assert_eq!(wrap("first\n\nthird", 20), ["first", "", "third"]);
    let arabic = wrap("ولاء صلاح شيلان عمر علاء", 10);
    assert!(
        arabic
            .iter()
            .all(|l| width(l) <= 10 && reserved_equals_painted(l))
    );
    assert_eq!(
        arabic.join(" ").replace('\u{200d}', ""),
        "ولاء صلاح شيلان عمر علاء"
    );
    assert_eq!(wrap("a\u{202e}b", 10), ["a[RLO]b"]);
}

#[test]
fn arabic_and_kurdish_read_right_to_left() {
    assert!(is_rtl("«الشباب هم من غيّروا المجلس»"));
    assert!(is_rtl("کاروان عەزیز"));
    assert!(!is_rtl("42 permits"));
    assert!(!is_rtl(""));
}

#[test]
fn counts_and_articles_agree_with_their_word() {
    assert_eq!(count(1, "entry", "entries"), "1 entry");
    assert_eq!(count(0, "entry", "entries"), "0 entries");
    assert_eq!(count(2, "person", "people"), "2 people");
    assert_eq!(with_article("outcome"), "an outcome");
    assert_eq!(with_article("lesson"), "a lesson");
    assert_eq!(with_article("future plan"), "a future plan");
    assert_eq!(with_article("undo"), "an undo");
    assert_eq!(with_article("user"), "a user");
}

proptest::proptest! {
    #[test]
    fn every_shown_text_is_painted_in_the_cells_it_reserves(text in "\\PC{0,40}") {
        let shown = one_line(&text);
        proptest::prop_assert!(reserved_equals_painted(&shown), "{:?} → {:?}", text, shown);
        let cut = fit(&text, 7);
        proptest::prop_assert!(width(&cut) <= 7 && reserved_equals_painted(&cut));
    }
}
