//! The RNN lab (再帰型ニューラルネットワーク): a character-level recurrent network with a tanh
//! cell trained live on place names, predicting each next character; a typed beginning
//! continued; and the network unrolled over its time steps with backpropagation through
//! time, each step's hidden state and the size of the gradient reaching it.

pub mod cell;
pub mod keys;
pub mod names;
pub mod session;
pub mod state;
pub mod view;

pub use session::RnnSession;
pub use state::RnnLab;
