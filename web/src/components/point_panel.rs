//! One training point, forward and backward, and one update: pick the point by index, read
//! its loss, switch the network view to its gradients (every link drawn by ∂L/∂w), read
//! ∂L/∂w of the selected link or ∂L/∂b of the selected neuron, and apply one plain-SGD step
//! from that point alone — `w ← w − η·∂L/∂w`, shown with the very numbers applied.

use std::rc::Rc;

use yew::prelude::*;

use super::number_field::NumberField;
use super::update_walk::UpdateWalk;
use crate::i18n::{Key, Lang};
use crate::store::Action;
use crate::view::plot::{factor, plain};
use crate::view::{NetView, Selection, Trace};

/// Props of [`PointPanel`].
#[derive(Properties, PartialEq, Clone)]
pub struct PointPanelProps {
    pub selection: Option<Selection>,
    pub net: Rc<NetView>,
    pub trace: Option<Rc<Trace>>,
    /// The inspected training point.
    pub inspect: Option<usize>,
    /// A point is hovered: the trace is that point's, not the inspected one's.
    pub hovering: bool,
    pub train_points: usize,
    pub backward: bool,
    pub learning_rate: f32,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

/// The selected parameter's value and gradient: `(∂L/∂θ, θ, test id of the gradient)`.
fn selected(props: &PointPanelProps, trace: &Trace) -> Option<(f32, f32, &'static str)> {
    match props.selection? {
        Selection::Link(id) => {
            let l = id.layer.checked_sub(1)?;
            let layer = props.net.layer(id.layer)?;
            let g = *trace
                .weight_grads
                .get(l)?
                .get(id.to * layer.inputs + id.from)?;
            Some((g, layer.weight(id.to, id.from)?, "link-grad"))
        }
        Selection::Neuron(id) => {
            let l = id.layer.checked_sub(1)?;
            let g = *trace.delta.get(l)?.get(id.index)?;
            Some((
                g,
                *props.net.layer(id.layer)?.biases.get(id.index)?,
                "bias-grad",
            ))
        }
    }
}

/// The update the button applies to the selected parameter, written out.
fn update_line(props: &PointPanelProps, trace: &Trace) -> Html {
    let Some((g, v, testid)) = selected(props, trace) else {
        return html! { <p class="muted">{ Key::SelectForGradient.t(props.lang) }</p> };
    };
    let (name, grad) = match testid {
        "link-grad" => ("w", "∂L/∂w"),
        _ => ("b", "∂L/∂b"),
    };
    let eta = props.learning_rate;
    let next = v - eta * g;
    html! {
        <div class="formula">
            <div>{ format!("{grad} = ") }<strong data-testid={testid}>{ plain(g) }</strong></div>
            <div>{ format!("{name} ← {name} − η·{grad} = {} − {}·{} = {}", plain(v), plain(eta), factor(g), plain(next)) }</div>
        </div>
    }
}

/// The point panel.
#[component]
pub fn PointPanel(props: &PointPanelProps) -> Html {
    let lang = props.lang;
    let d = &props.dispatch;
    let last = props.train_points.saturating_sub(1) as f64;
    let on_index = d.reform(|v: f64| Action::InspectPoint(Some(v.round().max(0.0) as usize)));
    let on_backward = d.reform(|e: Event| {
        Action::SetBackward(
            e.target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked(),
        )
    });
    let step = d.reform(|_: MouseEvent| Action::UpdateStep);
    let trace = props
        .trace
        .as_ref()
        .filter(|_| props.inspect.is_some() && !props.hovering);
    html! {
        <section class="panel point-panel" aria-label={Key::PointTitle.t(lang)}>
            <h2>{ Key::PointTitle.t(lang) }</h2>
            <p class="muted">{ Key::PointHelp.t(lang) }</p>
            <div class="row">
                <span class="field-label">{ Key::PointIndex.t(lang) }</span>
                <NumberField value={props.inspect.map_or(0.0, |i| i as f64)} min=0.0 max={last} step=1.0
                    label={Key::PointIndex.t(lang)} on_value={on_index} testid="inspect-point" />
                if let Some(t) = trace {
                    <span>{ Key::PointLoss.t(lang) }{ " " }<strong data-testid="point-loss">{ plain(t.loss) }</strong></span>
                }
            </div>
            <label class="check"><input type="checkbox" checked={props.backward} data-testid="backward"
                onchange={on_backward} />{ Key::BackwardView.t(lang) }</label>
            if let Some(t) = trace {
                { update_line(props, t) }
                <button type="button" data-testid="update-step" onclick={step}>{ Key::UpdateStep.t(lang) }</button>
                <UpdateWalk trace={t.clone()} param={selected(props, t).map(|(g, v, id)| (g, v, if id == "link-grad" { "w" } else { "b" }))}
                    learning_rate={props.learning_rate} lang={lang} dispatch={props.dispatch.clone()} />
            }
        </section>
    }
}
