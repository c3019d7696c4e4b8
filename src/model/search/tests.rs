use super::*;
use proptest::prelude::*;

#[test]
fn arabic_spellings_of_one_name_fold_alike() {
    // With and without vowel marks, tatweel, hamza forms, ta marbuta and alef maqsura.
    assert_eq!(fold("إِبْرَاهِيم"), fold("ابراهيم"));
    assert_eq!(fold("أحمـــد"), fold("احمد"));
    assert_eq!(fold("آمنة"), fold("امنه"));
    assert_eq!(fold("مصطفى"), fold("مصطفي"));
    assert_eq!(fold("فاطمة الزهراء"), fold("فاطمه الزهراء"));
    assert_eq!(fold("ٱلله"), fold("الله"));
}

#[test]
fn persian_and_kurdish_keyboard_letters_fold_to_arabic() {
    assert_eq!(fold("کریم"), fold("كريم"));
    assert_eq!(fold("ههولێر"), fold("ههولير"));
    assert_eq!(fold("هەولێر"), fold("ههولير"));
    assert_eq!(fold("ڕێکخراو"), fold("ريكخراو"));
}

#[test]
fn digits_become_ascii() {
    assert_eq!(fold("٠٧٧٠١٢٣٤٥٦٧"), "07701234567");
    assert_eq!(fold("۰۷۵۰"), "0750");
}

#[test]
fn latin_case_and_accents_are_ignored() {
    assert_eq!(fold("Fátima AL-Zahrāʾ"), "fatima al-zahra");
    assert_eq!(fold("ŞİRİN"), "sirin");
    assert_eq!(fold("Straße"), "strasse");
    assert_eq!(fold("ʿAli"), "ali");
}

#[test]
fn whitespace_is_collapsed_and_trimmed() {
    assert_eq!(fold("  Zaid \t\n  Ali \u{200F} "), "zaid ali");
    assert_eq!(fold(""), "");
    assert_eq!(fold("   "), "");
}

#[test]
fn every_query_word_must_occur() {
    assert!(matches("ali zaid", "Zaid Ali Hassan"));
    assert!(!matches("ali omar", "Zaid Ali Hassan"));
    assert!(matches("", "anyone"));
    assert!(matches("احمد", "أَحْمَد الجبوري"));
    assert!(matches("fatma", "Fatma Şahin"));
    assert!(!matches("fatima", "Fatma"));
}

#[test]
fn a_word_start_ranks_above_a_match_inside_a_word() {
    let query = Query::new("ali");
    let whole = query.score("Ali Hassan");
    let start = query.score("Alia Hassan");
    let later_start = query.score("Zaid Alia");
    let inside = query.score("Khalil Hassan");
    assert!(whole > start, "{whole:?} > {start:?}");
    assert!(start > later_start, "{start:?} > {later_start:?}");
    assert!(later_start > inside, "{later_start:?} > {inside:?}");
    assert!(inside.is_some());
    assert_eq!(query.score("Omar"), None);
}

#[test]
fn arabic_prefix_ranks_first() {
    let query = Query::new("محمد");
    let first = query.score("مُحَمَّد علي").unwrap_or(0);
    let second = query.score("علي محمدي").unwrap_or(0);
    assert!(first > second);
}

/// Letters names are written with, in the scripts halaqa meets.
fn name_char() -> impl Strategy<Value = char> {
    prop_oneof![
        prop::char::range('a', 'z'),
        prop::char::range('A', 'Z'),
        prop::char::range('\u{0621}', '\u{064A}'),
        prop::sample::select(vec![
            'ی', 'ک', 'ێ', 'ە', 'ڕ', 'ڵ', 'ۆ', 'ھ', 'é', 'Ş', 'ı', 'İ'
        ]),
        prop::char::range('\u{0660}', '\u{0669}'),
        Just(' '),
        Just('\t'),
        Just('-'),
    ]
}

fn mark() -> impl Strategy<Value = Option<char>> {
    prop_oneof![
        3 => Just(None),
        1 => prop::char::range('\u{064B}', '\u{065F}').prop_map(Some),
        1 => Just(Some('\u{0640}')),
        1 => Just(Some('\u{0670}')),
        1 => Just(Some('\u{06E1}')),
    ]
}

proptest! {
    #[test]
    fn folding_is_idempotent(text in "\\PC{0,40}") {
        let once = fold(&text);
        prop_assert_eq!(fold(&once), once.clone());
    }

    #[test]
    fn folding_names_is_idempotent(chars in prop::collection::vec(name_char(), 0..30)) {
        let text: String = chars.into_iter().collect();
        let once = fold(&text);
        prop_assert_eq!(fold(&once), once);
    }

    #[test]
    fn vowel_marks_and_tatweel_do_not_change_the_fold(
        pairs in prop::collection::vec((name_char(), mark()), 0..30)
    ) {
        let plain: String = pairs.iter().map(|(c, _)| *c).collect();
        let marked: String = pairs
            .iter()
            .flat_map(|(c, m)| std::iter::once(*c).chain(*m))
            .collect();
        prop_assert_eq!(fold(&plain), fold(&marked));
    }

    #[test]
    fn matching_ignores_case(chars in prop::collection::vec(name_char(), 1..20), cut in 0usize..20) {
        let text: String = chars.into_iter().collect();
        let cut = text.char_indices().nth(cut).map_or(text.len(), |(i, _)| i);
        let query = &text[..cut];
        prop_assert!(matches(&query.to_uppercase(), &text));
        prop_assert!(matches(&query.to_lowercase(), &text.to_uppercase()));
        prop_assert!(matches(query, &text));
    }

    #[test]
    fn folded_text_has_no_double_or_edge_spaces(text in "\\PC{0,40}") {
        let folded = fold(&text);
        prop_assert!(!folded.contains("  "));
        prop_assert_eq!(folded.trim(), folded.as_str());
    }
}
