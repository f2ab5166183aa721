//! Sample positions for decision-boundary heatmaps and 1-D prediction curves.
//!
//! The grid covers `domain × domain` with `n × n` cells and returns each cell's centre:
//! column j has x = lo + (j + ½)·(hi − lo)/n, row i has y = hi − (i + ½)·(hi − lo)/n, so
//! row 0 is the top of the picture (high y) and the order is row-major, as a canvas
//! image is laid out.

/// Row-major `resolution × resolution` cell centres, top row first.
pub fn grid_coords(resolution: usize, domain: (f32, f32)) -> Vec<[f32; 2]> {
    let axis = line_coords(resolution, domain);
    let mut out = Vec::with_capacity(resolution * resolution);
    for y in axis.iter().rev() {
        for x in &axis {
            out.push([*x, *y]);
        }
    }
    out
}

/// `resolution` cell centres along one axis, increasing.
pub fn line_coords(resolution: usize, domain: (f32, f32)) -> Vec<f32> {
    let (lo, hi) = (f64::from(domain.0), f64::from(domain.1));
    let step = (hi - lo) / resolution.max(1) as f64;
    (0..resolution)
        .map(|j| (lo + (j as f64 + 0.5) * step) as f32)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_by_two_grid() {
        let g = grid_coords(2, (-6.0, 6.0));
        assert_eq!(g, vec![[-3.0, 3.0], [3.0, 3.0], [-3.0, -3.0], [3.0, -3.0]]);
    }

    #[test]
    fn grid_is_row_major_top_down_and_inside() {
        let n = 50;
        let g = grid_coords(n, (-6.0, 6.0));
        assert_eq!(g.len(), n * n);
        assert!(g.iter().all(|p| p.iter().all(|c| c.abs() < 6.0)));
        assert!(g[0][1] > g[n][1]);
        assert!(g[0][0] < g[1][0]);
        assert_eq!(g[0][1], g[n - 1][1]);
        assert!(grid_coords(0, (-6.0, 6.0)).is_empty());
    }

    #[test]
    fn line_is_symmetric() {
        let l = line_coords(4, (-6.0, 6.0));
        assert_eq!(l, vec![-4.5, -1.5, 1.5, 4.5]);
    }
}
