//! The images the autoencoder makes: the decoded latent point, one held-out digit of each
//! class beside its restoration, the chosen digit with (VAE) two decodes with z sampled
//! afresh, and new digits decoded from z ~ N(0, I). Each image's figure carries its pixels
//! in `data-pixels` (three decimals), so tests can compare them.

use std::rc::Rc;

use neurite_labs::autoencoder::latent::{decode, decode_sampled, sample_prior};
use neurite_labs::autoencoder::AeSession;
use neurite_nn::Rng;
use yew::prelude::*;

use super::text::AeText;
use crate::i18n::Lang;
use crate::labs::pixel_grid::{PixelGrid, Tone};

/// New digits per press of "sample".
pub const SAMPLES: usize = 8;

/// One image with its caption under it, `data-pixels` on its figure.
pub fn image(values: Vec<f32>, side: usize, caption: String, testid: Option<String>) -> Html {
    figure(values, side, caption, testid, true)
}

fn figure(
    values: Vec<f32>,
    side: usize,
    caption: String,
    testid: Option<String>,
    captioned: bool,
) -> Html {
    let pixels = values
        .iter()
        .map(|v| format!("{v:.3}"))
        .collect::<Vec<_>>()
        .join(",");
    html! {
        <figure class="ae-image" data-testid={testid} data-pixels={pixels}>
            <PixelGrid values={Rc::new(values)} height={side} width={side} tone={Tone::Ink}
                label={caption.clone()} class={classes!("ae-cell")} />
            if captioned { <figcaption>{ caption }</figcaption> }
        </figure>
    }
}

/// Image `i` of the held-out digits.
pub fn held_out(s: &AeSession, i: usize) -> Vec<f32> {
    let len = s.lab.pixels();
    s.val_x
        .get(i * len..(i + 1) * len)
        .map(<[f32]>::to_vec)
        .unwrap_or_default()
}

/// The restoration of `x` with z = μ.
pub fn restore(s: &AeSession, x: &[f32]) -> Vec<f32> {
    s.model().predict(x, &[], 1).unwrap_or_default()
}

/// The decoded point.
pub fn decoded(s: &AeSession, point: (f32, f32), lang: Lang) -> Html {
    let img = decode(s.model(), s.parts(), &[point.0, point.1]).unwrap_or_default();
    image(
        img,
        s.lab.side(),
        AeText::Decoded.t(lang).into(),
        Some("decode".into()),
    )
}

/// One held-out digit of each class and its restoration.
pub fn pairs(s: &AeSession, lang: Lang) -> Html {
    let firsts: Vec<usize> = (0..10)
        .filter_map(|k| s.val_labels.iter().position(|&l| l == k))
        .collect();
    let side = s.lab.side();
    let row = |caption: &'static str, restored: bool| {
        html! {
            <div class="ae-pair-row">
                <span class="field-label">{ caption }</span>
                { for firsts.iter().map(|&i| {
                    let x = held_out(s, i);
                    let img = if restored { restore(s, &x) } else { x };
                    figure(img, side, format!("{caption} {}", s.val_labels[i]), None, false)
                }) }
            </div>
        }
    };
    html! {
        <div class="ae-pairs" data-testid="pairs">
            { row(AeText::Original.t(lang), false) }
            { row(AeText::Reconstruction.t(lang), true) }
        </div>
    }
}

/// The chosen digit, restored, and (VAE) decoded twice with ε drawn afresh (from a stream
/// fixed by the seed and the digit, so a link shows the same two images).
pub fn chosen(s: &AeSession, i: usize, lang: Lang) -> Html {
    let x = held_out(s, i);
    let side = s.lab.side();
    let mut rng = Rng::new(s.lab.seed.wrapping_mul(0x9E37_79B9).wrapping_add(i as u64));
    let twice: Vec<Vec<f32>> = match s.parts().sample {
        Some(_) => (0..2)
            .filter_map(|_| decode_sampled(s.model(), s.parts(), &x, &mut rng))
            .collect(),
        None => Vec::new(),
    };
    html! {
        <>
            <div class="cnn-row">
                { image(x.clone(), side, AeText::Original.t(lang).into(), Some("chosen-original".into())) }
                { image(restore(s, &x), side, AeText::Reconstruction.t(lang).into(), Some("chosen-restored".into())) }
                { for twice.into_iter().enumerate().map(|(k, img)|
                    image(img, side, AeText::Sampled.t(lang).into(), Some(format!("decode-twice-{}", k + 1)))) }
            </div>
            if s.parts().sample.is_some() { <p class="muted">{ AeText::TwiceText.t(lang) }</p> }
        </>
    }
}

/// [`SAMPLES`] digits decoded from z ~ N(0, I), draw number `draw` (0: none yet).
pub fn samples(s: &AeSession, draw: u64) -> Html {
    if draw == 0 {
        return Html::default();
    }
    let mut rng = Rng::new(s.lab.seed ^ draw.wrapping_mul(0xA24B_AED4_963E_E407));
    let Some((z, images)) = sample_prior(s.model(), s.parts(), SAMPLES, &mut rng) else {
        return Html::default();
    };
    let side = s.lab.side();
    html! {
        <div class="cnn-row" data-testid="samples">
            { for images.chunks(side * side).zip(z.chunks(2)).enumerate().map(|(k, (img, z))|
                image(img.to_vec(), side, format!("({:.1}, {:.1})", z[0], z[1]), Some(format!("sample-{}", k + 1)))) }
        </div>
    }
}
