//! A drawing made ready for a digit network, the way the digit sets were made: the ink's
//! bounding box is scaled (keeping its shape) to fill the set's box — the whole 8×8 frame
//! for the UCI digits, a 20×20 box centred by the ink's centre of mass in the 28×28 frame
//! for MNIST — by averaging the drawing's pixels over each target pixel's area.

/// Side of the CNN lab's drawing pad.
pub const SKETCH_SIDE: usize = 28;

/// The ink's bounding box `(top, left, bottom, right)` (inclusive) of a `side × side`
/// picture, `None` when blank.
fn ink_box(pixels: &[f32], side: usize) -> Option<(usize, usize, usize, usize)> {
    let inked: Vec<usize> = (0..pixels.len()).filter(|&i| pixels[i] > 0.05).collect();
    let rows = inked.iter().map(|&i| i / side);
    let cols = inked.iter().map(|&i| i % side);
    Some((
        rows.clone().min()?,
        cols.clone().min()?,
        rows.max()?,
        cols.max()?,
    ))
}

/// `pixels` (`side × side` in [0, 1]) resampled into an `out × out` box: the square around
/// the ink's bounding box maps onto it; each output pixel averages the area it covers.
fn resample(pixels: &[f32], side: usize, out: usize) -> Vec<f32> {
    let Some((top, left, bottom, right)) = ink_box(pixels, side) else {
        return vec![0.0; out * out];
    };
    let (h, w) = (bottom - top + 1, right - left + 1);
    let span = h.max(w) as f64;
    let (y0, x0) = (
        top as f64 - (span - h as f64) / 2.0,
        left as f64 - (span - w as f64) / 2.0,
    );
    let at = |r: f64, c: f64| -> f64 {
        let (r, c) = (r.floor(), c.floor());
        if r < 0.0 || c < 0.0 || r >= side as f64 || c >= side as f64 {
            0.0
        } else {
            f64::from(pixels[r as usize * side + c as usize])
        }
    };
    const SUB: usize = 4;
    (0..out * out)
        .map(|i| {
            let (r, c) = ((i / out) as f64, (i % out) as f64);
            let mut sum = 0.0;
            for sy in 0..SUB {
                for sx in 0..SUB {
                    let fy = (r + (sy as f64 + 0.5) / SUB as f64) / out as f64 * span + y0;
                    let fx = (c + (sx as f64 + 0.5) / SUB as f64) / out as f64 * span + x0;
                    sum += at(fy, fx);
                }
            }
            (sum / (SUB * SUB) as f64) as f32
        })
        .collect()
}

/// The network's input for a drawing on the [`SKETCH_SIDE`]² pad, for images of `side`
/// (8: the UCI digits; anything else: MNIST's 28).
pub fn prepare(pixels: &[f32], side: usize) -> Vec<f32> {
    if side == 8 {
        return resample(pixels, SKETCH_SIDE, 8);
    }
    let boxed = resample(pixels, SKETCH_SIDE, 20);
    let mass: f64 = boxed.iter().map(|&v| f64::from(v)).sum();
    let (mut cy, mut cx) = (9.5, 9.5);
    if mass > 0.0 {
        cy = boxed
            .iter()
            .enumerate()
            .map(|(i, &v)| (i / 20) as f64 * f64::from(v))
            .sum::<f64>()
            / mass;
        cx = boxed
            .iter()
            .enumerate()
            .map(|(i, &v)| (i % 20) as f64 * f64::from(v))
            .sum::<f64>()
            / mass;
    }
    let (oy, ox) = ((13.5 - cy).round() as isize, (13.5 - cx).round() as isize);
    let mut out = vec![0.0; 28 * 28];
    for (i, &v) in boxed.iter().enumerate() {
        let (r, c) = ((i / 20) as isize + oy, (i % 20) as isize + ox);
        if (0..28).contains(&r) && (0..28).contains(&c) {
            out[r as usize * 28 + c as usize] = v;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_stroke_fills_the_frame_and_blank_stays_blank() {
        let mut pad = vec![0.0f32; SKETCH_SIDE * SKETCH_SIDE];
        for r in 10..18 {
            pad[r * SKETCH_SIDE + 14] = 1.0;
        }
        let eight = prepare(&pad, 8);
        assert_eq!(eight.len(), 64);
        // A vertical stroke 8 tall, 1 wide, centred: the middle columns of all 8 rows.
        for r in 0..8 {
            assert!(
                eight[r * 8 + 3] + eight[r * 8 + 4] > 0.1,
                "row {r}: {eight:?}"
            );
            assert_eq!(eight[r * 8], 0.0);
        }
        let mnist = prepare(&pad, 28);
        let ink: f32 = mnist.iter().sum();
        assert!(ink > 0.0);
        assert_eq!(mnist[0], 0.0);
        assert_eq!(prepare(&vec![0.0; 784], 8), vec![0.0; 64]);
    }
}
