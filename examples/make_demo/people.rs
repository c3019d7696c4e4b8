//! The demo's people and organisations, as two small tables. Everyone here is invented: the
//! names are common Arabic, Kurdish, Syriac-Christian and European names put together at
//! random, and every organisation and web domain is made up (`.example` is reserved for
//! exactly this).

use anyhow::{Context, Result, bail};
use chrono::NaiveTime;
use halaqa::model::{AgeBand, Consent, Consents, Disability, Gender, Stakeholder};

/// key | name | stakeholder | e-mail domain
const ORGANISATIONS: &str = "
aljisr      | Al-Jisr Centre for Civic Dialogue                    | Cso                  | aljisr-centre.example
northbridge | Northbridge Democracy Fund                           | UnDonor              | northbridge-fund.example
danube      | Danube Civic Foundation                              | InternationalPartner | danube-civic.example
moplan      | Ministry of Planning, Local Development Department   | NationalGovernment   | planning-ld.example
byp         | Baghdad Youth Parliament Initiative                  | Cso                  | byp-iraq.example
nisaa       | Nisaa al-Rafidain Women's Association                | Cso                  | nisaa-rafidain.example
tamkeen     | Tamkeen Association for Persons with Disabilities    | Cso                  | tamkeen-assoc.example
bgdplan     | Baghdad Governorate, Planning Directorate            | LocalGovernment      | bgd-planning.example
karrada     | Karrada Municipality                                 | LocalGovernment      | karrada-mun.example
adhamiya    | Adhamiya District Council                            | LocalGovernment      | adhamiya-council.example
sawt        | Sawt al-Karkh Community Radio                        | Media                | sawtalkarkh.example
independent | Freelance                                            | Media                | inbox.example
tigris      | Tigris Institute for Public Policy                   | Academia             | tigris-policy.example
shatt       | Shatt al-Arab Transparency Network                   | Cso                  | shatt-transparency.example
wfb         | Women for Basra Association                          | Cso                  | women4basra.example
byv         | Basra Young Voices                                   | Cso                  | basrayoungvoices.example
bsrplan     | Basra Governorate, Planning Directorate              | LocalGovernment      | basra-planning.example
zubair      | Zubair Municipality                                  | LocalGovernment      | zubair-mun.example
abukhasib   | Abu al-Khasib District Administration                | LocalGovernment      | abukhasib-admin.example
bsrtoday    | Basra Today Online                                   | Media                | basratoday.example
bces        | Basra Centre for Economic Studies                    | Academia             | bces.example
mosulnet    | Mosul Civic Reconstruction Network                   | Cso                  | mosul-civic.example
sinjarw     | Sinjar Women's Solidarity Group                      | Cso                  | sinjar-women.example
tafy        | Tal Afar Youth Dialogue Group                        | Cso                  | talafar-youth.example
bakhdida    | Bakhdida Community Foundation                        | Cso                  | bakhdida-cf.example
nincs       | Nineveh Governorate, Citizen Services Office         | LocalGovernment      | nineveh-services.example
mosulmun    | Mosul Municipality, Planning Department              | LocalGovernment      | mosul-mun.example
hamdaniya   | Hamdaniya District Administration                    | LocalGovernment      | hamdaniya-admin.example
pulse       | Nineveh Pulse Radio                                  | Media                | ninevehpulse.example
zuhour      | Al-Zuhour Neighbourhood Committee                    | Other                | zuhour-committee.example
zagros      | Zagros Youth Initiative                              | Cso                  | zagros-youth.example
hawler      | Hawler Women's Rights Centre                         | Cso                  | hawler-wrc.example
kace        | Kurdistan Association for Civic Education            | Cso                  | kace.example
erbdev      | Erbil Governorate, Office of Local Development       | LocalGovernment      | erbil-localdev.example
shaqlawa    | Shaqlawa Municipality                                | LocalGovernment      | shaqlawa-mun.example
soran       | Soran District Administration                        | LocalGovernment      | soran-admin.example
ashti       | Ashti Media Collective                               | Media                | ashti-media.example
eigs        | Erbil Institute for Governance Studies               | Academia             | eigs.example
";

