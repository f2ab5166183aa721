//! The convolution lab (畳み込み層, フィルタ, 特徴マップ, プーリング層): an image, filters the
//! learner edits or picks, the window written out as a Σ equal to the feature map's value,
//! the map's size from the formula, every filter's map side by side, and pooling with the
//! shift experiment. Every number is computed by `neurite_labs::conv`, through the engine's
//! convolution and pooling layers.

mod kernel;
mod maps;
mod pad;
mod pooling;
mod source;
mod text;
mod window;

use std::rc::Rc;

use neurite_labs::conv::{convolve, ConvLab, FeatureMaps, ImageKind, Picture};
use yew::prelude::*;

use super::controls::edit_lab;
use super::datasets::{use_digit_set, SetState};
use crate::i18n::Lang;
use text::ConvText;

/// Props of [`ConvLabView`].
#[derive(Properties, PartialEq, Clone)]
pub struct ConvLabProps {
    pub lab: ConvLab,
    pub lang: Lang,
    pub on_change: Callback<ConvLab>,
}

/// A callback applying `edit` to the lab, kept consistent ([`ConvLab::fitted`]).
pub fn edit<T: 'static>(
    props: &ConvLabProps,
    edit: impl Fn(&mut ConvLab, T) + 'static,
) -> Callback<T> {
    edit_lab(&props.lab, &props.on_change, move |lab: &mut ConvLab, v| {
        edit(lab, v);
        *lab = lab.clone().fitted();
    })
}

/// The picture the lab convolves: a pattern, the drawing, or the digit once its set is
/// loaded.
fn picture(lab: &ConvLab, set: Option<&SetState>) -> Option<Picture> {
    match lab.image {
        ImageKind::Digit => match set {
            Some(SetState::Ready(images)) => neurite_labs::conv::digit_picture(images, lab.digit),
            _ => None,
        },
        ImageKind::Drawn => Some(lab.drawing.picture()),
        kind => kind.pattern().map(|p| p.picture()),
    }
}

/// The convolution lab.
#[component]
pub fn ConvLabView(props: &ConvLabProps) -> Html {
    let (lab, lang) = (&props.lab, props.lang);
    let (set_state, retry) = use_digit_set(lab.set, lab.image == ImageKind::Digit);
    let picture = picture(lab, set_state.as_ref()).map(Rc::new);
    let maps: Option<Result<Rc<FeatureMaps>, String>> = picture.as_ref().map(|p| {
        convolve(
            p,
            &lab.kernel_weights(),
            lab.size,
            lab.stride,
            lab.pad,
            lab.relu,
        )
        .map(Rc::new)
        .map_err(|e| e.to_string())
    });
    let computed = match (&picture, &maps) {
        (Some(p), Some(Ok(m))) => Some((p.clone(), m.clone())),
        _ => None,
    };
    let problem = match &maps {
        Some(Err(why)) => Some(html! {
            <p class="case-text" role="alert" data-testid="conv-error">
                { ConvText::Unavailable.fill(lang, &[why]) }</p>
        }),
        _ => None,
    };
    html! {
        <div class="lab-grid conv-grid">
            <section class="panel">
                <p class="lab-intro">{ ConvText::Intro.t(lang) }</p>
                { source::source(props, set_state.as_ref(), retry) }
                { kernel::kernel_panel(props) }
            </section>
            <section class="panel">
                { problem }
                if let Some((picture, maps)) = computed.clone() {
                    <window::WindowPanel lab={lab.clone()} lang={lang} picture={picture}
                        maps={maps} on_change={props.on_change.clone()} />
                }
            </section>
            <section class="panel">
                if let Some((picture, maps)) = computed {
                    { maps::maps_panel(props, &maps) }
                    <pooling::PoolPanel lab={lab.clone()} lang={lang} picture={picture}
                        maps={maps} on_change={props.on_change.clone()} />
                }
            </section>
        </div>
    }
}
