//! Neurite datasets (being built).
