//! What the demo's groups and plenary produced: lessons, challenges, plans,
//! recommendations, success stories, quotes, outcomes and notes, some in Arabic and some in
//! Kurdish (Sorani), as a note-taker would have typed them.

use chrono::NaiveDate;
use halaqa::model::{
    Addressee, Attribution, EntryKind, OutcomeFields, PlanFields, PlanStatus, Priority,
    RecommendationFields, Substantiation,
};

/// Where an entry was captured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// A working group: 'L', 'C' or 'F'.
    Group(char),
    Panel,
    Grantees,
    ProjectReview,
    Plenary,
}

/// One entry as written down, before it gets ids. People are named by their table key.
pub struct Spec {
    pub key: &'static str,
    pub kind: EntryKind,
    pub place: Place,
    /// Minutes after the start of the session part it was captured in.
    pub minute: u32,
    pub text: &'static str,
    pub by: Option<(&'static str, Attribution)>,
    pub tags: &'static [&'static str],
    pub votes: i32,
    pub plan: PlanFields,
    pub recommendation: RecommendationFields,
    pub outcome: OutcomeFields,
}

fn spec(key: &'static str, kind: EntryKind, place: Place, minute: u32, text: &'static str) -> Spec {
    Spec {
        key,
        kind,
        place,
        minute,
        text,
        by: None,
        tags: &[],
        votes: 0,
        plan: PlanFields::default(),
        recommendation: RecommendationFields::default(),
        outcome: OutcomeFields::default(),
    }
}

impl Spec {
    fn by(mut self, person: &'static str, attribution: Attribution) -> Spec {
        self.by = Some((person, attribution));
        self
    }

    fn tags(mut self, tags: &'static [&'static str]) -> Spec {
        self.tags = tags;
        self
    }

    fn votes(mut self, votes: i32) -> Spec {
        self.votes = votes;
        self
    }

    fn plan(mut self, owner: &str, lead: &str, due: (i32, u32, u32), status: PlanStatus) -> Spec {
        self.plan = PlanFields {
            owner: owner.to_string(),
            lead_organisation: lead.to_string(),
            due: NaiveDate::from_ymd_opt(due.0, due.1, due.2),
            status,
        };
        self
    }

    fn to(mut self, addressee: Addressee, priority: Priority) -> Spec {
        self.recommendation = RecommendationFields {
            addressee,
            priority,
        };
        self
    }

    #[allow(clippy::too_many_arguments)]
    fn outcome(
        mut self,
        social_actor: &str,
        when_where: &str,
        significance: &str,
        contribution: &str,
        evidence: &str,
        substantiation: Substantiation,
    ) -> Spec {
        self.outcome = OutcomeFields {
            social_actor: social_actor.to_string(),
            change: self.text.to_string(),
            when_where: when_where.to_string(),
            significance: significance.to_string(),
            contribution: contribution.to_string(),
            evidence: evidence.to_string(),
            substantiation,
        };
        self
    }
}

use Attribution::{Anonymous, Named, Organisation};
use EntryKind::*;
use Place::*;

const LL: Place = Group('L');
const CH: Place = Group('C');
const FP: Place = Group('F');

pub fn all() -> Vec<Spec> {
    let mut specs = Vec::new();
    specs.extend(quotes_and_stories());
    specs.extend(lessons());
    specs.extend(challenges());
    specs.extend(plans());
    specs.extend(recommendations());
    specs.extend(outcomes());
    specs.extend(notes());
    specs
}

