//! The participant fields a column can fill, by the names `--map` accepts.

/// A participant field a CSV column can fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Name,
    /// First and family name in separate columns, joined when there is no full-name column.
    GivenName,
    FamilyName,
    NameOtherScript,
    Organisation,
    Position,
    Stakeholder,
    Governorate,
    District,
    Gender,
    /// An age in years, or a band; both become the age band.
    Age,
    AgeBand,
    /// A date of birth: the age band on the workshop's first day.
    DateOfBirth,
    Disability,
    /// The Washington Group short set, one column per domain.
    WgSeeing,
    WgHearing,
    WgWalking,
    WgRemembering,
    WgSelfCare,
    WgCommunicating,
    Phone,
    Email,
    ConsentData,
    ConsentPhoto,
    ConsentQuote,
    ConsentContact,
    Notes,
}

impl Field {
    pub const ALL: [Field; 27] = [
        Field::Name,
        Field::GivenName,
        Field::FamilyName,
        Field::NameOtherScript,
        Field::Organisation,
        Field::Position,
        Field::Stakeholder,
        Field::Governorate,
        Field::District,
        Field::Gender,
        Field::Age,
        Field::AgeBand,
        Field::DateOfBirth,
        Field::Disability,
        Field::WgSeeing,
        Field::WgHearing,
        Field::WgWalking,
        Field::WgRemembering,
        Field::WgSelfCare,
        Field::WgCommunicating,
        Field::Phone,
        Field::Email,
        Field::ConsentData,
        Field::ConsentPhoto,
        Field::ConsentQuote,
        Field::ConsentContact,
        Field::Notes,
    ];

    /// The name `--map` uses, the same as the participant record's field where there is one.
    pub fn key(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::GivenName => "given_name",
            Field::FamilyName => "family_name",
            Field::NameOtherScript => "name_other_script",
            Field::Organisation => "organisation",
            Field::Position => "position",
            Field::Stakeholder => "stakeholder",
            Field::Governorate => "governorate",
            Field::District => "district",
            Field::Gender => "gender",
            Field::Age => "age",
            Field::AgeBand => "age_band",
            Field::DateOfBirth => "date_of_birth",
            Field::Disability => "disability",
            Field::WgSeeing => "wg_seeing",
            Field::WgHearing => "wg_hearing",
            Field::WgWalking => "wg_walking",
            Field::WgRemembering => "wg_remembering",
            Field::WgSelfCare => "wg_self_care",
            Field::WgCommunicating => "wg_communicating",
            Field::Phone => "phone",
            Field::Email => "email",
            Field::ConsentData => "consent_data",
            Field::ConsentPhoto => "consent_photo",
            Field::ConsentQuote => "consent_quote",
            Field::ConsentContact => "consent_contact",
            Field::Notes => "notes",
        }
    }

    /// Parse a `--map` field name; American spelling and dashes accepted.
    pub fn from_key(key: &str) -> Option<Field> {
        let key = key.trim().to_lowercase().replace('-', "_");
        let key = match key.as_str() {
            "organization" => "organisation",
            "sex" => "gender",
            "mobile" => "phone",
            "first_name" => "given_name",
            "last_name" | "surname" => "family_name",
            "dob" | "birth_date" | "birthdate" | "birthday" => "date_of_birth",
            other => other,
        };
        Field::ALL.into_iter().find(|f| f.key() == key)
    }

    /// A yes-or-no or coded field, which a column of only 0s and 1s may rightly fill (a
    /// Washington Group column where everyone answered 1, "no difficulty").
    pub fn is_yes_no(self) -> bool {
        self.is_washington_group()
            || matches!(
                self,
                Field::Disability
                    | Field::ConsentData
                    | Field::ConsentPhoto
                    | Field::ConsentQuote
                    | Field::ConsentContact
            )
    }

    pub fn is_washington_group(self) -> bool {
        matches!(
            self,
            Field::WgSeeing
                | Field::WgHearing
                | Field::WgWalking
                | Field::WgRemembering
                | Field::WgSelfCare
                | Field::WgCommunicating
        )
    }

    /// Every `--map` field name, for error messages.
    pub fn keys() -> String {
        Field::ALL.map(Field::key).join(", ")
    }
}
