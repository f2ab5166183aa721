//! The embeddings lab (トークン化, 埋め込み, 単語ベクトル, 分散表現, コサイン類似度): a
//! sentence split three ways into tokens with their ids, a hand-made feature space, word
//! vectors trained live on the bilingual corpus (skip-gram with negative sampling through
//! the engine), their 2-D PCA projection, cosine similarity with its formula, nearest
//! neighbours and analogies, and cosine set against distance.

pub mod corpus;
pub mod features;
pub mod keys;
pub mod pca;
pub mod readout;
pub mod session;
pub mod state;
pub mod tokens;

pub use session::EmbedSession;
pub use state::{EmbedLab, Tokenizer};
