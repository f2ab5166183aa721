//! [`State::validate`]: every setting in range, every optional part consistent with the
//! settings. Limits come from [`crate::limits`]; together they bound the work a state (and
//! so a hostile link) can cause.

use std::fmt;

use neurite_data::Feature;

use super::task::head_suits;
use super::words::task_words;
use super::{State, STATE_VERSION};
use crate::limits::{
    MAX_GAIN, MAX_HIDDEN_LAYERS, MAX_INPUTS, MAX_LAYER_WIDTH, MAX_LEARNING_RATE, MAX_PATIENCE,
    MAX_POINTS, MAX_REGULARIZATION_RATE,
};

/// Why a state is not usable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StateError {
    /// A state format this build does not know.
    Version(u32),
    /// A setting outside its allowed range.
    Range {
        field: String,
        value: String,
        allowed: String,
    },
    /// Settings that do not fit together (head vs task, loss vs head, …).
    Conflict(String),
    /// An optional part (weights, wiring, frozen, points) that does not match the settings.
    Shape(String),
}

impl fmt::Display for StateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StateError::Version(v) => {
                write!(
                    f,
                    "state version {v} is not supported (this build reads {STATE_VERSION})"
                )
            }
            StateError::Range {
                field,
                value,
                allowed,
            } => {
                write!(f, "{field} must be {allowed}, got {value}")
            }
            StateError::Conflict(m) | StateError::Shape(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for StateError {}

/// `Err(Range)` unless `ok`.
pub(super) fn check(
    ok: bool,
    field: &str,
    value: impl fmt::Display,
    allowed: &str,
) -> Result<(), StateError> {
    if ok {
        Ok(())
    } else {
        Err(StateError::Range {
            field: field.to_owned(),
            value: value.to_string(),
            allowed: allowed.to_owned(),
        })
    }
}

impl State {
    /// Checks every setting against [`crate::limits`] and every optional part against the
    /// settings; the error names the offending field.
    pub fn validate(&self) -> Result<(), StateError> {
        if self.version != STATE_VERSION {
            return Err(StateError::Version(self.version));
        }
        self.validate_data()?;
        self.validate_network()?;
        self.validate_training()?;
        self.validate_parts()
    }

    fn validate_data(&self) -> Result<(), StateError> {
        self.dataset
            .validate()
            .map_err(|e| StateError::Conflict(format!("dataset: {e}")))?;
        let canonical: Vec<Feature> = Feature::ALL
            .into_iter()
            .filter(|f| self.features.contains(f))
            .collect();
        if canonical != self.features {
            return Err(StateError::Conflict(
                "features must be listed once each, in the order x1, x2, x1_squared, x2_squared, \
                 x1_x2, sin_x1, sin_x2, cos_x1, cos_x2"
                    .into(),
            ));
        }
        self.validate_points()?;
        let inputs = self.input_width();
        check(
            (1..=MAX_INPUTS).contains(&inputs),
            "network inputs (selected features)",
            inputs,
            &format!("1..={MAX_INPUTS}"),
        )
    }

    fn validate_network(&self) -> Result<(), StateError> {
        let hidden = &self.network.hidden;
        check(
            hidden.len() <= MAX_HIDDEN_LAYERS,
            "number of hidden layers",
            hidden.len(),
            &format!("at most {MAX_HIDDEN_LAYERS}"),
        )?;
        for (i, l) in hidden.iter().enumerate() {
            let field = |name: &str| format!("hidden layer {} {name}", i + 1);
            check(
                (1..=MAX_LAYER_WIDTH).contains(&l.width),
                &field("width"),
                l.width,
                &format!("1..={MAX_LAYER_WIDTH}"),
            )?;
            check(
                l.gain.is_finite() && l.gain.abs() <= MAX_GAIN,
                &field("gain"),
                l.gain,
                &format!("finite, at most {MAX_GAIN} in size"),
            )?;
            check(
                (0.0..1.0).contains(&l.dropout),
                &field("dropout"),
                l.dropout,
                "in [0, 1)",
            )?;
        }
        let (task, head, loss) = (self.task(), self.network.head, self.network.loss);
        if !head_suits(task, head) {
            return Err(StateError::Conflict(format!(
                "the {} output head does not suit {}",
                head.name(),
                task_words(task)
            )));
        }
        self.network
            .head
            .check_loss(loss)
            .map_err(|e| StateError::Conflict(e.to_string()))
    }

    fn validate_training(&self) -> Result<(), StateError> {
        let t = &self.training;
        let lr = t.optimizer.learning_rate;
        check(
            lr.is_finite() && (0.0..=MAX_LEARNING_RATE).contains(&lr),
            "learning rate",
            lr,
            &format!("in [0, {MAX_LEARNING_RATE}]"),
        )?;
        t.optimizer
            .validate()
            .map_err(|e| StateError::Conflict(e.to_string()))?;
        let rate = t.regularization_rate;
        check(
            rate.is_finite() && (0.0..=MAX_REGULARIZATION_RATE).contains(&rate),
            "regularization rate",
            rate,
            &format!("in [0, {MAX_REGULARIZATION_RATE}]"),
        )?;
        check(
            (1..=MAX_POINTS).contains(&t.batch_size),
            "batch size",
            t.batch_size,
            &format!("1..={MAX_POINTS}"),
        )?;
        let s = t.split;
        check(
            s.validate().is_ok(),
            "train + validation + test percentages",
            format!("{}+{}+{}", s.train, s.validation, s.test),
            "100",
        )?;
        check(s.train > 0, "train percentage", s.train, "at least 1")?;
        if let Some(es) = &t.early_stopping {
            check(
                (1..=MAX_PATIENCE).contains(&es.patience),
                "early stopping patience",
                es.patience,
                &format!("1..={MAX_PATIENCE}"),
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use neurite_nn::{Activation, LayerSpec, OutputHead};

    #[test]
    fn range_errors_name_the_field() {
        let mut s = State::tfp_default();
        s.network
            .hidden
            .push(LayerSpec::new(MAX_LAYER_WIDTH + 1, Activation::Relu));
        let e = s.validate().map_err(|e| e.to_string());
        assert_eq!(
            e,
            Err(format!(
                "hidden layer 3 width must be 1..={MAX_LAYER_WIDTH}, got 33"
            ))
        );
        let mut s = State::tfp_default();
        s.training.optimizer.learning_rate = f32::NAN;
        assert!(matches!(s.validate(), Err(StateError::Range { .. })));
        let mut s = State::tfp_default();
        s.training.batch_size = 0;
        assert!(s.validate().is_err());
        let mut s = State::tfp_default();
        s.version = 2;
        assert_eq!(s.validate(), Err(StateError::Version(2)));
    }

    #[test]
    fn conflicts() {
        let mut s = State::tfp_default();
        s.features = vec![Feature::X2, Feature::X1];
        assert!(matches!(s.validate(), Err(StateError::Conflict(_))));
        let mut s = State::tfp_default();
        s.features.clear();
        assert!(s.validate().is_err());
        let mut s = State::tfp_default();
        s.network.head = OutputHead::Softmax;
        s.network.loss = neurite_nn::Loss::SquaredError;
        assert!(matches!(s.validate(), Err(StateError::Conflict(_))));
    }
}
