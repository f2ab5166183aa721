//! The latent space (潜在空間) of a trained autoencoder, read through the engine's layer
//! ranges: encode images to their codes (z, or μ and log σ² for a VAE), decode any point
//! with the decoder alone, decode a VAE's code with ε drawn (so one digit decodes to
//! different images), sample z ~ N(0, I), and the square plane that holds the codes.

use neurite_nn::model::Model;
use neurite_nn::Rng;

use super::state::{Parts, LATENT};

/// Codes of `n` images.
#[derive(Debug, Clone, PartialEq)]
pub struct Codes {
    /// Each image's point: z (AE) or μ (VAE).
    pub mu: Vec<[f32; LATENT]>,
    /// Each image's σ (VAE only): `exp(½ log σ²)`.
    pub sigma: Option<Vec<[f32; LATENT]>>,
}

/// The codes of the `n` images `x`; `None` when the model refuses them.
pub fn encode(model: &Model, parts: Parts, x: &[f32], n: usize) -> Option<Codes> {
    let out = model.predict_range(0, parts.code, x, &[], n).ok()?;
    let width = out.len() / n.max(1);
    let pick = |s: usize, at: usize| [out[s * width + at], out[s * width + at + 1]];
    let mu = (0..n).map(|s| pick(s, 0)).collect();
    let sigma = parts.sample.map(|_| {
        (0..n)
            .map(|s| pick(s, LATENT).map(|lv| libm::expf(0.5 * lv)))
            .collect()
    });
    Some(Codes { mu, sigma })
}

/// The decoder's images for the points `z` (flat, `LATENT` each).
pub fn decode(model: &Model, parts: Parts, z: &[f32]) -> Option<Vec<f32>> {
    let n = z.len() / LATENT;
    model
        .predict_range(parts.decoder, parts.layers, z, &[], n)
        .ok()
}

/// Image `x` decoded through a VAE's sampling layer (z = μ + σ·ε, ε from `rng`): each call
/// draws afresh. For an AE, the plain reconstruction.
pub fn decode_sampled(model: &Model, parts: Parts, x: &[f32], rng: &mut Rng) -> Option<Vec<f32>> {
    let stats = model.predict_range(0, parts.code, x, &[], 1).ok()?;
    let z = match parts.sample {
        Some(s) => model
            .forward_range(s, s + 1, &stats, &[], 1, true, Some(rng))
            .ok()?
            .output()
            .to_vec(),
        None => stats,
    };
    decode(model, parts, &z)
}

/// `count` points drawn from N(0, I) with `rng`, and their decoded images.
pub fn sample_prior(
    model: &Model,
    parts: Parts,
    count: usize,
    rng: &mut Rng,
) -> Option<(Vec<f32>, Vec<f32>)> {
    let z: Vec<f32> = (0..count * LATENT).map(|_| rng.normal() as f32).collect();
    let images = decode(model, parts, &z)?;
    Some((z, images))
}

/// A square window on the latent plane: `[x0, x0 + span] × [y0, y0 + span]`, up on screen
/// being +z₂.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Plane {
    /// Left edge (z₁).
    pub x0: f32,
    /// Bottom edge (z₂).
    pub y0: f32,
    /// Side.
    pub span: f32,
}

impl Plane {
    /// The square around `points` (and the origin), padded by a tenth of its side on
    /// each edge, at least 2 wide — a square, so distances and σ ellipses keep their shape.
    pub fn around(points: &[[f32; LATENT]]) -> Plane {
        let (mut lo, mut hi) = ([0.0f32; 2], [0.0f32; 2]);
        for p in points.iter().filter(|p| p.iter().all(|v| v.is_finite())) {
            for a in 0..2 {
                lo[a] = lo[a].min(p[a]);
                hi[a] = hi[a].max(p[a]);
            }
        }
        let side = (hi[0] - lo[0]).max(hi[1] - lo[1]).max(2.0) * 1.2;
        let centre = [(lo[0] + hi[0]) / 2.0, (lo[1] + hi[1]) / 2.0];
        Plane {
            x0: centre[0] - side / 2.0,
            y0: centre[1] - side / 2.0,
            span: side,
        }
    }

    /// Where `z` lies as fractions of the plane: (0, 0) top left, (1, 1) bottom right.
    pub fn to_unit(&self, z: [f32; LATENT]) -> (f64, f64) {
        (
            f64::from((z[0] - self.x0) / self.span),
            f64::from(1.0 - (z[1] - self.y0) / self.span),
        )
    }

