//! Which lab lives in which wasm part, and each part's split point. Every lab family is a
//! part of its own; `scripts/split-build` cuts the module at these points, and the code
//! several parts share (the lab page's controls, the run loop…) goes into shared chunks the
//! loader fetches with the first part that needs them. A part's body is a plain function
//! matching its labs: it runs inside the part, so the components it names are linked into
//! the part, never into the main module.

use neurite_labs::{Lab, LabName};
use wasm_split_helpers::wasm_split;
use yew::prelude::*;

use super::activation::ActivationLabView;
use super::autoencoder::AutoencoderLabView;
use super::cnn::CnnLabView;
use super::conv::ConvLabView;
use super::descent::DescentLabView;
use super::embed::EmbedLabView;
use super::glossary::GlossaryView;
use super::lazy::{LabBody, LabBodyProps, PartFailed};
use super::lessons::LessonsView;
use super::neuron::NeuronLabView;
use super::nonlinear::NonlinearLabView;
use super::normalize::NormalizeLabView;
use super::overfit::OverfitLabView;
use super::paradigms::ParadigmsLabView;
use super::rnn::RnnLabView;
use super::sigma::SigmaLabView;

/// A lab family's wasm part.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Part {
    Neuron,
    Glossary,
    Lessons,
    Activation,
    Sigma,
    Descent,
    Nonlinear,
    Overfit,
    Normalize,
    Conv,
    Cnn,
    Autoencoder,
    Rnn,
    Embeddings,
    Paradigms,
}

impl Part {
    /// The part holding lab `name`.
    pub fn of(name: LabName) -> Part {
        match name {
            LabName::Neuron => Part::Neuron,
            LabName::Glossary => Part::Glossary,
            LabName::Lessons => Part::Lessons,
            LabName::Activation => Part::Activation,
            LabName::Sigma => Part::Sigma,
            LabName::Descent => Part::Descent,
            LabName::Nonlinear => Part::Nonlinear,
            LabName::Overfit => Part::Overfit,
            LabName::Normalize => Part::Normalize,
            LabName::Conv => Part::Conv,
            LabName::Cnn => Part::Cnn,
            LabName::Autoencoder => Part::Autoencoder,
            LabName::Rnn => Part::Rnn,
            LabName::Embeddings => Part::Embeddings,
            LabName::Paradigms => Part::Paradigms,
        }
    }

    /// Fetches the part (once; after a failed fetch the next call tries again) and returns
    /// its body.
    pub async fn load(self) -> Result<LabBody, PartFailed> {
        match self {
            Part::Neuron => neuron_part().await,
            Part::Glossary => glossary_part().await,
            Part::Lessons => lessons_part().await,
            Part::Activation => activation_part().await,
            Part::Sigma => sigma_part().await,
            Part::Descent => descent_part().await,
            Part::Nonlinear => nonlinear_part().await,
            Part::Overfit => overfit_part().await,
            Part::Normalize => normalize_part().await,
            Part::Conv => conv_part().await,
            Part::Cnn => cnn_part().await,
            Part::Autoencoder => autoencoder_part().await,
            Part::Rnn => rnn_part().await,
            Part::Embeddings => embeddings_part().await,
            Part::Paradigms => paradigms_part().await,
        }
    }
}

/// A part: its split point `$load` (in wasm part `$split`) returning its body `$body`, which
/// draws `$lab` with `$lang` and `$on` (the lab's change callback) bound.
macro_rules! part {
    ($split:ident, $load:ident, $body:ident, |$lang:ident, $on:ident| $lab:pat => $html:expr) => {
        #[wasm_split($split, fallible)]
        fn $load() -> Result<LabBody, PartFailed> {
            Ok($body)
        }

        fn $body(props: &LabBodyProps) -> Html {
            let ($lang, $on) = (props.lang, props.on_change.clone());
            let _ = &$on;
            match &props.lab {
                $lab => $html,
                _ => Html::default(),
            }
        }
    };
}

part!(lab_neuron, neuron_part, neuron_body, |lang, on| Lab::Neuron(lab) => html! {
    <NeuronLabView lab={lab.clone()} lang={lang} on_change={on.reform(Lab::Neuron)} />
});
part!(lab_glossary, glossary_part, glossary_body, |lang, on| Lab::Glossary(lab) => html! {
    <GlossaryView lab={*lab} lang={lang} />
});
part!(lab_lessons, lessons_part, lessons_body, |lang, on| Lab::Lessons(_) => html! {
    <LessonsView lang={lang} />
});
part!(lab_activation, activation_part, activation_body, |lang, on| Lab::Activation(lab) => html! {
    <ActivationLabView lab={*lab} lang={lang} on_change={on.reform(Lab::Activation)} />
});
part!(lab_sigma, sigma_part, sigma_body, |lang, on| Lab::Sigma(lab) => html! {
    <SigmaLabView lab={lab.clone()} lang={lang} on_change={on.reform(Lab::Sigma)} />
});
part!(lab_descent, descent_part, descent_body, |lang, on| Lab::Descent(lab) => html! {
    <DescentLabView lab={*lab} lang={lang} on_change={on.reform(Lab::Descent)} />
});
part!(lab_nonlinear, nonlinear_part, nonlinear_body, |lang, on| Lab::Nonlinear(lab) => html! {
    <NonlinearLabView lab={*lab} lang={lang} on_change={on.reform(Lab::Nonlinear)} />
});
part!(lab_overfit, overfit_part, overfit_body, |lang, on| Lab::Overfit(lab) => html! {
    <OverfitLabView lab={*lab} lang={lang} on_change={on.reform(Lab::Overfit)} />
});
part!(lab_normalize, normalize_part, normalize_body, |lang, on| Lab::Normalize(lab) => html! {
    <NormalizeLabView lab={*lab} lang={lang} on_change={on.reform(Lab::Normalize)} />
});
part!(lab_conv, conv_part, conv_body, |lang, on| Lab::Conv(lab) => html! {
    <ConvLabView lab={lab.clone()} lang={lang} on_change={on.reform(Lab::Conv)} />
});
part!(lab_cnn, cnn_part, cnn_body, |lang, on| Lab::Cnn(lab) => html! {
    <CnnLabView lab={lab.clone()} lang={lang} on_change={on.reform(Lab::Cnn)} />
});
part!(lab_autoencoder, autoencoder_part, autoencoder_body, |lang, on| Lab::Autoencoder(lab) => html! {
    <AutoencoderLabView lab={lab.clone()} lang={lang} on_change={on.reform(Lab::Autoencoder)} />
});
part!(lab_rnn, rnn_part, rnn_body, |lang, on| Lab::Rnn(lab) => html! {
    <RnnLabView lab={lab.clone()} lang={lang} on_change={on.reform(Lab::Rnn)} />
});
part!(lab_embeddings, embeddings_part, embeddings_body, |lang, on| Lab::Embeddings(lab) => html! {
    <EmbedLabView lab={lab.clone()} lang={lang} on_change={on.reform(Lab::Embeddings)} />
});
part!(lab_paradigms, paradigms_part, paradigms_body, |lang, on| Lab::Paradigms(lab) => html! {
    <ParadigmsLabView lab={lab.clone()} lang={lang} on_change={on.reform(Lab::Paradigms)} />
});