/// key | name | name in the other script | sex | age | governorate | district | organisation |
/// position | consents (data processing, photo, named quote, sharing contact: Y/N/?) |
/// disability (Y/N/?) | group (L/C/F, or - for the organisers) | check-in time on day 1
const PEOPLE: &str = "
hiba      | Hiba Salman       | هبة سلمان       | F | 40-49 | Baghdad | Karrada       | aljisr      | Programme manager                   | YYYY | N | - | 08:30
mustafa   | Mustafa Hadi      | مصطفى هادي      | M | 30-39 | Baghdad | Mansour       | aljisr      | Monitoring and evaluation officer   | YYYY | N | - | 08:31
sura      | Sura Talib        | سرى طالب        | F | 25-29 | Baghdad | Adhamiya      | aljisr      | Logistics officer                   | YYNY | N | - | 08:33
thomas    | Thomas Reeve      |                 | M | 50-59 | Baghdad | Karrada       | northbridge | Iraq programme officer              | YNYN | N | L | 09:05
ingrid    | Ingrid Halvorsen  |                 | F | 40-49 | Baghdad | Karrada       | danube      | Partnerships adviser                | YYYY | N | F | 09:12
raad      | Raad Mahmoud      | رعد محمود       | M | 50-59 | Baghdad | Rusafa        | moplan      | Head of section                     | YNNN | N | C |
rusul     | Rusul Adnan       | رسل عدنان       | F | 18-24 | Baghdad | Sadr City     | byp         | Youth council member                | YYYY | N | F | 08:47
noor      | Noor al-Hashimi   | نور الهاشمي     | F | 30-39 | Baghdad | Karkh         | nisaa       | Director                            | YYYY | N | L | 08:44
ammar     | Ammar Qasim       | عمار قاسم       | M | 30-39 | Baghdad | Karkh         | tamkeen     | Advocacy officer                    | YYYN | Y | C | 08:58
haider    | Haider Naji       | حيدر ناجي       | M | 40-49 | Baghdad | Rusafa        | bgdplan     | Deputy director                     | YNNY | N | F | 09:31
wasan     | Wasan Kadhim      | وسن كاظم        | F | 30-39 | Baghdad | Karrada       | karrada     | Engineer, projects section          | YYNN | N | L | 09:02
ali       | Ali Sabah         | علي صباح        | M | 40-49 | Baghdad | Adhamiya      | adhamiya    | Council member                      | YYYY | ? | C |
shahad    | Shahad Raad       | شهد رعد         | F | 25-29 | Baghdad | Karkh         | sawt        | Presenter and reporter              | YYYY | N | F | 08:55
zaid      | Zaid Tariq        |                 | M | 25-29 | Baghdad | Mansour       | independent | Freelance journalist                | YNYN | N | L |
dalia     | Dr. Dalia Yousif  | د. داليا يوسف   | F | 50-59 | Baghdad | Karkh         | tigris      | Senior researcher                   | YYYY | N | C | 09:08
ahmed     | Ahmed Jassim      | أحمد جاسم       | M | 40-49 | Basra   | Basra         | shatt       | Network coordinator                 | YYYY | N | C | 08:49
zainab    | Zainab Kareem     | زينب كريم       | F | 25-29 | Basra   | Zubair        | wfb         | Project coordinator                 | YYYY | N | L | 08:52
karrar    | Karrar Abdulzahra | كرار عبد الزهرة | M | 18-24 | Basra   | Basra         | byv         | Volunteer lead                      | YYYY | N | F | 09:14
huda      | Huda Abbas        | هدى عباس        | F | 40-49 | Basra   | Basra         | bsrplan     | Head of the budget unit             | YYNY | N | L | 09:01
hussein   | Hussein Fadhil    | حسين فاضل       | M | 50-59 | Basra   | Zubair        | zubair      | Director of the municipality        | YNNY | N | F | 09:26
israa     | Israa Mahdi       | إسراء مهدي      | F | 30-39 | Basra   | Abu al-Khasib | abukhasib   | Social affairs officer              | YYYN | N | C |
sajjad    | Sajjad Muhsin     | سجاد محسن       | M | 25-29 | Basra   | Basra         | bsrtoday    | Editor                              | YYYY | N | C | 09:37
maryam    | Maryam Jabbar     | مريم جبار       | F | 18-24 | Basra   | Qurna         | byv         | Member                              | YYYY | N | C | 08:59
yasser    | Yasser Hamid      |                 | M | 30-39 | Basra   | Basra         | bces        | Economist                           | YYYY | N | L |
fatima    | Fatima al-Saadi   | فاطمة الساعدي   | F | 50-59 | Basra   | Basra         | wfb         | Chairperson                         | YYYY | N | F | 08:50
muntadhar | Muntadhar Salih   | منتظر صالح      | M | 30-39 | Basra   | Abu al-Khasib | shatt       | Field officer                       | YY?Y | ? | L |
sahar     | Sahar Jasim       |                 | F | 30-39 | Basra   | Zubair        | zubair      | Civil engineer                      | ???? | ? | F |
bashar    | Bashar Ghazi      | بشار غازي       | M | 30-39 | Nineveh | Mosul         | mosulnet    | Executive director                  | YYYY | N | L | 08:40
layla     | Layla Khudeida    | ليلى خديدا      | F | 25-29 | Nineveh | Sinjar        | sinjarw     | Case worker                         | YNNN | N | C | 09:18
nadia     | Nadia Boutros     | نادية بطرس      | F | 40-49 | Nineveh | Hamdaniya     | bakhdida    | Programme officer                   | YYYY | N | F | 09:22
omar      | Omar Farouq       | عمر فاروق       | M | 18-24 | Nineveh | Tal Afar      | tafy        | Founder                             | YYYY | N | L | 09:10
saad      | Saad Khudhur      | سعد خضر         | M | 50-59 | Nineveh | Mosul         | nincs       | Director                            | YNNY | N | C | 09:28
rana      | Rana Nabeel       | رنا نبيل        | F | 30-39 | Nineveh | Mosul         | mosulmun    | Urban planner                       | YYYY | N | F | 09:35
yousif    | Yousif Matti      | يوسف متي        | M | 40-49 | Nineveh | Hamdaniya     | hamdaniya   | Assistant administrator             | YYNN | N | L |
mais      | Mais Ghanim       | ميس غانم        | F | 25-29 | Nineveh | Mosul         | pulse       | Reporter                            | YYYY | N | C | 09:03
firas     | Firas Younis      |                 | M | 30-39 | Nineveh | Mosul         | pulse       | Station manager                     | YYYY | N | F |
ban       | Ban Khalil        | بان خليل        | F | 18-24 | Nineveh | Mosul         | mosulnet    | Volunteer                           | YYYY | Y | L | 08:57
rita      | Rita Hanna        | ريتا حنا        | F | 25-29 | Nineveh | Hamdaniya     | bakhdida    | Youth officer                       | YY?Y | N | C |
salem     | Salem Hameed      | سالم حميد       | M | 60+   | Nineveh | Mosul         | zuhour      | Mukhtar (neighbourhood head)        | Y?NN | N | F | 09:40
shilan    | Shilan Aziz       | شیلان عەزیز     | F | 30-39 | Erbil   | Erbil         | hawler      | Director                            | YYYY | N | C | 08:46
karwan    | Karwan Mahmood    | کاروان مەحموود  | M | 40-49 | Erbil   | Erbil         | erbdev      | Head of planning                    | YNNY | N | L | 09:16
rozhan    | Rozhan Karim      | ڕۆژان کەریم     | F | 18-24 | Erbil   | Shaqlawa      | zagros      | Youth council coordinator           | YYYY | N | F | 09:06
dilshad   | Dilshad Hassan    | دڵشاد حەسەن     | M | 30-39 | Erbil   | Shaqlawa      | shaqlawa    | Deputy mayor                        | YYNY | N | C | 09:24
nazdar    | Nazdar Omar       | نازدار عومەر    | F | 40-49 | Erbil   | Soran         | soran       | Women's affairs officer             | YYYY | N | L |
rebwar    | Rebwar Ali        | ڕێبوار عەلی     | M | 25-29 | Erbil   | Erbil         | ashti       | Video journalist                    | YYYY | N | F | 08:53
chnar     | Chnar Salih       | چنار ساڵح       | F | 25-29 | Erbil   | Erbil         | ashti       | Editor                              | YY?Y | N | C |
hawkar    | Hawkar Jalal      | هاوکار جەلال    | M | 18-24 | Erbil   | Erbil         | zagros      | Volunteer                           | YYYY | N | F | 09:33
kazhal    | Dr. Kazhal Ahmed  | د. کەژاڵ ئەحمەد | F | 50-59 | Erbil   | Erbil         | eigs        | Lecturer in public administration   | YYYY | N | L |
sherzad   | Sherzad Othman    | شێرزاد عوسمان   | M | 40-49 | Erbil   | Koya          | kace        | Trainer                             | YYYY | Y | C | 09:19
azad      | Azad Bakir        | ئازاد باکر      | M | 30-39 | Erbil   | Soran         | soran       | Municipal services officer          | YYYY | N | F |
";

