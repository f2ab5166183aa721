//! Blob transport: raw deflate (`miniz_oxide`) then unpadded base64url.
//!
//! Unpacking is bounded twice: the text length is capped by the caller and the inflater
//! stops at the caller's limit (`MAX_BLOB_BYTES` for links), so a "zip bomb" link costs at most that much memory.

use super::base64url;

/// Compression level: 9 is the best ratio; blobs are small so speed does not matter.
const LEVEL: u8 = 9;

/// Deflate and base64url-encode `bytes`.
pub(crate) fn pack(bytes: &[u8]) -> String {
    base64url::encode(&miniz_oxide::deflate::compress_to_vec(bytes, LEVEL))
}

/// Why a blob could not be unpacked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum UnpackError {
    Base64,
    Deflate,
    TooLarge,
}

/// Inverse of [`pack`], refusing anything that inflates beyond `max` bytes.
pub(crate) fn unpack(text: &str, max: usize) -> Result<Vec<u8>, UnpackError> {
    let compressed = base64url::decode(text.trim_end_matches('=')).ok_or(UnpackError::Base64)?;
    miniz_oxide::inflate::decompress_to_vec_with_limit(&compressed, max).map_err(|e| {
        match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => UnpackError::TooLarge,
            _ => UnpackError::Deflate,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::limits::MAX_BLOB_BYTES;

    #[test]
    fn round_trip() {
        let data: Vec<u8> = (0..5000u32).map(|i| (i * 7 % 251) as u8).collect();
        assert_eq!(unpack(&pack(&data), MAX_BLOB_BYTES), Ok(data));
        assert_eq!(unpack(&pack(&[]), MAX_BLOB_BYTES), Ok(vec![]));
    }

    #[test]
    fn bombs_and_garbage_are_refused() {
        let bomb = pack(&vec![0u8; MAX_BLOB_BYTES + 1]);
        assert_eq!(unpack(&bomb, MAX_BLOB_BYTES), Err(UnpackError::TooLarge));
        assert_eq!(unpack("!!!", MAX_BLOB_BYTES), Err(UnpackError::Base64));
        assert_eq!(unpack("AAAA", MAX_BLOB_BYTES), Err(UnpackError::Deflate));
    }
}
