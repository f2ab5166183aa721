//! The CNN lab (畳み込みニューラルネットワーク): a small CNN trained live on the 8×8 or 28×28
//! digits beside a dense network of about as many parameters; its filters, the feature maps
//! of one image, the softmax probabilities, a drawing pad, the validation confusion matrix,
//! and both networks' accuracy on digits moved by two pixels.

pub mod eval;
pub mod keys;
pub mod session;
pub mod sketch;
pub mod state;

pub use eval::{predict, LayerMaps, Prediction};
pub use session::{CnnSession, Learner};
pub use state::CnnLab;
