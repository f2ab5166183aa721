//! The autoencoder lab's settings: digits, AE or VAE, β, hidden units, epochs, seed. Any
//! change starts a new run from epoch 0.

use neurite_labs::autoencoder::state::{BETA, HIDDEN, MAX_EPOCHS};
use neurite_labs::autoencoder::{AeMode, AutoencoderLab};
use neurite_labs::conv::DigitSet;
use yew::prelude::*;

use super::text::AeText;
use super::AeLabProps;
use crate::components::slider::Slider;
use crate::labs::controls::{edit_lab, select, whole_field};

/// The settings, disabled while training.
pub fn settings(props: &AeLabProps, busy: bool) -> Html {
    let (lab, lang) = (&props.lab, props.lang);
    let edit = |f: fn(&mut AutoencoderLab, usize)| {
        edit_lab(
            lab,
            &props.on_change,
            move |l: &mut AutoencoderLab, v: usize| {
                f(l, v);
                l.trained = 0;
            },
        )
    };
    let set_text = move |s: DigitSet| match s {
        DigitSet::Digits8 => "8×8 (1,797)",
        DigitSet::Digits28 => "28×28 MNIST (10,000)",
    };
    let mode_text = move |m: AeMode| match m {
        AeMode::Ae => AeText::ModeAe.t(lang),
        AeMode::Vae => AeText::ModeVae.t(lang),
    };
    let beta = edit_lab(lab, &props.on_change, |l: &mut AutoencoderLab, v: f64| {
        l.beta =
            ((v.clamp(f64::from(BETA.min), f64::from(BETA.max)) * 100.0).round() / 100.0) as f32;
        l.trained = 0;
    });
    html! {
        <fieldset class="cnn-settings" disabled={busy}>
            { select(AeText::Dataset.t(lang), "dataset", &DigitSet::ALL, lab.set, set_text, None,
                edit_lab(lab, &props.on_change, |l: &mut AutoencoderLab, s: DigitSet| {
                    l.set = s;
                    l.trained = 0;
                    if s == DigitSet::Digits28 { l.hidden = l.hidden.max(128); l.epochs = l.epochs.min(10); }
                })) }
            { select(AeText::Mode.t(lang), "mode", &AeMode::ALL, lab.mode, mode_text, None,
                edit_lab(lab, &props.on_change, |l: &mut AutoencoderLab, m: AeMode| {
                    l.mode = m;
                    l.trained = 0;
                })) }
            <Slider label={AeText::Beta.t(lang)} value={f64::from(lab.beta)} min={f64::from(BETA.min)} max={f64::from(BETA.max)}
                step={0.01} on_input={beta} testid="beta" disabled={lab.mode == AeMode::Ae} />
            { whole_field(AeText::Hidden.t(lang), "hidden", (*HIDDEN.start(), *HIDDEN.end()), lab.hidden, edit(|l, v| l.hidden = v)) }
            { whole_field(AeText::Epochs.t(lang), "epochs", (1, MAX_EPOCHS), lab.epochs, edit(|l, v| l.epochs = v)) }
            { whole_field(AeText::Seed.t(lang), "seed", (0, 999_999), lab.seed as usize, edit(|l, v| l.seed = v as u64)) }
        </fieldset>
    }
}
