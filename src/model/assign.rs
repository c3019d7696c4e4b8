//! Dealing people into working groups: sizes balanced; organisations, governorates, genders
//! and stakeholder types spread; people already in a group (facilitators, note-takers,
//! anyone placed by hand) stay where they are. Deterministic for a given seed.
//!
//! How: work out the final size of every group first (fill the smallest groups up to a common
//! level; groups already above it by hand keep their people), then deal the people still to
//! place one by one — largest organisations first, so their members can still go to separate
//! groups — each into the group where they add the least repetition, then improve by swapping
//! pairs of dealt people while that lowers the repetition.

use super::{Change, Group, Id, Participant};
use crate::model::search::fold;
use std::collections::{BTreeMap, HashSet};

const SAME_ORGANISATION: u64 = 1_000;
const SAME_GOVERNORATE: u64 = 10;
const SAME_GENDER: u64 = 6;
const SAME_STAKEHOLDER: u64 = 6;

/// The groups' members after dealing, in the groups' order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assignment {
    pub groups: Vec<(Id, Vec<Id>)>,
    /// Who was dealt (not already placed), for the preview.
    pub dealt: Vec<Id>,
}

impl Assignment {
    /// The change that puts this assignment into the workshop (one undoable step).
    pub fn change(&self, groups: &[&Group]) -> Change {
        let changes = self
            .groups
            .iter()
            .filter_map(|(id, members)| {
                let group = groups.iter().find(|g| g.id == *id)?;
                (group.members != *members).then(|| {
                    let mut edited = (*group).clone();
                    edited.members = members.clone();
                    Change::put_group(edited)
                })
            })
            .collect();
        Change::Batch(changes)
    }
}

/// The four things spread across groups, in order, with what one more of the same costs.
/// Organisation dominates: two colleagues in one group is what facilitators most avoid.
const WEIGHTS: [u64; 4] = [
    SAME_ORGANISATION,
    SAME_GOVERNORATE,
    SAME_GENDER,
    SAME_STAKEHOLDER,
];

/// A person's four traits as small numbers (0: not given, never counts as the same).
type Traits = [usize; 4];

fn traits_of(people: &[&Participant]) -> (BTreeMap<Id, Traits>, [usize; 4]) {
    let mut names: [BTreeMap<String, usize>; 4] = Default::default();
    let mut traits = BTreeMap::new();
    for p in people {
        let values = [
            fold(&p.organisation),
            fold(&p.governorate),
            format!("{:?}", p.gender),
            format!("{:?}", p.stakeholder),
        ];
        let mut numbers = [0; 4];
        for (field, value) in values.into_iter().enumerate() {
            let unknown = value.is_empty() || value == "Unknown";
            if !unknown {
                let next = names[field].len() + 1;
                numbers[field] = *names[field].entry(value).or_insert(next);
            }
        }
        traits.insert(p.id, numbers);
    }
    let sizes = [0, 1, 2, 3].map(|f| names[f].len() + 1);
    (traits, sizes)
}

/// How many of each trait value a group holds, so the cost of a seat is a few lookups.
#[derive(Clone)]
struct Tally {
    counts: [Vec<u64>; 4],
}

impl Tally {
    fn new(sizes: [usize; 4]) -> Tally {
        Tally {
            counts: sizes.map(|n| vec![0; n]),
        }
    }

    fn add(&mut self, t: &Traits, delta: i64) {
        for (field, value) in t.iter().enumerate() {
            if *value != 0 {
                let count = &mut self.counts[field][*value];
                *count = count.saturating_add_signed(delta);
            }
        }
    }

    /// What seating someone with `t` here costs (they must not be counted in the tally).
    fn cost(&self, t: &Traits) -> u64 {
        (0..4)
            .filter(|f| t[*f] != 0)
            .map(|f| WEIGHTS[f] * self.counts[f][t[f]])
            .sum()
    }
}

