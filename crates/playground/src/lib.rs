//! Neurite's playground model: the versioned [`State`] a share link carries, the link
//! codec ([`encode_link`], [`decode_link`]) that reads TensorFlow Playground links too, and
//! the [`Session`] that turns a state into a dataset, a network and a trainer, and the state
//! file ([`encode_file`], [`decode_file`]) for what is too large for a link.

pub mod file;
pub mod limits;
pub mod link;
pub mod session;
pub mod state;

pub use file::{check_file_size, decode_file, encode_file, FileError, StateFile};
pub use link::{
    decode_link, encode_link, encode_link_checked, seed_from_text, LinkError, LinkTooLarge,
};
pub use session::{
    query_network, train_config, GridActivations, PointQuery, Session, SessionError, SplitIndices,
};
pub use state::task::{default_head, head_suits, output_width};
pub use state::{
    thin_history, Frozen, LayerParams, LinkRef, NetworkSettings, NeuronRef, NormValues, State,
    StateError, TrainingSettings, UiSettings, STATE_VERSION,
};
