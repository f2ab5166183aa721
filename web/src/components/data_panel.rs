//! The data panel: dataset thumbnails, noise, class count, split percentages, batch size,
//! regenerate, and the data editor (draw / erase / CSV import) below.

use neurite_data::{generate, DatasetKind, DatasetSpec, MAX_CLASSES, MAX_NOISE, MIN_CLASSES};
use neurite_nn::{Rng, Stream};
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use super::data_editor::DataEditor;
use super::slider::Slider;
use crate::i18n::{Key, Lang};
use crate::platform::canvas;
use crate::store::{Action, CsvOutcome, DataSettings};
use crate::view::thumbs::thumbnail_rgba;
use crate::view::DrawTool;
use neurite_labs::GlossaryTerm as T;

const THUMB: usize = 48;

/// Props of [`DataPanel`].
#[derive(Properties, PartialEq, Clone)]
pub struct DataPanelProps {
    pub data: DataSettings,
    pub draw: Option<DrawTool>,
    /// Classes of the current task (`None` for regression).
    pub classes: Option<usize>,
    /// Coordinates per data point.
    pub dims: usize,
    /// Result of the last CSV import: `Ok(points)` or `Err(message)`.
    pub csv: Option<CsvOutcome>,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

#[derive(Properties, PartialEq, Clone)]
struct ThumbProps {
    kind: DatasetKind,
    selected: bool,
    lang: Lang,
    on_pick: Callback<DatasetKind>,
}

/// The translated name of a dataset.
pub fn dataset_key(kind: DatasetKind) -> Key {
    match kind {
        DatasetKind::Circle => Key::DsCircle,
        DatasetKind::Xor => Key::DsXor,
        DatasetKind::Gauss => Key::DsGauss,
        DatasetKind::Spiral => Key::DsSpiral,
        DatasetKind::RegPlane => Key::DsRegPlane,
        DatasetKind::RegGauss => Key::DsRegGauss,
        DatasetKind::Moons => Key::DsMoons,
        DatasetKind::Checkerboard => Key::DsCheckerboard,
        DatasetKind::Blobs => Key::DsBlobs,
        DatasetKind::Spirals => Key::DsSpirals,
        DatasetKind::Sine => Key::DsSine,
    }
}

/// The thumbnail's test id: `dataset-` and the dataset's serde name without underscores
/// (`dataset-circle`, `dataset-regplane`), stable since the first release.
fn test_id(kind: DatasetKind) -> String {
    format!("dataset-{}", kind.name().replace('_', ""))
}

/// One dataset thumbnail, drawn once from a small sample of the generator.
#[component]
fn Thumb(props: &ThumbProps) -> Html {
    let canvas = use_node_ref();
    {
        let canvas = canvas.clone();
        use_effect_with(props.kind, move |kind| {
            let spec = DatasetSpec {
                points: 160,
                ..DatasetSpec::new(*kind)
            };
            let mut rng = Rng::stream(1, Stream::Data);
            if let (Ok(ds), Some(c)) = (
                generate(&spec, &mut rng),
                canvas.cast::<HtmlCanvasElement>(),
            ) {
                canvas::paint_rgba(&c, THUMB as u32, THUMB as u32, &thumbnail_rgba(&ds, THUMB));
            }
        });
    }
    let kind = props.kind;
    let onclick = props.on_pick.reform(move |_: MouseEvent| kind);
    let name = dataset_key(kind).t(props.lang);
    html! {
        <button type="button" class={classes!("thumb", props.selected.then_some("selected"))}
            onclick={onclick} title={name} aria-pressed={props.selected.to_string()}
            data-testid={test_id(kind)}>
            <canvas ref={canvas} />
            <span>{ name }</span>
        </button>
    }
}

/// The data panel.
#[component]
pub fn DataPanel(props: &DataPanelProps) -> Html {
    let lang = props.lang;
    let d = &props.dispatch;
    let s = &props.data;
    let on_pick = d.reform(Action::SetDataset);
    let train = s.split.0 as f64;
    let val = s.split.1 as f64;
    let on_train = d.reform(move |v: f64| Action::SetSplit {
        train: v.round().clamp(1.0, 100.0) as u8,
        validation: (val as u8).min(100 - v.round().clamp(1.0, 100.0) as u8),
    });
    let on_val = d.reform(move |v: f64| Action::SetSplit {
        train: train as u8,
        validation: v.round().clamp(0.0, 100.0 - train) as u8,
    });
    let regen = d.reform(|_: MouseEvent| Action::Regenerate);
    html! {
        <section class="panel data-panel" aria-label={Key::Data.t(lang)}>
            <h2>{ Key::Data.t(lang) }</h2>
            <div class="thumbs">
                { for DatasetKind::ALL.into_iter().map(|k| html! {
                    <Thumb kind={k} selected={!s.custom && k == s.kind} lang={lang} on_pick={on_pick.clone()} />
                }) }
            </div>
            <Slider label={Key::Noise.t(lang)} value={s.noise as f64} min=0.0 max={f64::from(MAX_NOISE)} step=1.0
                on_input={d.reform(|v: f64| Action::SetNoise(v as f32))} />
            if s.kind.is_multiclass() {
                <Slider label={Key::Classes.t(lang)} value={s.classes as f64} min={MIN_CLASSES as f64} max={MAX_CLASSES as f64} step=1.0
                    on_input={d.reform(|v: f64| Action::SetClasses(v.round() as usize))} />
            }
            <Slider label={Key::TrainPct.t(lang)} value={train} min=10.0 max=90.0 step=1.0
                term={(T::Splits, lang)} on_input={on_train} />
            <Slider label={Key::ValPct.t(lang)} value={val} min=0.0 max={100.0 - train} step=1.0
                on_input={on_val} />
            <div class="row"><span class="field-label">{ Key::TestPct.t(lang) }</span>
                <strong>{ format!("{} %", s.split.2) }</strong></div>
            <Slider label={Key::BatchSize.t(lang)} value={s.batch as f64} min=1.0 max=64.0 step=1.0
                on_input={d.reform(|v: f64| Action::SetBatch(v.round().max(1.0) as usize))} />
            <div class="row">
                <button type="button" onclick={regen}>{ Key::Regenerate.t(lang) }</button>
            </div>
            <DataEditor draw={props.draw} classes={props.classes} dims={props.dims} csv={props.csv.clone()}
                lang={lang} dispatch={d.clone()} />
        </section>
    }
}
