//! Training settings: learning rate (typed, log slider and presets; applies mid-run),
//! optimizer, regularization and its rate, dropout, early stopping with patience, speed,
//! and the output head.

use neurite_nn::{OptimizerKind, OutputHead, Regularization};
use neurite_playground::limits::{MAX_LEARNING_RATE, MAX_PATIENCE, MAX_REGULARIZATION_RATE};
use yew::prelude::*;

use super::number_field::NumberField;
use super::slider::Slider;
use super::term_link::{term_link, term_parts};
use crate::i18n::{Key, Lang};
use crate::store::{Action, TrainSettings, DEFAULT_PATIENCE, MAX_DROPOUT};
use neurite_labs::GlossaryTerm as T;

/// Learning-rate presets (TensorFlow Playground's menu).
const PRESETS: [f32; 8] = [0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0];
/// Log₁₀ range of the learning-rate slider.
const LOG_LR: (f64, f64) = (-5.0, 1.0);
/// The regularization-rate slider spans TFP's menu (0…0.1); the typed field takes up to the
/// link's limit.
const REG_RATE_SLIDER_MAX: f64 = 0.1;
/// The patience slider's range (typed values up to the link's limit).
const PATIENCE_SLIDER_MAX: f64 = 200.0;
/// The speed slider's range, epochs per second.
const SPEED_SLIDER: (f64, f64) = (1.0, 1000.0);

/// Props of [`TrainingPanel`].
#[derive(Properties, PartialEq, Clone)]
pub struct TrainingPanelProps {
    pub settings: TrainSettings,
    /// Heads that suit the current task.
    pub heads: Vec<OutputHead>,
    /// Epochs per second actually trained, while playing.
    #[prop_or_default]
    pub achieved: Option<f64>,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

/// A labelled select; `term` adds its glossary tooltip and "?" link.
fn select<V: Copy + PartialEq + 'static>(
    label: &str,
    options: &[(V, String)],
    current: V,
    term: Option<(T, Lang)>,
    on: Callback<V>,
) -> Html {
    let hint = term_parts(term);
    let opts = options.to_vec();
    let onchange = Callback::from(move |e: Event| {
        let sel: web_sys::HtmlSelectElement = e.target_unchecked_into();
        if let Some((v, _)) = sel.value().parse::<usize>().ok().and_then(|i| opts.get(i)) {
            on.emit(*v);
        }
    });
    html! {
        <label class="row">
            <span class="field-label">{ label.to_string() }{ hint }</span>
            <select onchange={onchange} aria-label={label.to_string()}>
                { for options.iter().enumerate().map(|(i, (v, name))| html! {
                    <option value={i.to_string()} selected={*v == current}>{ name.clone() }</option>
                }) }
            </select>
        </label>
    }
}

