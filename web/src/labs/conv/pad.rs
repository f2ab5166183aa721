//! The convolution lab's drawing pad: a 16×16 drawing inked with a round brush along each
//! stroke segment ([`PointerPad`]); every segment sends a new drawing, so the maps follow
//! the pen.

use neurite_labs::conv::{Drawing, PAD_SIDE};
use yew::prelude::*;

use crate::labs::pixel_grid::{PixelGrid, Tone};
use crate::labs::pointer_pad::{PointerPad, Segment};

/// Brush radius in pad pixels.
const BRUSH: f32 = 0.9;

/// Props of [`DrawPad`].
#[derive(Properties, PartialEq, Clone)]
pub struct DrawPadProps {
    pub drawing: Drawing,
    pub on_draw: Callback<Drawing>,
    pub label: AttrValue,
}

/// The pad.
#[component]
pub fn DrawPad(props: &DrawPadProps) -> Html {
    let on_segment = {
        let (drawing, on_draw) = (props.drawing.clone(), props.on_draw.clone());
        Callback::from(move |(from, to): Segment| {
            let mut next = drawing.clone();
            let steps = ((to.0 - from.0).hypot(to.1 - from.1) / 0.4).ceil().max(1.0) as usize;
            for i in 1..=steps {
                let t = i as f64 / steps as f64;
                let (r, c) = (from.0 + (to.0 - from.0) * t, from.1 + (to.1 - from.1) * t);
                next.ink(r as f32, c as f32, BRUSH);
            }
            if next != drawing {
                on_draw.emit(next);
            }
        })
    };
    let values = std::rc::Rc::new(props.drawing.picture().pixels);
    html! {
        <PointerPad side={PAD_SIDE} on_segment={on_segment} testid="draw-pad">
            <PixelGrid values={values} height={PAD_SIDE} width={PAD_SIDE} tone={Tone::Ink}
                label={props.label.clone()} class={classes!("pad-grid")} />
        </PointerPad>
    }
}
