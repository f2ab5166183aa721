//! The filters: their size, one tab per filter (add, remove), the shown filter's preset and
//! its k×k weights as numbers (`kernel-<r>-<c>`), then stride, padding and ReLU.

use neurite_labs::conv::keys::DEFAULT_KERNELS;
use neurite_labs::conv::state::{KERNEL_SIDES, MAX_KERNELS, MAX_PAD, MAX_STRIDE, WEIGHT};
use neurite_labs::conv::{Kernel, KernelPreset};
use neurite_labs::link::write::name;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::text::ConvText;
use super::{edit, ConvLabProps};
use crate::components::number_field::NumberField;
use crate::i18n::Lang;

/// The value of the preset select for a custom kernel.
const CUSTOM: &str = "custom";

fn preset_text(p: KernelPreset) -> ConvText {
    match p {
        KernelPreset::Identity => ConvText::PIdentity,
        KernelPreset::Blur => ConvText::PBlur,
        KernelPreset::Sharpen => ConvText::PSharpen,
        KernelPreset::EdgeVertical => ConvText::PEdgeVertical,
        KernelPreset::EdgeHorizontal => ConvText::PEdgeHorizontal,
        KernelPreset::Emboss => ConvText::PEmboss,
    }
}

/// The preset's name in the learner's language, for tabs and map captions.
pub fn kernel_name(k: &Kernel, lang: Lang) -> &'static str {
    match k {
        Kernel::Preset(p) => preset_text(*p).t(lang),
        Kernel::Custom(_) => ConvText::Custom.t(lang),
    }
}

fn tabs(props: &ConvLabProps) -> Html {
    let (lab, lang) = (&props.lab, props.lang);
    let add = edit(props, |l, _: MouseEvent| {
        if l.kernels.len() < MAX_KERNELS {
            l.kernels
                .push(Kernel::Preset(DEFAULT_KERNELS[l.kernels.len()]));
            l.selected = l.kernels.len() - 1;
        }
    });
    let remove = edit(props, |l, _: MouseEvent| {
        if l.kernels.len() > 1 {
            l.kernels.remove(l.selected.min(l.kernels.len() - 1));
        }
    });
    html! {
        <div class="conv-tabs" role="group" aria-label={ConvText::Filters.t(lang)}>
            { for lab.kernels.iter().enumerate().map(|(i, k)| {
                let pick = edit(props, move |l, _: MouseEvent| l.selected = i);
                let title = format!("{} · {}", ConvText::Filter.fill(lang, &[&(i + 1).to_string()]), kernel_name(k, lang));
                html! {
                    <button type="button" class={classes!("conv-tab", (i == lab.selected).then_some("selected"))}
                        aria-pressed={(i == lab.selected).to_string()} title={title}
                        data-testid={format!("filter-tab-{i}")} onclick={pick}>{ i + 1 }</button>
                }
            }) }
            <button type="button" data-testid="add-filter" onclick={add}
                disabled={lab.kernels.len() >= MAX_KERNELS}>{ ConvText::AddFilter.t(lang) }</button>
            <button type="button" data-testid="remove-filter" onclick={remove}
                disabled={lab.kernels.len() <= 1}>{ ConvText::RemoveFilter.t(lang) }</button>
        </div>
    }
}

fn preset_select(props: &ConvLabProps) -> Html {
    let (lab, lang) = (&props.lab, props.lang);
    let current = match lab.selected_kernel() {
        Kernel::Preset(p) => name(p),
        Kernel::Custom(_) => CUSTOM.to_string(),
    };
    let onchange = edit(props, |l, e: Event| {
        let v = e.target_unchecked_into::<HtmlSelectElement>().value();
        if let Some(p) = KernelPreset::ALL.into_iter().find(|p| name(p) == v) {
            let i = l.selected.min(l.kernels.len() - 1);
            l.kernels[i] = Kernel::Preset(p);
        }
    });
    html! {
        <label class="row"><span class="field-label">{ ConvText::Preset.t(lang) }</span>
            <select data-testid="kernel-preset" onchange={onchange} aria-label={ConvText::Preset.t(lang)}>
                { for KernelPreset::ALL.into_iter().map(|p| html! {
                    <option value={name(&p)} selected={name(&p) == current}>{ preset_text(p).t(lang) }</option>
                }) }
                if current == CUSTOM {
                    <option value={CUSTOM} selected=true disabled=true>{ ConvText::Custom.t(lang) }</option>
                }
            </select>
        </label>
    }
}