/// The training settings panel.
#[component]
pub fn TrainingPanel(props: &TrainingPanelProps) -> Html {
    let lang = props.lang;
    let d = &props.dispatch;
    let s = &props.settings;
    let lr = s.learning_rate as f64;
    let set_lr = d.reform(|v: f64| Action::SetLearningRate(v as f32));
    let on_log = d.reform(|v: f64| Action::SetLearningRate(10f64.powf(v) as f32));
    let optimizers = [
        (OptimizerKind::Sgd, Key::OptSgd.t(lang).to_string()),
        (
            OptimizerKind::Momentum,
            Key::OptMomentum.t(lang).to_string(),
        ),
        (OptimizerKind::Adam, Key::OptAdam.t(lang).to_string()),
    ];
    let regs = [
        (Regularization::None, Key::RegNone.t(lang).to_string()),
        (Regularization::L1, Key::RegL1.t(lang).to_string()),
        (Regularization::L2, Key::RegL2.t(lang).to_string()),
    ];
    let heads: Vec<(OutputHead, String)> = props
        .heads
        .iter()
        .map(|h| (*h, h.name().to_string()))
        .collect();
    let early = s.patience.is_some();
    let on_early = d.reform(move |e: Event| {
        let on = e
            .target_unchecked_into::<web_sys::HtmlInputElement>()
            .checked();
        Action::SetEarlyStopping(on.then_some(DEFAULT_PATIENCE))
    });
    html! {
        <section class="panel training" aria-label={Key::LearningRate.t(lang)}>
            <h2>{ Key::LearningRate.t(lang) }{ term_link(T::LearningRate, lang) }</h2>
            <div class="row">
                <NumberField value={lr} min=0.0 max={f64::from(MAX_LEARNING_RATE)} step=0.0001 label={Key::LearningRate.t(lang)}
                    on_value={set_lr} testid="learning-rate" />
            </div>
            <a class="lab-link" href="#lab=descent" data-testid="open-descent-lab">{ Key::OpenDescentLab.t(lang) }</a>
            <Slider label={"log₁₀"} value={lr.max(1e-5).log10()} min={LOG_LR.0} max={LOG_LR.1}
                step=0.01 number=false on_input={on_log} />
            <div class="presets">
                { for PRESETS.iter().map(|&p| html! {
                    <button type="button" class={classes!((s.learning_rate == p).then_some("active"))}
                        onclick={d.reform(move |_: MouseEvent| Action::SetLearningRate(p))}>{ p.to_string() }</button>
                }) }
            </div>
            { select(Key::Optimizer.t(lang), &optimizers, s.optimizer, None, d.reform(Action::SetOptimizer)) }
            { select(Key::Regularization.t(lang), &regs, s.regularization, Some((T::Regularization, lang)), d.reform(Action::SetRegularization)) }
            if s.regularization != Regularization::None {
                <Slider label={Key::RegRate.t(lang)} value={s.regularization_rate as f64} min=0.0 max={REG_RATE_SLIDER_MAX}
                    step=0.001 number_max={f64::from(MAX_REGULARIZATION_RATE)}
                    on_input={d.reform(|v: f64| Action::SetRegularizationRate(v as f32))} />
            }
            <Slider label={Key::Dropout.t(lang)} value={s.dropout as f64} min=0.0 max={f64::from(MAX_DROPOUT)} step=0.05
                term={(T::Dropout, lang)} on_input={d.reform(|v: f64| Action::SetDropout(v as f32))} />
            <label class="check"><input type="checkbox" checked={early} onchange={on_early} />
                { Key::EarlyStopping.t(lang) }{ term_link(T::EarlyStopping, lang) }</label>
            if let Some(p) = s.patience {
                <Slider label={Key::Patience.t(lang)} value={p as f64} min=1.0 max={PATIENCE_SLIDER_MAX} step=1.0
                    number_max={MAX_PATIENCE as f64}
                    on_input={d.reform(|v: f64| Action::SetEarlyStopping(Some(v.round().max(1.0) as usize)))} />
            }
            <Slider label={Key::Speed.t(lang)} value={s.speed} min={SPEED_SLIDER.0} max={SPEED_SLIDER.1} step=1.0 testid="speed"
                disabled={s.max_speed} on_input={d.reform(Action::SetSpeed)} />
            <div class="row">
                <label class="check"><input type="checkbox" checked={s.max_speed} data-testid="max-speed"
                    onchange={d.reform(|e: Event| Action::SetMaxSpeed(e.target_unchecked_into::<web_sys::HtmlInputElement>().checked()))} />
                    { Key::MaxSpeed.t(lang) }</label>
                if let Some(rate) = props.achieved {
                    <span class="muted">{ Key::Achieved.t(lang) }{ " " }
                        <span data-testid="achieved-speed">{ format!("{rate:.0}") }</span></span>
                }
            </div>
            { select(Key::OutputHead.t(lang), &heads, s.head, None, d.reform(Action::SetHead)) }
        </section>
    }
}