/// Why a few people's records carry a note: what the organisers must know to include them.
pub const NOTES: [(&str, &str); 4] = [
    (
        "ammar",
        "Uses a wheelchair: ground-floor room and an accessible toilet.",
    ),
    (
        "ban",
        "Hard of hearing: seat near the front, slides shared in advance.",
    ),
    ("sherzad", "Travels with an assistant (not registered)."),
    ("layla", "No photos and no name in any published material."),
];

pub struct Organisation {
    pub key: String,
    pub name: String,
    pub stakeholder: Stakeholder,
    pub domain: String,
}

pub struct Person {
    pub key: String,
    pub name: String,
    pub name_other_script: String,
    pub gender: Gender,
    pub age_band: AgeBand,
    pub governorate: String,
    pub district: String,
    pub organisation: String,
    pub position: String,
    pub consent: Consents,
    pub disability: Disability,
    /// 'L', 'C', 'F' for the three groups; '-' for the organisers.
    pub group: char,
    pub check_in: Option<NaiveTime>,
}

fn cells(line: &str, want: usize) -> Result<Vec<&str>> {
    let cells: Vec<&str> = line.split('|').map(str::trim).collect();
    if cells.len() != want {
        bail!("{} cells instead of {want} in: {line}", cells.len());
    }
    Ok(cells)
}

