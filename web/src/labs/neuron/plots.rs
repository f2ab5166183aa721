//! The neuron lab's two pictures: the threshold axis (where the weighted input must reach
//! for z > 0), and how y responds — a curve against x₁, or with two inputs the plane with
//! the decision line w₁x₁ + w₂x₂ + b = 0 over the neuron's output painted by the engine.

use std::rc::Rc;

use ndarray::Array2;
use neurite_labs::neuron::NeuronOutput;
use neurite_labs::NeuronLab;
use neurite_nn::Activation;
use yew::prelude::*;

use super::text::NeuronText;
use crate::components::heatmap::Heatmap;
use crate::components::plot::axes;
use crate::i18n::Lang;
use crate::view::colors::{auto_scale, Scale};
use crate::view::plot::{plain, Frame};
use crate::view::{Field, FieldKind};

/// Half-width of the x range the pictures show (the lab's inputs span ±20).
const SPAN: f64 = 20.0;
/// Samples of the response curve.
const CURVE_SAMPLES: usize = 161;
/// Side of the engine-painted plane.
const PLANE_RES: usize = 48;

/// The threshold axis: the weighted input Σ wᵢxᵢ = z − b on a line, θ = −b marked, the
/// side where the neuron fires shaded and labelled, and below it the neuron's state in words
/// (test id `threshold-state`, `data-fires`).
pub fn threshold_axis(lab: &NeuronLab, out: &NeuronOutput, lang: Lang) -> Html {
    let theta = f64::from(lab.threshold());
    let weighted = f64::from(out.z) - f64::from(lab.bias);
    let reach = SPAN.max(theta.abs() * 1.1).max(weighted.abs() * 1.1);
    let f = Frame::new((-reach, reach), (0.0, 1.0), 420.0, 70.0);
    let (tx, wx) = (
        f.px(theta.clamp(-reach, reach)),
        f.px(weighted.clamp(-reach, reach)),
    );
    let fires = out.z > 0.0;
    html! {
        <>
        <svg class="threshold-axis" viewBox="0 0 420 70" role="img"
            aria-label={NeuronText::WeightedInput.t(lang)}>
            <rect class="fires" x={tx.to_string()} y="18" width={(f.px(reach) - tx).max(0.0).to_string()} height="20" />
            <line class="axis-line" x1={f.px(-reach).to_string()} x2={f.px(reach).to_string()} y1="38" y2="38" />
            <line class="threshold" data-testid="threshold-mark" data-value={plain(lab.threshold())}
                x1={tx.to_string()} x2={tx.to_string()} y1="10" y2="46" />
            <text class="axis" x={tx.to_string()} y="60" text-anchor="middle">
                { NeuronText::ThresholdMark.fill(lang, &[&plain(lab.threshold())]) }</text>
            <circle class={classes!("here", fires.then_some("on"))} cx={wx.to_string()} cy="38" r="6" />
            <text class="axis" x={f.px(-reach).to_string()} y="12">{ NeuronText::WeightedInput.t(lang) }</text>
            <text class="axis" x={f.px(reach).to_string()} y="12" text-anchor="end">
                { NeuronText::Fires.t(lang) }</text>
        </svg>
        <p class="threshold-state" data-testid="threshold-state" data-fires={fires.to_string()}>
            { NeuronText::WeightedIs.fill(lang, &[&plain(weighted as f32)]) }
            <strong>{ if fires { NeuronText::Fires.t(lang) } else { NeuronText::Silent.t(lang) } }</strong>
        </p>
        </>
    }
}

/// The colour scale of the neuron's output.
fn output_scale(activation: Activation, data: &[f32]) -> Scale {
    match activation {
        Activation::Sigmoid | Activation::Step => Scale::Probability,
        Activation::Tanh => Scale::Symmetric,
        _ => auto_scale(data),
    }
}

/// y on a `PLANE_RES²` grid over [−20, 20]², row 0 at the top, from the engine's network.
fn plane_field(lab: &NeuronLab) -> Option<Field> {
    let net = lab.network().ok()?;
    let step = 2.0 * SPAN / PLANE_RES as f64;
    let mut inputs = Array2::zeros((PLANE_RES * PLANE_RES, 2));
    for r in 0..PLANE_RES {
        for c in 0..PLANE_RES {
            let x1 = -SPAN + (c as f64 + 0.5) * step;
            let x2 = SPAN - (r as f64 + 0.5) * step;
            inputs[[r * PLANE_RES + c, 0]] = x1 as f32;
            inputs[[r * PLANE_RES + c, 1]] = x2 as f32;
        }
    }
    let layers = net.neuron_activations(inputs.view()).ok()?;
    let data = layers.get(1)?.row(0).to_vec();
    Some(Field {
        res: PLANE_RES,
        channels: 1,
        scale: output_scale(lab.activation, &data),
        data,
        kind: FieldKind::Plane,
    })
}

