//! Validation of the optional parts of a [`State`]: user points, removed links, frozen
//! parameters and exact weights must match the settings' shapes.

use neurite_data::{Label, Task};

use super::validate::{check, StateError};
use super::words::{label_words, link_words, task_words};
use super::State;
use crate::limits::{MAX_CLASSES, MAX_INPUTS, MAX_NAME_BYTES, MAX_POINTS};

fn shape(message: String) -> Result<(), StateError> {
    Err(StateError::Shape(message))
}

/// Strictly increasing (sorted, no duplicates).
fn strictly_sorted<T: Ord>(items: &[T]) -> bool {
    items.windows(2).all(|w| w[0] < w[1])
}

impl State {
    /// `(inputs, outputs)` of every engine parameter layer.
    pub fn layer_shapes(&self) -> Vec<(usize, usize)> {
        let widths = self.network_spec().widths();
        widths.windows(2).map(|w| (w[0], w[1])).collect()
    }

    pub(super) fn validate_points(&self) -> Result<(), StateError> {
        let Some(data) = &self.points else {
            return Ok(());
        };
        let n = data.points.len();
        check(
            (1..=MAX_POINTS).contains(&n),
            "number of points",
            n,
            &format!("1..={MAX_POINTS}"),
        )?;
        check(
            (1..=MAX_INPUTS).contains(&data.dims),
            "point dimensions",
            data.dims,
            &format!("1..={MAX_INPUTS}"),
        )?;
        let classes = data.task.classes();
        if let Task::Multiclass { classes } = data.task {
            check(
                (3..=MAX_CLASSES).contains(&classes),
                "number of classes",
                classes,
                &format!("3..={MAX_CLASSES}"),
            )?;
        }
        for (i, p) in data.points.iter().enumerate() {
            if p.coords.len() != data.dims {
                return shape(format!(
                    "point {i} has {} coordinates, expected {}",
                    p.coords.len(),
                    data.dims
                ));
            }
            if p.coords.iter().any(|c| !c.is_finite()) {
                return shape(format!("point {i} has a non-finite coordinate"));
            }
            let label_ok = match (p.label, classes) {
                (Label::Class(c), Some(k)) => c < k,
                (Label::Value(v), None) => v.is_finite(),
                _ => false,
            };
            if !label_ok {
                return shape(format!(
                    "point {i} has label {}, which does not fit {}",
                    label_words(p.label),
                    task_words(data.task)
                ));
            }
        }
        let k = classes.unwrap_or(0);
        if !data.class_names.is_empty() && data.class_names.len() != k {
            return shape(format!(
                "{} class names for {k} classes",
                data.class_names.len()
            ));
        }
        if !data.column_names.is_empty() && data.column_names.len() != data.dims {
            return shape(format!(
                "{} column names for {} dimensions",
                data.column_names.len(),
                data.dims
            ));
        }
        let long = data
            .class_names
            .iter()
            .chain(&data.column_names)
            .find(|s| s.len() > MAX_NAME_BYTES);
        match long {
            Some(name) => shape(format!(
                "name '{}…' is longer than {MAX_NAME_BYTES} bytes",
                name.chars().take(16).collect::<String>()
            )),
            None => Ok(()),
        }
    }

    pub(super) fn validate_parts(&self) -> Result<(), StateError> {
        let shapes = self.layer_shapes();
        let link_ok = |l: &super::LinkRef| {
            shapes
                .get(l.layer)
                .is_some_and(|&(i, o)| l.to < o && l.from < i)
        };
        if let Some(bad) = self.wiring.iter().find(|l| !link_ok(l)) {
            return shape(format!(
                "removed link {} is outside the network",
                link_words(bad)
            ));
        }
        if !strictly_sorted(&self.wiring) {
            return shape("removed links must be sorted and listed once".into());
        }
        if let Some(bad) = self.frozen.weights.iter().find(|l| !link_ok(l)) {
            return shape(format!(
                "frozen weight {} is outside the network",
                link_words(bad)
            ));
        }
        let bias_ok =
            |b: &super::NeuronRef| shapes.get(b.layer).is_some_and(|&(_, o)| b.neuron < o);
        if let Some(bad) = self.frozen.biases.iter().find(|b| !bias_ok(b)) {
            return shape(format!(
                "frozen bias of neuron {} in layer {} is outside the network",
                bad.neuron, bad.layer
            ));
        }
        if !strictly_sorted(&self.frozen.weights) || !strictly_sorted(&self.frozen.biases) {
            return shape("frozen parts must be sorted and listed once".into());
        }
        self.validate_weights(&shapes)?;
        self.validate_history()?;
        self.validate_memory(&shapes)
    }