fn rows(table: &str) -> impl Iterator<Item = &str> {
    table.lines().filter(|l| !l.trim().is_empty())
}

pub fn organisations() -> Result<Vec<Organisation>> {
    rows(ORGANISATIONS)
        .map(|line| {
            let c = cells(line, 4)?;
            Ok(Organisation {
                key: c[0].to_string(),
                name: c[1].to_string(),
                stakeholder: stakeholder(c[2])?,
                domain: c[3].to_string(),
            })
        })
        .collect()
}

pub fn people() -> Result<Vec<Person>> {
    rows(PEOPLE)
        .map(|line| {
            let c = cells(line, 13)?;
            let consent: Vec<Consent> = c[9].chars().map(consent).collect::<Result<_>>()?;
            let [data_processing, photo, named_quote, sharing_contact] = consent[..] else {
                bail!("four consents expected in: {line}");
            };
            Ok(Person {
                key: c[0].to_string(),
                name: c[1].to_string(),
                name_other_script: c[2].to_string(),
                gender: match c[3] {
                    "F" => Gender::Female,
                    "M" => Gender::Male,
                    other => bail!("sex {other:?} in: {line}"),
                },
                age_band: age_band(c[4])?,
                governorate: c[5].to_string(),
                district: c[6].to_string(),
                organisation: c[7].to_string(),
                position: c[8].to_string(),
                consent: Consents {
                    data_processing,
                    photo,
                    named_quote,
                    sharing_contact,
                },
                disability: match c[10] {
                    "Y" => Disability::Yes,
                    "N" => Disability::No,
                    _ => Disability::Unknown,
                },
                group: c[11].chars().next().unwrap_or('-'),
                check_in: if c[12].is_empty() {
                    None
                } else {
                    Some(
                        NaiveTime::parse_from_str(c[12], "%H:%M")
                            .with_context(|| format!("check-in time in: {line}"))?,
                    )
                },
            })
        })
        .collect()
}

fn consent(c: char) -> Result<Consent> {
    Ok(match c {
        'Y' => Consent::Yes,
        'N' => Consent::No,
        '?' => Consent::Unknown,
        other => bail!("consent {other:?}"),
    })
}

fn age_band(text: &str) -> Result<AgeBand> {
    Ok(match text {
        "18-24" => AgeBand::From18To24,
        "25-29" => AgeBand::From25To29,
        "30-39" => AgeBand::From30To39,
        "40-49" => AgeBand::From40To49,
        "50-59" => AgeBand::From50To59,
        "60+" => AgeBand::From60,
        other => bail!("age band {other:?}"),
    })
}

fn stakeholder(text: &str) -> Result<Stakeholder> {
    Stakeholder::ALL
        .into_iter()
        .find(|s| format!("{s:?}") == text)
        .with_context(|| format!("stakeholder {text:?}"))
}

/// A made-up Iraqi mobile number: +964 7xx then seven digits spread by the person's place in
/// the list, so no two people share one.
pub fn phone(index: usize, governorate: &str) -> String {
    let prefix = match governorate {
        "Baghdad" => ["770", "780"],
        "Basra" => ["780", "771"],
        "Nineveh" => ["750", "770"],
        _ => ["750", "751"],
    }[index % 2];
    let digits = (index as u64 * 7_919_771 + 2_413_509) % 10_000_000;
    format!("+964{prefix}{digits:07}")
}

/// first.last@domain, from the Latin name without titles or punctuation.
pub fn email(name: &str, domain: &str) -> String {
    let local: Vec<String> = name
        .split_whitespace()
        .filter(|w| *w != "Dr.")
        .map(|w| {
            w.chars()
                .filter(char::is_ascii_alphabetic)
                .collect::<String>()
                .to_lowercase()
        })
        .collect();
    format!("{}@{domain}", local.join("."))
}
