//! Reading and writing the NRDI format (layout in the [module docs](super)).
//!
//! Decoding is total: every input gives `Ok` or a specific [`ImageError`], never a panic
//! and never an allocation larger than the input, because all sizes are computed in `u64`
//! (count · height · width fits: 32 + 16 + 16 bits) and compared with the input's length
//! before anything is copied. The files are fetched over the network in the web app, so a
//! half-downloaded or wrong file must become a message, not a crash.

use super::{ImageError, ImageSet};

/// `b"NRDI"`: Neurite digit images.
pub const MAGIC: [u8; 4] = *b"NRDI";
/// The only format version so far.
pub const VERSION: u8 = 1;
/// Magic 4, version 1, count 4, height 2, width 2, classes 1, max value 1.
pub const HEADER_LEN: usize = 15;

/// The header's fields, before the sizes are checked against the input.
struct Header {
    count: u32,
    height: u16,
    width: u16,
    classes: u8,
    max_value: u8,
}

fn read_header(bytes: &[u8]) -> Result<Header, ImageError> {
    let Some(h) = bytes.first_chunk::<HEADER_LEN>() else {
        // The magic is still checked first, so a short non-NRDI file says "not NRDI".
        let n = bytes.len().min(4);
        if bytes[..n] != MAGIC[..n] {
            return Err(ImageError::Magic {
                found: bytes[..n].to_vec(),
            });
        }
        return Err(ImageError::TruncatedHeader {
            needed: HEADER_LEN,
            got: bytes.len(),
        });
    };
    if h[0..4] != MAGIC {
        return Err(ImageError::Magic {
            found: h[0..4].to_vec(),
        });
    }
    if h[4] != VERSION {
        return Err(ImageError::Version {
            found: h[4],
            supported: VERSION,
        });
    }
    Ok(Header {
        count: u32::from_le_bytes([h[5], h[6], h[7], h[8]]),
        height: u16::from_le_bytes([h[9], h[10]]),
        width: u16::from_le_bytes([h[11], h[12]]),
        classes: h[13],
        max_value: h[14],
    })
}

impl ImageSet {
    /// Parses and validates an NRDI file. Total: see the module docs.
    pub fn decode(bytes: &[u8]) -> Result<ImageSet, ImageError> {
        let h = read_header(bytes)?;
        for (field, value) in [
            ("count", u64::from(h.count)),
            ("height", u64::from(h.height)),
            ("width", u64::from(h.width)),
            ("max value", u64::from(h.max_value)),
        ] {
            if value == 0 {
                return Err(ImageError::Zero { field });
            }
        }
        if h.classes < 2 {
            return Err(ImageError::Classes { classes: h.classes });
        }
        let count = u64::from(h.count);
        let area = u64::from(h.height) * u64::from(h.width);
        // ≤ 15 + (2³²−1) + (2³²−1)(2¹⁶−1)²: the product is below 2⁶⁴ − 2³³, so no overflow.
        let expected = HEADER_LEN as u64 + count + count * area;
        let got = bytes.len();
        if (got as u64) < expected {
            return Err(ImageError::TruncatedBody {
                count: h.count,
                height: h.height,
                width: h.width,
                expected,
                got,
            });
        }
        if got as u64 > expected {
            return Err(ImageError::TrailingBytes { expected, got });
        }
        // expected ≤ got, so these fit in usize and the slices below are in range.
        let (count, area) = (h.count as usize, area as usize);
        let body = &bytes[HEADER_LEN..];
        let (labels, pixels) = body.split_at(count);
        if let Some(index) = labels.iter().position(|&l| l >= h.classes) {
            return Err(ImageError::Label {
                index,
                label: labels[index],
                classes: h.classes,
            });
        }
        if let Some(at) = pixels.iter().position(|&p| p > h.max_value) {
            let width = usize::from(h.width);
            return Err(ImageError::Pixel {
                image: at / area,
                row: at % area / width,
                col: at % width,
                value: pixels[at],
                max: h.max_value,
            });
        }
        Ok(ImageSet {
            height: usize::from(h.height),
            width: usize::from(h.width),
            classes: h.classes,
            max_value: h.max_value,
            labels: labels.to_vec(),
            pixels: pixels.to_vec(),
        })
    }

    /// The NRDI bytes of this set: `decode(&set.encode()) == Ok(set)`. For tests and tools
    /// that derive a set (a crop, a subset) and want to store it.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(HEADER_LEN + self.labels.len() + self.pixels.len());
        out.extend_from_slice(&MAGIC);
        out.push(VERSION);
        // A decoded set's sizes came from these same fields, so the casts are exact.
        out.extend_from_slice(&(self.labels.len() as u32).to_le_bytes());
        out.extend_from_slice(&(self.height as u16).to_le_bytes());
        out.extend_from_slice(&(self.width as u16).to_le_bytes());
        out.push(self.classes);
        out.push(self.max_value);
        out.extend_from_slice(&self.labels);
        out.extend_from_slice(&self.pixels);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(count: u32, height: u16, width: u16, classes: u8, max: u8) -> Vec<u8> {
        let mut v = MAGIC.to_vec();
        v.push(VERSION);
        v.extend_from_slice(&count.to_le_bytes());
        v.extend_from_slice(&height.to_le_bytes());
        v.extend_from_slice(&width.to_le_bytes());
        v.extend_from_slice(&[classes, max]);
        v
    }

    #[test]
    fn a_tiny_set_round_trips() {
        let mut bytes = header(2, 1, 2, 3, 9);
        bytes.extend_from_slice(&[2, 0, 9, 0, 4, 5]);
        let set = ImageSet::decode(&bytes).map_err(|e| e.to_string());
        let set = set
            .as_ref()
            .map(|s| (s.len(), s.image(1).to_vec(), s.encode()));
        assert_eq!(set, Ok((2, vec![4, 5], bytes)));
    }

    #[test]
    fn the_pixel_error_names_image_row_and_column() {
        let mut bytes = header(2, 2, 3, 2, 5);
        bytes.extend_from_slice(&[0, 1]);
        bytes.extend_from_slice(&[0; 6]);
        bytes.extend_from_slice(&[0, 0, 0, 0, 6, 0]);
        let err = ImageSet::decode(&bytes).map_err(|e| e.to_string());
        assert_eq!(
            err.err().as_deref(),
            Some("image 1 has pixel 6 at row 1, column 1, above the maximum 5")
        );
    }

    #[test]
    fn absurd_counts_fail_before_allocating() {
        let bytes = header(u32::MAX, u16::MAX, u16::MAX, 10, 255);
        assert!(matches!(
            ImageSet::decode(&bytes),
            Err(ImageError::TruncatedBody { got: 15, .. })
        ));
    }
}
