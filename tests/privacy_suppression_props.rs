//! Small-cell suppression over random tables: after suppression every published cell is 0
//! or at least k, and no suppressed cell can be solved from the published cells and totals —
//! neither by subtracting along rows and columns over and over (each solved cell feeding the
//! next line) nor by eliminating over the whole system at once.

use halaqa::report::privacy::suppress::{System, determined, suppress};
use proptest::prelude::*;

/// A table with its row totals, column totals and grand total as one list of counts, and
/// the constraints between them: `(cells of a line, its total)`.
fn system_of(table: &[Vec<usize>]) -> (Vec<usize>, Vec<(Vec<usize>, usize)>) {
    let rows = table.len();
    let cols = table[0].len();
    let mut values: Vec<usize> = table.iter().flatten().copied().collect();
    let cell = |r: usize, c: usize| r * cols + c;
    let row_total = |r: usize| rows * cols + r;
    let col_total = |c: usize| rows * cols + rows + c;
    let grand = rows * cols + rows + cols;
    values.extend(table.iter().map(|row| row.iter().sum::<usize>()));
    values.extend((0..cols).map(|c| table.iter().map(|row| row[c]).sum::<usize>()));
    values.push(table.iter().flatten().sum());
    let mut constraints = Vec::new();
    for r in 0..rows {
        constraints.push(((0..cols).map(|c| cell(r, c)).collect(), row_total(r)));
    }
    for c in 0..cols {
        constraints.push(((0..rows).map(|r| cell(r, c)).collect(), col_total(c)));
    }
    constraints.push(((0..rows).map(row_total).collect(), grand));
    constraints.push(((0..cols).map(col_total).collect(), grand));
    (values, constraints)
}

/// What an attacker solves by subtraction, line after line, until nothing new comes out.
fn solved_by_subtraction(hidden: &[bool], constraints: &[(Vec<usize>, usize)]) -> Vec<usize> {
    let mut known: Vec<bool> = hidden.iter().map(|h| !h).collect();
    let mut solved = Vec::new();
    loop {
        let mut progress = false;
        for (parts, total) in constraints {
            let members: Vec<usize> = parts.iter().copied().chain([*total]).collect();
            let unknown: Vec<usize> = members.iter().copied().filter(|&m| !known[m]).collect();
            if let [only] = unknown[..] {
                known[only] = true;
                solved.push(only);
                progress = true;
            }
        }
        if !progress {
            return solved;
        }
    }
}

fn table() -> impl Strategy<Value = Vec<Vec<usize>>> {
    (1usize..5, 1usize..7).prop_flat_map(|(rows, cols)| {
        // Many small counts and zeros, as a small workshop has.
        let count = prop_oneof![3 => 0usize..3, 3 => 1usize..6, 2 => 5usize..30];
        prop::collection::vec(prop::collection::vec(count, cols), rows)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn no_suppressed_cell_can_be_solved(table in table(), k in 2usize..7) {
        let (values, constraints) = system_of(&table);
        let system = System { values: &values, constraints: &constraints };
        let hidden = suppress(&system, k);
        for (value, hidden) in values.iter().zip(&hidden) {
            prop_assert!(*hidden || *value == 0 || *value >= k, "published {value} < {k}");
        }
        let solved = solved_by_subtraction(&hidden, &constraints);
        prop_assert!(solved.is_empty(), "solved {solved:?} of {table:?} (k {k}), hidden {hidden:?}");
        for v in (0..values.len()).filter(|&v| hidden[v]) {
            prop_assert!(!determined(&system, &hidden, v), "cell {v} of {table:?} is fixed");
        }
    }
}
