//! [`generate`]: validate a [`DatasetSpec`], run its generator with the data `Rng`, and
//! shuffle the points (TFP shuffles its generated data too, so classes are interleaved).
//! Noise reaches the generators as the fraction `spec.noise / 100`.

use neurite_nn::rng::Rng;

use crate::error::DataError;
use crate::generators::{classify, multiclass, regress, shapes};
use crate::kind::DatasetKind;
use crate::point::{Dataset, Task};
use crate::spec::DatasetSpec;

/// The dataset `spec` describes, drawn from `rng` (use `Stream::Data`).
pub fn generate(spec: &DatasetSpec, rng: &mut Rng) -> Result<Dataset, DataError> {
    spec.validate()?;
    let n = spec.points;
    let f = f64::from(spec.noise) / 100.0;
    let k = spec.classes;
    let mut points = match spec.kind {
        DatasetKind::Circle => classify::circle(n, f, rng),
        DatasetKind::Xor => classify::xor(n, f, rng),
        DatasetKind::Gauss => classify::gauss(n, f, rng),
        DatasetKind::Spiral => classify::spiral(n, f, rng),
        DatasetKind::RegPlane => regress::plane(n, f, rng),
        DatasetKind::RegGauss => regress::gaussian(n, f, rng),
        DatasetKind::Sine => regress::sine(n, f, rng),
        DatasetKind::Moons => shapes::moons(n, f, rng),
        DatasetKind::Checkerboard => shapes::checkerboard(n, f, rng),
        DatasetKind::Blobs => multiclass::blobs(n, k, f, rng),
        DatasetKind::Spirals => multiclass::spirals(n, k, f, rng),
    };
    rng.shuffle(&mut points);
    Ok(Dataset {
        task: task_of(spec),
        dims: spec.kind.dims(),
        points,
        class_names: Vec::new(),
        column_names: Vec::new(),
    })
}

/// The task a spec poses.
pub fn task_of(spec: &DatasetSpec) -> Task {
    if spec.kind.is_regression() {
        Task::Regression
    } else if spec.kind.is_multiclass() {
        Task::Multiclass {
            classes: spec.classes,
        }
    } else {
        Task::Binary
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_spec_is_an_error_not_a_panic() {
        let spec = DatasetSpec {
            points: 0,
            ..DatasetSpec::default()
        };
        assert!(generate(&spec, &mut Rng::new(0)).is_err());
    }

    #[test]
    fn task_and_dims_follow_kind() {
        let mut rng = Rng::new(0);
        for kind in DatasetKind::ALL {
            let ds = generate(&DatasetSpec::new(kind), &mut rng);
            let ds = ds.unwrap_or_else(|e| panic!("{kind:?}: {e}"));
            assert_eq!(ds.dims, kind.dims());
            assert_eq!(ds.task, task_of(&DatasetSpec::new(kind)));
            assert!(ds.points.iter().all(|p| p.coords.len() == kind.dims()));
        }
    }
}
