//! The autoencoder lab's claims, natively on the real 8×8 digits: the AE's reconstruction
//! error falls below a fifth of where it starts; decoding a class's centre in the latent
//! plane draws an image whose nearest real digit (an independent nearest-neighbour check)
//! is of that class, for most classes; a VAE decodes one digit to different images, pays
//! no KL at β = 0 and keeps its codes nearer N(0, I) as β grows; the run is the same trained
//! in small chunks or whole epochs (so a link's replay gives the same network).

use neurite_data::DIGITS_8X8;
use neurite_labs::autoencoder::latent::{class_centres, decode, decode_sampled, encode};
use neurite_labs::autoencoder::{AeMode, AeSession, AutoencoderLab};
use neurite_nn::Rng;

fn digits() -> neurite_data::ImageSet {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../web/data/digits-8x8.bin");
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    DIGITS_8X8.load(&bytes).unwrap_or_else(|e| panic!("{e}"))
}

fn trained(lab: &AutoencoderLab, chunk: usize) -> AeSession {
    let mut s = AeSession::new(lab, &digits()).unwrap_or_else(|e| panic!("{e}"));
    while !s.finished(lab.epochs) {
        s.advance(lab.epochs, chunk);
    }
    assert_eq!(s.failure, None);
    s
}

/// The class of the validation image nearest to `image` (squared distance).
fn nearest_class(s: &AeSession, image: &[f32]) -> usize {
    let len = image.len();
    let mut best = (f32::INFINITY, 0);
    for (i, &k) in s.val_labels.iter().enumerate() {
        let d: f32 = s.val_x[i * len..(i + 1) * len]
            .iter()
            .zip(image)
            .map(|(a, b)| (a - b) * (a - b))
            .sum();
        if d < best.0 {
            best = (d, k);
        }
    }
    best.1
}

#[test]
fn the_autoencoder_restores_digits_and_its_plane_is_a_map_of_classes() {
    let lab = AutoencoderLab::default();
    let s = trained(&lab, 7);
    let (start, end) = (s.history[0].recon, s.last().recon);
    let codes = encode(s.model(), s.parts(), &s.val_x, s.val_count()).expect("codes");
    let centres = class_centres(&codes.mu, &s.val_labels, 10);
    let mut agree = Vec::new();
    for (k, c) in centres.iter().enumerate() {
        let c = c.expect("every class has validation digits");
        let image = decode(s.model(), s.parts(), &c).expect("decode");
        agree.push((k, nearest_class(&s, &image)));
    }
    let hits = agree.iter().filter(|(k, n)| k == n).count();
    println!("AE reconstruction {start:.3} → {end:.3}; centres decoded to their class: {hits}/10 {agree:?}");
    assert!(end < start / 5.0, "reconstruction {start} → {end}");
    assert!(hits >= 7, "{agree:?}");
    assert_eq!(s.history.len(), lab.epochs + 1);
    assert!(s.history.iter().all(|h| h.kl == 0.0));
}

#[test]
fn a_vae_mixes_in_variation_and_beta_pulls_codes_to_the_prior() {
    let vae = |beta: f32| AutoencoderLab {
        mode: AeMode::Vae,
        beta,
        epochs: 15,
        ..AutoencoderLab::default()
    };
    let s = trained(&vae(0.5), 50);
    let x = &s.val_x[..64];
    let mut rng = Rng::new(3);
    let a = decode_sampled(s.model(), s.parts(), x, &mut rng).expect("a");
    let b = decode_sampled(s.model(), s.parts(), x, &mut rng).expect("b");
    let differ: f32 = a.iter().zip(&b).map(|(p, q)| (p - q).abs()).sum();
    assert!(differ > 0.1, "two decodes of one digit differ by {differ}");
    let free = trained(&vae(0.0), 50);
    let (kl_free, kl_held) = (free.last().kl, s.last().kl);
    println!(
        "VAE KL per image: β = 0 {kl_free:.2}, β = 0.5 {kl_held:.2}; reconstruction {:.3} vs {:.3}",
        free.last().recon,
        s.last().recon
    );
    assert!(
        kl_held < kl_free / 2.0,
        "KL {kl_free} (β = 0) vs {kl_held} (β = 0.5)"
    );
    // β = 0: the training loss is the reconstruction alone — the engine adds no KL term.
    let tape = free
        .model()
        .forward(&free.val_x[..64], &[], 1, true, Some(&mut Rng::new(1)))
        .expect("forward");
    assert_eq!(free.model().extra_loss(&tape), 0.0);
    let tape = s
        .model()
        .forward(&s.val_x[..64], &[], 1, true, Some(&mut Rng::new(1)))
        .expect("forward");
    assert!(s.model().extra_loss(&tape) > 0.0);
}

#[test]
fn chunked_training_is_the_same_run() {
    let lab = AutoencoderLab {
        mode: AeMode::Vae,
        epochs: 2,
        ..AutoencoderLab::default()
    };
    let (a, b) = (trained(&lab, 1), trained(&lab, 1000));
    assert_eq!(a.history, b.history);
    let (pa, pb): (Vec<_>, Vec<_>) = (
        a.model().params().map(|(_, p)| p.value.clone()).collect(),
        b.model().params().map(|(_, p)| p.value.clone()).collect(),
    );
    assert_eq!(pa, pb);
}