fn quotes_and_stories() -> Vec<Spec> {
    vec![
        spec("q-television", Quote, Panel, 12,
            "We used to hear about the budget on television. This year we sat with the engineers and chose the projects ourselves.")
            .by("karrar", Named).tags(&["municipal-budgets", "youth-participation"]).votes(6),
        spec("q-enemy", Quote, Panel, 25,
            "The municipality is not the enemy of civil society. We need you to tell us what people actually want.")
            .by("karwan", Organisation).tags(&["cso-government"]).votes(4),
        spec("q-why", Quote, Panel, 38,
            "«عندما نطلب المعلومة يسألوننا: لماذا تريدها؟ ومن أرسلك؟»")
            .by("layla", Anonymous).tags(&["access-to-information"]).votes(7),
        spec("q-voice", Quote, Panel, 51,
            "ئێستا تەنها بۆ وێنەگرتن بانگ ناکرێین؛ دەنگمان هەیە و گوێمان لێ دەگیرێت.")
            .by("rozhan", Named).tags(&["youth-participation", "women-participation"]).votes(5),
        spec("q-three-years", Quote, Panel, 64,
            "Three years is the minimum to change how a municipality works. One year only changes the brochure.")
            .by("ingrid", Named).tags(&["funding"]).votes(8),
        spec("s-zubair-road", SuccessStory, Grantees, 6,
            "In Zubair, residents chose in the participatory budget pilot to repair the road to the girls' secondary school; the municipality finished it in August 2026 and attendance rose the next term.")
            .by("zainab", Named).tags(&["municipal-budgets", "women-participation"]).votes(9),
        spec("s-talafar-debate", SuccessStory, Grantees, 17,
            "A youth group in Tal Afar held the district's first public debate between parliamentary candidates before the November 2025 elections: about 300 people came and Nineveh Pulse Radio broadcast it live.")
            .by("omar", Named).tags(&["elections", "youth-participation", "media"]).votes(7),
        spec("s-shaqlawa-women", SuccessStory, Grantees, 28,
            "بۆ یەکەم جار ژنانی گوندەکانی دەوروبەری شەقڵاوە بەشدارییان لە دانیشتنی گشتیی شارەوانیدا کرد و دوو داواکارییان خرایە پلانی ساڵی داهاتوو.")
            .by("rozhan", Organisation).tags(&["women-participation"]).votes(6),
        spec("s-basra-spending", SuccessStory, Grantees, 39,
            "The Basra Planning Directorate now posts the monthly spending of the 2026 investment budget on its public page, after three hearings organised with the Shatt al-Arab network.")
            .by("ahmed", Organisation).tags(&["access-to-information", "municipal-budgets"]).votes(5),
    ]
}

fn lessons() -> Vec<Spec> {
    vec![
        spec("l-draft-early", Lesson, LL, 4,
            "Budget hearings worked when the municipality shared the draft two weeks ahead; when it arrived on the day, nobody could comment on it.")
            .by("huda", Organisation).tags(&["municipal-budgets", "access-to-information"]).votes(9),
        spec("l-governor-letter", Lesson, LL, 8,
            "Youth councils need a formal letter from the governor's office: without one, district directors would not receive them.")
            .by("omar", Named).tags(&["youth-participation", "cso-government"]).votes(7),
        spec("l-small-grants", Lesson, LL, 12,
            "Small grants under USD 10,000 let new CSOs in Nineveh try things out, but the reporting rules took as much time as the project itself.")
            .tags(&["funding", "cso-capacity"]).votes(5),
        spec("l-district-councils", Lesson, LL, 16,
            "التنسيق المبكر مع مجالس الأقضية جعل جلسات الاستماع العامة أكثر حضوراً وجدّية، لأن الأعضاء شعروا أنهم شركاء لا ضيوف.")
            .by("bashar", Named).tags(&["cso-government", "hearings"]).votes(6),
        spec("l-mentoring-pairs", Lesson, LL, 21,
            "Mentoring for women candidates worked best in pairs: one experienced councillor with one first-time candidate from the same district.")
            .by("noor", Named).tags(&["women-participation", "elections"]).votes(8),
        spec("l-journalists", Lesson, LL, 27,
            "کاتێک ڕۆژنامەنووسان لە سەرەتاوە بەشدار بوون، زانیارییەکانی بودجە زیاتر گەیشتنە خەڵک و پرسیاری باشتریان کرد.")
            .by("karwan", Organisation).tags(&["media", "access-to-information"]).votes(4),
        spec("l-phone-line", Lesson, LL, 33,
            "Online complaint forms alone reached few people outside the city centres; a phone line and a monthly open day at the municipality reached far more.")
            .by("wasan", Organisation).tags(&["service-delivery", "access-to-information"]).votes(5),
        spec("l-childcare", Lesson, LL, 40,
            "Meetings after 4 pm kept many women away; late-morning sessions with a children's corner doubled women's attendance in Zubair.")
            .by("zainab", Named).tags(&["women-participation"]).votes(7),
        spec("l-youth-see-results", Lesson, LL, 46,
            "يشارك الشباب أكثر عندما يرون أن مقترحاتهم انعكست فعلاً في خطة البلدية، حتى لو كان مشروعاً صغيراً.")
            .tags(&["youth-participation", "municipal-budgets"]).votes(6),
    ]
}

