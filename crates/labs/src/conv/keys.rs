//! The convolution lab's link keys, e.g.
//! `lab=conv&image=digit&set=digits8&digit=0&size=3&filters=2&k0=edge-vertical&k1=edge-horizontal&selected=0&stride=1&pad=0&relu=false&row=2&col=2&pool=max&pool_size=2&shift=1`.
//!
//! | key | value | default |
//! |---|---|---|
//! | `image` | `digit`, `bar`, `cross`, `checker`, `drawn` | `digit` |
//! | `set` | `digits8`, `digits28` | `digits8` |
//! | `digit` | 0 to the set's size − 1 | 0 |
//! | `drawn` | 256 hex digits, the 16×16 drawing's grey levels (written when not blank) | blank |
//! | `size` | 3 or 5 | 3 |
//! | `filters` | 1 to 4 | 2 |
//! | `k0` … `k3` | a preset name, or `size²` comma-separated weights in −10..=10 | vertical edge, horizontal edge, blur, sharpen |
//! | `selected` | 0 to `filters` − 1 | 0 |
//! | `stride` | 1 to 3 | 1 |
//! | `pad` | 0 to `size` − 1 (at most 4) | 0 |
//! | `relu` | `true`, `false` | `false` |
//! | `row`, `col` | 0 to the feature map's side − 1 | 2, 2 |
//! | `pool` | `max`, `avg` | `max` |
//! | `pool_size` | 2 or 3 | 2 |
//! | `shift` | 0 to 2 | 1 |

use super::kernels::{Kernel, KernelPreset};
use super::picture::Drawing;
use super::state::{
    ConvLab, DigitSet, ImageKind, PoolChoice, KERNEL_SIDES, MAX_KERNELS, MAX_PAD, MAX_SHIFT,
    MAX_STRIDE, POOL_SIDES, WEIGHT,
};
use crate::link::write::{name, numbers};
use crate::link::{LabLinkError, LabState, Pairs};
use neurite_playground::link::parse_name;

/// The link key of kernel `i`.
const KERNEL_KEYS: [&str; MAX_KERNELS] = ["k0", "k1", "k2", "k3"];
/// The kernels a link gets for the keys it leaves out.
pub const DEFAULT_KERNELS: [KernelPreset; MAX_KERNELS] = [
    KernelPreset::EdgeVertical,
    KernelPreset::EdgeHorizontal,
    KernelPreset::Blur,
    KernelPreset::Sharpen,
];

fn kernel_text(k: &Kernel) -> String {
    match k {
        Kernel::Preset(p) => name(p),
        Kernel::Custom(w) => numbers(w),
    }
}

fn read_kernel(p: &Pairs, i: usize, size: usize) -> Result<Kernel, LabLinkError> {
    let key = KERNEL_KEYS[i];
    let Some(text) = p.get(key)? else {
        return Ok(Kernel::Preset(DEFAULT_KERNELS[i]));
    };
    if let Some(preset) = parse_name::<KernelPreset>(text.trim()) {
        return Ok(Kernel::Preset(preset));
    }
    let count = size * size;
    let w = p
        .numbers(key, WEIGHT, count..=count, &[])
        .map_err(|e| match e {
            LabLinkError::Malformed { .. } => LabLinkError::malformed(
                key,
                text,
                format!("a kernel name or {count} comma-separated numbers"),
            ),
            other => other,
        })?;
    Ok(match KernelPreset::matching(&w, size) {
        Some(preset) => Kernel::Preset(preset),
        None => Kernel::Custom(w),
    })
}

fn choice_in(
    p: &Pairs,
    key: &'static str,
    allowed: &[usize],
    default: usize,
) -> Result<usize, LabLinkError> {
    let v = p.whole(key, 0..=usize::MAX, default)?;
    if allowed.contains(&v) {
        Ok(v)
    } else {
        let list: Vec<String> = allowed.iter().map(usize::to_string).collect();
        Err(LabLinkError::malformed(
            key,
            &v.to_string(),
            format!("one of {}", list.join(", ")),
        ))
    }
}

