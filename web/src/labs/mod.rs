//! The labs: one view per concept of the learner's notes, each a link of its own
//! (`#lab=<name>&…`, encoded by `neurite_labs`), computed by the same engine as the
//! playground. One folder per lab (its view, its pictures, its strings); `menu.rs` is the
//! header's labs menu, `page.rs` the frame every lab shares.
//!
//! Each lab family's views are a wasm part of their own, fetched when one of its labs first
//! opens (`parts.rs` the split points, `lazy.rs` the component that waits for a part); the
//! frame and the menu stay in the main module.
//!
//! The sixth layer: labs use `platform`, `view` and `components`, and compute through the
//! `neurite_labs` crate — never the playground's store or engine.

mod activation;
mod autoencoder;
mod cnn;
mod controls;
mod conv;
mod data_status;
mod datasets;
mod descent;
mod embed;
mod epoch_chart;
mod glossary;
mod inference;
mod lazy;
mod lessons;
mod live_run;
pub mod menu;
mod neuron;
mod nonlinear;
mod normalize;
mod overfit;
mod page;
mod paradigms;
mod parts;
mod phase;
mod pixel_grid;
mod pointer_pad;
mod rnn;
mod run_loop;
mod sigma;
mod sketch_pad;
mod text;

use neurite_labs::Lab;
use yew::prelude::*;

use crate::i18n::Lang;
use lazy::LazyLab;

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

/// The lab `props.lab`, in its frame (once its wasm part is loaded: [`LazyLab`]).
#[component]
pub fn LabView(props: &LabViewProps) -> Html {
    html! { <LazyLab ..props.clone() /> }
}
