//! The Washington Group Short Set on Functioning: six questions (seeing, hearing, walking,
//! remembering, self-care, communicating), each answered on four levels. Stored as answered;
//! the disability it implies is the Group's cut-off: at least one domain with "a lot of
//! difficulty" or "cannot do at all".

use serde::{Deserialize, Serialize};

/// One answer, on the Group's four levels (coded 1–4 in their tables).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Difficulty {
    #[default]
    NotAsked,
    NoDifficulty,
    Some,
    ALot,
    CannotDo,
}

/// The six answers of one person.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct WashingtonGroup {
    #[serde(default)]
    pub seeing: Difficulty,
    #[serde(default)]
    pub hearing: Difficulty,
    #[serde(default)]
    pub walking: Difficulty,
    #[serde(default)]
    pub remembering: Difficulty,
    #[serde(default)]
    pub self_care: Difficulty,
    #[serde(default)]
    pub communicating: Difficulty,
}

impl WashingtonGroup {
    pub fn answers(&self) -> [Difficulty; 6] {
        [
            self.seeing,
            self.hearing,
            self.walking,
            self.remembering,
            self.self_care,
            self.communicating,
        ]
    }

    /// Nothing was asked (the record leaves the set out of the file).
    pub fn is_empty(&self) -> bool {
        self.answers().iter().all(|a| *a == Difficulty::NotAsked)
    }

    /// The Group's cut-off: `Some(true)` when any domain is "a lot of difficulty" or worse,
    /// `Some(false)` when all six are answered below that, `None` when it cannot be said.
    pub fn disability(&self) -> Option<bool> {
        let answers = self.answers();
        if answers.iter().any(|a| *a >= Difficulty::ALot) {
            Some(true)
        } else if answers.iter().all(|a| *a != Difficulty::NotAsked) {
            Some(false)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cut_off() {
        let mut set = WashingtonGroup {
            seeing: Difficulty::Some,
            ..WashingtonGroup::default()
        };
        assert_eq!(set.disability(), None, "five not asked");
        set.walking = Difficulty::ALot;
        assert_eq!(set.disability(), Some(true));
        let all_some = WashingtonGroup {
            seeing: Difficulty::Some,
            hearing: Difficulty::Some,
            walking: Difficulty::Some,
            remembering: Difficulty::NoDifficulty,
            self_care: Difficulty::NoDifficulty,
            communicating: Difficulty::Some,
        };
        assert_eq!(
            all_some.disability(),
            Some(false),
            "some difficulty is under the cut-off"
        );
    }
}
