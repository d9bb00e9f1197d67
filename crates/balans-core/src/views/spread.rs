//! Where every relationship lies in the dashboard's picture. The picture
//! draws the busiest few hundred as dots, which the pointer can name; at
//! thousands of people the rest would be missing and the dots pile up in
//! one place. So everyone with an exchange is also counted in a grid on the
//! picture's own scale, log10(1 + credits) on both axes from 0 to the
//! largest value, and the window shades each cell by its count: darker
//! where more relationships lie. What crosses into the window stays a few
//! hundred numbers, however large the ledger.

use std::collections::BTreeMap;

use serde::Serialize;

/// Cells along each axis of the grid.
pub const SPREAD_CELLS: usize = 20;

/// Everyone's place in the picture, counted per cell.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Spread {
    /// The largest credits given or received by anyone counted, at least
    /// 1: the top of both axes, for the dots as for the cells.
    pub top: f64,
    /// Cells along each axis.
    pub cells: usize,
    /// The cells with anyone in them, by column then row.
    pub counts: Vec<SpreadCell>,
}

/// How many relationships lie in one cell: column `given` (across) and
/// row `received` (up), each from 0 to [`Spread::cells`] - 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SpreadCell {
    pub given: usize,
    pub received: usize,
    pub people: usize,
}

/// The grid of `points`, each (given, received) in credits.
pub(crate) fn spread(points: &[(f64, f64)]) -> Spread {
    let top = points
        .iter()
        .flat_map(|&(given, received)| [given, received])
        .fold(1.0_f64, f64::max);
    let mut counts: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    for &(given, received) in points {
        *counts
            .entry((cell_of(given, top), cell_of(received, top)))
            .or_default() += 1;
    }
    Spread {
        top,
        cells: SPREAD_CELLS,
        counts: counts
            .into_iter()
            .map(|((given, received), people)| SpreadCell {
                given,
                received,
                people,
            })
            .collect(),
    }
}

/// log10(1 + value), as the picture's axes are scaled; nothing below 0.
fn scaled(value: f64) -> f64 {
    (1.0 + value.max(0.0)).log10()
}

/// The cell `value` falls in on an axis up to `top`; `top` itself in the last.
fn cell_of(value: f64, top: f64) -> usize {
    let share = scaled(value) / scaled(top);
    ((share * SPREAD_CELLS as f64) as usize).min(SPREAD_CELLS - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_point_is_counted_once_in_the_cell_of_its_scaled_values() {
        let points = [
            (0.0, 0.0),
            (999.0, 0.0),
            (9.0, 99.0),
            (9.0, 99.0),
            (1.0, 1.0),
        ];
        let grid = spread(&points);
        assert_eq!(grid.top, 999.0);
        assert_eq!(grid.cells, SPREAD_CELLS);
        let total: usize = grid.counts.iter().map(|cell| cell.people).sum();
        assert_eq!(total, points.len());
        let at = |given, received| {
            grid.counts
                .iter()
                .find(|cell| (cell.given, cell.received) == (given, received))
                .map(|cell| cell.people)
        };
        // log10(1000) = 3 spans the 20 cells: 10 credits (log 1) ends the
        // first third, 100 the second, the top falls in the last cell.
        assert_eq!(at(0, 0), Some(1));
        assert_eq!(at(SPREAD_CELLS - 1, 0), Some(1));
        assert_eq!(at(6, 13), Some(2), "(9, 99) twice: log 1 and log 2 of 3");
        assert_eq!(at(2, 2), Some(1), "1 credit: log10(2) / 3 of the way");
    }

    #[test]
    fn nothing_given_or_received_keeps_a_scale_of_one_credit() {
        let grid = spread(&[]);
        assert_eq!((grid.top, grid.counts.len()), (1.0, 0));
        let grid = spread(&[(-5.0, f64::NAN)]);
        assert_eq!(grid.top, 1.0);
        assert_eq!(grid.counts.len(), 1, "odd values still land in a cell");
    }
}