fn challenges() -> Vec<Spec> {
    vec![
        spec("c-late-budget", Challenge, CH, 5,
            "The federal budget tables reached the governorates late, so municipalities could not commit to the projects citizens had chosen in the hearings.")
            .by("dilshad", Organisation).tags(&["municipal-budgets"]).votes(10),
        spec("c-no-reply", Challenge, CH, 10,
            "Requests for information go unanswered: no rule obliges an office to reply, and officials fear being blamed for what they release.")
            .by("ahmed", Named).tags(&["access-to-information"]).votes(9),
        spec("c-staff-turnover", Challenge, CH, 15,
            "Trained municipal staff are transferred often, and the knowledge leaves with them.")
            .by("saad", Organisation).tags(&["cso-capacity", "service-delivery"]).votes(6),
        spec("c-trust-elections", Challenge, CH, 20,
            "ضعف ثقة المواطنين بالانتخابات المحلية بعد سنوات من غياب مجالس المحافظات، خاصة بين الشباب.")
            .by("maryam", Named).tags(&["elections", "youth-participation"]).votes(7),
        spec("c-women-committees", Challenge, CH, 26,
            "Women in local government are invited to workshops but rarely to budget committees, where the decisions are made.")
            .by("shilan", Named).tags(&["women-participation", "municipal-budgets"]).votes(8),
        spec("c-coordination", Challenge, CH, 31,
            "نەبوونی هەماهەنگی لە نێوان ئیدارەی خۆجێیی و ڕێکخراوەکانی کۆمەڵگەی مەدەنی لە هەندێک قەزادا؛ هەر لایەنە کۆبوونەوەی خۆی دەکات.")
            .by("sherzad", Named).tags(&["cso-government"]).votes(5),
        spec("c-permits", Challenge, CH, 37,
            "Permission for public events in some districts of Nineveh takes weeks, so hearings are announced too late for people to plan.")
            .by("layla", Anonymous).tags(&["civic-space"]).votes(4),
        spec("c-one-year", Challenge, CH, 43,
            "CSOs live on one-year project funding; youth groups fold when the grant ends and the volunteers move on.")
            .by("ammar", Named).tags(&["funding", "youth-participation"]).votes(6),
        spec("c-pressure-media", Challenge, CH, 49,
            "Journalists who report on council spending face pressure and complaints against them; several now avoid the subject.")
            .by("mais", Organisation).tags(&["media", "civic-space"]).votes(5),
    ]
}

