//! The transport bar: play/pause, step one epoch, reset, the epoch counter, the three loss
//! read-outs and the training status line.

use yew::prelude::*;

use super::term_link::term_link;
use crate::i18n::{Key, Lang};
use crate::store::{Action, RunStatus};
use crate::view::format_metric;
use neurite_labs::GlossaryTerm as T;

/// Props of [`Controls`].
#[derive(Properties, PartialEq, Clone)]
pub struct ControlsProps {
    pub playing: bool,
    pub epoch: usize,
    /// Latest train / validation / test loss.
    pub losses: [Option<f32>; 3],
    pub status: RunStatus,
    /// Inference mode: the training buttons are disabled.
    pub inference: bool,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

/// A read-out whose label is followed by `hint` (a glossary link, or nothing).
fn readout(label: &str, value: String, testid: &'static str, hint: Html) -> Html {
    html! {
        <div class="readout">
            <span class="label">{ label.to_string() }{ hint }</span>
            <span class="value" data-testid={testid}>{ value }</span>
        </div>
    }
}

/// The status text for `status`.
pub fn status_text(status: &RunStatus, playing: bool, lang: Lang) -> String {
    match status {
        RunStatus::Diverged(_) => Key::StatusDiverged.t(lang).to_string(),
        RunStatus::EarlyStopped { best_epoch } => {
            Key::StatusStopped.fill(lang, &[&best_epoch.to_string()])
        }
        RunStatus::Ready if playing => Key::StatusRunning.t(lang).to_string(),
        RunStatus::Ready => Key::StatusIdle.t(lang).to_string(),
        RunStatus::Paused => Key::StatusPaused.t(lang).to_string(),
    }
}

/// The transport bar.
#[component]
pub fn Controls(props: &ControlsProps) -> Html {
    let lang = props.lang;
    let d = &props.dispatch;
    let (icon, label) = if props.playing {
        ("❚❚", Key::Pause.t(lang))
    } else {
        ("▶", Key::Play.t(lang))
    };
    let status = if props.inference {
        Key::StatusInference.t(lang).to_string()
    } else {
        status_text(&props.status, props.playing, lang)
    };
    let diverged = matches!(props.status, RunStatus::Diverged(_));
    let locked = props.inference;
    let on_inference = d.reform(|e: Event| {
        Action::SetInference(
            e.target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked(),
        )
    });
    html! {
        <div class="transport">
            <button type="button" class="mini" data-testid="reset" title={Key::Reset.t(lang)}
                aria-label={Key::Reset.t(lang)} disabled={locked} onclick={d.reform(|_: MouseEvent| Action::Reset)}>{ "↺" }</button>
            <button type="button" class="play" data-testid="play" title={label} aria-label={label}
                aria-pressed={props.playing.to_string()} disabled={locked}
                onclick={d.reform(|_: MouseEvent| Action::TogglePlay)}>{ icon }</button>
            <button type="button" class="mini" data-testid="step" title={Key::Step.t(lang)}
                aria-label={format!("+1 {}", Key::Step.t(lang))} disabled={locked} onclick={d.reform(|_: MouseEvent| Action::Step)}>{ "+1" }</button>
            <label class="check inference-toggle"><input type="checkbox" data-testid="inference"
                checked={locked} onchange={on_inference} />{ Key::Inference.t(lang) }{ term_link(T::Inference, lang) }</label>
            { readout(Key::Epoch.t(lang), props.epoch.to_string(), "epoch", term_link(T::Epoch, lang)) }
            { readout(&format!("{} ({})", Key::Loss.t(lang), Key::Train.t(lang)), format_metric(props.losses[0]), "loss-train", Html::default()) }
            { readout(&format!("{} ({})", Key::Loss.t(lang), Key::Validation.t(lang)), format_metric(props.losses[1]), "loss-val", Html::default()) }
            { readout(&format!("{} ({})", Key::Loss.t(lang), Key::Test.t(lang)), format_metric(props.losses[2]), "loss-test", Html::default()) }
            <span class={classes!("status", diverged.then_some("diverged"))} data-testid="status"
                aria-live="polite">{ status }</span>
        </div>
    }
}
