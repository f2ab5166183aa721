//! Why an image file could not be read: [`ImageSet::decode`](super::ImageSet::decode) and
//! [`AssetSpec::check`](super::AssetSpec::check) name the exact field, index and value, so a
//! broken or stale asset can be fixed from the message alone.

use std::fmt;

/// A decode or asset-check failure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImageError {
    /// Fewer bytes than the fixed header.
    TruncatedHeader { needed: usize, got: usize },
    /// The first four bytes are not `NRDI`.
    Magic { found: Vec<u8> },
    /// A format version this build does not read.
    Version { found: u8, supported: u8 },
    /// A header field that must be positive is zero (`count`, `height`, `width` or `max value`).
    Zero { field: &'static str },
    /// Fewer than two classes: a classification set needs at least two.
    Classes { classes: u8 },
    /// The header's sizes need more bytes than the input has (also how absurd counts end).
    TruncatedBody {
        count: u32,
        height: u16,
        width: u16,
        expected: u64,
        got: usize,
    },
    /// Bytes after the last pixel: a wrong header or a concatenated file.
    TrailingBytes { expected: u64, got: usize },
    /// Image `index` has a label not below the class count.
    Label {
        index: usize,
        label: u8,
        classes: u8,
    },
    /// A pixel above the header's maximum.
    Pixel {
        image: usize,
        row: usize,
        col: usize,
        value: u8,
        max: u8,
    },
    /// An asset of the wrong size (checked before hashing, so a stale file is named plainly).
    AssetSize {
        name: &'static str,
        expected: usize,
        got: usize,
    },
    /// An asset of the right size with the wrong FNV-1a 64 hash.
    AssetHash {
        name: &'static str,
        expected: u64,
        got: u64,
    },
}

impl fmt::Display for ImageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ImageError as E;
        match self {
            E::TruncatedHeader { needed, got } => write!(
                f,
                "image file too short: the header needs {needed} bytes, got {got}"
            ),
            E::Magic { found } => write!(
                f,
                "not a Neurite image file: expected magic \"NRDI\", found {found:02x?}"
            ),
            E::Version { found, supported } => write!(
                f,
                "image file format version {found} is not supported (this build reads {supported})"
            ),
            E::Zero { field } => write!(f, "image file header: {field} must not be 0"),
            E::Classes { classes } => write!(
                f,
                "image file header: needs at least 2 classes, got {classes}"
            ),
            E::TruncatedBody {
                count,
                height,
                width,
                expected,
                got,
            } => write!(
                f,
                "image file truncated: the header declares {count} images of {height}×{width} \
                 ({expected} bytes in all), the input has {got}"
            ),
            E::TrailingBytes { expected, got } => write!(
                f,
                "image file has trailing bytes: the header accounts for {expected} bytes, \
                 the input has {got}"
            ),
            E::Label {
                index,
                label,
                classes,
            } => write!(
                f,
                "image {index} has label {label}, but there are only {classes} classes"
            ),
            E::Pixel {
                image,
                row,
                col,
                value,
                max,
            } => write!(
                f,
                "image {image} has pixel {value} at row {row}, column {col}, above the maximum {max}"
            ),
            E::AssetSize {
                name,
                expected,
                got,
            } => write!(f, "asset {name}: expected {expected} bytes, got {got}"),
            E::AssetHash {
                name,
                expected,
                got,
            } => write!(
                f,
                "asset {name}: FNV-1a 64 hash mismatch: expected {expected:#018x}, got {got:#018x}"
            ),
        }
    }
}

impl std::error::Error for ImageError {}
