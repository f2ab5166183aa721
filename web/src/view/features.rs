//! What each input feature looks like over the data plane (computed without the network).

use neurite_data::{grid_coords, line_coords, Feature, DOMAIN};

use super::colors::auto_scale;
use super::field::{Field, FieldKind};

/// The feature `f` sampled on a `res × res` grid.
pub fn feature_field(f: Feature, res: usize) -> Field {
    let data: Vec<f32> = grid_coords(res, DOMAIN)
        .iter()
        .map(|[x, y]| f.eval(*x as f64, *y as f64) as f32)
        .collect();
    Field {
        res,
        channels: 1,
        scale: auto_scale(&data),
        data,
        kind: FieldKind::Plane,
    }
}

/// The feature `f` of 1-D data (x₂ = 0) as a curve of `res` samples over x.
pub fn feature_curve(f: Feature, res: usize) -> Field {
    let data: Vec<f32> = line_coords(res, DOMAIN)
        .iter()
        .map(|x| f.eval(*x as f64, 0.0) as f32)
        .collect();
    Field {
        res,
        channels: 1,
        scale: auto_scale(&data),
        data,
        kind: FieldKind::Line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feature_fields_cover_the_grid() {
        let f = feature_field(Feature::X1, 8);
        assert_eq!(f.data.len(), 64);
        assert!(
            matches!(f.scale, super::super::colors::Scale::Range(lo, hi) if lo < 0.0 && hi > 0.0)
        );
    }
}
