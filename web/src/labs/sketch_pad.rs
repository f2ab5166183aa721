//! The CNN lab's drawing pad: 28×28 ink in [0, 1], drawn with pointer events (mouse, touch,
//! pen, through [`PointerPad`]) with a soft round brush; every stroke segment is sent at
//! once so the prediction follows the pen. Test id `pad` (the canvas' box).

use std::rc::Rc;

use neurite_labs::cnn::sketch::SKETCH_SIDE;
use yew::prelude::*;

use crate::labs::pixel_grid::{PixelGrid, Tone};
use crate::labs::pointer_pad::{PointerPad, Segment};

/// Brush radius in pad pixels.
const BRUSH: f64 = 1.4;

/// Props of [`SketchPad`].
#[derive(Properties, PartialEq, Clone)]
pub struct SketchProps {
    pub ink: Rc<Vec<f32>>,
    pub on_ink: Callback<Rc<Vec<f32>>>,
    pub label: AttrValue,
}

/// Inks a segment from `from` to `to` (pad pixels) into `ink`.
fn stroke(ink: &mut [f32], from: (f64, f64), to: (f64, f64)) {
    let steps = ((to.0 - from.0).hypot(to.1 - from.1) / 0.5).ceil().max(1.0) as usize;
    for i in 0..=steps {
        let t = i as f64 / steps as f64;
        let (y, x) = (from.0 + (to.0 - from.0) * t, from.1 + (to.1 - from.1) * t);
        for (j, v) in ink.iter_mut().enumerate() {
            let (r, c) = (
                (j / SKETCH_SIDE) as f64 + 0.5,
                (j % SKETCH_SIDE) as f64 + 0.5,
            );
            let d = (r - y).hypot(c - x);
            let a = (BRUSH + 0.5 - d).clamp(0.0, 1.0) as f32;
            *v = v.max(a);
        }
    }
}

/// The pad.
#[component]
pub fn SketchPad(props: &SketchProps) -> Html {
    let on_segment = {
        let (ink, on_ink) = (props.ink.clone(), props.on_ink.clone());
        Callback::from(move |(from, to): Segment| {
            let mut next = (*ink).clone();
            stroke(&mut next, from, to);
            on_ink.emit(Rc::new(next));
        })
    };
    html! {
        <PointerPad side={SKETCH_SIDE} on_segment={on_segment} testid="pad" class={classes!("sketch-pad")}>
            <PixelGrid values={props.ink.clone()} height={SKETCH_SIDE} width={SKETCH_SIDE}
                tone={Tone::Ink} label={props.label.clone()} />
        </PointerPad>
    }
}
