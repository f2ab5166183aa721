//! The filter's window at one position: the image with the window drawn on it, the selected
//! filter's feature map with the position ringed (click a cell to move there, or play to
//! walk it across), the k×k products written out and their Σ beside the value the engine
//! computed there, and the map's size from (H − k + 2p)/s + 1 with the numbers.

use std::rc::Rc;

use neurite_labs::conv::{ConvLab, FeatureMaps, Picture, Window};
use yew::prelude::*;

use super::kernel::whole_field;
use super::text::ConvText;
use crate::i18n::Lang;
use crate::labs::controls::{edit_lab, num, short};
use crate::labs::pixel_grid::{magnitude, PixelGrid, Tone};
use crate::platform::cell::use_cell;
use crate::platform::hooks::use_animation_loop;

/// Milliseconds between steps while the window walks.
const STEP_MS: f64 = 350.0;

/// Props of [`WindowPanel`].
#[derive(Properties, PartialEq, Clone)]
pub struct WindowProps {
    pub lab: ConvLab,
    pub lang: Lang,
    pub picture: Rc<Picture>,
    pub maps: Rc<FeatureMaps>,
    pub on_change: Callback<ConvLab>,
}

fn products(window: &Window, size: usize) -> Html {
    html! {
        <div class={classes!("products", format!("k{size}"))} data-testid="products">
            { for window.terms.iter().map(|t| html! {
                <span class={classes!("product", t.padding.then_some("padding"))}>
                    { format!("{} × {}", short(f64::from(t.pixel)), short(f64::from(t.weight))) }
                    <br />{ format!("= {}", short(t.product())) }
                </span>
            }) }
        </div>
    }
}

fn size_formula(lab: &ConvLab, lang: Lang) -> Html {
    let (h, k, p, s) = (lab.image_side(), lab.size, lab.pad, lab.stride);
    let out = lab.map_side();
    let text = format!(
        "({h} − {k} + 2·{p}) / {s} + 1 = {} / {s} + 1 → ",
        h + 2 * p - k
    );
    html! {
        <div class="size-formula">
            <h3>{ ConvText::SizeTitle.t(lang) }</h3>
            <p>{ ConvText::SizeText.t(lang) }</p>
            <p class="formula">{ text }
                <strong data-testid="out-height">{ out }</strong>{ " × " }
                <strong data-testid="out-width">{ out }</strong></p>
        </div>
    }
}

/// The window panel.
#[component]
pub fn WindowPanel(props: &WindowProps) -> Html {
    let (lab, lang) = (&props.lab, props.lang);
    let playing = use_cell(|| false);
    let last_step = use_cell(|| 0.0f64);
    let side = props.maps.height;
    let step = {
        let (lab, on_change, last_step) = (lab.clone(), props.on_change.clone(), last_step.clone());
        Callback::from(move |t: f64| {
            if t - last_step.get() < STEP_MS {
                return;
            }
            last_step.replace_quietly(t);
            let mut next = lab.clone();
            let n = side * side;
            let at = (next.row * side + next.col + 1) % n.max(1);
            (next.row, next.col) = (at / side, at % side);
            on_change.emit(next);
        })
    };
    use_animation_loop(playing.get(), step);
    let k = lab.selected.min(props.maps.maps.len().saturating_sub(1));
    let weights = lab.selected_kernel().weights(lab.size);
    let window = Window::at(
        &props.picture,
        &weights,
        lab.size,
        (lab.stride, lab.pad),
        (lab.row, lab.col),
    );
    let map = Rc::new(props.maps.maps.get(k).cloned().unwrap_or_default());
    let value = props.maps.at(k, lab.row, lab.col).map(f64::from);
    let at = edit_lab(
        lab,
        &props.on_change,
        |l: &mut ConvLab, (r, c): (usize, usize)| {
            (l.row, l.col) = (r, c);
        },
    );
    let toggle = {
        let playing = playing.clone();
        Callback::from(move |_: MouseEvent| playing.set(!playing.get()))
    };
    let last = side.saturating_sub(1);
    html! {
        <>
            <h3>{ ConvText::WindowTitle.t(lang) }</h3>
            <p class="muted">{ ConvText::WindowHelp.t(lang) }</p>
            <div class="conv-pair">
                <PixelGrid values={Rc::new(props.picture.pixels.clone())} height={props.picture.height}
                    width={props.picture.width} tone={Tone::Ink} label={ConvText::ImageLabel.t(lang)}
                    highlight={Some((window.top, window.left, lab.size, lab.size))} testid="conv-image" />
                <PixelGrid values={map.clone()} height={side} width={props.maps.width}
                    tone={Tone::Signed(magnitude(&map))} label={ConvText::MapLabel.fill(lang, &[&(k + 1).to_string()])}
                    rings={vec![(lab.row, lab.col)]} on_cell={at} testid="conv-map" />
            </div>
            <div class="row conv-position">
                { whole_field(ConvText::Row.t(lang), "pos-row", (0, last), lab.row,
                    edit_lab(lab, &props.on_change, move |l: &mut ConvLab, v: usize| l.row = v.min(last))) }
                { whole_field(ConvText::Col.t(lang), "pos-col", (0, last), lab.col,
                    edit_lab(lab, &props.on_change, move |l: &mut ConvLab, v: usize| l.col = v.min(last))) }
                <button type="button" data-testid="walk" aria-pressed={playing.get().to_string()} onclick={toggle}>
                    { if playing.get() { ConvText::Pause.t(lang) } else { ConvText::Play.t(lang) } }</button>
            </div>
            <p class="muted">{ ConvText::Products.t(lang) }</p>
            { products(&window, lab.size) }
            <p class="window-sum">{ ConvText::SumIs.t(lang) }{ " = " }{ num("window-sum".into(), Some(window.sum())) }
                if lab.relu { { " → " }{ ConvText::ReluOf.t(lang) }{ " = " }{ short(window.sum().max(0.0)) } }
                <br />{ ConvText::MapIs.t(lang) }{ " = " }{ num("map-value".into(), value) }</p>
            <p class="muted">{ ConvText::SameNumber.t(lang) }{ " " }
                <a href="#lab=sigma&n=9&sequence=k" data-testid="sigma-link">{ ConvText::SigmaLink.t(lang) }</a></p>
            { size_formula(lab, lang) }
        </>
    }
}
