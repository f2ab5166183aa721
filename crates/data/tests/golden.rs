//! Pins the exact output of every generator for one seed. Share links rely on "same seed →
//! same data, bit for bit", so any change to a generator (or to the order in which it
//! draws random numbers) must be deliberate: it shows up here as a changed fingerprint.

use neurite_data::{generate, DatasetKind, DatasetSpec, Label};
use neurite_nn::rng::{Rng, Stream};

/// FNV-1a over the bits of every coordinate and label.
fn fingerprint(kind: DatasetKind) -> u64 {
    let spec = DatasetSpec {
        points: 100,
        noise: 10.0,
        ..DatasetSpec::new(kind)
    };
    let ds = generate(&spec, &mut Rng::stream(1, Stream::Data))
        .unwrap_or_else(|e| panic!("{kind:?}: {e}"));
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bits: u64| {
        for b in bits.to_le_bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    };
    for p in &ds.points {
        p.coords.iter().for_each(|c| eat(u64::from(c.to_bits())));
        eat(match p.label {
            Label::Class(c) => c as u64,
            Label::Value(v) => u64::from(v.to_bits()),
        });
    }
    h
}

#[test]
fn generator_output_is_pinned() {
    let got: Vec<(DatasetKind, u64)> = DatasetKind::ALL
        .into_iter()
        .map(|k| (k, fingerprint(k)))
        .collect();
    let want: Vec<(DatasetKind, u64)> = vec![
        (DatasetKind::Circle, 0x67d37bd66f229ab6),
        (DatasetKind::Xor, 0xf7d5bfc496452d2d),
        (DatasetKind::Gauss, 0xa9ffa8d16a8e4778),
        (DatasetKind::Spiral, 0xb67b41b56cd208cd),
        (DatasetKind::RegPlane, 0x414787604d07bb73),
        (DatasetKind::RegGauss, 0xc9c2513be34ba83),
        (DatasetKind::Moons, 0x596ee95bbda57a2f),
        (DatasetKind::Checkerboard, 0x27ce74a790d6b60d),
        (DatasetKind::Blobs, 0x4383df66a8d6df47),
        (DatasetKind::Spirals, 0xea710cf570ebbb39),
        (DatasetKind::Sine, 0x686b3c17644408bb),
    ];
    assert_eq!(
        got, want,
        "update `want` only for a deliberate generator change"
    );
}
