//! The neuron as a picture: inputs on the left, one link each to the neuron, the output on
//! the right. A link's width is |w| and its colour the sign (blue positive, orange negative,
//! as everywhere in Neurite); a cut link (w = 0) is drawn dashed and broken in the middle.

use neurite_labs::neuron::NeuronOutput;
use neurite_labs::{LinkRole, NeuronLab};
use yew::prelude::*;

use crate::view::colors::{css, NEGATIVE, POSITIVE};
use crate::view::plot::plain;

const W: f64 = 420.0;
const ROW: f64 = 46.0;
const IN_X: f64 = 40.0;
const NEURON_X: f64 = 290.0;
const OUT_X: f64 = 340.0;

/// Stroke width of a link of weight `w` when the largest |w| is `max`.
fn width(w: f32, max: f32) -> f64 {
    1.0 + 7.0 * f64::from(w.abs() / max.max(1.0))
}

fn link(i: usize, y_in: f64, y_mid: f64, w: f32, max: f32) -> Html {
    let (x0, x1) = (IN_X + 16.0, NEURON_X - 26.0);
    if LinkRole::of(w) == LinkRole::Cut {
        // Two dashed stubs with a gap: the connection is cut.
        let t = |f: f64| (x0 + f * (x1 - x0), y_in + f * (y_mid - y_in));
        let (a, b) = (t(0.42), t(0.58));
        return html! {
            <g class="link cut" data-testid={format!("neuron-link-{}", i + 1)} data-weight="0">
                <line x1={x0.to_string()} y1={y_in.to_string()} x2={a.0.to_string()} y2={a.1.to_string()} />
                <line x1={b.0.to_string()} y1={b.1.to_string()} x2={x1.to_string()} y2={y_mid.to_string()} />
            </g>
        };
    }
    let colour = css(if w > 0.0 { POSITIVE } else { NEGATIVE });
    html! {
        <line class="link" data-testid={format!("neuron-link-{}", i + 1)} data-weight={plain(w)}
            x1={x0.to_string()} y1={y_in.to_string()} x2={x1.to_string()} y2={y_mid.to_string()}
            style={format!("stroke:{colour};stroke-width:{:.2}px", width(w, max))} />
    }
}

/// The diagram of `lab` with its computed `out`.
pub fn diagram(lab: &NeuronLab, out: Option<&NeuronOutput>, label: &str) -> Html {
    let n = lab.inputs.len();
    let h = ROW * n.max(2) as f64 + 20.0;
    let mid = h / 2.0;
    let max = lab.inputs.iter().map(|i| i.w.abs()).fold(0.0f32, f32::max);
    let y_of = |i: usize| mid + (i as f64 - (n as f64 - 1.0) / 2.0) * ROW;
    let z = out.map_or(String::new(), |o| plain(o.z));
    let y = out.map_or(String::new(), |o| plain(o.y));
    html! {
        <svg class="neuron-diagram" viewBox={format!("0 0 {W} {h}")} role="img" aria-label={label.to_string()}>
            { for lab.inputs.iter().enumerate().map(|(i, inp)| link(i, y_of(i), mid, inp.w, max)) }
            { for lab.inputs.iter().enumerate().map(|(i, inp)| html! {
                <g class="node input">
                    <circle cx={IN_X.to_string()} cy={y_of(i).to_string()} r="16" />
                    <text x={IN_X.to_string()} y={(y_of(i) + 4.0).to_string()} text-anchor="middle">
                        { format!("x{}", i + 1) }</text>
                    <text class="small" x={(IN_X + 22.0).to_string()} y={(y_of(i) - 8.0).to_string()}>
                        { plain(inp.x) }</text>
                    <text class="small weight" x={((IN_X + NEURON_X) / 2.0).to_string()}
                        y={((y_of(i) + mid) / 2.0 - 6.0).to_string()} text-anchor="middle">
                        { format!("w{} = {}", i + 1, plain(inp.w)) }</text>
                </g>
            }) }
            <g class="node neuron">
                <circle cx={NEURON_X.to_string()} cy={mid.to_string()} r="26" />
                <text x={NEURON_X.to_string()} y={(mid - 4.0).to_string()} text-anchor="middle">{ "Σ → f" }</text>
                <text class="small" x={NEURON_X.to_string()} y={(mid + 12.0).to_string()} text-anchor="middle">
                    { format!("b = {}", plain(lab.bias)) }</text>
                <text class="small" x={NEURON_X.to_string()} y={(mid + 44.0).to_string()} text-anchor="middle">
                    { format!("z = {z}") }</text>
            </g>
            <line class="link out" x1={(NEURON_X + 26.0).to_string()} y1={mid.to_string()}
                x2={OUT_X.to_string()} y2={mid.to_string()} />
            <text x={(OUT_X + 4.0).to_string()} y={(mid - 6.0).to_string()}>{ "y" }</text>
            <text class="small" x={(OUT_X + 4.0).to_string()} y={(mid + 10.0).to_string()}>{ y }</text>
        </svg>
    }
}
