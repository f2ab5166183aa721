//! What the network sees: the first layer's filters, the image (a validation digit or the
//! learner's drawing), every layer's feature maps for it, and the softmax probabilities.

use std::rc::Rc;

use neurite_labs::cnn::eval::first_filters;
use neurite_labs::cnn::sketch::prepare;
use neurite_labs::cnn::{predict, CnnSession};
use yew::prelude::*;

use super::text::CnnText;
use crate::i18n::Lang;
use crate::labs::controls::num;
use crate::labs::pixel_grid::{magnitude, PixelGrid, Tone};
use crate::labs::sketch_pad::SketchPad;

/// Which image is shown.
#[derive(Debug, Clone, PartialEq)]
pub enum Shown {
    /// Validation image `i`.
    Validation(usize),
    /// The drawing pad.
    Drawing,
}

fn small(values: Vec<f32>, side: (usize, usize), label: String, testid: Option<String>) -> Html {
    let scale = magnitude(&values);
    html! {
        <PixelGrid values={Rc::new(values)} height={side.0} width={side.1} tone={Tone::Signed(scale)}
            label={label} class={classes!("cnn-cell")} testid={testid.map(AttrValue::from)} />
    }
}

/// The filters panel.
pub fn filters(session: &CnnSession, lang: Lang) -> Html {
    let Some((count, k, w)) = first_filters(&session.cnn.trainer.model) else {
        return Html::default();
    };
    let per = w.len() / count.max(1);
    html! {
        <>
            <h3>{ CnnText::FiltersTitle.t(lang) }</h3>
            <p class="muted">{ CnnText::FiltersText.t(lang) }</p>
            <div class="cnn-row" data-testid="filters">
                { for (0..count).map(|f| small(w[f * per..f * per + k * k].to_vec(), (k, k), format!("filter {}", f + 1), None)) }
            </div>
        </>
    }
}

/// The image, its maps and its probabilities.
pub fn seen(
    session: &CnnSession,
    shown: &Shown,
    ink: Rc<Vec<f32>>,
    on_ink: Callback<Rc<Vec<f32>>>,
    lang: Lang,
) -> Html {
    let side = session.lab.side();
    let x: Vec<f32> = match shown {
        Shown::Validation(i) => {
            let len = side * side;
            let i = (*i).min(session.val_labels.len().saturating_sub(1));
            session
                .val
                .inputs()
                .get(i * len..(i + 1) * len)
                .map(<[f32]>::to_vec)
                .unwrap_or_default()
        }
        Shown::Drawing => prepare(&ink, side),
    };
    let prediction = predict(&session.cnn.trainer.model, &x);
    let trained = session.epochs_done() > 0;
    html! {
        <>
            if *shown == Shown::Drawing {
                <p class="muted">{ CnnText::DrawHint.t(lang) }</p>
                <div class="cnn-row">
                    <SketchPad ink={ink} on_ink={on_ink.clone()} label={CnnText::Drawing.t(lang)} />
                    <button type="button" data-testid="clear"
                        onclick={on_ink.reform(|_: MouseEvent| Rc::new(vec![0.0; 28 * 28]))}>{ CnnText::Clear.t(lang) }</button>
                </div>
            }
            <div class="cnn-row">
                <figure class="conv-small">
                    <PixelGrid values={Rc::new(x.clone())} height={side} width={side} tone={Tone::Ink}
                        label={CnnText::Input.t(lang)} testid="cnn-input" />
                    <figcaption>{ CnnText::Input.t(lang) }</figcaption>
                </figure>
            </div>
            if let Some(p) = prediction {
                { for p.maps.iter().map(|m| {
                    let label = match m.kind {
                        "maxpool" => CnnText::LayerPool.fill(lang, &[&m.channels.to_string()]),
                        _ => CnnText::LayerRelu.fill(lang, &[&m.channels.to_string()]),
                    };
                    let plane = m.height * m.width;
                    html! {
                        <>
                            <p class="muted">{ label.clone() }</p>
                            <div class="cnn-row">
                                { for (0..m.channels).map(|c| small(m.values[c * plane..(c + 1) * plane].to_vec(), (m.height, m.width), format!("{label} {}", c + 1), None)) }
                            </div>
                        </>
                    }
                }) }
                <h3>{ CnnText::Probs.t(lang) }</h3>
                <div class="prob-bars">
                    { for p.probs.iter().enumerate().map(|(k, &v)| html! {
                        <div class={classes!("prob", (k == p.class).then_some("top"))}>
                            <span class="prob-digit">{ k }</span>
                            <span class="prob-bar"><span style={format!("width:{:.1}%", 100.0 * v)} /></span>
                            <span data-testid={format!("prob-{k}")}>{ format!("{v:.3}") }</span>
                        </div>
                    }) }
                </div>
                <p>{ CnnText::Prediction.t(lang) }{ ": " }
                    <strong data-testid="prediction">{ p.class }</strong>
                    if !trained { <span class="muted">{ " — " }{ CnnText::NotTrained.t(lang) }</span> }
                    { " " }{ num("prediction-prob".into(), p.probs.get(p.class).map(|&v| f64::from(v))) }
                </p>
            }
        </>
    }
}
