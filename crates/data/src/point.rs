//! The dataset value types: a [`Point`] is coordinates plus a [`Label`]; a [`Dataset`] is
//! points plus the [`Task`] they pose.
//!
//! Binary labels follow TensorFlow Playground: `Class(1)` is TFP's +1 (blue) and
//! `Class(0)` its −1 (orange). Regression values of the generators lie in TFP's [−1, 1].

use serde::{Deserialize, Serialize};

/// What the network must predict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Task {
    /// Two classes, labels `Class(0)` and `Class(1)`.
    Binary,
    /// `classes ≥ 3` classes, labels `Class(0..classes)`.
    Multiclass { classes: usize },
    /// One real value per point.
    Regression,
}

impl Task {
    /// Number of classes (2 for binary), or `None` for regression.
    pub fn classes(self) -> Option<usize> {
        match self {
            Task::Binary => Some(2),
            Task::Multiclass { classes } => Some(classes),
            Task::Regression => None,
        }
    }
}

/// The target of one point.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Label {
    /// A class index.
    Class(usize),
    /// A regression target.
    Value(f32),
}

impl Label {
    /// The class index, if this is a class label.
    pub fn class(self) -> Option<usize> {
        match self {
            Label::Class(c) => Some(c),
            Label::Value(_) => None,
        }
    }

    /// The label as a number: the class index or the value.
    pub fn as_f32(self) -> f32 {
        match self {
            Label::Class(c) => c as f32,
            Label::Value(v) => v,
        }
    }
}

/// One example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Point {
    /// 2 coordinates for the 2-D datasets, 1 for the sine, N for CSV data.
    pub coords: Vec<f32>,
    /// The target.
    pub label: Label,
}

impl Point {
    /// A 2-D point.
    pub fn xy(x: f64, y: f64, label: Label) -> Self {
        Point {
            coords: vec![x as f32, y as f32],
            label,
        }
    }
}

/// A set of points and what they mean.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    /// The prediction task.
    pub task: Task,
    /// Coordinates per point.
    pub dims: usize,
    /// The examples.
    pub points: Vec<Point>,
    /// Class names of CSV classification data, index = class; empty for generated data.
    pub class_names: Vec<String>,
    /// Feature column names of CSV data; empty for generated data.
    pub column_names: Vec<String>,
}

impl Dataset {
    /// Number of points.
    pub fn len(&self) -> usize {
        self.points.len()
    }

    /// True when there are no points.
    pub fn is_empty(&self) -> bool {
        self.points.is_empty()
    }

    /// The coordinates of every point, in order.
    pub fn coords(&self) -> impl Iterator<Item = &[f32]> + '_ {
        self.points.iter().map(|p| p.coords.as_slice())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_counts_and_accessors() {
        let ds = Dataset {
            task: Task::Multiclass { classes: 3 },
            dims: 2,
            points: vec![
                Point::xy(0.0, 1.0, Label::Class(2)),
                Point::xy(1.0, 0.0, Label::Class(0)),
                Point::xy(1.0, 1.0, Label::Class(2)),
            ],
            class_names: vec![],
            column_names: vec![],
        };
        assert_eq!(ds.len(), 3);
        let classes: Vec<_> = ds.points.iter().map(|p| p.label.class()).collect();
        assert_eq!(classes, [Some(2), Some(0), Some(2)]);
        assert_eq!(ds.coords().nth(1), Some(&[1.0f32, 0.0][..]));
        assert_eq!(Task::Binary.classes(), Some(2));
        assert_eq!(Task::Regression.classes(), None);
        assert_eq!(Label::Value(0.5).as_f32(), 0.5);
        assert_eq!(Label::Value(0.5).class(), None);
    }
}
