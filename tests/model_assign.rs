//! Dealing people into working groups, as properties a facilitator would check by eye.

use halaqa::model::assign::assign;
use halaqa::model::{Gender, Group, GroupPurpose, Id, Participant};
use proptest::prelude::*;
use std::collections::{BTreeMap, HashSet};

fn person(n: usize, org: usize, gov: usize, female: bool) -> Participant {
    let mut p = Participant::new(format!("Person {n}"));
    p.id = Id::from_u128(1000 + n as u128);
    p.organisation = format!("Org {org}");
    p.governorate = ["Baghdad", "Basra", "Nineveh", "Erbil"][gov % 4].to_string();
    p.gender = if female { Gender::Female } else { Gender::Male };
    p
}

fn groups(count: usize) -> Vec<Group> {
    (0..count)
        .map(|n| {
            let mut g = Group::new(n as u32, format!("Group {n}"), GroupPurpose::Free);
            g.id = Id::from_u128(n as u128 + 1);
            g
        })
        .collect()
}

fn room() -> impl Strategy<Value = (Vec<Participant>, usize, u64)> {
    (
        proptest::collection::vec((0usize..12, 0usize..4, any::<bool>()), 0..80),
        1usize..7,
        any::<u64>(),
    )
        .prop_map(|(spec, groups, seed)| {
            let people = spec
                .iter()
                .enumerate()
                .map(|(n, (org, gov, female))| person(n, *org, *gov, *female))
                .collect();
            (people, groups, seed)
        })
}

#[test]
fn fifty_people_into_three_groups_of_sixteen_or_seventeen() {
    let people: Vec<Participant> = (0..50)
        .map(|n| person(n, n % 20, n % 4, n % 2 == 0))
        .collect();
    let mut groups = groups(3);
    // A facilitator and a note-taker are placed by hand in the first group.
    groups[0].facilitator = Some(people[0].id);
    groups[0].members = vec![people[0].id, people[1].id];
    let g: Vec<&Group> = groups.iter().collect();
    let p: Vec<&Participant> = people.iter().collect();
    let result = assign(&g, &p, 7);
    let sizes: Vec<usize> = result.groups.iter().map(|(_, m)| m.len()).collect();
    assert_eq!(sizes.iter().sum::<usize>(), 50);
    assert!(sizes.iter().all(|s| *s == 16 || *s == 17), "{sizes:?}");
    assert_eq!(&result.groups[0].1[..2], &[people[0].id, people[1].id]);
    // Women are spread: every group has between 7 and 10 of the 25.
    for (_, members) in &result.groups {
        let women = members
            .iter()
            .filter(|id| {
                people
                    .iter()
                    .any(|p| p.id == **id && p.gender == Gender::Female)
            })
            .count();
        assert!((7..=10).contains(&women), "{women} women in a group");
    }
}

proptest! {
    #[test]
    fn dealing_laws((people, count, seed) in room()) {
        let mut groups = groups(count);
        // Hand placements: the first person of the room in the last group, if any.
        let hand = people.first().map(|p| p.id);
        if let Some(id) = hand {
            groups[count - 1].members.push(id);
            groups[count - 1].note_taker = Some(id);
        }
        let g: Vec<&Group> = groups.iter().collect();
        let p: Vec<&Participant> = people.iter().collect();
        let result = assign(&g, &p, seed);

        // Everyone is in exactly one group.
        let all: Vec<Id> = result.groups.iter().flat_map(|(_, m)| m.iter().copied()).collect();
        let unique: HashSet<Id> = all.iter().copied().collect();
        prop_assert_eq!(all.len(), people.len());
        prop_assert_eq!(unique.len(), people.len());
        // Hand placements are kept.
        if let Some(id) = hand {
            prop_assert!(result.groups[count - 1].1.contains(&id));
        }
        // Sizes differ by at most one (one hand-placed person never forces more).
        let sizes: Vec<usize> = result.groups.iter().map(|(_, m)| m.len()).collect();
        let (min, max) = (sizes.iter().min().copied().unwrap_or(0), sizes.iter().max().copied().unwrap_or(0));
        prop_assert!(max - min <= 1, "sizes {:?}", sizes);
        // No organisation twice in a group when it is avoidable: when no organisation has
        // more people than there are groups.
        let mut per_org: BTreeMap<&str, usize> = BTreeMap::new();
        for q in &people {
            *per_org.entry(q.organisation.as_str()).or_default() += 1;
        }
        if per_org.values().all(|n| *n <= count) {
            for (_, members) in &result.groups {
                let orgs: Vec<&str> = members
                    .iter()
                    .filter_map(|id| people.iter().find(|q| q.id == *id))
                    .map(|q| q.organisation.as_str())
                    .collect();
                let distinct: HashSet<&&str> = orgs.iter().collect();
                prop_assert_eq!(distinct.len(), orgs.len(), "organisations {:?}", orgs);
            }
        }
        // Deterministic for a given seed.
        prop_assert_eq!(assign(&g, &p, seed), result);
    }
}
