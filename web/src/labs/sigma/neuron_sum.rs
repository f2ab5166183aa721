//! The same Σ inside a neuron: Σᵢ₌₁ⁿ wᵢxᵢ for a small example, the products and their
//! total from the engine (`neurite_labs::sigma::weighted_sum` runs a linear neuron), and a
//! link that opens exactly these numbers in the neuron lab (bias 0, linear activation, so
//! its z and y are this sum).

use neurite_labs::neuron::NeuronInput;
use neurite_labs::sigma::weighted_sum;
use neurite_labs::{encode, Lab, NeuronLab};
use neurite_nn::Activation;
use yew::prelude::*;

use super::text::SigmaText;
use super::written::sigma_sign;
use crate::i18n::Lang;
use crate::view::plot::plain;

/// The example's weights wᵢ: one attenuating, one inhibiting, one passing link.
const W: [f32; 3] = [0.5, -2.0, 1.0];
/// The example's inputs xᵢ.
const X: [f32; 3] = [4.0, 1.5, 3.0];

/// A number inside a written sum: negative ones in parentheses.
fn signed(v: f32) -> String {
    if v < 0.0 {
        format!("({})", plain(v))
    } else {
        plain(v)
    }
}

/// The neuron-lab link of the example.
pub fn neuron_link() -> String {
    let lab = NeuronLab {
        inputs: W
            .iter()
            .zip(X)
            .map(|(&w, x)| NeuronInput { x, w })
            .collect(),
        bias: 0.0,
        activation: Activation::Linear,
        gain: 1.0,
    };
    format!("#{}", encode(&Lab::Neuron(lab)))
}

/// The neuron's Σ with the example's numbers.
pub fn neuron_sum(lang: Lang) -> Html {
    let Ok(sum) = weighted_sum(&W, &X) else {
        return html! {};
    };
    let products: Vec<String> = W
        .iter()
        .zip(X)
        .map(|(&w, x)| format!("{}·{}", signed(w), signed(x)))
        .collect();
    let terms: Vec<String> = sum.terms.iter().map(|&t| signed(t)).collect();
    html! {
        <>
            <h2>{ SigmaText::NeuronTitle.t(lang) }</h2>
            <p class="muted">{ SigmaText::NeuronText.t(lang) }</p>
            <div class="lab-formula">
                <div>{ sigma_sign(&W.len().to_string(), "i=1", "wᵢxᵢ") }
                    <span>{ format!("= {}", products.join(" + ")) }</span></div>
                <div class="sigma-cont">{ format!("= {} = ", terms.join(" + ")) }
                    <strong data-testid="weighted-sum">{ plain(sum.total) }</strong></div>
            </div>
            <p><a href={neuron_link()} data-testid="neuron-lab-link">{ SigmaText::OpenNeuron.t(lang) }</a></p>
        </>
    }
}
