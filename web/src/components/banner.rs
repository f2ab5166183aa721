//! The banner above the playground: why a link could not be opened, an engine error, or why
//! training diverged and what to try. Dismissing it keeps the state as it is.

use neurite_nn::DivergenceSite;
use yew::prelude::*;

use crate::i18n::{Key, Lang};
use crate::store::{Action, Banner, RunStatus};

/// Props of [`MessageBanner`].
#[derive(Properties, PartialEq, Clone)]
pub struct MessageBannerProps {
    pub banner: Option<Banner>,
    pub status: RunStatus,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

/// Where a divergence happened, in words. Engine layer `l` is network-view layer `l + 1`
/// (the inputs are layer 0), so the numbers match the columns the learner sees.
fn site(site: DivergenceSite, lang: Lang) -> String {
    let layer = |l: usize| (l + 1).to_string();
    match site {
        DivergenceSite::Loss => Key::SiteLoss.t(lang).to_string(),
        DivergenceSite::Weights { layer: l } => Key::SiteWeights.fill(lang, &[&layer(l)]),
        DivergenceSite::Biases { layer: l } => Key::SiteBiases.fill(lang, &[&layer(l)]),
        DivergenceSite::PreActivations { layer: l } => {
            Key::SitePreActivations.fill(lang, &[&layer(l)])
        }
        DivergenceSite::Normalization { layer: l } => {
            Key::SiteNormalization.fill(lang, &[&layer(l)])
        }
    }
}

/// The text the banner shows, if any.
fn text(props: &MessageBannerProps) -> Option<String> {
    let lang = props.lang;
    match (&props.banner, &props.status) {
        (Some(Banner::BrokenLink(why)), _) => Some(Key::LinkBroken.fill(lang, &[why])),
        (Some(Banner::LinkRefused(why)), _) => Some(Key::LinkRefused.fill(lang, &[why])),
        (Some(Banner::Error(msg)), _) => Some(msg.clone()),
        (None, RunStatus::Diverged(d)) if !d.dismissed => {
            let key = if d.blames_learning_rate() {
                Key::DivergedLr
            } else {
                Key::DivergedOther
            };
            let lr = d.learning_rate.to_string();
            let (epoch, value) = (d.epoch.to_string(), d.value.to_string());
            Some(key.fill(lang, &[&epoch, &site(d.site, lang), &value, &lr]))
        }
        _ => None,
    }
}

/// The banner.
#[component]
pub fn MessageBanner(props: &MessageBannerProps) -> Html {
    let Some(text) = text(props) else {
        return html! {};
    };
    let dismiss = props.dispatch.reform(|_: MouseEvent| Action::DismissBanner);
    html! {
        <div class="message" role="alert">
            <p data-testid="error-message">{ text }</p>
            <button type="button" class="mini" onclick={dismiss}
                aria-label={Key::Dismiss.t(props.lang)}>{ "×" }</button>
        </div>
    }
}