fn weights(props: &ConvLabProps) -> Html {
    let (lab, lang) = (&props.lab, props.lang);
    let w = lab.selected_kernel().weights(lab.size);
    let k = lab.size;
    html! {
        <div class={classes!("kernel-grid", format!("k{k}"))}>
            { for (0..k * k).map(|i| {
                let (r, c) = (i / k, i % k);
                let label = ConvText::Weight.fill(lang, &[&(r + 1).to_string(), &(c + 1).to_string()]);
                html! {
                    <NumberField value={f64::from(w[i])} min={f64::from(WEIGHT.min)} max={f64::from(WEIGHT.max)}
                        step=0.1 label={label} testid={format!("kernel-{r}-{c}")}
                        on_value={edit(props, move |l, v: f64| l.set_weight(r, c, v as f32))} />
                }
            }) }
        </div>
    }
}

/// A small select of whole numbers.
fn whole_select(
    label: &'static str,
    testid: &'static str,
    options: &[usize],
    current: usize,
    on: Callback<usize>,
) -> Html {
    let onchange = Callback::from(move |e: Event| {
        if let Ok(v) = e
            .target_unchecked_into::<HtmlSelectElement>()
            .value()
            .parse()
        {
            on.emit(v);
        }
    });
    html! {
        <label class="row"><span class="field-label">{ label }</span>
            <select data-testid={testid} onchange={onchange} aria-label={label}>
                { for options.iter().map(|&v| html! {
                    <option value={v.to_string()} selected={v == current}>{ v }</option>
                }) }
            </select>
        </label>
    }
}

/// A labelled whole number in `lo..=hi`, typed (test id on the input, its value the number).
pub fn whole_field(
    label: &'static str,
    testid: &'static str,
    (lo, hi): (usize, usize),
    current: usize,
    on: Callback<usize>,
) -> Html {
    html! {
        <label class="row"><span class="field-label">{ label }</span>
            <NumberField value={current as f64} min={lo as f64} max={hi as f64} step=1.0 label={label}
                testid={testid} on_value={on.reform(|v: f64| v.round() as usize)} />
        </label>
    }
}

/// The filter panel.
pub fn kernel_panel(props: &ConvLabProps) -> Html {
    let (lab, lang) = (&props.lab, props.lang);
    let relu = edit(props, |l, e: Event| {
        l.relu = e
            .target_unchecked_into::<web_sys::HtmlInputElement>()
            .checked();
    });
    html! {
        <>
            <h3>{ ConvText::Filters.t(lang) }</h3>
            { whole_select(ConvText::KernelSize.t(lang), "kernel-size", &KERNEL_SIDES, lab.size,
                edit(props, |l, v: usize| l.set_size(v))) }
            { tabs(props) }
            { preset_select(props) }
            { weights(props) }
            { whole_field(ConvText::Stride.t(lang), "stride", (1, MAX_STRIDE), lab.stride, edit(props, |l, v: usize| l.stride = v)) }
            { whole_field(ConvText::Padding.t(lang), "padding", (0, MAX_PAD.min(lab.size - 1)), lab.pad, edit(props, |l, v: usize| l.pad = v)) }
            <label class="row check"><input type="checkbox" data-testid="relu" checked={lab.relu} onchange={relu} />
                { ConvText::Relu.t(lang) }</label>
        </>
    }
}
