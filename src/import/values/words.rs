//! The words registration forms use for genders, yes and no, disability and stakeholder
//! types, in English, Arabic and Kurdish (Sorani, with some Kurmanji). Compared after
//! [`super::key`], so hamza forms, ta marbuta, letter case and the article ال do not matter.

use crate::model::{Difficulty, Disability, Gender, Stakeholder};

#[rustfmt::skip]
pub const GENDER: &[(Gender, &[&str])] = &[
    (Gender::Female, &[
        "f", "female", "woman", "women", "w", "girl", "fem", "feminine",
        "أنثى", "انثى", "انثي", "امرأة", "إمرأة", "مرأة", "نساء", "مؤنث", "بنت", "فتاة",
        // Kurdish: Sorani, then Kurmanji in Latin letters.
        "ژن", "مێ", "مێینە", "ئافرەت", "کچ", "jin", "mê", "mêyîn", "keç", "afret",
        // French.
        "femme", "femmes", "féminin", "feminin", "fille", "fém",
    ]),
    (Gender::Male, &[
        "m", "male", "man", "men", "boy", "masculine",
        "ذكر", "رجل", "رجال", "مذكر", "ولد", "شاب",
        "پیاو", "نێر", "نێرینە", "کوڕ", "pyaw", "mêr", "nêr", "zilam", "kur",
        "homme", "hommes", "h", "masculin", "garçon", "garcon", "masc",
    ]),
    (Gender::Other, &[
        "other", "non-binary", "nonbinary", "أخرى", "آخر", "غير ذلك", "هی تر", "autre",
        "non binaire",
    ]),
    (Gender::PreferNotToSay, &[
        "prefer not to say", "prefer not to answer", "rather not say", "not disclosed",
        "أفضل عدم القول", "أفضل عدم الإجابة", "لا أرغب بالإجابة", "ناخوازم بڵێم",
        "préfère ne pas répondre", "je préfère ne pas répondre", "ne souhaite pas répondre",
    ]),
];

#[rustfmt::skip]
pub const YES_NO: &[(bool, &[&str])] = &[
    (true, &[
        "yes", "y", "true", "1", "ok", "agree", "i agree", "agreed", "accept", "accepted",
        "consent", "i consent", "checked", "oui", "si",
        "نعم", "أوافق", "موافق", "موافقة", "اوافق", "اي", "أجل", "بلى",
        "بەڵێ", "بەلێ", "ئا", "ئەرێ", "erê", "belê",
    ]),
    (false, &[
        "no", "n", "false", "0", "disagree", "do not agree", "don't agree", "i do not agree",
        "refuse", "refused", "unchecked", "non",
        "لا", "لا أوافق", "غير موافق", "كلا",
        "نەخێر", "نا", "na",
    ]),
];

#[rustfmt::skip]
pub const DISABILITY: &[(Disability, &[&str])] = &[
    (Disability::Yes, &[
        "with disability", "person with disability", "pwd", "disabled", "has a disability",
        "ذوي الإعاقة", "من ذوي الإعاقة", "معاق", "ذو إعاقة", "کەمئەندام",
    ]),
    (Disability::No, &[
        "none", "no disability", "without disability", "لا يوجد", "بدون إعاقة", "لا توجد", "نییە",
    ]),
    (Disability::Unknown, &["prefer not to say", "unknown", "أفضل عدم القول"]),
];

