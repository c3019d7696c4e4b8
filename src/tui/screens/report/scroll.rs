//! Where the preview is scrolled to: a block and a row within it, so the position means
//! the same text at any width. Moving lays out only the blocks it passes.

use super::layout::row_count;
use super::preview::Preview;

/// The top line of the preview: row `row` of block `block`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    pub block: usize,
    pub row: usize,
}

/// The preview's size on screen, as last drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Viewport {
    pub width: u16,
    pub height: u16,
}

impl Viewport {
    fn width(self) -> usize {
        usize::from(self.width).max(1)
    }

    fn height(self) -> usize {
        usize::from(self.height).max(1)
    }
}

/// `pos` with its row inside the block (the width may have changed).
pub fn clamp(preview: &Preview, pos: Pos, view: Viewport) -> Pos {
    let Some(last) = preview.blocks.len().checked_sub(1) else {
        return Pos::default();
    };
    let block = pos.block.min(last);
    let rows = row_count(preview, block, view.width());
    Pos {
        block,
        row: pos.row.min(rows.saturating_sub(1)),
    }
}

fn one_down(preview: &Preview, pos: Pos, view: Viewport) -> Option<Pos> {
    if pos.row + 1 < row_count(preview, pos.block, view.width()) {
        Some(Pos {
            row: pos.row + 1,
            ..pos
        })
    } else if pos.block + 1 < preview.blocks.len() {
        Some(Pos {
            block: pos.block + 1,
            row: 0,
        })
    } else {
        None
    }
}

fn one_up(preview: &Preview, pos: Pos, view: Viewport) -> Option<Pos> {
    if pos.row > 0 {
        Some(Pos {
            row: pos.row - 1,
            ..pos
        })
    } else if pos.block > 0 {
        let block = pos.block - 1;
        let rows = row_count(preview, block, view.width());
        Some(Pos {
            block,
            row: rows.saturating_sub(1),
        })
    } else {
        None
    }
}

/// The furthest the top may go: the last page, filled.
pub fn last_top(preview: &Preview, view: Viewport) -> Pos {
    let Some(block) = preview.blocks.len().checked_sub(1) else {
        return Pos::default();
    };
    let rows = row_count(preview, block, view.width());
    let mut pos = Pos {
        block,
        row: rows.saturating_sub(1),
    };
    for _ in 1..view.height() {
        match one_up(preview, pos, view) {
            Some(up) => pos = up,
            None => break,
        }
    }
    pos
}

/// Scroll by `lines` (negative: up), never past the last page.
pub fn by(preview: &Preview, pos: Pos, lines: isize, view: Viewport) -> Pos {
    let mut pos = clamp(preview, pos, view);
    if lines < 0 {
        for _ in 0..lines.unsigned_abs() {
            match one_up(preview, pos, view) {
                Some(up) => pos = up,
                None => break,
            }
        }
        return pos;
    }
    let limit = last_top(preview, view);
    for _ in 0..lines.unsigned_abs() {
        if pos >= limit {
            break;
        }
        match one_down(preview, pos, view) {
            Some(down) => pos = down,
            None => break,
        }
    }
    pos
}

/// Put block `block` at the top, or as near as the last page allows.
pub fn to_block(preview: &Preview, block: usize, view: Viewport) -> Pos {
    let wanted = clamp(preview, Pos { block, row: 0 }, view);
    wanted.min(last_top(preview, view))
}

/// The next heading below the top line, if any.
pub fn next_heading(preview: &Preview, pos: Pos) -> Option<usize> {
    preview.headings.iter().copied().find(|h| *h > pos.block)
}

/// The heading above the top line (or above the heading at the top).
pub fn previous_heading(preview: &Preview, pos: Pos) -> Option<usize> {
    let at_heading_top = pos.row == 0;
    preview
        .headings
        .iter()
        .rev()
        .copied()
        .find(|h| *h < pos.block || (*h == pos.block && !at_heading_top))
}

#[cfg(test)]
mod tests {
    use super::super::preview::{PreviewKey, parse};
    use super::*;

    fn preview(lines: usize) -> Preview {
        let mut md = String::from("# Title\n\n");
        for i in 0..lines {
            md.push_str(&format!("line {i}\n"));
            if i % 10 == 9 {
                md.push_str(&format!("\n## Section {}\n\n", i / 10));
            }
        }
        parse(
            &md,
            PreviewKey {
                path: "s.ron".into(),
                revision: 0,
                stamp: Default::default(),
                anonymised: false,
            },
        )
    }

    const VIEW: Viewport = Viewport {
        width: 40,
        height: 5,
    };

    #[test]
    fn scrolling_stops_at_the_last_page_and_the_top() {
        let p = preview(30);
        let end = by(&p, Pos::default(), 10_000, VIEW);
        assert_eq!(end, last_top(&p, VIEW));
        assert_eq!(by(&p, end, 3, VIEW), end);
        assert_eq!(by(&p, end, -10_000, VIEW), Pos::default());
    }

    #[test]
    fn headings_are_found_forwards_and_backwards() {
        let p = preview(30);
        let first = next_heading(&p, Pos::default()).expect("a section");
        assert!(matches!(
            p.blocks[first],
            super::super::preview::Block::Heading { level: 2, .. }
        ));
        let at = Pos {
            block: first,
            row: 0,
        };
        assert_eq!(previous_heading(&p, at), Some(0));
        assert_eq!(
            previous_heading(
                &p,
                Pos {
                    block: first,
                    row: 1
                }
            ),
            Some(first)
        );
    }
}
