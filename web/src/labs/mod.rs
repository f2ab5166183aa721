//! The labs: one view per concept of the learner's notes, each a link of its own
//! (`#lab=<name>&…`, encoded by `neurite_labs`), computed by the same engine as the
//! playground. One folder per lab (its view, its pictures, its strings); `menu.rs` is the
//! header's labs menu, `page.rs` the frame every lab shares.
//!
//! The sixth layer: labs use `platform`, `view` and `components`, and compute through the
//! `neurite_labs` crate — never the playground's store or engine.

mod activation;
mod controls;
mod descent;
mod glossary;
mod inference;
mod lazy;
mod lessons;
pub mod menu;
mod neuron;
mod nonlinear;
mod normalize;
mod overfit;
mod page;
mod parts;
mod phase;
mod run_loop;
mod sigma;
mod text;

use neurite_labs::{encode, Lab};
use yew::prelude::*;

use crate::i18n::Lang;
use activation::ActivationLabView;
use descent::DescentLabView;
pub use glossary::focus_term as focus_glossary_term;
use glossary::GlossaryView;
use lazy::LazyLab;
use lessons::LessonsView;
use neuron::NeuronLabView;
use nonlinear::NonlinearLabView;
use normalize::NormalizeLabView;
use page::LabPage;
use parts::Part;
use sigma::SigmaLabView;
use text::LabText;

/// Props of [`LabView`].
#[derive(Properties, PartialEq, Clone)]
pub struct LabViewProps {
    pub lab: Lab,
    /// Why the link the lab was opened with could not be read.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub lang: Lang,
    pub on_change: Callback<Lab>,
}

/// The lab `props.lab`, in its frame.
#[component]
pub fn LabView(props: &LabViewProps) -> Html {
    let lang = props.lang;
    let title = LabText::title(props.lab.name()).t(lang);
    let link = encode(&props.lab);
    let on = props.on_change.clone();
    let body = if Part::of(props.lab.name()).is_some() {
        html! { <LazyLab lab={props.lab.clone()} lang={lang} on_change={on} /> }
    } else {
        direct_body(&props.lab, lang, on)
    };
    html! {
        <LabPage title={title} link={link} error={props.error.clone()} lang={lang}>
            { body }
        </LabPage>
    }
}

/// A lab kept in the main module.
fn direct_body(lab: &Lab, lang: Lang, on: Callback<Lab>) -> Html {
    match lab {
        Lab::Neuron(lab) => html! {
            <NeuronLabView lab={lab.clone()} lang={lang} on_change={on.reform(Lab::Neuron)} />
        },
        Lab::Glossary(lab) => html! { <GlossaryView lab={*lab} lang={lang} /> },
        Lab::Lessons(_) => html! { <LessonsView lang={lang} /> },
        Lab::Activation(lab) => html! {
            <ActivationLabView lab={*lab} lang={lang} on_change={on.reform(Lab::Activation)} />
        },
        Lab::Sigma(lab) => html! {
            <SigmaLabView lab={lab.clone()} lang={lang} on_change={on.reform(Lab::Sigma)} />
        },
        Lab::Descent(lab) => html! {
            <DescentLabView lab={*lab} lang={lang} on_change={on.reform(Lab::Descent)} />
        },
        Lab::Nonlinear(lab) => html! {
            <NonlinearLabView lab={*lab} lang={lang} on_change={on.reform(Lab::Nonlinear)} />
        },
        Lab::Normalize(lab) => html! {
            <NormalizeLabView lab={*lab} lang={lang} on_change={on.reform(Lab::Normalize)} />
        },
        _ => Html::default(),
    }
}