#[rustfmt::skip]
pub const STAKEHOLDER: &[(Stakeholder, &[&str])] = &[
    (Stakeholder::Cso, &[
        "cso", "csos", "ngo", "ngos", "local ngo", "national ngo", "civil society",
        "civil society organisation", "civil society organization", "cbo",
        "community based organisation", "community based organization", "non governmental",
        "nonprofit",
        "منظمة مجتمع مدني", "منظمات المجتمع المدني", "مجتمع مدني", "منظمة غير حكومية",
        "منظمة محلية",
        "ڕێکخراوی کۆمەڵگەی مەدەنی", "کۆمەڵگەی مەدەنی", "ڕێکخراوی ناحکومی",
    ]),
    (Stakeholder::LocalGovernment, &[
        "local government", "local gov", "local authority", "local authorities", "municipality",
        "governorate", "governorate council", "provincial council", "governor's office",
        "مجلس محافظة", "مجلس المحافظة", "حكومة محلية", "الحكومة المحلية", "ديوان المحافظة",
        "محافظة", "بلدية", "قائممقامية", "مجلس محلي",
        "حکومەتی خۆجێیی", "ئەنجومەنی پارێزگا", "شارەوانی",
    ]),
    (Stakeholder::NationalGovernment, &[
        "national government", "central government", "federal government", "ministry",
        "government ministry", "krg", "kurdistan regional government",
        "وزارة", "الحكومة الاتحادية", "حكومة اتحادية", "حكومة مركزية", "حكومة الإقليم",
        "حکومەتی هەرێم", "وەزارەت",
    ]),
    (Stakeholder::Parliament, &[
        "parliament", "mp", "member of parliament", "council of representatives",
        "مجلس النواب", "برلمان", "البرلمان", "برلماني", "نائب", "پەرلەمان",
    ]),
    (Stakeholder::UnDonor, &[
        "un", "united nations", "un agency", "donor", "donors", "un donor", "undp", "unicef",
        "unhcr", "iom", "unfpa", "un women", "eu", "european union", "usaid",
        "الأمم المتحدة", "مانح", "جهة مانحة", "الجهات المانحة", "نەتەوە یەکگرتووەکان",
    ]),
    (Stakeholder::InternationalPartner, &[
        "international partner", "ingo", "international ngo", "international organisation",
        "international organization", "international",
        "منظمة دولية", "شريك دولي", "ڕێکخراوی نێودەوڵەتی",
    ]),
    (Stakeholder::Media, &[
        "media", "journalist", "journalism", "press",
        "إعلام", "اعلام", "الإعلام", "صحفي", "صحافة", "إعلامي",
        "ڕاگەیاندن", "ڕۆژنامەنووس",
    ]),
    (Stakeholder::Academia, &[
        "academia", "academic", "university", "research", "researcher",
        "جامعة", "أكاديمي", "أكاديمية", "باحث", "زانکۆ", "ئەکادیمی",
    ]),
    (Stakeholder::PrivateSector, &[
        "private sector", "private", "business", "company",
        "القطاع الخاص", "قطاع خاص", "شركة", "کەرتی تایبەت",
    ]),
    (Stakeholder::Other, &["other", "أخرى", "اخرى", "غير ذلك", "هی تر"]),
];

/// Before a number: the band below it ("under 18", "أقل من 18").
pub const BELOW: &[&str] = &[
    "under",
    "below",
    "less than",
    "اقل من",
    "دون",
    "تحت",
    "کەمتر",
];
/// Around a number: that age and older ("60 and above", "فما فوق").
pub const ABOVE: &[&str] = &[
    "over",
    "above",
    "and above",
    "or more",
    "plus",
    "فوق",
    "فما فوق",
    "اكثر من",
    "زیاتر",
];

/// The Washington Group's four answers, as its questionnaires and KoBo's choice names write
/// them, in English, Arabic and French, and as the Group's codes 1–4.
#[rustfmt::skip]
pub const DIFFICULTY: &[(Difficulty, &[&str])] = &[
    (Difficulty::NoDifficulty, &[
        "1", "no difficulty", "no", "none", "no_difficulty", "لا توجد صعوبة", "لا صعوبة",
        "بدون صعوبة", "aucune difficulté", "pas de difficulté",
    ]),
    (Difficulty::Some, &[
        "2", "some difficulty", "some", "some_difficulty", "بعض الصعوبة", "صعوبة بسيطة",
        "quelques difficultés", "un peu de difficulté",
    ]),
    (Difficulty::ALot, &[
        "3", "a lot of difficulty", "a lot", "a_lot_of_difficulty", "lot of difficulty",
        "صعوبة كبيرة", "الكثير من الصعوبة", "beaucoup de difficultés", "beaucoup de difficulté",
    ]),
    (Difficulty::CannotDo, &[
        "4", "cannot do at all", "cannot do", "cannot", "cannot_do_at_all", "unable",
        "لا أستطيع على الإطلاق", "لا يستطيع على الإطلاق", "لا أستطيع", "لا يستطيع",
        "ne peut pas du tout", "impossible",
    ]),
];
