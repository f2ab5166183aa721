//! The glossary (用語集): every term of the notes with a one- or two-sentence definition in
//! each language and a link to the lab or playground setup that shows it. Each entry is an
//! element `data-testid="term"` with a `data-term` id that is the same in both languages.

mod text;

use yew::prelude::*;

use crate::i18n::Lang;
use text::GlossaryText as G;

/// One entry: its id, term, definition and where to see it (a `#…` link of this app).
struct Entry {
    id: &'static str,
    term: G,
    definition: G,
    link: &'static str,
}

const fn entry(id: &'static str, term: G, definition: G, link: &'static str) -> Entry {
    Entry {
        id,
        term,
        definition,
        link,
    }
}

/// Every term, in the notes' order.
const ENTRIES: &[Entry] = &[
    entry("neuron", G::TNeuron, G::DNeuron, "#lab=neuron"),
    entry(
        "weight",
        G::TWeight,
        G::DWeight,
        "#lab=neuron&inputs=2&x1=1&w1=0&x2=2&w2=0.5&bias=-1&activation=sigmoid&gain=1",
    ),
    entry(
        "bias",
        G::TBias,
        G::DBias,
        "#lab=neuron&inputs=1&x1=8&w1=1&bias=-10&activation=step&gain=1",
    ),
    entry(
        "activation",
        G::TActivation,
        G::DActivation,
        "#lab=activation",
    ),
    entry(
        "relu",
        G::TRelu,
        G::DRelu,
        "#lab=activation&activation=relu",
    ),
    entry(
        "sigmoid",
        G::TSigmoid,
        G::DSigmoid,
        "#lab=activation&activation=sigmoid&gain=5",
    ),
    entry(
        "step",
        G::TStep,
        G::DStep,
        "#lab=activation&activation=step",
    ),
    entry(
        "derivative",
        G::TDerivative,
        G::DDerivative,
        "#lab=activation&activation=tanh",
    ),
    entry("sigma", G::TSigma, G::DSigma, "#lab=sigma"),
    entry(
        "learning-rate",
        G::TLearningRate,
        G::DLearningRate,
        "#lab=descent",
    ),
    entry(
        "layer",
        G::TLayer,
        G::DLayer,
        "#dataset=circle&networkShape=4,2",
    ),
    entry("dense", G::TDense, G::DDense, "#dataset=xor&networkShape=4"),
    entry(
        "io-layers",
        G::TIoLayers,
        G::DIoLayers,
        "#dataset=spiral&networkShape=8,8",
    ),
    entry(
        "feedforward",
        G::TFeedforward,
        G::DFeedforward,
        "#lab=nonlinear",
    ),
    entry("epoch", G::TEpoch, G::DEpoch, OVERFIT),
    entry(
        "overfitting",
        G::TOverfitting,
        G::DOverfitting,
        "#lab=overfit",
    ),
    entry(
        "normalization",
        G::TNormalization,
        G::DNormalization,
        "#lab=normalize",
    ),
    entry(
        "regularization",
        G::TRegularization,
        G::DRegularization,
        "#lab=overfit&regularization=l2",
    ),
    entry(
        "dropout",
        G::TDropout,
        G::DDropout,
        "#lab=overfit&dropout=0.2",
    ),
    entry("batch-norm", G::TBatchNorm, G::DBatchNorm, "#lab=normalize"),
    entry("layer-norm", G::TLayerNorm, G::DLayerNorm, "#lab=normalize"),
    entry(
        "splits",
        G::TSplits,
        G::DSplits,
        "#dataset=spiral&percTrainData=60&percValData=20&networkShape=8,8",
    ),
    entry("holdout", G::THoldout, G::DHoldout, "#lab=overfit&k=3"),
    entry(
        "cross-validation",
        G::TCrossValidation,
        G::DCrossValidation,
        "#lab=overfit&k=10",
    ),
    entry(
        "early-stopping",
        G::TEarlyStopping,
        G::DEarlyStopping,
        "#lab=overfit&patience=30",
    ),
    entry(
        "inference",
        G::TInference,
        G::DInference,
        "#dataset=xor&networkShape=4&x=true&y=true",
    ),
];

/// The 1-D sine with a big network and half the points held out: it overfits.
const OVERFIT: &str = "#regDataset=sine&problem=regression&networkShape=8,8&activation=tanh&learningRate=0.03&optimizer=adam&percTrainData=50&percValData=25&x=true";

/// Props of [`GlossaryView`].
#[derive(Properties, PartialEq, Clone)]
pub struct GlossaryProps {
    pub lang: Lang,
}

/// The glossary.
#[component]
pub fn GlossaryView(props: &GlossaryProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="panel glossary">
            <p class="lab-intro">{ G::Intro.t(lang) }</p>
            <dl>
                { for ENTRIES.iter().map(|e| html! {
                    <div class="term" id={format!("term-{}", e.id)} data-testid="term" data-term={e.id}>
                        <dt>{ e.term.t(lang) }</dt>
                        <dd>{ e.definition.t(lang) }{ " " }
                            <a href={e.link} data-testid="term-link">{ G::SeeIt.t(lang) }</a></dd>
                    </div>
                }) }
            </dl>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_link_opens_a_lab_or_a_playground_state() {
        for e in ENTRIES {
            let ok = if neurite_labs::is_lab_link(e.link) {
                neurite_labs::decode(e.link).is_ok()
            } else {
                neurite_playground::decode_link(e.link).is_ok()
            };
            assert!(ok, "{} links to {}", e.id, e.link);
        }
        let mut ids: Vec<&str> = ENTRIES.iter().map(|e| e.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), ENTRIES.len(), "ids are unique");
    }
}
