//! [`SessionError`]: why a state could not become a running session.

use std::fmt;

use neurite_data::DataError;
use neurite_nn::NnError;

use crate::state::StateError;

/// Why a [`Session`](super::Session) could not be built or changed.
#[derive(Debug, Clone, PartialEq)]
pub enum SessionError {
    /// The state failed validation.
    State(StateError),
    /// The dataset could not be generated.
    Data(DataError),
    /// The engine refused the network, data or settings.
    Engine(NnError),
    /// The request does not apply to this session (e.g. a heatmap of 5-D data).
    Unsupported(String),
}

impl fmt::Display for SessionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SessionError::State(e) => write!(f, "invalid settings: {e}"),
            SessionError::Data(e) => write!(f, "dataset: {e}"),
            SessionError::Engine(e) => e.fmt(f),
            SessionError::Unsupported(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for SessionError {}

impl From<StateError> for SessionError {
    fn from(e: StateError) -> Self {
        SessionError::State(e)
    }
}

impl From<DataError> for SessionError {
    fn from(e: DataError) -> Self {
        SessionError::Data(e)
    }
}

impl From<NnError> for SessionError {
    fn from(e: NnError) -> Self {
        SessionError::Engine(e)
    }
}