fn plans() -> Vec<Spec> {
    vec![
        spec("p-citizens-budget", Plan, FP, 6,
            "Publish a one-page citizens' budget for each participating municipality within a month of the budget's approval.")
            .by("huda", Organisation).tags(&["municipal-budgets", "access-to-information"]).votes(8)
            .plan("Head of the budget unit", "Basra Governorate, Planning Directorate", (2027, 3, 31), PlanStatus::Agreed),
        spec("p-ati-procedure", Plan, FP, 12,
            "Draft a model procedure for answering information requests within 30 days and pilot it in the Basra and Erbil governorate offices.")
            .tags(&["access-to-information"]).votes(7)
            .plan("Ahmed Jassim", "Shatt al-Arab Transparency Network", (2027, 6, 30), PlanStatus::Proposed),
        spec("p-women-committees", Plan, FP, 18,
            "Nominate at least one woman from each participating municipality to its budget committee, and report progress every quarter.")
            .by("fatima", Named).tags(&["women-participation", "municipal-budgets"]).votes(9)
            .plan("Fatima al-Saadi", "Women for Basra Association", (2027, 2, 28), PlanStatus::Agreed),
        spec("p-shaqlawa-youth", Plan, FP, 24,
            "دامەزراندنی ئەنجومەنی گەنجان لە شەقڵاوە بە پشتیوانی شارەوانی و کۆبوونەوەی مانگانە لەگەڵ جێگری قایمقام.")
            .by("rozhan", Named).tags(&["youth-participation"]).votes(6)
            .plan("Rozhan Karim", "Zagros Youth Initiative", (2027, 4, 30), PlanStatus::InProgress),
        spec("p-mosul-hearings", Plan, FP, 30,
            "تنظيم جلسات استماع فصلية مشتركة بين إدارة القضاء ومنظمات المجتمع المدني في الموصل، تُنشر محاضرها خلال أسبوع.")
            .by("rana", Organisation).tags(&["hearings", "cso-government"]).votes(5)
            .plan("Rana Nabeel", "Mosul Civic Reconstruction Network", (2027, 1, 31), PlanStatus::Agreed),
        spec("p-peer-network", Plan, FP, 36,
            "Keep the network of the twelve grantees alive: a monthly call and a shared folder of tools and templates.")
            .tags(&["cso-capacity"]).votes(4)
            .plan("Programme manager", "Al-Jisr Centre for Civic Dialogue", (2026, 12, 31), PlanStatus::Agreed),
        spec("p-journalists-training", Plan, FP, 42,
            "Train 40 local journalists to read and report on municipal budgets before the 2027 budget cycle.")
            .by("rebwar", Named).tags(&["media", "municipal-budgets"]).votes(6)
            .plan("Station manager", "Nineveh Pulse Radio", (2027, 5, 31), PlanStatus::Proposed),
    ]
}

fn recommendations() -> Vec<Spec> {
    vec![
        spec("r-ati-law", Recommendation, CH, 52,
            "Adopt an access-to-information law with deadlines for replies and an independent body to hear appeals.")
            .tags(&["access-to-information"]).votes(11).to(Addressee::Parliament, Priority::High),
        spec("r-three-years", Recommendation, LL, 50,
            "Fund CSOs for three years, not one, and accept simple narrative reports for grants under USD 10,000.")
            .tags(&["funding"]).votes(10).to(Addressee::Donors, Priority::High),
        spec("r-hearing-step", Recommendation, FP, 48,
            "Make a public budget hearing a required step before a municipal budget goes to the provincial council for approval.")
            .tags(&["municipal-budgets", "hearings"]).votes(9).to(Addressee::Government, Priority::High),
        spec("r-one-platform", Recommendation, CH, 55,
            "Coordinate through one governorate-level CSO platform instead of many separate meetings with the same officials.")
            .tags(&["cso-government"]).votes(5).to(Addressee::Csos, Priority::Medium),
        spec("r-youth-women-law", Recommendation, FP, 51,
            "تعديل قانون المحافظات غير المنتظمة في إقليم لضمان تمثيل الشباب والنساء في لجان الموازنة المحلية.")
            .tags(&["youth-participation", "women-participation"]).votes(7).to(Addressee::Parliament, Priority::Medium),
        spec("r-childcare", Recommendation, LL, 53,
            "Budget for childcare, transport and accessible venues so that women and persons with disabilities can take part.")
            .tags(&["women-participation", "inclusion"]).votes(6).to(Addressee::Donors, Priority::Medium),
        spec("r-bilingual", Recommendation, FP, 54,
            "پێویستە شارەوانییەکان ڕاپۆرتی خەرجییەکانیان بە هەردوو زمانی کوردی و عەرەبی بڵاو بکەنەوە.")
            .tags(&["access-to-information"]).votes(5).to(Addressee::Government, Priority::Low),
    ]
}