impl LabState for ConvLab {
    fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = vec![
            ("image", name(&self.image)),
            ("set", name(&self.set)),
            ("digit", self.digit.to_string()),
        ];
        if !self.drawing.is_blank() {
            pairs.push(("drawn", self.drawing.to_hex()));
        }
        pairs.push(("size", self.size.to_string()));
        pairs.push(("filters", self.kernels.len().to_string()));
        for (key, k) in KERNEL_KEYS.iter().zip(&self.kernels) {
            pairs.push((key, kernel_text(k)));
        }
        pairs.extend([
            ("selected", self.selected.to_string()),
            ("stride", self.stride.to_string()),
            ("pad", self.pad.to_string()),
            ("relu", self.relu.to_string()),
            ("row", self.row.to_string()),
            ("col", self.col.to_string()),
            ("pool", name(&self.pool)),
            ("pool_size", self.pool_size.to_string()),
            ("shift", self.shift.to_string()),
        ]);
        pairs
    }

    fn from_pairs(p: &Pairs) -> Result<Self, LabLinkError> {
        let d = ConvLab::default();
        let image = p.choice("image", &ImageKind::ALL, d.image)?;
        let set = p.choice("set", &DigitSet::ALL, d.set)?;
        let digit = p.whole("digit", 0..=set.count() - 1, d.digit)?;
        let drawing = match p.get("drawn")? {
            None => Drawing::default(),
            Some(text) => Drawing::from_hex(text.trim()).ok_or_else(|| {
                LabLinkError::malformed("drawn", text, "256 hex digits (the 16×16 drawing)")
            })?,
        };
        let size = choice_in(p, "size", &KERNEL_SIDES, d.size)?;
        let filters = p.whole("filters", 1..=MAX_KERNELS, d.kernels.len())?;
        let kernels = (0..filters)
            .map(|i| read_kernel(p, i, size))
            .collect::<Result<Vec<_>, _>>()?;
        let selected = p.whole("selected", 0..=filters - 1, d.selected)?;
        let stride = p.whole("stride", 1..=MAX_STRIDE, d.stride)?;
        let pad = p.whole("pad", 0..=MAX_PAD.min(size - 1), d.pad)?;
        let relu = p.flag("relu", d.relu)?;
        let pool = p.choice("pool", &PoolChoice::ALL, d.pool)?;
        let pool_size = choice_in(p, "pool_size", &POOL_SIDES, d.pool_size)?;
        let shift = p.whole("shift", 0..=MAX_SHIFT, d.shift)?;
        let mut lab = ConvLab {
            image,
            set,
            digit,
            drawing,
            size,
            kernels,
            selected,
            stride,
            pad,
            relu,
            row: 0,
            col: 0,
            pool,
            pool_size,
            shift,
        };
        let last = lab.map_side() - 1;
        lab.row = p.whole("row", 0..=last, d.row.min(last))?;
        lab.col = p.whole("col", 0..=last, d.col.min(last))?;
        Ok(lab)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::{decode, encode, round_trip, Lab};
    use proptest::prelude::*;

    #[test]
    fn the_default_link_reads_well() {
        assert_eq!(
            encode(&Lab::Conv(ConvLab::default())),
            "lab=conv&image=digit&set=digits8&digit=0&size=3&filters=2&k0=edge-vertical&k1=edge-horizontal&selected=0&stride=1&pad=0&relu=false&row=2&col=2&pool=max&pool_size=2&shift=1"
        );
        assert_eq!(decode("lab=conv"), Ok(Lab::Conv(ConvLab::default())));
    }

    #[test]
    fn bad_values_are_refused_naming_their_key() {
        let err = |link: &str| {
            decode(link)
                .map_err(|e| e.to_string())
                .err()
                .unwrap_or_default()
        };
        assert!(err("lab=conv&digit=1797").starts_with("digit:"));
        assert!(decode("lab=conv&set=digits28&digit=1797").is_ok());
        assert!(err("lab=conv&size=4").starts_with("size:"));
        assert!(err("lab=conv&size=3&pad=3").starts_with("pad:"));
        assert!(decode("lab=conv&size=5&pad=4").is_ok());
        assert!(err("lab=conv&filters=5").starts_with("filters:"));
        assert!(err("lab=conv&filters=1&selected=1").starts_with("selected:"));
        assert!(err("lab=conv&k0=1,2,3").starts_with("k0:"));
        assert!(err("lab=conv&k0=1,2,3,4,5,6,7,8,NaN").starts_with("k0:"));
        assert!(err("lab=conv&k1=1,2,3,4,5,6,7,8,11").starts_with("k1:"));
        assert!(err("lab=conv&k0=sobel").contains("kernel name"));
        assert!(
            err("lab=conv&row=6").starts_with("row:"),
            "a 6×6 map has rows 0…5"
        );
        assert!(decode("lab=conv&row=5&col=5").is_ok());
        assert!(err("lab=conv&image=bar&stride=2&col=7").starts_with("col:"));
        assert!(err("lab=conv&drawn=00ff").starts_with("drawn:"));
        assert!(err("lab=conv&shift=3").starts_with("shift:"));
        assert!(err("lab=conv&pool_size=4").starts_with("pool_size:"));
        assert!(err("lab=conv&stride=0").starts_with("stride:"));
        assert!(err("lab=conv&pool=median").starts_with("pool:"));
        assert!(err("lab=conv&relu=yes").starts_with("relu:"));
        // A kernel written as numbers that equal a preset reads as the preset.
        let sobel = decode("lab=conv&k1=1,0,-1,2,0,-2,1,0,-1");
        assert!(
            matches!(sobel, Ok(Lab::Conv(l)) if l.kernels[1] == Kernel::Preset(KernelPreset::EdgeVertical))
        );
    }

    fn kernel(size: usize) -> impl Strategy<Value = Kernel> {
        prop_oneof![
            prop::sample::select(KernelPreset::ALL.to_vec()).prop_map(Kernel::Preset),
            prop::collection::vec(-10.0f32..=10.0, size * size).prop_map(Kernel::Custom),
        ]
    }

    fn lab() -> impl Strategy<Value = ConvLab> {
        prop::sample::select(KERNEL_SIDES.to_vec()).prop_flat_map(|size| {
            (
                (
                    prop::sample::select(ImageKind::ALL.to_vec()),
                    prop::sample::select(DigitSet::ALL.to_vec()),
                    0usize..1797,
                    prop::collection::vec(0u8..16, 256),
                ),
                prop::collection::vec(kernel(size), 1..=MAX_KERNELS),
                (
                    0usize..4,
                    1..=MAX_STRIDE,
                    0..size,
                    any::<bool>(),
                    0usize..30,
                    0usize..30,
                ),
                (
                    prop::sample::select(PoolChoice::ALL.to_vec()),
                    prop::sample::select(POOL_SIDES.to_vec()),
                    0..=MAX_SHIFT,
                ),
            )
                .prop_map(
                    move |(
                        (image, set, digit, levels),
                        kernels,
                        (selected, stride, pad, relu, row, col),
                        (pool, pool_size, shift),
                    )| {
                        let hex: String = levels
                            .iter()
                            .map(|&v| char::from_digit(u32::from(v), 16).unwrap_or('0'))
                            .collect();
                        ConvLab {
                            image,
                            set,
                            digit,
                            drawing: Drawing::from_hex(&hex).unwrap_or_default(),
                            size,
                            kernels,
                            selected,
                            stride,
                            pad,
                            relu,
                            row,
                            col,
                            pool,
                            pool_size,
                            shift,
                        }
                        .fitted()
                    },
                )
        })
    }

    proptest! {
        #[test]
        fn round_trips_bit_for_bit(lab in lab()) {
            let lab = Lab::Conv(lab);
            prop_assert_eq!(round_trip(&lab), Ok(()));
        }
    }
}
