//! The network diagram: a column of neurons per layer (inputs, hidden, output), every link
//! between them, and per-layer controls (+/− neurons, activation, normalization) above each
//! hidden column.
//!
//! Neurons are absolutely positioned buttons over the links' canvas and the SVG of their
//! handles, all in the pixel coordinates of `view::layout`; the container scrolls sideways
//! on narrow screens instead of squeezing heatmaps.

use std::rc::Rc;

use neurite_nn::{Activation, Normalization};
use yew::prelude::*;

use super::link::{selected_in, LinkHandles};
use super::link_canvas::LinkCanvas;
use super::neuron::Neuron;
use super::term_link::term_link;
use crate::i18n::{Key, Lang};
use crate::store::Action;
use crate::view::layout::{column_x, row_y, size, NODE, PITCH};
use crate::view::{Field, LinkId, NetView, NeuronId, Selection};
use neurite_labs::GlossaryTerm as T;

/// Props of [`NetworkView`].
#[derive(Properties, PartialEq, Clone)]
pub struct NetworkViewProps {
    pub net: Rc<NetView>,
    /// The parameters the link handles show (refreshed by user actions and when training
    /// pauses, not on every training frame).
    pub handles: Rc<NetView>,
    /// Heatmap of every neuron, per UI layer.
    pub fields: Rc<Vec<Vec<Rc<Field>>>>,
    /// Per UI layer, bumped when that layer's heatmaps change.
    pub layer_versions: Rc<Vec<u64>>,
    pub selection: Option<Selection>,
    pub wiring: bool,
    /// Activation of each hidden layer.
    pub activations: Vec<Activation>,
    /// Normalization of each hidden layer.
    pub normalizations: Vec<Normalization>,
    /// Classes of the data (`None` for regression): K-class output neurons take their colour.
    #[prop_or_default]
    pub classes: Option<usize>,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

fn layer_header(props: &NetworkViewProps, layer: usize) -> Html {
    let d = &props.dispatch;
    let lang = props.lang;
    let x = column_x(layer) - (PITCH - NODE) / 2.0 + 4.0;
    let style = format!("left:{x}px;width:{}px", PITCH - 8.0);
    let hidden = layer - 1;
    let add = d.reform(move |_: MouseEvent| Action::ResizeLayer { hidden, delta: 1 });
    let sub = d.reform(move |_: MouseEvent| Action::ResizeLayer { hidden, delta: -1 });
    let current = props.activations.get(hidden).copied();
    let onchange = d.reform(move |e: Event| {
        let sel: web_sys::HtmlSelectElement = e.target_unchecked_into();
        let act = Activation::ALL
            .into_iter()
            .find(|a| a.name() == sel.value())
            .unwrap_or(Activation::Tanh);
        Action::SetActivation {
            hidden,
            activation: act,
        }
    });
    let count = props.net.sizes().get(layer).copied().unwrap_or(0);
    html! {
        <div class="layer-header" style={style}>
            <div class="layer-buttons">
                <button type="button" class="mini" onclick={sub} title={Key::RemoveNeuron.t(lang)}
                    aria-label={Key::RemoveNeuron.t(lang)}>{ "−" }</button>
                <span class="layer-count">{ count }</span>
                <button type="button" class="mini" onclick={add} title={Key::AddNeuron.t(lang)}
                    aria-label={Key::AddNeuron.t(lang)}>{ "+" }</button>
            </div>
            <select class="layer-activation" aria-label={Key::Activation.t(lang)}
                title={Key::Activation.t(lang)} onchange={onchange}>
                { for Activation::ALL.into_iter().map(|a| html! {
                    <option value={a.name()} selected={Some(a) == current}>{ a.name() }</option>
                }) }
            </select>
            { norm_select(props, layer) }
        </div>
    }
}

/// Hidden UI layer `layer`'s normalization: none, batch norm or layer norm.
fn norm_select(props: &NetworkViewProps, layer: usize) -> Html {
    let (lang, hidden) = (props.lang, layer - 1);
    let current = props.normalizations.get(hidden).copied();
    let onchange = props.dispatch.reform(move |e: Event| {
        let sel: web_sys::HtmlSelectElement = e.target_unchecked_into();
        let normalization = Normalization::ALL
            .into_iter()
            .find(|n| n.name() == sel.value())
            .unwrap_or_default();
        Action::SetNormalization {
            hidden,
            normalization,
        }
    });
    let label = |n: Normalization| match n {
        Normalization::None => Key::NormNone,
        Normalization::Batch => Key::NormBatch,
        Normalization::Layer => Key::NormLayer,
    };
    html! {
        <select class="layer-norm" data-testid={format!("layer-norm-{layer}")}
            aria-label={Key::Normalization.t(lang)} title={Key::Normalization.t(lang)}
            onchange={onchange}>
            { for Normalization::ALL.into_iter().map(|n| html! {
                <option value={n.name()} selected={Some(n) == current}>{ label(n).t(lang) }</option>
            }) }
        </select>
    }
}

fn handles(props: &NetworkViewProps, on_click: &Callback<LinkId>) -> Html {
    props
        .handles
        .layers
        .iter()
        .enumerate()
        .map(|(engine, layer)| {
            let ui = engine + 1;
            html! {
                <LinkHandles key={ui} ui_layer={ui} layer={layer.clone()}
                    selected={selected_in(props.selection, ui)} on_click={on_click.clone()} />
            }
        })
        .collect()
}

fn neurons(props: &NetworkViewProps, on_click: &Callback<NeuronId>) -> Html {
    let net = &props.net;
    let mut out = Vec::new();
    let sizes = net.sizes();
    let output = sizes.len().saturating_sub(1);
    for (layer, &count) in sizes.iter().enumerate() {
        // K classes → K output neurons, one per class; a single output (2 classes) stays neutral.
        let classed = layer == output && count > 1 && props.classes == Some(count);
        for index in 0..count {
            let id = NeuronId { layer, index };
            let field = props.fields.get(layer).and_then(|l| l.get(index)).cloned();
            let label = (layer == 0).then(|| net.inputs.get(index).cloned().unwrap_or_default());
            let title = match net.layer(layer) {
                Some(l) => format!(
                    "b = {:.3} · {}",
                    l.biases.get(index).copied().unwrap_or(0.0),
                    l.function.name()
                ),
                None => label.clone().unwrap_or_default(),
            };
            out.push(html! {
                <Neuron key={format!("{layer}-{index}")} id={id} x={column_x(layer)}
                    y={row_y(index)} size={NODE} field={field} version={props.layer_versions.get(layer).copied().unwrap_or(0)}
                    selected={props.selection == Some(Selection::Neuron(id))}
                    label={label.map(AttrValue::from)} title={AttrValue::from(title)}
                    on_click={on_click.clone()} out_class={classed.then_some(index)} />
            });
        }
    }
    out.into_iter().collect()
}

/// The network diagram.
#[component]
pub fn NetworkView(props: &NetworkViewProps) -> Html {
    // Stable click callbacks: links and neurons compare props, so a fresh callback per render
    // would re-render (and rewrite the attributes of) every one of them on every frame.
    let link_click = use_callback(
        (props.dispatch.clone(), props.wiring),
        |id: LinkId, (d, wiring)| {
            d.emit(if *wiring {
                Action::ToggleLink(id)
            } else {
                Action::Select(Some(Selection::Link(id)))
            })
        },
    );
    let neuron_click = use_callback(props.dispatch.clone(), |id: NeuronId, d| {
        d.emit(Action::Select(Some(Selection::Neuron(id))))
    });
    let sizes = props.net.sizes();
    let columns = sizes.len().max(1);
    let (width, height) = size(&sizes);
    let style = format!("width:{width}px;height:{height}px");
    let hidden = props.net.hidden();
    let lang = props.lang;
    let headers: Html = (1..=hidden).map(|l| layer_header(props, l)).collect();
    let d = &props.dispatch;
    let add_layer = d.reform(|_: MouseEvent| Action::AddLayer);
    let remove_layer = d.reform(|_: MouseEvent| Action::RemoveLayer);
    let deselect = d.reform(|_: MouseEvent| Action::Select(None));
    let io = |layer: usize, key: Key| {
        let x = column_x(layer) - 20.0;
        html! { <div class="layer-title" style={format!("left:{x}px")}>{ key.t(lang) }</div> }
    };
    html! {
        <div class="network-scroll">
            <div class="network-toolbar">
                <span>{ Key::HiddenLayers.t(lang) }{ ": " }{ hidden }{ term_link(T::Layer, lang) }</span>
                <span class="term-links">{ Key::Activation.t(lang) }{ term_link(T::Activation, lang) }
                    { Key::Normalization.t(lang) }{ term_link(T::BatchNorm, lang) }</span>
                <a class="lab-link" href="#lab=nonlinear" data-testid="open-nonlinear-lab">{ Key::OpenNonlinearLab.t(lang) }</a>
                <button type="button" class="mini" onclick={remove_layer}
                    title={Key::RemoveLayer.t(lang)} aria-label={Key::RemoveLayer.t(lang)}>{ "−" }</button>
                <button type="button" class="mini" onclick={add_layer}
                    title={Key::AddLayer.t(lang)} aria-label={Key::AddLayer.t(lang)}>{ "+" }</button>
            </div>
            <div class={classes!("network", props.wiring.then_some("wiring"))} style={style}
                onclick={deselect}>
                { io(0, Key::Input) }
                { headers }
                { io(columns - 1, Key::Output) }
                <LinkCanvas net={props.net.clone()} selection={props.selection} width={width}
                    height={height} on_click={link_click.clone()} />
                <svg class="links" width={width.to_string()} height={height.to_string()}>
                    { handles(props, &link_click) }
                </svg>
                { neurons(props, &neuron_click) }
            </div>
        </div>
    }
}
