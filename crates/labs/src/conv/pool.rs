//! Pooling a feature map, by the engine's own pooling layer: `k×k` windows at stride `k`,
//! each summarised by its maximum (the winner noted) or its mean; the gradient routed back
//! from one pooled value by the same layer's backward (all of it to the winner for max,
//! `1/k²` to each input for average). And the lab's experiment: move the image a pixel or
//! two and count how many feature-map values and how many pooled values change.

use neurite_nn::model::{LayerKind, Model, Shape};
use neurite_nn::Rng;

use super::compute::{convolve, ConvError, FeatureMaps};
use super::picture::Picture;
use super::state::{ConvLab, PoolChoice};

/// A pooled map.
#[derive(Debug, Clone, PartialEq)]
pub struct Pooled {
    /// Rows.
    pub height: usize,
    /// Columns.
    pub width: usize,
    /// The summaries, row-major.
    pub values: Vec<f32>,
    /// Max pooling: for each summary, the index in the feature map of the value that won
    /// (the first maximum in reading order on ties). Empty for average pooling.
    pub winners: Vec<usize>,
}

/// Why pooling cannot be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PoolError {
    /// The feature map is smaller than one window.
    MapTooSmall {
        /// The map's smaller side.
        side: usize,
        /// The window side.
        size: usize,
    },
    /// The convolution before it cannot be shown.
    Conv(ConvError),
    /// The engine refused (its message).
    Engine(String),
}

impl std::fmt::Display for PoolError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PoolError::MapTooSmall { side, size } => write!(
                f,
                "the feature map ({side} pixels) is smaller than the {size}×{size} pooling window"
            ),
            PoolError::Conv(e) => e.fmt(f),
            PoolError::Engine(why) => f.write_str(why),
        }
    }
}

fn pool_model(
    choice: PoolChoice,
    size: usize,
    height: usize,
    width: usize,
) -> Result<Model, PoolError> {
    if height < size || width < size {
        return Err(PoolError::MapTooSmall {
            side: height.min(width),
            size,
        });
    }
    let kind = match choice {
        PoolChoice::Max => LayerKind::MaxPool { size },
        PoolChoice::Avg => LayerKind::AvgPool { size },
    };
    Model::new(
        Shape::image(1, height, width),
        &[],
        &[kind],
        &mut Rng::new(0),
    )
    .map_err(|e| PoolError::Engine(e.to_string()))
}

/// `map` (`height × width`) pooled by the engine.
pub fn pool(
    map: &[f32],
    (height, width): (usize, usize),
    choice: PoolChoice,
    size: usize,
) -> Result<Pooled, PoolError> {
    let model = pool_model(choice, size, height, width)?;
    let tape = model
        .forward(map, &[], 1, false, None)
        .map_err(|e| PoolError::Engine(e.to_string()))?;
    let winners = match choice {
        PoolChoice::Max => tape
            .winners
            .first()
            .map(|w| w.iter().map(|&i| i as usize).collect())
            .unwrap_or_default(),
        PoolChoice::Avg => Vec::new(),
    };
    Ok(Pooled {
        height: height / size,
        width: width / size,
        values: tape.output().to_vec(),
        winners,
    })
}

/// `∂(pooled value `out`)/∂(feature map)`: the engine's backward from a gradient of 1 at
/// `out` and 0 elsewhere, over the map's `height × width` values.
pub fn routed_gradient(
    map: &[f32],
    (height, width): (usize, usize),
    choice: PoolChoice,
    size: usize,
    out: usize,
) -> Result<Vec<f32>, PoolError> {
    let model = pool_model(choice, size, height, width)?;
    let engine = |e: neurite_nn::NnError| PoolError::Engine(e.to_string());
    let tape = model.forward(map, &[], 1, false, None).map_err(engine)?;
    let mut g_out = vec![0.0; tape.output().len()];
    if let Some(g) = g_out.get_mut(out) {
        *g = 1.0;
    }
    let mut grads = model.zero_grads();
    Ok(model
        .backward(&tape, &[], &g_out, &mut grads)
        .map_err(engine)?
        .input)
}

/// How many values differ between two equally long lists (beyond float noise: more than
/// 10⁻⁶ of the larger magnitude, and more than 10⁻⁶).
pub fn changed(a: &[f32], b: &[f32]) -> usize {
    a.iter()
        .zip(b)
        .filter(|(&x, &y)| (x - y).abs() > 1e-6 * x.abs().max(y.abs()).max(1.0))
        .count()
}

/// How much `b` differs from `a` as a whole: `Σ|aᵢ − bᵢ| / max(Σ|aᵢ|, Σ|bᵢ|)` (0 when both
/// are all zeros). A count of changed values says little here: after a shift nearly every
/// value moves a little, in the map and in the summary alike; what max pooling keeps is the
/// size of the strong values, and this measures that.
pub fn relative_change(a: &[f32], b: &[f32]) -> f64 {
    let diff: f64 = a.iter().zip(b).map(|(&x, &y)| f64::from(x - y).abs()).sum();
    let size = |v: &[f32]| v.iter().map(|&x| f64::from(x).abs()).sum::<f64>();
    let scale = size(a).max(size(b));
    if scale > 0.0 {
        diff / scale
    } else {
        0.0
    }
}

