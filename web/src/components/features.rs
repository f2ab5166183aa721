//! Input feature toggles (x₁, x₂, x₁², x₂², x₁x₂, sin, cos), each with a heatmap of the
//! feature over the data plane. Features that do not apply to the data (x₂ terms for 1-D
//! data, all of them for N-D CSV data) are disabled.

use std::rc::Rc;

use neurite_data::Feature;
use yew::prelude::*;

use super::heatmap::Heatmap;
use crate::i18n::{Key, Lang};
use crate::store::Action;
use crate::view::features::{feature_curve, feature_field};

const RES: usize = 24;

/// Props of [`FeaturesPanel`].
#[derive(Properties, PartialEq, Clone)]
pub struct FeaturesPanelProps {
    pub selected: Vec<Feature>,
    /// Coordinates per data point.
    pub dims: usize,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

/// The features panel.
#[component]
pub fn FeaturesPanel(props: &FeaturesPanelProps) -> Html {
    // 1-D data: each feature is a curve over x, as the neurons show it.
    let fields = use_memo(props.dims == 1, |line| {
        Feature::ALL
            .into_iter()
            .map(|f| {
                Rc::new(if *line {
                    feature_curve(f, RES * 2)
                } else {
                    feature_field(f, RES)
                })
            })
            .collect::<Vec<_>>()
    });
    let lang = props.lang;
    html! {
        <section class="features-panel" aria-label={Key::Features.t(lang)}>
            <div class="features">
                { for Feature::ALL.into_iter().zip(fields.iter()).map(|(f, field)| {
                    let applies = match props.dims { 1 => f.uses_only_x1(), 2 => true, _ => false };
                    // A feature that does not apply is shown off and disabled, even if selected.
                    let on = applies && props.selected.contains(&f);
                    let onclick = props.dispatch.reform(move |_: MouseEvent| Action::ToggleFeature(f));
                    html! {
                        <button type="button" class={classes!("feature", (!on).then_some("off"))}
                            disabled={!applies} aria-pressed={on.to_string()} onclick={onclick}
                            title={f.label()} data-testid={format!("feature-{}", f.tfp_key())}>
                            <Heatmap field={field.clone()} version={0} />
                            <span>{ f.label() }</span>
                        </button>
                    }
                }) }
            </div>
        </section>
    }
}
