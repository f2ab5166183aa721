//! The images the convolution lab convolves: simple patterns, the learner's drawing, or a
//! digit from one of the digit sets. Every picture is one grey channel with values in
//! [0, 1] (0 = background, 1 = ink), row-major.

use neurite_data::ImageSet;
use serde::{Deserialize, Serialize};

/// Side of the patterns and of the drawing pad.
pub const PAD_SIDE: usize = 16;
/// Grey levels a drawn pixel keeps in a link (one hex digit each).
pub const DRAWN_LEVELS: u8 = 16;

/// A grey image.
#[derive(Debug, Clone, PartialEq)]
pub struct Picture {
    /// Rows.
    pub height: usize,
    /// Columns.
    pub width: usize,
    /// `height × width` values in [0, 1], row-major.
    pub pixels: Vec<f32>,
}

impl Picture {
    /// A `side`×`side` picture whose pixel `(r, c)` is `ink(r, c)`.
    fn from_fn(side: usize, ink: impl Fn(usize, usize) -> bool) -> Picture {
        let pixels = (0..side * side)
            .map(|i| if ink(i / side, i % side) { 1.0 } else { 0.0 })
            .collect();
        Picture {
            height: side,
            width: side,
            pixels,
        }
    }

    /// The value at `(row, col)`, 0 outside the picture (the zero padding).
    pub fn at(&self, row: isize, col: isize) -> f32 {
        if row < 0 || col < 0 || row as usize >= self.height || col as usize >= self.width {
            return 0.0;
        }
        self.pixels[row as usize * self.width + col as usize]
    }

    /// The same picture moved `by` pixels right and down, zeros coming in at the top and
    /// left, what leaves at the bottom and right lost.
    pub fn shifted(&self, by: usize) -> Picture {
        let pixels = (0..self.height * self.width)
            .map(|i| {
                self.at(
                    (i / self.width) as isize - by as isize,
                    (i % self.width) as isize - by as isize,
                )
            })
            .collect();
        Picture {
            pixels,
            ..self.clone()
        }
    }
}

/// Which simple pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Pattern {
    /// A vertical bar, 4 pixels wide, from the 2nd row to the 3rd-last.
    Bar,
    /// A plus sign: a vertical and a horizontal bar, 2 pixels wide, crossing in the middle.
    Cross,
    /// A checkerboard of 4×4 squares.
    Checker,
}

impl Pattern {
    /// The pattern at [`PAD_SIDE`]×[`PAD_SIDE`].
    pub fn picture(self) -> Picture {
        let s = PAD_SIDE;
        match self {
            Pattern::Bar => {
                Picture::from_fn(s, |r, c| (6..10).contains(&c) && (2..s - 2).contains(&r))
            }
            Pattern::Cross => Picture::from_fn(s, |r, c| {
                let band = |v: usize| (7..9).contains(&v);
                let inside = |v: usize| (2..s - 2).contains(&v);
                (band(c) && inside(r)) || (band(r) && inside(c))
            }),
            Pattern::Checker => Picture::from_fn(s, |r, c| (r / 4 + c / 4) % 2 == 0),
        }
    }
}

/// Image `index` of `set`, scaled to [0, 1] by the set's largest value; `None` past its end.
pub fn digit_picture(set: &ImageSet, index: usize) -> Option<Picture> {
    if index >= set.len() {
        return None;
    }
    let max = f32::from(set.max_value().max(1));
    Some(Picture {
        height: set.height(),
        width: set.width(),
        pixels: set
            .image(index)
            .iter()
            .map(|&v| f32::from(v) / max)
            .collect(),
    })
}

/// A drawing: [`PAD_SIDE`]² grey levels `0..DRAWN_LEVELS`, row-major.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drawing {
    levels: Vec<u8>,
}

impl Default for Drawing {
    /// A blank pad.
    fn default() -> Self {
        Drawing {
            levels: vec![0; PAD_SIDE * PAD_SIDE],
        }
    }
}

impl Drawing {
    /// The levels, row-major.
    pub fn levels(&self) -> &[u8] {
        &self.levels
    }

    /// Whether nothing is drawn.
    pub fn is_blank(&self) -> bool {
        self.levels.iter().all(|&v| v == 0)
    }