/// A small, well-mixed hash (splitmix64) for seeded, reproducible tie-breaks.
fn mix(seed: u64, id: Id) -> u64 {
    let bits = id.0.as_u128();
    let mut z = seed ^ (bits as u64) ^ ((bits >> 64) as u64);
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// How many people each group can hold: every group reaches a common level (or keeps its
/// hand-placed size if above it), and `extra` of the groups at that level get one more.
/// Which ones is left to the dealing, so the extras land where they clash least.
struct Seats {
    floor: Vec<usize>,
    level: usize,
    extra: usize,
}

impl Seats {
    fn new(initial: &[usize], total: usize) -> Seats {
        let fits = |level: usize| initial.iter().map(|s| (*s).max(level)).sum::<usize>() <= total;
        let mut level = 0;
        while fits(level + 1) {
            level += 1;
        }
        let floor: Vec<usize> = initial.iter().map(|s| (*s).max(level)).collect();
        let extra = total.saturating_sub(floor.iter().sum());
        Seats {
            floor,
            level,
            extra,
        }
    }

    fn open(&self, group: usize, size: usize) -> bool {
        size < self.floor[group] || (self.extra > 0 && size == self.level)
    }

    fn take(&mut self, group: usize, size_before: usize) {
        if size_before >= self.floor[group] {
            self.extra = self.extra.saturating_sub(1);
        }
    }
}

/// Deal `people` into `groups`. People already members of a group stay there and are not
/// dealt; everyone else in `people` is.
pub fn assign(groups: &[&Group], people: &[&Participant], seed: u64) -> Assignment {
    if groups.is_empty() {
        return Assignment {
            groups: Vec::new(),
            dealt: Vec::new(),
        };
    }
    let placed: HashSet<Id> = groups
        .iter()
        .flat_map(|g| g.members.iter().copied())
        .collect();
    let (traits, sizes) = traits_of(people);
    let mut members: Vec<Vec<Id>> = groups.iter().map(|g| g.members.clone()).collect();
    let mut tallies: Vec<Tally> = members
        .iter()
        .map(|m| {
            let mut tally = Tally::new(sizes);
            m.iter()
                .filter_map(|id| traits.get(id))
                .for_each(|t| tally.add(t, 1));
            tally
        })
        .collect();
    let to_deal = deal_order(people, &placed, seed);
    let initial: Vec<usize> = members.iter().map(Vec::len).collect();
    let mut seats = Seats::new(&initial, initial.iter().sum::<usize>() + to_deal.len());

    let count = members.len();
    for (turn, id) in to_deal.iter().enumerate() {
        let Some(t) = traits.get(id) else { continue };
        let best = (0..count)
            .filter(|g| seats.open(*g, members[*g].len()))
            // Rotate where ties start, so equal choices are dealt round the table.
            .min_by_key(|g| (tallies[*g].cost(t), (g + count - turn % count) % count));
        if let Some(g) = best {
            seats.take(g, members[g].len());
            members[g].push(*id);
            tallies[g].add(t, 1);
        }
    }
    improve_by_swaps(&mut members, &mut tallies, &to_deal, &traits);
    Assignment {
        groups: groups.iter().map(|g| g.id).zip(members).collect(),
        dealt: to_deal,
    }
}

/// The people to deal, largest organisations first, in a seeded order within that.
fn deal_order(people: &[&Participant], placed: &HashSet<Id>, seed: u64) -> Vec<Id> {
    let waiting: Vec<&&Participant> = people.iter().filter(|p| !placed.contains(&p.id)).collect();
    let mut organisation_size: BTreeMap<String, usize> = BTreeMap::new();
    for p in &waiting {
        *organisation_size.entry(fold(&p.organisation)).or_default() += 1;
    }
    let mut order: Vec<(usize, String, u64, Id)> = waiting
        .iter()
        .map(|p| {
            let org = fold(&p.organisation);
            let size = if org.is_empty() {
                0
            } else {
                organisation_size[&org]
            };
            (usize::MAX - size, org, mix(seed, p.id), p.id)
        })
        .collect();
    order.sort();
    let mut seen = HashSet::new();
    order.retain(|entry| seen.insert(entry.3));
    order.into_iter().map(|entry| entry.3).collect()
}

/// Swap two dealt people in different groups whenever that lowers the total repetition;
/// stops when no swap helps, or after a few rounds on very large rooms.
fn improve_by_swaps(
    members: &mut [Vec<Id>],
    tallies: &mut [Tally],
    dealt: &[Id],
    traits: &BTreeMap<Id, Traits>,
) {
    let movable: HashSet<Id> = dealt.iter().copied().collect();
    for _round in 0..6 {
        let mut improved = false;
        for a in 0..members.len() {
            for b in a + 1..members.len() {
                for i in 0..members[a].len() {
                    for j in 0..members[b].len() {
                        let (x, y) = (members[a][i], members[b][j]);
                        if !movable.contains(&x) || !movable.contains(&y) {
                            continue;
                        }
                        let (Some(tx), Some(ty)) = (traits.get(&x), traits.get(&y)) else {
                            continue;
                        };
                        tallies[a].add(tx, -1);
                        tallies[b].add(ty, -1);
                        let before = tallies[a].cost(tx) + tallies[b].cost(ty);
                        let after = tallies[a].cost(ty) + tallies[b].cost(tx);
                        if after < before {
                            members[a][i] = y;
                            members[b][j] = x;
                            tallies[a].add(ty, 1);
                            tallies[b].add(tx, 1);
                            improved = true;
                        } else {
                            tallies[a].add(tx, 1);
                            tallies[b].add(ty, 1);
                        }
                    }
                }
            }
        }
        if !improved {
            break;
        }
    }
}
