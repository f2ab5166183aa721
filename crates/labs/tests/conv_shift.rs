//! The convolution lab's claim about pooling, on real digits: move an image by a pixel and
//! the feature map changes a lot, its max-pooled summary much less — measured as the size
//! of the change (`relative_change`), averaged over the 8×8 digit set's first 300 images.
//!
//! Figures when written (edge kernels with ReLU, 2×2 max pooling, shift 1): vertical edge
//! 0.86 → 0.42, sharpen 1.10 → 0.56. A count of changed values does not show it (about
//! half of both change), which is why the page leads with the size of the change.

use neurite_data::DIGITS_8X8;
use neurite_labs::conv::pool::relative_change;
use neurite_labs::conv::{
    digit_picture, ConvLab, Kernel, KernelPreset, PoolChoice, ShiftComparison,
};

fn mean_changes(kernel: KernelPreset, pool: PoolChoice, shift: usize) -> (f64, f64) {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../web/data/digits-8x8.bin");
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let set = DIGITS_8X8.load(&bytes).unwrap_or_else(|e| panic!("{e}"));
    let lab = ConvLab {
        kernels: vec![Kernel::Preset(kernel)],
        relu: true,
        pool,
        shift,
        ..ConvLab::default()
    };
    let n = 300;
    let (mut map, mut pooled) = (0.0, 0.0);
    for i in 0..n {
        let picture = digit_picture(&set, i).unwrap_or_else(|| panic!("digit {i}"));
        let run = ShiftComparison::run(&lab, &picture).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            run.map_change,
            relative_change(&run.maps[0].maps[0], &run.maps[1].maps[0])
        );
        map += run.map_change;
        pooled += run.pooled_change;
    }
    (map / n as f64, pooled / n as f64)
}

#[test]
fn max_pooling_halves_how_much_a_one_pixel_shift_changes() {
    for kernel in [KernelPreset::EdgeVertical, KernelPreset::Sharpen] {
        let (map, pooled) = mean_changes(kernel, PoolChoice::Max, 1);
        assert!(
            pooled < 0.6 * map,
            "{kernel:?}: map {map:.3}, pooled {pooled:.3}"
        );
    }
}

#[test]
fn average_pooling_helps_less_than_max_and_a_two_pixel_shift_more_than_one() {
    let (map, max) = mean_changes(KernelPreset::EdgeVertical, PoolChoice::Max, 1);
    let (_, avg) = mean_changes(KernelPreset::EdgeVertical, PoolChoice::Avg, 1);
    assert!(
        max < avg && avg < map,
        "max {max:.3} avg {avg:.3} map {map:.3}"
    );
    let (map2, max2) = mean_changes(KernelPreset::EdgeVertical, PoolChoice::Max, 2);
    assert!(
        map2 > map && max2 > max,
        "shift 2: map {map2:.3} pooled {max2:.3}"
    );
}