    /// The point at fractions `(fx, fy)` of the plane (inverse of [`Self::to_unit`]).
    pub fn from_unit(&self, fx: f64, fy: f64) -> [f32; LATENT] {
        [
            self.x0 + fx as f32 * self.span,
            self.y0 + (1.0 - fy as f32) * self.span,
        ]
    }

    /// The centres of a `cells × cells` grid over the plane, row by row from the top.
    pub fn grid(&self, cells: usize) -> Vec<f32> {
        let mut z = Vec::with_capacity(cells * cells * LATENT);
        for r in 0..cells {
            for c in 0..cells {
                let f = |i: usize| (i as f64 + 0.5) / cells.max(1) as f64;
                z.extend(self.from_unit(f(c), f(r)));
            }
        }
        z
    }
}

/// `cells × cells` images of `side × side` (row by row, as [`Plane::grid`] orders their
/// points) laid out as one picture of [`tiled_side`]² values, a blank line between
/// neighbours so each image reads on its own (digits touch their frame's edges): the map of
/// the plane.
pub fn tile(images: &[f32], cells: usize, side: usize) -> Vec<f32> {
    let wide = tiled_side(cells, side);
    let mut out = vec![0.0f32; wide * wide];
    for (i, image) in images.chunks(side * side).take(cells * cells).enumerate() {
        let (r, c) = (i / cells, i % cells);
        for (y, row) in image.chunks(side).enumerate() {
            let at = (r * (side + 1) + y) * wide + c * (side + 1);
            out[at..at + row.len()].copy_from_slice(row);
        }
    }
    out
}

/// The side of [`tile`]'s picture: `cells` images and the `cells − 1` lines between them.
pub fn tiled_side(cells: usize, side: usize) -> usize {
    (cells * (side + 1)).saturating_sub(1)
}

/// The mean point of each class's codes (`None` for a class with no image).
pub fn class_centres(
    codes: &[[f32; LATENT]],
    labels: &[usize],
    classes: usize,
) -> Vec<Option<[f32; LATENT]>> {
    let mut sum = vec![[0.0f64; LATENT]; classes];
    let mut count = vec![0usize; classes];
    for (z, &k) in codes.iter().zip(labels) {
        if k < classes {
            sum[k][0] += f64::from(z[0]);
            sum[k][1] += f64::from(z[1]);
            count[k] += 1;
        }
    }
    (0..classes)
        .map(|k| {
            (count[k] > 0).then(|| {
                let d = count[k] as f64;
                [(sum[k][0] / d) as f32, (sum[k][1] / d) as f32]
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_plane_maps_points_both_ways_and_keeps_them_inside() {
        let pts = [[-3.0, 1.0], [5.0, 2.0], [0.5, -1.0]];
        let p = Plane::around(&pts);
        assert!((p.span - 9.6).abs() < 1e-5, "8 wide, padded: {}", p.span);
        for z in pts {
            let (fx, fy) = p.to_unit(z);
            assert!((0.0..=1.0).contains(&fx) && (0.0..=1.0).contains(&fy));
            let back = p.from_unit(fx, fy);
            assert!((back[0] - z[0]).abs() < 1e-5 && (back[1] - z[1]).abs() < 1e-5);
        }
        // Up on screen is +z₂: the top-left cell centre has the largest z₂.
        let g = p.grid(2);
        assert!(g[1] > g[5] && g[0] < g[2]);
        assert_eq!(Plane::around(&[]).span, 2.4);
    }

    #[test]
    fn tiles_sit_where_the_grid_put_their_points() {
        // Four 2×2 images, image i filled with i + 1: a 5×5 picture, one quadrant each,
        // a blank cross between them.
        let images: Vec<f32> = (0..4).flat_map(|i| [i as f32 + 1.0; 4]).collect();
        let t = tile(&images, 2, 2);
        assert_eq!(tiled_side(2, 2), 5);
        #[rustfmt::skip]
        let want = [
            1., 1., 0., 2., 2.,
            1., 1., 0., 2., 2.,
            0., 0., 0., 0., 0.,
            3., 3., 0., 4., 4.,
            3., 3., 0., 4., 4.,
        ];
        assert_eq!(t, want);
    }

    #[test]
    fn class_centres_average_each_class() {
        let c = class_centres(&[[0.0, 0.0], [2.0, 4.0], [1.0, 1.0]], &[1, 1, 0], 3);
        assert_eq!(c, vec![Some([1.0, 1.0]), Some([1.0, 2.0]), None]);
    }
}
