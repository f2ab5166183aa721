//! One neuron: a small heatmap of its output over the data plane, clickable to select it.

use std::rc::Rc;

use yew::prelude::*;

use super::heatmap::Heatmap;
use crate::view::colors;
use crate::view::{Field, NeuronId};

/// Props of [`Neuron`].
#[derive(Properties, PartialEq, Clone)]
pub struct NeuronProps {
    pub id: NeuronId,
    /// Top-left corner and side, in network-view pixels.
    pub x: f64,
    pub y: f64,
    pub size: f64,
    pub field: Option<Rc<Field>>,
    pub version: u64,
    pub selected: bool,
    /// Label drawn beside input neurons (feature names).
    #[prop_or_default]
    pub label: Option<AttrValue>,
    /// Tooltip (bias, activation).
    #[prop_or_default]
    pub title: AttrValue,
    pub on_click: Callback<NeuronId>,
    /// The class this output neuron stands for (K-class data): drawn in its colour.
    #[prop_or_default]
    pub out_class: Option<usize>,
}

/// The neuron box.
#[component]
pub fn Neuron(props: &NeuronProps) -> Html {
    let id = props.id;
    let onclick = {
        let cb = props.on_click.clone();
        Callback::from(move |e: MouseEvent| {
            e.stop_propagation();
            cb.emit(id)
        })
    };
    let mut style = format!(
        "left:{}px;top:{}px;width:{}px;height:{}px",
        props.x, props.y, props.size, props.size
    );
    if let Some(k) = props.out_class {
        let c = colors::css(colors::class_color(k));
        style.push_str(&format!(";border:2px solid {c}"));
    }
    let class = classes!("neuron", props.selected.then_some("selected"));
    html! {
        <button type="button" class={class} style={style} onclick={onclick}
            title={props.title.clone()}
            data-testid={format!("neuron-{}-{}", id.layer, id.index)}>
            if let Some(field) = props.field.clone() {
                <Heatmap field={field} version={props.version} tint={props.out_class} />
            }
            if let Some(label) = props.label.clone() {
                <span class="neuron-label">{ label }</span>
            }
        </button>
    }
}
