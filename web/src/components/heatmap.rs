//! A canvas that shows one [`Field`]: a neuron's output over the data plane, or the network's
//! prediction. The canvas holds `res × res` pixels and CSS scales it to its box, so the
//! cost of a repaint is the field's resolution, not the screen size.

use std::rc::Rc;

use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::browser;
use crate::colors;
use crate::view::Field;

/// Props of [`Heatmap`].
#[derive(Properties, PartialEq, Clone)]
pub struct HeatmapProps {
    pub field: Rc<Field>,
    /// Bumped whenever the field's content changes; repainting keys on it.
    pub version: u64,
    #[prop_or_default]
    pub discrete: bool,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub testid: Option<AttrValue>,
}

/// RGBA pixels of a field.
pub fn field_rgba(field: &Field, discrete: bool) -> Vec<u8> {
    if field.channels > 1 {
        colors::classes_rgba(&field.data, field.channels, discrete)
    } else {
        colors::scalar_rgba(&field.data, field.scale, discrete)
    }
}

/// The heatmap canvas.
#[component]
pub fn Heatmap(props: &HeatmapProps) -> Html {
    let canvas = use_node_ref();
    {
        let canvas = canvas.clone();
        let field = props.field.clone();
        use_effect_with(
            (props.version, props.discrete, Rc::as_ptr(&props.field)),
            move |(_, discrete, _)| {
                if let Some(c) = canvas.cast::<HtmlCanvasElement>() {
                    let res = field.res as u32;
                    browser::paint_rgba(&c, res, res, &field_rgba(&field, *discrete));
                }
            },
        );
    }
    html! {
        <canvas ref={canvas} class={classes!("heatmap", props.class.clone())}
            data-testid={props.testid.clone()} />
    }
}