    /// Inks a round brush of `radius` pixels centred at `(row, col)` (pad coordinates,
    /// fractions allowed): full ink within `radius − ½`, fading to none at `radius + ½`;
    /// a pixel keeps the darker of its old and new ink. Points off the pad do nothing.
    pub fn ink(&mut self, row: f32, col: f32, radius: f32) {
        if !(row.is_finite() && col.is_finite() && radius.is_finite()) {
            return;
        }
        let top = DRAWN_LEVELS - 1;
        for (i, level) in self.levels.iter_mut().enumerate() {
            let (r, c) = ((i / PAD_SIDE) as f32 + 0.5, (i % PAD_SIDE) as f32 + 0.5);
            let d = ((r - row).powi(2) + (c - col).powi(2)).sqrt();
            let ink = (radius + 0.5 - d).clamp(0.0, 1.0);
            let new = (ink * f32::from(top)).round() as u8;
            *level = (*level).max(new);
        }
    }

    /// The drawing as a picture, levels scaled to [0, 1].
    pub fn picture(&self) -> Picture {
        let top = f32::from(DRAWN_LEVELS - 1);
        Picture {
            height: PAD_SIDE,
            width: PAD_SIDE,
            pixels: self.levels.iter().map(|&v| f32::from(v) / top).collect(),
        }
    }

    /// The link text: one hex digit per pixel, row-major ([`PAD_SIDE`]² characters).
    pub fn to_hex(&self) -> String {
        self.levels
            .iter()
            .map(|&v| char::from_digit(u32::from(v), 16).unwrap_or('0'))
            .collect()
    }

    /// Reads [`Drawing::to_hex`]'s text; `None` unless it is exactly [`PAD_SIDE`]² hex
    /// digits.
    pub fn from_hex(text: &str) -> Option<Drawing> {
        if text.len() != PAD_SIDE * PAD_SIDE {
            return None;
        }
        let levels = text
            .chars()
            .map(|ch| ch.to_digit(16).map(|v| v as u8))
            .collect::<Option<Vec<u8>>>()?;
        (levels.len() == PAD_SIDE * PAD_SIDE).then_some(Drawing { levels })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_are_what_they_say() {
        let bar = Pattern::Bar.picture();
        assert_eq!((bar.height, bar.width), (PAD_SIDE, PAD_SIDE));
        assert_eq!(bar.at(8, 6), 1.0);
        assert_eq!(bar.at(8, 5), 0.0);
        assert_eq!(bar.at(8, 9), 1.0);
        assert_eq!(bar.at(8, 10), 0.0);
        assert_eq!(bar.at(-1, 7), 0.0, "outside is padding");
        let ink: f32 = bar.pixels.iter().sum();
        assert_eq!(ink, 4.0 * 12.0);
        let checker = Pattern::Checker.picture();
        assert_eq!(
            (checker.at(0, 0), checker.at(0, 4), checker.at(4, 4)),
            (1.0, 0.0, 1.0)
        );
        let cross = Pattern::Cross.picture();
        assert_eq!(
            (cross.at(7, 2), cross.at(2, 7), cross.at(2, 2)),
            (1.0, 1.0, 0.0)
        );
    }

    #[test]
    fn a_shift_moves_every_pixel_right_and_down() {
        let bar = Pattern::Bar.picture();
        let moved = bar.shifted(2);
        for r in 0..PAD_SIDE as isize {
            for c in 0..PAD_SIDE as isize {
                assert_eq!(moved.at(r, c), bar.at(r - 2, c - 2));
            }
        }
        assert_eq!(bar.shifted(0), bar);
    }

    #[test]
    fn drawings_ink_and_read_back_from_their_hex() {
        let mut d = Drawing::default();
        assert!(d.is_blank());
        d.ink(8.0, 8.0, 1.5);
        assert!(!d.is_blank());
        let p = d.picture();
        assert_eq!(p.at(7, 7), 1.0, "inside the brush is full ink");
        assert_eq!(p.at(0, 0), 0.0);
        d.ink(f32::NAN, 1.0, 1.0);
        d.ink(-50.0, 1.0, 1.0);
        let hex = d.to_hex();
        assert_eq!(hex.len(), PAD_SIDE * PAD_SIDE);
        assert_eq!(Drawing::from_hex(&hex), Some(d));
        assert_eq!(Drawing::from_hex("0f"), None);
        assert_eq!(Drawing::from_hex(&"g".repeat(256)), None);
        assert_eq!(Drawing::from_hex(&"é".repeat(128)), None);
    }
}