    fn validate_weights(&self, shapes: &[(usize, usize)]) -> Result<(), StateError> {
        let Some(layers) = &self.weights else {
            return Ok(());
        };
        if layers.len() != shapes.len() {
            return shape(format!(
                "weights have {} layers but the network has {} ({} hidden + output)",
                layers.len(),
                shapes.len(),
                shapes.len() - 1
            ));
        }
        for (l, (params, &(inputs, outputs))) in layers.iter().zip(shapes).enumerate() {
            let rows_ok =
                params.weights.len() == outputs && params.weights.iter().all(|r| r.len() == inputs);
            if !rows_ok || params.bias.len() != outputs {
                let (o, i) = params.shape();
                return shape(format!(
                    "weights of layer {l} are {o}×{i} with {} biases, the network needs {outputs}×{inputs}",
                    params.bias.len()
                ));
            }
            let finite = params
                .weights
                .iter()
                .flatten()
                .chain(&params.bias)
                .all(|w| w.is_finite());
            if !finite {
                return shape(format!("weights of layer {l} are not all finite"));
            }
            self.validate_norm(l, params, outputs)?;
        }
        Ok(())
    }

    /// A layer's normalization values: only on a normalized hidden layer, one per neuron
    /// each, finite, running variances ≥ 0.
    fn validate_norm(
        &self,
        l: usize,
        params: &super::LayerParams,
        outputs: usize,
    ) -> Result<(), StateError> {
        let Some(norm) = &params.norm else {
            return Ok(());
        };
        let on = self
            .network
            .hidden
            .get(l)
            .is_some_and(|h| h.normalization.is_on());
        if !on {
            return shape(format!(
                "layer {l} carries normalization values but is not normalized"
            ));
        }
        if norm.lists().iter().any(|v| v.len() != outputs) {
            return shape(format!(
                "normalization values of layer {l} must be {outputs} per list"
            ));
        }
        if !norm.lists().iter().all(|v| v.iter().all(|x| x.is_finite())) {
            return shape(format!(
                "normalization values of layer {l} are not all finite"
            ));
        }
        if norm.running_var.iter().any(|&v| v < 0.0) {
            return shape(format!("layer {l} has a negative running variance"));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::super::{LayerParams, LinkRef};
    use super::*;
    use neurite_data::{Dataset, Point};

    #[test]
    fn weights_must_match_the_network() {
        let mut s = State::default();
        assert_eq!(s.layer_shapes(), vec![(2, 4), (4, 2), (2, 1)]);
        s.weights = Some(vec![LayerParams::default(); 2]);
        let e = s.validate().map_err(|e| e.to_string());
        assert_eq!(
            e,
            Err("weights have 2 layers but the network has 3 (2 hidden + output)".into())
        );
        let ok: Vec<LayerParams> = s
            .layer_shapes()
            .iter()
            .map(|&(i, o)| LayerParams {
                norm: None,
                weights: vec![vec![0.5; i]; o],
                bias: vec![0.1; o],
            })
            .collect();
        s.weights = Some(ok.clone());
        assert_eq!(s.validate(), Ok(()));
        let mut bad = ok;
        bad[1].weights[0][0] = f32::INFINITY;
        s.weights = Some(bad);
        assert!(matches!(s.validate(), Err(StateError::Shape(_))));
    }

    #[test]
    fn wiring_and_points() {
        let mut s = State::tfp_default();
        s.wiring = vec![
            LinkRef {
                layer: 2,
                to: 0,
                from: 1,
            },
            LinkRef {
                layer: 2,
                to: 0,
                from: 0,
            },
        ];
        assert!(s.validate().is_err());
        s.wiring.reverse();
        assert_eq!(s.validate(), Ok(()));
        s.wiring = vec![LinkRef {
            layer: 3,
            to: 0,
            from: 0,
        }];
        assert_eq!(
            s.validate().map_err(|e| e.to_string()),
            Err("removed link 0 → 0 into layer 3 is outside the network".into())
        );
        let mut s = State::tfp_default();
        s.points = Some(Dataset {
            task: Task::Binary,
            dims: 2,
            points: vec![Point::xy(0.0, 0.0, Label::Class(2))],
            class_names: vec![],
            column_names: vec![],
        });
        assert!(matches!(s.validate(), Err(StateError::Shape(_))));
        assert_eq!(
            s.validate().map_err(|e| e.to_string()),
            Err("point 0 has label class 2, which does not fit a two-class task".into())
        );
    }
}
