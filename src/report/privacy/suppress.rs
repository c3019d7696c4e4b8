//! Small cells, hidden so they stay hidden: **primary** suppression of every count of 1 to
//! k − 1 people, then **complementary** suppression until no hidden count can be worked out
//! from what is published.
//!
//! A set of figures is a linear system: each constraint says that some counts add up to a
//! total (the rows of a breakdown add up to its "people" figure; a row of the gender × age
//! table adds up to that gender's count). Complementary suppression works line by line and
//! then checks the whole system:
//!
//! 1. A line with exactly one hidden count gives it away by subtraction: the smallest other
//!    count above 0 of that line is hidden too (the total when no other count is left).
//! 2. A line whose hidden counts are all small ones and whose published total leaves them
//!    no choice (two hidden cells adding to 2 must be 1 and 1) hides one more.
//! 3. Every hidden count is checked against the whole system by elimination: one that the
//!    published counts and totals fix (a "bridge" between two tables) hides the smallest
//!    published count beside it, and the steps repeat.
//!
//! Zeros are published: a count of 0 identifies nobody.

/// Counts and the constraints between them: `(parts, total)` means the counts at `parts`
/// add up to the count at `total`.
pub struct System<'a> {
    pub values: &'a [usize],
    pub constraints: &'a [(Vec<usize>, usize)],
}

/// Which counts to hide, given k (at least 2).
pub fn suppress(system: &System, k: usize) -> Vec<bool> {
    let values = system.values;
    let mut hidden: Vec<bool> = values.iter().map(|&v| v > 0 && v < k).collect();
    // Each step hides one more count, so this ends after at most `values.len()` rounds.
    for _ in 0..=values.len() {
        let extra = system
            .constraints
            .iter()
            .find_map(|line| line_gives_away(line, values, &hidden, k))
            .or_else(|| {
                (0..values.len())
                    .filter(|&v| hidden[v])
                    .find(|&v| determined(system, &hidden, v))
                    .and_then(|v| complement_beside(system, &hidden, v))
            });
        match extra {
            Some(index) => hidden[index] = true,
            None => break,
        }
    }
    hidden
}

/// The count to hide so that this line no longer gives a hidden count away, if it does.
fn line_gives_away(
    (parts, total): &(Vec<usize>, usize),
    values: &[usize],
    hidden: &[bool],
    k: usize,
) -> Option<usize> {
    let members = parts.iter().chain(std::iter::once(total));
    let hidden_parts: Vec<usize> = parts.iter().copied().filter(|&p| hidden[p]).collect();
    let hidden_count = members.filter(|&&m| hidden[m]).count();
    let weak = match hidden_count {
        1 => true,
        _ if hidden[*total] || hidden_parts.is_empty() => false,
        _ => {
            // Hidden small counts each lie in 1..k−1; a sum at either end fixes them all.
            let sum: usize = hidden_parts.iter().map(|&p| values[p]).sum();
            let all_small = hidden_parts.iter().all(|&p| values[p] < k);
            let m = hidden_parts.len();
            all_small && (sum <= m || sum >= m * (k - 1))
        }
    };
    if !weak {
        return None;
    }
    smallest_published(parts.iter().copied(), values, hidden)
        .or_else(|| (!hidden[*total] && values[*total] > 0).then_some(*total))
}

fn smallest_published(
    candidates: impl Iterator<Item = usize>,
    values: &[usize],
    hidden: &[bool],
) -> Option<usize> {
    candidates
        .filter(|&c| !hidden[c] && values[c] > 0)
        .min_by_key(|&c| (values[c], c))
}

/// The smallest published count in a line with `v`, to hide when `v` is fixed by the whole
/// system; `None` when every line with `v` is hidden already.
fn complement_beside(system: &System, hidden: &[bool], v: usize) -> Option<usize> {
    system
        .constraints
        .iter()
        .filter(|(parts, total)| *total == v || parts.contains(&v))
        .filter_map(|(parts, total)| {
            smallest_published(
                parts.iter().copied().chain(std::iter::once(*total)),
                system.values,
                hidden,
            )
        })
        .min_by_key(|&c| (system.values[c], c))
}

/// Whether hidden count `v` is fixed by the constraints once the published counts are
/// known: the unit vector of `v` lies in the row space of the constraints over the hidden
/// counts (Gaussian elimination; coefficients are −1, 0, 1 and the tables are small).
pub fn determined(system: &System, hidden: &[bool], v: usize) -> bool {
    let unknowns: Vec<usize> = (0..hidden.len()).filter(|&i| hidden[i]).collect();
    let column = |i: usize| unknowns.iter().position(|&u| u == i);
    let Some(target) = column(v) else {
        return false;
    };
    let mut rows: Vec<Vec<f64>> = system
        .constraints
        .iter()
        .map(|(parts, total)| {
            let mut row: Vec<f64> = vec![0.0; unknowns.len()];
            for &p in parts {
                if let Some(c) = column(p) {
                    row[c] += 1.0;
                }
            }
            if let Some(c) = column(*total) {
                row[c] -= 1.0;
            }
            row
        })
        .filter(|row: &Vec<f64>| row.iter().any(|x| x.abs() > 1e-9))
        .collect();
    let rank_without = rank(&mut rows.clone());
    let mut unit = vec![0.0; unknowns.len()];
    unit[target] = 1.0;
    rows.push(unit);
    rank(&mut rows) == rank_without
}

fn rank(rows: &mut [Vec<f64>]) -> usize {
    let width = rows.first().map_or(0, Vec::len);
    let mut rank = 0;
    for col in 0..width {
        let Some(pivot) = (rank..rows.len()).find(|&r| rows[r][col].abs() > 1e-9) else {
            continue;
        };
        rows.swap(rank, pivot);
        let pivot_row = rows[rank].clone();
        for (r, row) in rows.iter_mut().enumerate() {
            if r != rank {
                let factor = row[col] / pivot_row[col];
                if factor.abs() > 1e-12 {
                    for (cell, lead) in row.iter_mut().zip(&pivot_row).skip(col) {
                        *cell -= factor * lead;
                    }
                }
            }
        }
        rank += 1;
    }
    rank
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_age_table_of_the_issue_cannot_be_subtracted() {
        // 50 registered: 0, 7, 10, 14, 11, 7, 1 (60+), 0.
        let values = [50, 0, 7, 10, 14, 11, 7, 1, 0];
        let constraints = [((1..9).collect(), 0)];
        let system = System {
            values: &values,
            constraints: &constraints,
        };
        let hidden = suppress(&system, 5);
        assert!(hidden[7], "60+ is hidden");
        assert!(hidden[2] || hidden[6], "and one of the sevens with it");
        assert!(!determined(&system, &hidden, 7));
    }

    #[test]
    fn two_small_cells_that_add_to_their_count_get_a_third() {
        // 36: with a disability 1, without 34, not given 1.
        let values = [36, 1, 34, 1];
        let constraints = [(vec![1, 2, 3], 0)];
        let system = System {
            values: &values,
            constraints: &constraints,
        };
        let hidden = suppress(&system, 5);
        assert_eq!(hidden, vec![false, true, true, true]);
    }
}
