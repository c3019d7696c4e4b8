use super::*;

#[test]
fn gender_in_three_languages() {
    for female in [
        "F", "f", "female", "Female", "woman", "أنثى", "انثى", "أنثي", "ژن", "مێ", " FEMALE ",
    ] {
        assert_eq!(gender(female), Some(Gender::Female), "{female}");
    }
    for male in ["M", "male", "Male", "man", "ذكر", "پیاو", "نێر"] {
        assert_eq!(gender(male), Some(Gender::Male), "{male}");
    }
    assert_eq!(gender("prefer_not_to_say"), Some(Gender::PreferNotToSay));
    assert_eq!(gender("Other"), Some(Gender::Other));
    assert_eq!(gender("x7"), None);
}

#[test]
fn consent_in_three_languages() {
    for yes in [
        "yes",
        "Y",
        "TRUE",
        "1",
        "نعم",
        "أوافق",
        "اوافق",
        "بەڵێ",
        "I agree",
        "✓",
    ] {
        assert_eq!(consent(yes), Some(Consent::Yes), "{yes}");
    }
    for no in ["no", "N", "false", "0", "لا", "نەخێر", "Do not agree"] {
        assert_eq!(consent(no), Some(Consent::No), "{no}");
    }
    assert_eq!(consent("maybe"), None);
}

#[test]
fn disability_answers() {
    assert_eq!(disability("Yes"), Some(Disability::Yes));
    assert_eq!(disability("لا"), Some(Disability::No));
    assert_eq!(disability("person with disability"), Some(Disability::Yes));
    assert_eq!(disability("Prefer not to say"), Some(Disability::Unknown));
}

#[test]
fn stakeholder_synonyms() {
    let cases = [
        ("CSO", Stakeholder::Cso),
        ("NGO", Stakeholder::Cso),
        ("civil_society", Stakeholder::Cso),
        ("منظمة مجتمع مدني", Stakeholder::Cso),
        ("Local government", Stakeholder::LocalGovernment),
        ("local_government", Stakeholder::LocalGovernment),
        ("مجلس محافظة", Stakeholder::LocalGovernment),
        ("Ministry", Stakeholder::NationalGovernment),
        ("Parliament", Stakeholder::Parliament),
        ("UNDP", Stakeholder::UnDonor),
        ("INGO", Stakeholder::InternationalPartner),
        ("Media", Stakeholder::Media),
        ("إعلام", Stakeholder::Media),
        ("الإعلام", Stakeholder::Media),
        ("University", Stakeholder::Academia),
        ("Private sector", Stakeholder::PrivateSector),
        ("Other", Stakeholder::Other),
    ];
    for (text, expected) in cases {
        assert_eq!(stakeholder(text), Some(expected), "{text}");
    }
    assert_eq!(stakeholder("cooperative"), None);
}

#[test]
fn ages_and_bands() {
    let cases = [
        ("25", Some(AgeBand::From25To29)),
        ("٢٥", Some(AgeBand::From25To29)),
        ("۳۴", Some(AgeBand::From30To39)),
        ("17", Some(AgeBand::Under18)),
        ("18-24", Some(AgeBand::From18To24)),
        ("18 – 24", Some(AgeBand::From18To24)),
        ("25–29", Some(AgeBand::From25To29)),
        ("30-39", Some(AgeBand::From30To39)),
        ("18_24", Some(AgeBand::From18To24)),
        ("30s", Some(AgeBand::From30To39)),
        ("60+", Some(AgeBand::From60)),
        ("65 and above", Some(AgeBand::From60)),
        ("under 18", Some(AgeBand::Under18)),
        ("أقل من 18", Some(AgeBand::Under18)),
        ("44 years", Some(AgeBand::From40To49)),
        // Spans two bands, or nonsense: not guessed.
        ("18-29", None),
        ("20s", None),
        ("1990", None),
        ("young", None),
        ("1-2-3", None),
    ];
    for (text, expected) in cases {
        assert_eq!(age_band(text), expected, "{text}");
    }
}

#[test]
fn phones_become_international() {
    let cases = [
        ("07701234567", Some("+9647701234567")),
        ("0770 123 4567", Some("+9647701234567")),
        ("0770-123-4567", Some("+9647701234567")),
        ("7701234567", Some("+9647701234567")),
        ("009647701234567", Some("+9647701234567")),
        ("+964 770 123 4567", Some("+9647701234567")),
        ("+964 0770 123 4567", Some("+9647701234567")),
        ("9647701234567", Some("+9647701234567")),
        ("٠٧٧٠١٢٣٤٥٦٧", Some("+9647701234567")),
        ("۰۷۵۰ ۱۲۳ ۴۵۶۷", Some("+9647501234567")),
        ("'07501234567", Some("+9647501234567")),
        ("066 222 1234", Some("+964662221234")),
        ("+44 20 7946 0958", Some("+442079460958")),
        ("12345", None),
        ("9.64770E+11", None),
        ("=cmd|' /C calc'!A0", None),
        ("call me", None),
    ];
    for (text, expected) in cases {
        assert_eq!(phone(text).as_deref(), expected, "{text}");
    }
}

#[test]
fn emails_are_trimmed_lowercased_and_shape_checked() {
    assert_eq!(
        email(" Ali@Example.ORG ").as_deref(),
        Some("ali@example.org")
    );
    assert_eq!(email("mailto:a@b.iq").as_deref(), Some("a@b.iq"));
    for bad in [
        "ali",
        "ali@",
        "@x.org",
        "a@b",
        "a@@b.org",
        "a b@c.org",
        "a@b..org",
        "a@b.org; c@d.org",
    ] {
        assert_eq!(email(bad), None, "{bad}");
    }
}

#[test]
fn gender_in_french_and_kurdish_kurmanji() {
    for (text, expected) in [
        ("Féminin", Gender::Female),
        ("feminin", Gender::Female),
        ("Femme", Gender::Female),
        ("masculin", Gender::Male),
        ("Homme", Gender::Male),
        ("H", Gender::Male),
        ("jin", Gender::Female),
        ("Mêr", Gender::Male),
        ("nêr", Gender::Male),
        ("ژن", Gender::Female),
        ("پیاو", Gender::Male),
        ("مؤنث", Gender::Female),
        ("مذكر", Gender::Male),
        ("Autre", Gender::Other),
    ] {
        assert_eq!(gender(text), Some(expected), "{text}");
    }
}

#[test]
fn mixed_phones_by_country() {
    for (text, country, expected) in [
        ("0791234567", "IQ", None),
        ("07701234567", "PK", None),
        ("07701234567", "JO", None),
        ("0791234567", "JO", Some("+962791234567")),
        ("03214800081", "PK", Some("+923214800081")),
        ("+92 321 4800081", "IQ", Some("+923214800081")),
    ] {
        let id = super::country(country).unwrap();
        assert_eq!(
            phone_in(text, id).as_deref(),
            expected,
            "{text} in {country}"
        );
    }
}
