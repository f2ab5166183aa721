//! Data points as drawn, and the tools that edit them.

/// Which split a point belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Split {
    Train,
    Validation,
    Test,
}

/// A point as drawn on the output plane.
#[derive(Debug, Clone, PartialEq)]
pub struct PointView {
    /// Position as fractions of the plane, (0, 0) top-left.
    pub fx: f32,
    pub fy: f32,
    /// Raw coordinates, for tooltips and the formula panel.
    pub x: Vec<f32>,
    /// Class index, or the regression value.
    pub class: Option<usize>,
    pub value: f32,
    pub split: Split,
}

/// What a click on the data plane does while editing data.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum DrawTool {
    /// Add a point of this class.
    Class(usize),
    /// Add a regression point with this value.
    Value(f32),
    /// Remove points near the pointer.
    Erase,
}