/// A cheap fingerprint of a field, so the canvas repaints exactly when the picture changes.
fn fingerprint(data: &[f32]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325, |h, v| {
        (h ^ u64::from(v.to_bits())).wrapping_mul(0x100_0000_01b3)
    })
}

/// Two inputs: the plane, the decision line and the current point.
fn plane(lab: &NeuronLab, lang: Lang) -> Html {
    let f = Frame::new((-SPAN, SPAN), (-SPAN, SPAN), 300.0, 300.0);
    let line = lab.decision_line().map(|s| {
        let (a, b) = (s.from, s.to);
        html! {
            <line class="decision" data-testid="decision-line"
                x1={f.px(a[0].into()).to_string()} y1={f.py(a[1].into()).to_string()}
                x2={f.px(b[0].into()).to_string()} y2={f.py(b[1].into()).to_string()} />
        }
    });
    let field = plane_field(lab).map(Rc::new);
    let version = field.as_ref().map_or(0, |f| fingerprint(&f.data));
    let (x1, x2) = (f64::from(lab.inputs[0].x), f64::from(lab.inputs[1].x));
    html! {
        <div class="plane-plot">
            <p class="muted">{ NeuronText::PlaneText.t(lang) }</p>
            <div class="plane-stack">
                if let Some(field) = field {
                    <Heatmap field={field} version={version} class="plane-map" />
                }
                <svg viewBox="0 0 300 300" class="plane-overlay">
                    { axes(&f) }
                    { line.unwrap_or_else(|| html! {
                        <text class="axis" x="150" y="40" text-anchor="middle">{ NeuronText::NoLine.t(lang) }</text>
                    }) }
                    <circle class="here" cx={f.px(x1).to_string()} cy={f.py(x2).to_string()} r="5" />
                </svg>
            </div>
        </div>
    }
}

/// One or three-plus inputs: y against x₁, the step position marked with one input.
fn curve(lab: &NeuronLab, out: &NeuronOutput, lang: Lang) -> Html {
    let Ok(points) = lab.curve(0, -SPAN as f32, SPAN as f32, CURVE_SAMPLES) else {
        return html! {};
    };
    let ys = points
        .iter()
        .map(|p| f64::from(p[1]))
        .filter(|y| y.is_finite());
    let (lo, hi) = ys.fold((f64::MAX, f64::MIN), |(lo, hi), y| (lo.min(y), hi.max(y)));
    let margin = ((hi - lo) * 0.1).max(0.1);
    let f = Frame::new(
        (-SPAN, SPAN),
        (lo.min(0.0) - margin, hi.max(1.0) + margin),
        420.0,
        220.0,
    );
    let d = f.path(points.iter().map(|p| (f64::from(p[0]), f64::from(p[1]))));
    let step = lab.step_position().filter(|s| s.abs() <= SPAN as f32);
    let x1 = f64::from(lab.inputs[0].x);
    html! {
        <div class="curve-plot">
            <p class="muted">{ NeuronText::CurveText.t(lang) }</p>
            <svg viewBox="0 0 420 220" role="img" aria-label={NeuronText::Response.t(lang)}>
                { axes(&f) }
                <path class="curve" d={d} />
                if let Some(s) = step {
                    <line class="threshold" data-testid="step-position" data-value={plain(s)}
                        x1={f.px(s.into()).to_string()} x2={f.px(s.into()).to_string()}
                        y1={f.py(f.y.0).to_string()} y2={f.py(f.y.1).to_string()} />
                    <text class="axis" x={(f.px(s.into()) + 4.0).to_string()} y={(f.py(f.y.1) + 12.0).to_string()}>
                        { NeuronText::StepAt.fill(lang, &[&plain(s)]) }</text>
                }
                <circle class="here" cx={f.px(x1).to_string()} cy={f.py(out.y.into()).to_string()} r="5" />
            </svg>
            if lab.inputs.len() == 1 && lab.inputs[0].w == 0.0 {
                <p class="muted">{ NeuronText::NoStep.t(lang) }</p>
            }
        </div>
    }
}

/// How y responds to the inputs.
pub fn response(lab: &NeuronLab, out: &NeuronOutput, lang: Lang) -> Html {
    if lab.inputs.len() == 2 {
        plane(lab, lang)
    } else {
        curve(lab, out, lang)
    }
}
