//! The artificial neuron lab (人工ニューロン, 重み, バイアス): 1–5 inputs, each xᵢ and wᵢ and
//! the bias b set by slider or typed, any engine activation; z = Σ wᵢxᵢ + b written out with
//! the live numbers, y = f(z), the neuron drawn with links by weight, the notes' one-click
//! cases, the bias as a threshold, and how y responds (a curve, or the plane with its line).
//! z and y are the engine's (`NeuronLab::output` runs a real network).

mod diagram;
mod plots;
mod text;

use neurite_labs::neuron::{GAIN, MAX_INPUTS, VALUE};
use neurite_labs::{LinkRole, NeuronLab, WeightPreset};
use neurite_nn::Activation;
use yew::prelude::*;

use super::controls::{activation_select, edit_lab};
use crate::components::lab_field::LabField;
use crate::i18n::Lang;
use crate::platform::cell::{use_cell, StateCell};
use crate::view::plot::plain;
use text::NeuronText;

/// Props of [`NeuronLabView`].
#[derive(Properties, PartialEq, Clone)]
pub struct NeuronLabProps {
    pub lab: NeuronLab,
    pub lang: Lang,
    pub on_change: Callback<NeuronLab>,
}

fn role_text(role: LinkRole) -> NeuronText {
    match role {
        LinkRole::Cut => NeuronText::RoleCut,
        LinkRole::Attenuates => NeuronText::RoleAttenuates,
        LinkRole::Passes => NeuronText::RolePasses,
        LinkRole::Amplifies => NeuronText::RoleAmplifies,
        LinkRole::Inhibits => NeuronText::RoleInhibits,
    }
}

fn case_text(preset: WeightPreset) -> NeuronText {
    match preset {
        WeightPreset::Cut => NeuronText::CaseCut,
        WeightPreset::Attenuate => NeuronText::CaseAttenuate,
        WeightPreset::Pass => NeuronText::CasePass,
        WeightPreset::Amplify => NeuronText::CaseAmplify,
        WeightPreset::Inhibit => NeuronText::CaseInhibit,
    }
}

/// A callback that applies `edit` to a copy of the lab and emits it.
fn edit<T: 'static>(
    props: &NeuronLabProps,
    edit: impl Fn(&mut NeuronLab, T) + 'static,
) -> Callback<T> {
    edit_lab(&props.lab, &props.on_change, edit)
}

/// The x and w fields of input `i`, with the role its weight plays.
fn input_row(props: &NeuronLabProps, i: usize) -> Html {
    let lang = props.lang;
    let input = props.lab.inputs[i];
    let n = (i + 1).to_string();
    let (lo, hi) = (f64::from(VALUE.min), f64::from(VALUE.max));
    html! {
        <div class="input-row">
            <LabField label={NeuronText::Input.fill(lang, &[&n])} value={f64::from(input.x)} min={lo} max={hi}
                testid={format!("x-{n}")} on_value={edit(props, move |l, v: f64| l.set_x(i, v as f32))} />
            <LabField label={NeuronText::Weight.fill(lang, &[&n])} value={f64::from(input.w)} min={lo} max={hi}
                testid={format!("w-{n}")} on_value={edit(props, move |l, v: f64| l.set_weight(i, v as f32))} />
            <span class="role" data-testid={format!("role-{n}")}>{ role_text(LinkRole::of(input.w)).t(lang) }</span>
        </div>
    }
}

/// What the cases remember between renders: the chosen link and the last case clicked.
#[derive(Default)]
struct Picked {
    link: usize,
    last: Option<WeightPreset>,
}

/// The view's memory of [`Picked`].
type Memory = StateCell<Picked>;

/// The one-click cases for the chosen link, and the sentence of the last one clicked.
fn cases(props: &NeuronLabProps, memory: &Memory) -> Html {
    let lang = props.lang;
    let (link, last) = {
        let p = memory.borrow();
        (p.link, p.last)
    };
    let i = link.min(props.lab.inputs.len() - 1);
    let pick = {
        let memory = memory.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            memory.update(|p| p.link = v.parse().unwrap_or(0));
        })
    };
    html! {
        <div class="cases">
            <label class="row"><span>{ NeuronText::Cases.t(lang) }</span>
                <select onchange={pick} data-testid="case-link">
                    { for (0..props.lab.inputs.len()).map(|k| html! {
                        <option value={k.to_string()} selected={k == i}>{ format!("x{}", k + 1) }</option>
                    }) }
                </select>
            </label>
            <div class="presets">
                { for WeightPreset::ALL.into_iter().map(|p| {
                    let memory = memory.clone();
                    let apply = edit(props, move |l, p: WeightPreset| l.apply_preset(i, p));
                    let onclick = Callback::from(move |_: MouseEvent| { memory.update(|m| m.last = Some(p)); apply.emit(p); });
                    html! {
                        <button type="button" onclick={onclick} data-testid={format!("case-{}", role_text(p.role()).t(Lang::En))}>
                            { format!("w = {}", plain(p.weight())) }</button>
                    }
                }) }
            </div>
            if let Some(p) = last {
                <p class="case-text" data-testid="case-text">{ case_text(p).t(lang) }</p>
            }
        </div>
    }
}

