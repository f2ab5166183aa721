//! The inspector: edit what is selected in the network view.
//!
//! A link shows its weight slider, a remove/restore button and a freeze toggle. A neuron
//! shows its bias slider, every incoming weight as a slider, freeze toggles and the formula
//! `z = Σ wᵢxᵢ + b, a = f(z)`, with live numbers for the data point under the pointer.

use std::rc::Rc;

use yew::prelude::*;

use super::slider::Slider;
use crate::i18n::{Key, Lang};
use crate::store::Action;
use neurite_labs::neuron::MAX_INPUTS;
use neurite_labs::{encode, Lab, NeuronLab};
use neurite_nn::OutputHead;

use crate::view::{LayerView, LinkId, NetView, NeuronFn, NeuronId, Selection, Trace};

/// Props of [`Inspector`].
#[derive(Properties, PartialEq, Clone)]
pub struct InspectorProps {
    pub selection: Option<Selection>,
    pub net: Rc<NetView>,
    pub trace: Option<Rc<Trace>>,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

/// Slider half-range: at least 5, widened in steps of 5 so it never moves during a drag.
fn bound(v: f32) -> f64 {
    let v = if v.is_finite() { v.abs() as f64 } else { 0.0 };
    ((v / 5.0).ceil() * 5.0).max(5.0)
}

fn name(net: &NetView, id: NeuronId) -> String {
    if id.layer == 0 {
        net.inputs.get(id.index).cloned().unwrap_or_default()
    } else {
        format!("{}-{}", id.layer, id.index)
    }
}

fn weight_slider(
    props: &InspectorProps,
    id: LinkId,
    testid: Option<&'static str>,
    label: String,
) -> Html {
    let value = props
        .net
        .layer(id.layer)
        .and_then(|l| l.weight(id.to, id.from))
        .unwrap_or(0.0);
    let b = bound(value);
    html! {
        <Slider label={label} value={value as f64} min={-b} max={b} step=0.01
            number_min={-100.0} number_max={100.0} testid={testid.map(AttrValue::from)}
            number_testid={testid.map(|_| AttrValue::from("weight-value"))}
            on_input={props.dispatch.reform(move |v: f64| Action::SetWeight { link: id, value: v as f32 })} />
    }
}

fn link_panel(props: &InspectorProps, id: LinkId) -> Html {
    let lang = props.lang;
    let Some(layer) = props.net.layer(id.layer) else {
        return html! {};
    };
    let enabled = layer.is_enabled(id.to, id.from);
    let frozen = layer
        .frozen_weights
        .get(id.to * layer.inputs + id.from)
        .copied()
        .unwrap_or(false);
    let from = name(
        &props.net,
        NeuronId {
            layer: id.layer - 1,
            index: id.from,
        },
    );
    let to = name(
        &props.net,
        NeuronId {
            layer: id.layer,
            index: id.to,
        },
    );
    let d = &props.dispatch;
    html! {
        <>
            <h3>{ Key::LinkTitle.fill(lang, &[&from, &to]) }</h3>
            { weight_slider(props, id, Some("weight-slider"), Key::Weight.t(lang).to_string()) }
            if !enabled { <p class="muted">{ Key::LinkRemoved.t(lang) }</p> }
            <div class="row">
                <button type="button" data-testid="remove-link"
                    onclick={d.reform(move |_: MouseEvent| Action::ToggleLink(id))}>
                    { if enabled { Key::RemoveLink.t(lang) } else { Key::RestoreLink.t(lang) } }
                </button>
                <label class="check"><input type="checkbox" checked={frozen}
                    onchange={d.reform(move |e: Event| Action::FreezeWeight { link: id,
                        frozen: e.target_unchecked_into::<web_sys::HtmlInputElement>().checked() })} />
                    { Key::Freeze.t(lang) }</label>
            </div>
        </>
    }
}

/// A number for the formula: 3 decimals, negatives in parentheses so `w·x` stays readable.
fn num(v: f32) -> String {
    if v < 0.0 {
        format!("(−{:.3})", -v)
    } else {
        format!("{v:.3}")
    }
}

fn formula(props: &InspectorProps, id: NeuronId) -> Html {
    let lang = props.lang;
    let Some(layer) = props.net.layer(id.layer) else {
        return html! {};
    };
    let bias = layer.biases.get(id.index).copied().unwrap_or(0.0);
    let act = layer.function.name();
    let symbolic = format!("z = Σ wᵢ·xᵢ + b\na = {act}(z)");
    let live = props.trace.as_ref().and_then(|t| {
        let xs = t.outputs(id.layer - 1)?;
        let z = *t.z.get(id.layer - 1)?.get(id.index)?;
        let a = *t.a.get(id.layer - 1)?.get(id.index)?;
        let terms: Vec<String> = (0..layer.inputs)
            .filter(|&f| layer.is_enabled(id.index, f))
            .map(|f| {
                let w = layer.weight(id.index, f).unwrap_or(0.0);
                format!("{}·{}", num(w), num(xs.get(f).copied().unwrap_or(0.0)))
            })
            .collect();
        Some(format!(
            "z = {} + {} = {}\na = {act}({}) = {}",
            terms.join(" + "),
            num(bias),
            num(z),
            num(z),
            num(a)
        ))
    });
    html! {
        <>
            <h3>{ Key::Formula.t(lang) }</h3>
            <pre class="formula">{ symbolic }</pre>
            { match live {
                Some(text) => html! { <pre class="formula" data-testid="formula-live">{ text }</pre> },
                None => html! { <p class="muted">{ Key::FormulaHint.t(lang) }</p> },
            } }
        </>
    }
}

fn neuron_panel(props: &InspectorProps, id: NeuronId) -> Html {
    let lang = props.lang;
    let title = Key::NeuronTitle.fill(lang, &[&name(&props.net, id)]);
    let Some(layer) = props.net.layer(id.layer) else {
        return html! { <h3>{ title }</h3> };
    };
    let d = &props.dispatch;
    let bias = layer.biases.get(id.index).copied().unwrap_or(0.0);
    let b = bound(bias);
    let frozen = layer.frozen_biases.get(id.index).copied().unwrap_or(false);
    let incoming: Html = (0..layer.inputs)
        .map(|from| {
            let link = LinkId {
                layer: id.layer,
                from,
                to: id.index,
            };
            let label = format!(
                "w {} → {}",
                name(
                    &props.net,
                    NeuronId {
                        layer: id.layer - 1,
                        index: from
                    }
                ),
                name(&props.net, id)
            );
            weight_slider(props, link, None, label)
        })
        .collect();
    html! {
        <>
            <h3>{ title }</h3>
            <Slider label={Key::Bias.t(lang)} value={bias as f64} min={-b} max={b} step=0.01
                number_min={-100.0} number_max={100.0} testid="bias-slider"
                on_input={d.reform(move |v: f64| Action::SetBias { neuron: id, value: v as f32 })} />
            <label class="check"><input type="checkbox" checked={frozen}
                onchange={d.reform(move |e: Event| Action::FreezeBias { neuron: id,
                    frozen: e.target_unchecked_into::<web_sys::HtmlInputElement>().checked() })} />
                { Key::Freeze.t(lang) }</label>
            { formula(props, id) }
            <p class="lab-links">
                if let Some(href) = neuron_lab_link(props, id, layer) {
                    <a href={href} data-testid="open-neuron-lab">{ Key::OpenNeuronLab.t(lang) }</a>
                }
                <a href="#lab=sigma" data-testid="open-sigma-lab">{ Key::OpenSigmaLab.t(lang) }</a>
                if let NeuronFn::Hidden(a) = layer.function {
                    <a href={format!("#lab=activation&activation={}", a.name())} data-testid="open-activation-lab">
                        { Key::OpenActivationLab.fill(lang, &[a.name()]) }</a>
                }
            </p>
            <h3>{ Key::IncomingWeights.t(lang) }</h3>
            { incoming }
        </>
    }
}

/// The neuron lab opened on this neuron's numbers: its first five incoming weights (a
/// removed link as w = 0), its bias and activation, and as inputs the traced point's values
/// (1 without one). Values beyond the lab's ±20 are clamped; a softmax neuron has no
/// single-neuron form, so it gets no link.
fn neuron_lab_link(props: &InspectorProps, id: NeuronId, layer: &LayerView) -> Option<String> {
    let activation = match layer.function {
        NeuronFn::Hidden(a) => a,
        NeuronFn::Head(OutputHead::Softmax) => return None,
        NeuronFn::Head(h) => h.layer_activation(),
    };
    let xs = props.trace.as_ref().and_then(|t| t.outputs(id.layer - 1));
    let n = layer.inputs.clamp(1, MAX_INPUTS);
    let mut lab = NeuronLab {
        activation,
        ..NeuronLab::default()
    };
    lab.set_input_count(n);
    for i in 0..n {
        let w = if layer.is_enabled(id.index, i) {
            layer.weight(id.index, i).unwrap_or(0.0)
        } else {
            0.0
        };
        lab.set_weight(i, w);
        lab.set_x(i, xs.and_then(|x| x.get(i).copied()).unwrap_or(1.0));
    }
    lab.set_bias(layer.biases.get(id.index).copied().unwrap_or(0.0));
    Some(format!("#{}", encode(&Lab::Neuron(lab))))
}

/// The inspector panel.
#[component]
pub fn Inspector(props: &InspectorProps) -> Html {
    let lang = props.lang;
    let body = match props.selection {
        Some(Selection::Link(id)) => link_panel(props, id),
        Some(Selection::Neuron(id)) => neuron_panel(props, id),
        None => html! { <p class="muted">{ Key::NothingSelected.t(lang) }</p> },
    };
    let close = props.dispatch.reform(|_: MouseEvent| Action::Select(None));
    html! {
        <section class="panel inspector" data-testid="inspector">
            <div class="row">
                <h2>{ Key::Weight.t(lang) }{ " / " }{ Key::Bias.t(lang) }</h2>
                <span class="spacer" />
                if props.selection.is_some() {
                    <button type="button" class="mini" onclick={close} aria-label={Key::Close.t(lang)}>{ "×" }</button>
                }
            </div>
            { body }
        </section>
    }
}
