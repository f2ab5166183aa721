//! Byte-level writer and bounds-checked reader for the binary blob.
//!
//! Integers are unsigned LEB128 varints; floats are their exact IEEE-754 bit patterns,
//! little endian, so weights travel without any rounding. The reader never panics and never
//! allocates more than the remaining input can justify.

/// Appends primitives to a byte vector.
#[derive(Debug, Default)]
pub(crate) struct Writer {
    pub(crate) bytes: Vec<u8>,
}

impl Writer {
    pub(crate) fn u8(&mut self, v: u8) {
        self.bytes.push(v);
    }

    /// Unsigned LEB128.
    pub(crate) fn var(&mut self, mut v: u64) {
        loop {
            let low = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.bytes.push(low);
                return;
            }
            self.bytes.push(low | 0x80);
        }
    }

    pub(crate) fn len(&mut self, v: usize) {
        self.var(v as u64);
    }

    pub(crate) fn f32(&mut self, v: f32) {
        self.bytes.extend_from_slice(&v.to_bits().to_le_bytes());
    }

    pub(crate) fn str(&mut self, s: &str) {
        self.len(s.len());
        self.bytes.extend_from_slice(s.as_bytes());
    }
}

/// Reads primitives; every method fails cleanly at the end of input.
#[derive(Debug)]
pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

/// Why a read failed; the blob decoder adds context.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ReadError {
    Truncated,
    VarintTooLong,
    BadUtf8,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Self {
        Reader { bytes, pos: 0 }
    }

    pub(crate) fn remaining(&self) -> usize {
        self.bytes.len() - self.pos
    }

    pub(crate) fn u8(&mut self) -> Result<u8, ReadError> {
        let b = *self.bytes.get(self.pos).ok_or(ReadError::Truncated)?;
        self.pos += 1;
        Ok(b)
    }

    pub(crate) fn var(&mut self) -> Result<u64, ReadError> {
        let mut v: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(ReadError::VarintTooLong)
    }

    /// A count or index; values beyond `usize` saturate and fail later range checks.
    pub(crate) fn len(&mut self) -> Result<usize, ReadError> {
        Ok(usize::try_from(self.var()?).unwrap_or(usize::MAX))
    }

    pub(crate) fn f32(&mut self) -> Result<f32, ReadError> {
        let end = self.pos.checked_add(4).ok_or(ReadError::Truncated)?;
        let chunk = self.bytes.get(self.pos..end).ok_or(ReadError::Truncated)?;
        self.pos = end;
        let mut b = [0u8; 4];
        b.copy_from_slice(chunk);
        Ok(f32::from_bits(u32::from_le_bytes(b)))
    }

    pub(crate) fn str(&mut self) -> Result<String, ReadError> {
        let n = self.len()?;
        if n > self.remaining() {
            return Err(ReadError::Truncated);
        }
        let chunk = &self.bytes[self.pos..self.pos + n];
        self.pos += n;
        String::from_utf8(chunk.to_vec()).map_err(|_| ReadError::BadUtf8)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn primitives_round_trip() {
        let mut w = Writer::default();
        for v in [0u64, 1, 127, 128, 300, u64::MAX] {
            w.var(v);
        }
        w.f32(-0.0);
        w.f32(f32::from_bits(0x7fc0_1234));
        w.str("héllo");
        let mut r = Reader::new(&w.bytes);
        for v in [0u64, 1, 127, 128, 300, u64::MAX] {
            assert_eq!(r.var(), Ok(v));
        }
        assert_eq!(r.f32().map(f32::to_bits), Ok((-0.0f32).to_bits()));
        assert_eq!(r.f32().map(f32::to_bits), Ok(0x7fc0_1234));
        assert_eq!(r.str().as_deref(), Ok("héllo"));
        assert_eq!(r.u8(), Err(ReadError::Truncated));
    }

    #[test]
    fn hostile_bytes_fail_cleanly() {
        assert_eq!(
            Reader::new(&[0xff; 11]).var(),
            Err(ReadError::VarintTooLong)
        );
        assert_eq!(Reader::new(&[1, 2]).f32(), Err(ReadError::Truncated));
        assert_eq!(
            Reader::new(&[0x80, 0x80, 0x04]).str(),
            Err(ReadError::Truncated)
        );
        assert_eq!(Reader::new(&[1, 0xff]).str(), Err(ReadError::BadUtf8));
    }
}
