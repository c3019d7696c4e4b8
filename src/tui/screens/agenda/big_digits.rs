//! Large block digits for the projector: a 4×5 font of our own, each cell drawn as a block
//! of `sx`×`sy` terminal cells, so the clock grows with the screen.

/// The font: '#' is ink. Every glyph is 5 rows; digits and the minus sign are 4 wide.
fn glyph(c: char) -> Option<[&'static str; 5]> {
    Some(match c {
        '0' => ["####", "#  #", "#  #", "#  #", "####"],
        '1' => [" ## ", "  # ", "  # ", "  # ", " ###"],
        '2' => ["####", "   #", "####", "#   ", "####"],
        '3' => ["####", "   #", " ###", "   #", "####"],
        '4' => ["#  #", "#  #", "####", "   #", "   #"],
        '5' => ["####", "#   ", "####", "   #", "####"],
        '6' => ["####", "#   ", "####", "#  #", "####"],
        '7' => ["####", "   #", "  # ", " #  ", " #  "],
        '8' => ["####", "#  #", "####", "#  #", "####"],
        '9' => ["####", "#  #", "####", "   #", "####"],
        ':' => [" ", "#", " ", "#", " "],
        '-' => ["    ", "    ", "####", "    ", "    "],
        _ => return None,
    })
}

pub const GLYPH_HEIGHT: usize = 5;

/// Width of `text` in font cells: glyphs with one cell between them.
pub fn cells_wide(text: &str) -> usize {
    let glyphs: Vec<usize> = text.chars().filter_map(glyph).map(|g| g[0].len()).collect();
    glyphs.iter().sum::<usize>() + glyphs.len().saturating_sub(1)
}

/// The largest scale (`sx` columns × `sy` rows per font cell) at which `text` fits in
/// `width`×`height`, keeping the digits roughly as wide as tall on a terminal (cells are
/// about twice as tall as wide). `None` when even the smallest does not fit.
pub fn scale_for(text: &str, width: usize, height: usize) -> Option<(usize, usize)> {
    let cells = cells_wide(text).max(1);
    (1..=height / GLYPH_HEIGHT).rev().find_map(|sy| {
        let sx = (width / cells).min(2 * sy + 1);
        (sx >= sy.max(1)).then_some((sx, sy))
    })
}

/// The rows of `text` drawn at scale (`sx`, `sy`) with full blocks.
pub fn rows(text: &str, sx: usize, sy: usize) -> Vec<String> {
    let glyphs: Vec<[&str; 5]> = text.chars().filter_map(glyph).collect();
    let mut out = Vec::with_capacity(GLYPH_HEIGHT * sy);
    for row in 0..GLYPH_HEIGHT {
        let mut line = String::new();
        for (i, g) in glyphs.iter().enumerate() {
            if i > 0 {
                line.push_str(&" ".repeat(sx));
            }
            for cell in g[row].chars() {
                let ink = if cell == '#' { '█' } else { ' ' };
                line.extend(std::iter::repeat_n(ink, sx));
            }
        }
        for _ in 0..sy {
            out.push(line.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn twelve_oh_five_reads_as_blocks() {
        let drawn = rows("12:05", 1, 1);
        assert_eq!(drawn.len(), 5);
        assert_eq!(drawn[0], " ██  ████   ████ ████");
        assert_eq!(drawn[4], " ███ ████   ████ ████");
        assert_eq!(drawn[0].width(), cells_wide("12:05"));
    }

    #[test]
    fn the_scale_grows_with_the_screen_and_gives_up_when_tiny() {
        assert_eq!(scale_for("45:00", 80, 16), Some((3, 3)));
        assert_eq!(scale_for("45:00", 120, 30), Some((5, 5)));
        assert_eq!(scale_for("45:00", 21, 5), Some((1, 1)));
        assert_eq!(scale_for("45:00", 20, 5), None);
        assert_eq!(scale_for("45:00", 80, 4), None);
        for (w, h) in [(80, 16), (120, 30), (200, 60), (30, 9)] {
            if let Some((sx, sy)) = scale_for("-12:34", w, h) {
                let drawn = rows("-12:34", sx, sy);
                assert!(drawn.len() <= h && drawn.iter().all(|r| r.width() <= w));
            }
        }
    }
}
