//! Every size limit of a playground state, in one place.
//!
//! A share link is hostile input: these bounds cap the work any link can cause — decoding
//! (input length, decompressed size, element counts) and the session it builds (points ×
//! network size per epoch, heatmap grid size). `State::validate` and the link decoder enforce
//! them; the UI uses the same constants for its slider ranges.

/// Longest accepted link text (whole URL, `#…` or bare hash), in bytes.
pub const MAX_LINK_BYTES: usize = 3 * 1024 * 1024;
/// Largest decompressed blob (weights, wiring, frozen parts, points), in bytes.
pub const MAX_BLOB_BYTES: usize = 2 * 1024 * 1024;
/// Longest accepted state file (`file.rs`: a link inside a small JSON envelope), in bytes.
/// Files hold what links cannot: every valid state fits (the largest, 20,000 points of 64
/// columns with a trained network, its memory and history, is a ~5.3 MB blob).
pub const MAX_FILE_BYTES: usize = 16 * 1024 * 1024;
/// Largest decompressed blob inside a state file, in bytes.
pub const MAX_FILE_BLOB_BYTES: usize = 8 * 1024 * 1024;
/// Most hidden layers.
pub const MAX_HIDDEN_LAYERS: usize = 8;
/// Most neurons in one hidden layer.
pub const MAX_LAYER_WIDTH: usize = 32;
/// Most network inputs: the nine features, or the columns of imported CSV data.
pub const MAX_INPUTS: usize = neurite_data::MAX_CSV_COLUMNS;
/// Most classes of a classification task (CSV import allows the most).
pub const MAX_CLASSES: usize = if neurite_data::MAX_CSV_CLASSES > neurite_data::MAX_CLASSES {
    neurite_data::MAX_CSV_CLASSES
} else {
    neurite_data::MAX_CLASSES
};
/// Most data points, generated or imported.
pub const MAX_POINTS: usize = neurite_data::MAX_POINTS;
/// Largest learning rate. TensorFlow Playground offers up to 10; we allow typing far more so
/// a learner can watch training diverge (and read why) instead of having the value ignored.
pub const MAX_LEARNING_RATE: f32 = 1000.0;
/// Largest regularization rate (TensorFlow Playground offers up to 10).
pub const MAX_REGULARIZATION_RATE: f32 = 10.0;
/// Largest per-layer initialisation gain.
pub const MAX_GAIN: f32 = 100.0;
/// Longest class or column name, in bytes.
pub const MAX_NAME_BYTES: usize = neurite_data::MAX_CSV_NAME_BYTES;
/// Largest early-stopping patience, in epochs.
pub const MAX_PATIENCE: usize = 100_000;
/// Largest heatmap grid side (`resolution²` evaluations per neuron).
pub const MAX_GRID_RESOLUTION: usize = 256;
/// Most epochs of metrics history a state carries; longer runs are thinned to this many
/// (`state::thin_history`), so a link's history costs at most ~26 KB before deflate.
pub const MAX_HISTORY: usize = 1000;
