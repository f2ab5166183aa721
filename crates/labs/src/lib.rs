//! Neurite's labs: each lab's state (what the learner set), its link codec and the
//! computations it shows — all through the engine (`neurite-nn`, `neurite-data`,
//! `neurite-playground`), so the web app's lab views only draw what they are given.
//! No browser, no UI framework: everything here is tested natively.
//!
//! What each lab teaches, in the learner's notes' terms:
//! - [`neuron`] — 人工ニューロン: y = f(Σ wᵢxᵢ + b); a weight cuts, attenuates, passes,
//!   amplifies or inhibits its link, and the bias sets the threshold (閾値) where it fires.
//! - [`activation`] — 活性化関数 and 微分: the derivative is the tangent's slope, the limit of
//!   secants; σ(a·x) approaches the step as a grows; ReLU's kink and the step's jump are
//!   where differentiability fails; saturated regions stop learning.
//! - [`sigma`] — シグマ (Σ): a sum adds its terms one by one, Σk = n(n+1)/2, and a neuron
//!   is Σ wᵢxᵢ.
//! - [`descent`] — 学習率: gradient descent on a surface; too large a rate diverges (発散),
//!   too small converges (収束) slowly (the surfaces, and runs stepped by the engine's own optimizer update).
//! - [`nonlinear`] — 順伝播型 networks: with linear activations any depth is one affine map
//!   with a straight boundary (XOR stays unsolved); a non-linear activation bends the plane
//!   until the classes separate.
//! - [`normalize`] — 正規化 と 正則化: standardized inputs train fast where 100×-scaled ones
//!   crawl; batch and layer norm keep each layer's values near mean 0, sd 1. Normalization
//!   shapes data and activations so learning is easy; regularization fights overfitting.
//!
//! - [`overfit`] — 過学習: a big network on few noisy points; validation loss turns up while
//!   training loss falls; an epoch scrubber, Early Stopping, 正則化 (L1/L2, dropout), and
//!   ホールドアウト法 against 交差検証法 (k-fold).
//!
//! - [`conv`] — 畳み込み層 と プーリング層: a kernel (フィルタ) slides over an image, each
//!   window's k×k products added into one feature-map (特徴マップ) value; stride and padding
//!   set the map's size; pooling summarises it so a small shift changes little.
//!
//! - [`cnn`] — 畳み込みニューラルネットワーク: a CNN trained live on digits beside a dense
//!   network of about as many parameters; filters, feature maps, softmax, confusion matrix,
//!   a drawing pad, and accuracy on shifted digits.
//!
//! - [`autoencoder`] — オートエンコーダ と VAE: digits through a 2-D bottleneck and back,
//!   the latent plane (潜在空間) decoded point by point, and the VAE's sampled z with β·KL.
//!
//! - [`rnn`] — 再帰型ニューラルネットワーク: a character RNN learns place names one letter at a
//!   time; unrolled over its steps, the gradient through time shrinks as it goes back.
//!
//! - [`embed`] — トークン化, 埋め込み, 単語ベクトル, 分散表現, コサイン類似度: a sentence
//!   split three ways into tokens with ids; word vectors trained live (skip-gram with
//!   negative sampling); cosine with its formula, neighbours, analogies.
//!
//! - [`paradigms`] — 教師あり学習, 教師なし学習, 強化学習: one world of clusters learned with
//!   labels (a network), without them (k-means) and from a reward alone (a bandit agent).
//!
//! - [`pages`] — 用語集 and the lessons: pages to read and follow, nothing to set.
//!
//! Links: [`encode`] / [`decode`] a [`Lab`] as `lab=<name>&key=value&…` (see [`link`]).

pub mod activation;
pub mod autoencoder;
pub mod bounds;
pub mod cnn;
pub mod conv;
pub mod descent;
pub mod embed;
pub mod geometry;
pub mod link;
pub mod neuron;
pub mod nonlinear;
pub mod normalize;
pub mod overfit;
pub mod pages;
pub mod paradigms;
pub mod rnn;
pub mod sigma;

pub use activation::ActivationLab;
pub use autoencoder::AutoencoderLab;
pub use bounds::{Bounds, Scale};
pub use cnn::CnnLab;
pub use conv::ConvLab;
pub use descent::{Descent, DescentLab, DescentStatus, LossSurface, Surface};
pub use embed::EmbedLab;
pub use geometry::{clip_line, Segment};
pub use link::{
    decode, decode_or_defaults, encode, is_lab_link, Lab, LabLinkError, LabName, LabState,
};
pub use neuron::{LinkRole, NeuronLab, WeightPreset};
pub use nonlinear::{AffineMap, NonlinearLab, NonlinearRun};
pub use normalize::{NormRun, NormalizeLab};
pub use overfit::{OverfitLab, OverfitRun};
pub use pages::{GlossaryLab, GlossaryTerm, LessonsLab};
pub use paradigms::ParadigmsLab;
pub use rnn::RnnLab;
pub use sigma::{Sequence, SigmaLab};
