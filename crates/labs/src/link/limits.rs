//! The size limits of a lab link: a link is hostile input, so these cap the work it can cause.

/// Longest accepted lab link, in bytes: every lab state fits in well under 1 KB.
pub const MAX_LAB_LINK_BYTES: usize = 4 * 1024;
/// Most `key=value` pairs in a lab link: the largest lab (the neuron) has 14 keys.
pub const MAX_LAB_PAIRS: usize = 64;