/// `z = w₁·x₁ + … + b = z` and `y = f(z) = y` with the live numbers.
fn formula(lab: &NeuronLab, terms: &[f32], z: f32, y: f32) -> Html {
    let num = |v: f32| {
        if v < 0.0 {
            format!("({})", plain(v))
        } else {
            plain(v)
        }
    };
    let products: Vec<String> = lab
        .inputs
        .iter()
        .map(|i| format!("{}·{}", num(i.w), num(i.x)))
        .collect();
    let sums: Vec<String> = terms.iter().map(|t| num(*t)).collect();
    html! {
        <div class="formula lab-formula">
            <div>{ "z = Σ wᵢxᵢ + b = " }{ products.join(" + ") }{ format!(" + {}", num(lab.bias)) }</div>
            <div>{ "  = " }{ sums.join(" + ") }{ format!(" + {} = ", num(lab.bias)) }
                <strong data-testid="z">{ plain(z) }</strong></div>
            <div>{ format!("y = {}(z) = ", lab.activation.name()) }<strong data-testid="y">{ plain(y) }</strong></div>
        </div>
    }
}

/// The neuron lab.
#[component]
pub fn NeuronLabView(props: &NeuronLabProps) -> Html {
    let lang = props.lang;
    let memory: Memory = use_cell(Picked::default);
    let lab = &props.lab;
    let out = lab.output().ok();
    let set_inputs = edit(props, |l, v: f64| l.set_input_count(v.round() as usize));
    let threshold = {
        let (on_change, memory) = (props.on_change.clone(), memory.clone());
        Callback::from(move |_: MouseEvent| {
            memory.update(|m| m.last = None);
            on_change.emit(NeuronLab::bias_as_threshold());
        })
    };
    html! {
        <div class="lab-grid">
            <section class="panel">
                <p class="lab-intro">{ NeuronText::Intro.t(lang) }</p>
                <LabField label={NeuronText::Inputs.t(lang)} value={lab.inputs.len() as f64} min=1.0
                    max={MAX_INPUTS as f64} step=1.0 testid="inputs" on_value={set_inputs} />
                { for (0..lab.inputs.len()).map(|i| input_row(props, i)) }
                <LabField label={NeuronText::Bias.t(lang)} value={f64::from(lab.bias)} min={f64::from(VALUE.min)}
                    max={f64::from(VALUE.max)} testid="bias" on_value={edit(props, |l, v: f64| l.set_bias(v as f32))} />
                { activation_select(lang, lab.activation,
                    edit(props, |l, a: Activation| l.activation = a)) }
                if lab.activation == Activation::Sigmoid {
                    <LabField label={NeuronText::Gain.t(lang)} value={f64::from(lab.gain)} min={f64::from(GAIN.min)} max={f64::from(GAIN.max)} log=true
                        testid="gain" on_value={edit(props, |l, v: f64| l.set_gain(v as f32))} />
                }
                { cases(props, &memory) }
            </section>
            <section class="panel">
                <h2>{ NeuronText::Formula.t(lang) }</h2>
                if let Some(o) = &out {
                    { formula(lab, &o.terms, o.z, o.y) }
                    { diagram::diagram(lab, Some(o), NeuronText::Diagram.t(lang)) }
                    <p class="muted">{ NeuronText::Diagram.t(lang) }</p>
                }
            </section>
            <section class="panel">
                <h2>{ NeuronText::Threshold.t(lang) }</h2>
                <p class="muted">{ NeuronText::ThresholdText.t(lang) }</p>
                <button type="button" onclick={threshold} data-testid="case-threshold">
                    { NeuronText::ThresholdCase.t(lang) }</button>
                if let Some(o) = &out {
                    { plots::threshold_axis(lab, o, lang) }
                    <h2>{ NeuronText::Response.t(lang) }</h2>
                    { plots::response(lab, o, lang) }
                }
            </section>
        </div>
    }
}
