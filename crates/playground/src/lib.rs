//! Neurite playground model (being built).
