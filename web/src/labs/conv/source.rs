//! Where the image comes from: a digit of either set (fetched on first use, with its
//! progress, failure and retry, and its attribution), a pattern, or the drawing pad.

use neurite_labs::conv::{DigitSet, Drawing, ImageKind};
use yew::prelude::*;

use super::pad::DrawPad;
use super::text::ConvText;
use super::{edit, ConvLabProps};
use crate::components::number_field::NumberField;
use crate::labs::controls::select;
use crate::labs::data_status::data_status;
use crate::labs::datasets::SetState;

fn image_text(kind: ImageKind) -> ConvText {
    match kind {
        ImageKind::Digit => ConvText::ImgDigit,
        ImageKind::Bar => ConvText::ImgBar,
        ImageKind::Cross => ConvText::ImgCross,
        ImageKind::Checker => ConvText::ImgChecker,
        ImageKind::Drawn => ConvText::ImgDrawn,
    }
}

fn set_text(set: DigitSet) -> ConvText {
    match set {
        DigitSet::Digits8 => ConvText::Set8,
        DigitSet::Digits28 => ConvText::Set28,
    }
}

/// The digit controls: set, number with previous/next, its label once loaded.
fn digit_controls(props: &ConvLabProps, state: Option<&SetState>, retry: Callback<()>) -> Html {
    let (lab, lang) = (&props.lab, props.lang);
    let last = lab.set.count() - 1;
    let step = |delta: isize| {
        edit(props, move |l, _: MouseEvent| {
            l.digit = (l.digit as isize + delta).clamp(0, last as isize) as usize;
        })
    };
    let label = match state {
        Some(SetState::Ready(images)) => images.labels().get(lab.digit).map(|&d| {
            html! { <span class="muted" data-testid="digit-label" data-value={d.to_string()}>
            { ConvText::Label.fill(lang, &[&d.to_string()]) }</span> }
        }),
        _ => None,
    };
    html! {
        <>
            { select(ConvText::Set.t(lang), "digit-set", &DigitSet::ALL, lab.set,
                |s| set_text(s).t(lang), None, edit(props, |l, s: DigitSet| l.set = s)) }
            <div class="row conv-digit">
                <span class="field-label">{ ConvText::DigitIndex.t(lang) }</span>
                <button type="button" onclick={step(-1)} aria-label={ConvText::Previous.t(lang)}
                    disabled={lab.digit == 0}>{ "‹" }</button>
                <NumberField value={lab.digit as f64} min=0.0 max={last as f64} step=1.0
                    label={ConvText::DigitIndex.t(lang)} testid="digit-index"
                    on_value={edit(props, |l, v: f64| l.digit = v.round() as usize)} />
                <button type="button" onclick={step(1)} aria-label={ConvText::Next.t(lang)}
                    disabled={lab.digit >= last}>{ "›" }</button>
                { label }
            </div>
            { data_status(lab.set, state, retry, lang) }
        </>
    }
}

/// The drawing pad and its clear button.
fn drawing_controls(props: &ConvLabProps) -> Html {
    let lang = props.lang;
    let on_draw = edit(props, |l, d: Drawing| l.drawing = d);
    let clear = edit(props, |l, _: MouseEvent| l.drawing = Drawing::default());
    html! {
        <div class="conv-draw">
            <p class="muted">{ ConvText::DrawHint.t(lang) }</p>
            <DrawPad drawing={props.lab.drawing.clone()} on_draw={on_draw}
                label={ConvText::ImgDrawn.t(lang)} />
            <button type="button" data-testid="clear-drawing" onclick={clear}>{ ConvText::Clear.t(lang) }</button>
            if props.lab.drawing.is_blank() {
                <p class="muted" data-testid="blank-drawing">{ ConvText::BlankDrawing.t(lang) }</p>
            }
        </div>
    }
}

/// The image panel.
pub fn source(props: &ConvLabProps, state: Option<&SetState>, retry: Callback<()>) -> Html {
    let (lab, lang) = (&props.lab, props.lang);
    html! {
        <>
            { select(ConvText::Image.t(lang), "image", &ImageKind::ALL, lab.image,
                |k| image_text(k).t(lang), None, edit(props, |l, k: ImageKind| l.image = k)) }
            { match lab.image {
                ImageKind::Digit => digit_controls(props, state, retry),
                ImageKind::Drawn => drawing_controls(props),
                _ => Html::default(),
            } }
        </>
    }
}