/// The shift experiment for the selected kernel: the image and the image moved `shift`
/// pixels right and down, each convolved and pooled.
#[derive(Debug, Clone, PartialEq)]
pub struct ShiftComparison {
    /// The moved image.
    pub moved: Picture,
    /// The selected kernel's map of the image and of the moved image.
    pub maps: [FeatureMaps; 2],
    /// Their pooled summaries.
    pub pooled: [Pooled; 2],
    /// Feature-map values that changed.
    pub map_changed: usize,
    /// Pooled values that changed.
    pub pooled_changed: usize,
    /// [`relative_change`] of the map.
    pub map_change: f64,
    /// [`relative_change`] of the pooled summary.
    pub pooled_change: f64,
}

impl ShiftComparison {
    /// Runs the experiment on `picture` with the lab's settings.
    pub fn run(lab: &ConvLab, picture: &Picture) -> Result<ShiftComparison, PoolError> {
        let moved = picture.shifted(lab.shift);
        let weights = [lab.selected_kernel().weights(lab.size)];
        let conv = |p: &Picture| {
            convolve(p, &weights, lab.size, lab.stride, lab.pad, lab.relu).map_err(PoolError::Conv)
        };
        let maps = [conv(picture)?, conv(&moved)?];
        let side = (maps[0].height, maps[0].width);
        let pooled = [
            pool(&maps[0].maps[0], side, lab.pool, lab.pool_size)?,
            pool(&maps[1].maps[0], side, lab.pool, lab.pool_size)?,
        ];
        Ok(ShiftComparison {
            map_changed: changed(&maps[0].maps[0], &maps[1].maps[0]),
            pooled_changed: changed(&pooled[0].values, &pooled[1].values),
            map_change: relative_change(&maps[0].maps[0], &maps[1].maps[0]),
            pooled_change: relative_change(&pooled[0].values, &pooled[1].values),
            moved,
            maps,
            pooled,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conv::picture::Pattern;

    const MAP: [f32; 16] = [
        1.0, 5.0, 0.0, -1.0, //
        2.0, 3.0, 7.0, 7.0, //
        -4.0, 0.0, 2.0, 2.0, //
        0.0, 8.0, 2.0, 2.0,
    ];

    #[test]
    fn max_pooling_takes_each_windows_largest_and_routes_to_it_only() {
        let p = pool(&MAP, (4, 4), PoolChoice::Max, 2).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(p.values, [5.0, 7.0, 8.0, 2.0]);
        // The first 7 in reading order wins the tie; the first 2 of four equal ones too.
        assert_eq!(p.winners, [1, 6, 13, 10]);
        for out in 0..4 {
            let g = routed_gradient(&MAP, (4, 4), PoolChoice::Max, 2, out).unwrap_or_default();
            let expected: Vec<f32> = (0..16)
                .map(|i| if i == p.winners[out] { 1.0 } else { 0.0 })
                .collect();
            assert_eq!(g, expected, "output {out}");
        }
    }

    #[test]
    fn average_pooling_takes_the_mean_and_splits_the_gradient_evenly() {
        let p = pool(&MAP, (4, 4), PoolChoice::Avg, 2).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(p.values, [11.0 / 4.0, 13.0 / 4.0, 4.0 / 4.0, 8.0 / 4.0]);
        assert!(p.winners.is_empty());
        let g = routed_gradient(&MAP, (4, 4), PoolChoice::Avg, 2, 3).unwrap_or_default();
        let expected: Vec<f32> = (0..16)
            .map(|i| {
                if [10, 11, 14, 15].contains(&i) {
                    0.25
                } else {
                    0.0
                }
            })
            .collect();
        assert_eq!(g, expected);
        // A 3×3 window on a 4×4 map keeps one window; the last row and column are dropped.
        let p3 = pool(&MAP, (4, 4), PoolChoice::Max, 3).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((p3.height, p3.width, p3.values.clone()), (1, 1, vec![7.0]));
        assert_eq!(
            pool(&MAP[..4], (2, 2), PoolChoice::Max, 3),
            Err(PoolError::MapTooSmall { side: 2, size: 3 })
        );
    }

    #[test]
    fn shifting_moves_the_map_and_a_zero_shift_changes_nothing() {
        let bar = Pattern::Bar.picture();
        let run = ShiftComparison::run(
            &ConvLab {
                shift: 1,
                relu: true,
                ..ConvLab::default()
            },
            &bar,
        );
        let run = run.unwrap_or_else(|e| panic!("{e}"));
        // The bar's right edge (map columns 8 and 9 of 14) moves one column right and one
        // row down: in each of rows 2…11 column 8 loses its value and column 10 gains one,
        // and the bar's ends move too.
        assert!(run.map_changed >= 20, "{}", run.map_changed);
        assert_eq!(run.maps[1].at(0, 5, 10), run.maps[0].at(0, 4, 9));
        assert_eq!(relative_change(&[1.0, 0.0], &[0.0, 1.0]), 2.0);
        assert_eq!(relative_change(&[0.0], &[0.0]), 0.0);
        let still = ShiftComparison::run(
            &ConvLab {
                shift: 0,
                ..ConvLab::default()
            },
            &bar,
        );
        assert!(
            still.is_ok_and(|r| r.map_changed == 0 && r.pooled_changed == 0 && r.map_change == 0.0)
        );
    }
}
