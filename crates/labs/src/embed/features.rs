//! The warm-up: words as hand-made vectors over named features, the distributed
//! representation (分散表現) made concrete. Each word is a list of how much it has of each
//! feature (0 to 1, set by hand for the lesson, not learned); words sharing features point
//! the same way, so their cosine is high. A trained table does the same with features
//! nobody named.

/// The features (English, Japanese).
pub const FEATURES: [(&str, &str); 5] = [
    ("red", "赤い"),
    ("round", "丸い"),
    ("food", "食べ物"),
    ("sweet", "甘い"),
    ("alive", "生き物"),
];

/// The words (English, Japanese) and their feature values, in [`FEATURES`]' order.
pub const WORDS: [(&str, &str, [f32; 5]); 6] = [
    ("apple", "りんご", [0.9, 0.9, 1.0, 0.8, 0.0]),
    ("strawberry", "いちご", [1.0, 0.3, 1.0, 0.9, 0.0]),
    ("tomato", "トマト", [0.9, 0.8, 1.0, 0.2, 0.0]),
    ("ball", "ボール", [0.3, 1.0, 0.0, 0.0, 0.0]),
    ("fire engine", "消防車", [1.0, 0.0, 0.0, 0.0, 0.0]),
    ("cat", "猫", [0.0, 0.2, 0.0, 0.0, 1.0]),
];
