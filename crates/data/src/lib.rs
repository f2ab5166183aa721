//! Neurite's datasets: TensorFlow Playground's six generators plus moons, checkerboard,
//! K-class blobs and spirals and a 1-D sine; input features; CSV import; train /
//! validation / test splits, k-fold partitions; standardization with the training split's
//! statistics; labelled image sets (8×8 digits, MNIST) in a small binary format
//! ([`images`]); a bilingual text corpus with word, character and BPE tokenizers and
//! skip-gram pairs ([`text`]). All randomness comes from a passed-in `neurite_nn::Rng` and
//! all transcendental maths from `libm`, so data is bit-identical natively and in wasm.

pub mod csv;
pub mod error;
pub mod features;
pub mod generate;
pub mod generators;
pub mod grid;
pub mod images;
pub mod kfold;
pub mod kind;
pub mod point;
pub mod spec;
pub mod split;
pub mod stable_split;
pub mod standardize;
pub mod text;

pub use csv::{
    parse_csv, CsvError, MAX_CSV_CLASSES, MAX_CSV_COLUMNS, MAX_CSV_NAME_BYTES, MAX_CSV_ROWS,
};
pub use error::DataError;
pub use features::{active_features, feature_matrix, input_width, Feature};
pub use generate::{generate, task_of};
pub use grid::{grid_coords, line_coords};
pub use images::{fnv1a64, AssetSpec, ImageError, ImageSet, DIGITS_8X8, MNIST_10K};
pub use kfold::{KFold, MIN_FOLDS};
pub use kind::{DatasetKind, DOMAIN};
pub use point::{Dataset, Label, Point, Task};
pub use spec::{DatasetSpec, MAX_CLASSES, MAX_NOISE, MAX_POINTS, MIN_CLASSES};
pub use split::{split_indices, SplitPercent};
pub use stable_split::stable_split;
pub use standardize::{standardize, Standardization};
pub use text::{Bpe, CharTokenizer, Language, NegativeSampler, TextError, Vocabulary};
