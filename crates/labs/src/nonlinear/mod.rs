//! The non-linearity lab (順伝播型ニューラルネットワーク): stacked linear layers collapse into
//! one affine map; a non-linear activation bends the input space until the classes separate.

mod collapse;
mod keys;
mod state;
mod train;
mod warp;

pub use collapse::{collapse, AffineMap};
pub use state::{NonlinearLab, DATASETS, DEPTH, LEARNING_RATE, WIDTH};
pub use train::{NonlinearRun, EPOCHS};
pub use warp::{warped_grid, MappedPoint, WarpedGrid, GRID_LINES, LINE_SAMPLES};