fn outcomes() -> Vec<Spec> {
    vec![
        spec("o-zubair-hearing", Outcome, ProjectReview, 8,
            "Held its first public hearing on the investment budget and funded two of the three projects residents ranked highest.")
            .tags(&["municipal-budgets"]).votes(3)
            .outcome(
                "Zubair Municipality",
                "Zubair district, Basra; March to August 2026",
                "The first time residents' priorities entered the municipality's budget rather than a wish list.",
                "Women for Basra Association organised the hearings with a project grant; the project trained four municipal engineers in participatory budgeting.",
                "Hearing minutes; the municipality's 2026 investment plan; photos of the finished road.",
                Substantiation::Substantiated,
            ),
        spec("o-erbil-observers", Outcome, ProjectReview, 14,
            "Invited two members of the Shaqlawa youth council to sit as observers in its monthly planning meeting.")
            .tags(&["youth-participation", "cso-government"]).votes(2)
            .outcome(
                "Erbil Governorate, Office of Local Development",
                "Erbil; since May 2026",
                "Young people now hear planning decisions before they are final and can object in time.",
                "Zagros Youth Initiative asked for the seats after a project-funded dialogue session; the project's peer visit to Basra showed how it worked there.",
                "Invitation letters; attendance lists of four meetings.",
                Substantiation::PartlySubstantiated,
            ),
        spec("o-nineveh-register", Outcome, LL, 44,
            "Began answering written information requests within 30 days and keeps a public register of them.")
            .tags(&["access-to-information"]).votes(4)
            .outcome(
                "Nineveh Governorate, Citizen Services Office",
                "Mosul; since January 2026",
                "The first office in the governorate with a written deadline for replies.",
                "Mosul Civic Reconstruction Network filed 60 test requests and shared the results with the office; the project paid for the register's design.",
                "The register (31 requests, 24 answered in time); the office's circular of 12 January 2026.",
                Substantiation::NotYet,
            ),
        spec("o-karrada-committee", Outcome, LL, 48,
            "Appointed two women engineers to its budget committee for the first time.")
            .tags(&["women-participation", "municipal-budgets"]).votes(5)
            .outcome(
                "Karrada Municipality",
                "Karrada, Baghdad; September 2026",
                "Women now take part where the municipality's spending is decided, not only in consultations.",
                "Nisaa al-Rafidain raised it at every hearing in 2025; the mentoring pairs prepared the two candidates.",
                "Municipal order of September 2026 (seen by the project's M&E officer).",
                Substantiation::Substantiated,
            ),
    ]
}

fn notes() -> Vec<Spec> {
    vec![
        spec("n-projector", Note, FP, 2,
            "Room B projector is not working; the group uses the flipchart and a phone photo of each sheet.")
            .by("rebwar", Anonymous),
        spec("n-legal-committee", Note, Plenary, 40,
            "The plenary asked that the access-to-information recommendation also go to the parliament's legal committee, not only to the governorates."),
        spec("n-report-languages", Note, Plenary, 55,
            "طلب المشاركون نسخة من التقرير النهائي باللغتين العربية والكردية، ترسل خلال أسبوعين.")
            .tags(&["follow-up"]),
    ]
}

/// What the plenary did after the groups reported: which challenge each plan answers, and
/// what the room endorsed (with the comment it added, if any).
pub const LINKS: [(&str, &str); 4] = [
    ("c-late-budget", "p-citizens-budget"),
    ("c-no-reply", "p-ati-procedure"),
    ("c-women-committees", "p-women-committees"),
    ("c-coordination", "p-mosul-hearings"),
];

pub const ENDORSED: [(&str, &str); 6] = [
    (
        "r-ati-law",
        "Send it to the parliament's legal committee as well.",
    ),
    ("r-three-years", ""),
    (
        "r-hearing-step",
        "Start with the four governorates of this project.",
    ),
    ("p-citizens-budget", ""),
    (
        "p-women-committees",
        "Quarterly reports go to the Northbridge programme officer too.",
    ),
    ("l-draft-early", ""),
];
