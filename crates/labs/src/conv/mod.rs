//! The convolution lab (畳み込み層, フィルタ, 特徴マップ, プーリング層): a kernel slides over an
//! image; at each position the k×k products of kernel and pixels are added (a Σ, as in a
//! neuron) and the total is one value of the feature map. Several kernels give several maps
//! ("one filter, one feature"); stride and padding set the map's size,
//! `⌊(H − k + 2p)/s⌋ + 1`. Pooling then summarises each map window by window, so that a
//! small shift of the image changes the summary far less than the map.
//!
//! Every number comes from the engine's convolution and pooling layers; the lab adds the
//! written-out window as the check.

pub mod compute;
pub mod kernels;
pub mod keys;
pub mod picture;
pub mod pool;
pub mod state;

pub use compute::{convolve, map_size, ConvError, FeatureMaps, Window, WindowTerm};
pub use kernels::{Kernel, KernelPreset};
pub use picture::{digit_picture, Drawing, Pattern, Picture, PAD_SIDE};
pub use pool::{pool, routed_gradient, PoolError, Pooled, ShiftComparison};
pub use state::{ConvLab, DigitSet, ImageKind, PoolChoice};
