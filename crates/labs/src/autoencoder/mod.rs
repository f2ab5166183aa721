//! The autoencoder lab (オートエンコーダ と VAE): digits pressed through a 2-D bottleneck
//! (潜在空間) and restored, trained live; the latent plane with every validation digit as a
//! dot, any point of it decoded, a map of decoded images over the plane, a drawn digit's
//! place on it; and the VAE, whose encoder gives μ and σ, samples z = μ + σ·ε and pays β·KL
//! to stay near N(0, I) — so the plane fills in and decoding mixes in variation.

pub mod keys;
pub mod latent;
pub mod session;
pub mod state;

pub use latent::{Codes, Plane};
pub use session::AeSession;
pub use state::{AeMode, AutoencoderLab};
