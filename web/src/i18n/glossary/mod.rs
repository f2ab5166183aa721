//! The glossary's entries (用語集): every term of the notes with a one- or two-sentence
//! definition in each language and a link to the lab or playground setup that shows it. It
//! lives with the translations, not in the labs, because the playground's controls use it
//! too: each main control carries its term's definition as a tooltip and a "?" link to the
//! glossary at that entry (`components::TermLink`). Term ids come from
//! `neurite_labs::GlossaryTerm`, so the glossary link's `term=` is checked there.

mod text;

use neurite_labs::GlossaryTerm;
use GlossaryTerm as T;

use super::Lang;
pub use text::GlossaryText;
use text::GlossaryText as G;

/// One entry: its id, term, definition and where to see it (a `#…` link of this app).
pub struct Entry {
    pub term: GlossaryTerm,
    pub name: G,
    pub definition: G,
    pub link: &'static str,
}

const fn entry(term: GlossaryTerm, name: G, definition: G, link: &'static str) -> Entry {
    Entry {
        term,
        name,
        definition,
        link,
    }
}

/// Every term, in the notes' order.
pub const ENTRIES: &[Entry] = &[
    entry(T::Neuron, G::TNeuron, G::DNeuron, "#lab=neuron"),
    entry(
        T::Weight,
        G::TWeight,
        G::DWeight,
        "#lab=neuron&inputs=2&x1=1&w1=0&x2=2&w2=0.5&bias=-1&activation=sigmoid&gain=1",
    ),
    entry(
        T::Bias,
        G::TBias,
        G::DBias,
        "#lab=neuron&inputs=1&x1=8&w1=1&bias=-10&activation=step&gain=1",
    ),
    entry(
        T::Activation,
        G::TActivation,
        G::DActivation,
        "#lab=activation",
    ),
    entry(
        T::Relu,
        G::TRelu,
        G::DRelu,
        "#lab=activation&activation=relu",
    ),
    entry(
        T::Sigmoid,
        G::TSigmoid,
        G::DSigmoid,
        "#lab=activation&activation=sigmoid&gain=5",
    ),
    entry(
        T::Step,
        G::TStep,
        G::DStep,
        "#lab=activation&activation=step",
    ),
    entry(
        T::Derivative,
        G::TDerivative,
        G::DDerivative,
        "#lab=activation&activation=tanh",
    ),
    entry(T::Sigma, G::TSigma, G::DSigma, "#lab=sigma"),
    entry(
        T::LearningRate,
        G::TLearningRate,
        G::DLearningRate,
        "#lab=descent",
    ),
    entry(
        T::Layer,
        G::TLayer,
        G::DLayer,
        "#dataset=circle&networkShape=4,2",
    ),
    entry(
        T::Dense,
        G::TDense,
        G::DDense,
        "#dataset=xor&networkShape=4",
    ),
    entry(
        T::IoLayers,
        G::TIoLayers,
        G::DIoLayers,
        "#dataset=spiral&networkShape=8,8",
    ),
    entry(
        T::Feedforward,
        G::TFeedforward,
        G::DFeedforward,
        "#lab=nonlinear",
    ),
    entry(T::Epoch, G::TEpoch, G::DEpoch, OVERFIT),
    entry(
        T::Overfitting,
        G::TOverfitting,
        G::DOverfitting,
        "#lab=overfit",
    ),
    entry(
        T::Normalization,
        G::TNormalization,
        G::DNormalization,
        "#lab=normalize",
    ),
    entry(
        T::Regularization,
        G::TRegularization,
        G::DRegularization,
        "#lab=overfit&regularization=l2",
    ),
    entry(
        T::Dropout,
        G::TDropout,
        G::DDropout,
        "#lab=overfit&dropout=0.2",
    ),
    entry(T::BatchNorm, G::TBatchNorm, G::DBatchNorm, "#lab=normalize"),
    entry(T::LayerNorm, G::TLayerNorm, G::DLayerNorm, "#lab=normalize"),
    entry(
        T::Splits,
        G::TSplits,
        G::DSplits,
        "#dataset=spiral&percTrainData=60&percValData=20&networkShape=8,8",
    ),
    entry(T::Holdout, G::THoldout, G::DHoldout, "#lab=overfit&k=3"),
    entry(
        T::CrossValidation,
        G::TCrossValidation,
        G::DCrossValidation,
        "#lab=overfit&k=10",
    ),
    entry(
        T::EarlyStopping,
        G::TEarlyStopping,
        G::DEarlyStopping,
        "#lab=overfit&patience=30",
    ),
    entry(
        T::Inference,
        G::TInference,
        G::DInference,
        "#dataset=xor&networkShape=4&x=true&y=true",
    ),
    entry(
        T::Convolution,
        G::TConvolution,
        G::DConvolution,
        "#lab=conv",
    ),
    entry(
        T::Filter,
        G::TFilter,
        G::DFilter,
        "#lab=conv&image=bar&filters=1&k0=edge-vertical&row=7&col=4",
    ),
    entry(
        T::FeatureMap,
        G::TFeatureMap,
        G::DFeatureMap,
        "#lab=conv&image=cross&filters=3",
    ),
    entry(
        T::Pooling,
        G::TPooling,
        G::DPooling,
        "#lab=conv&filters=1&k0=edge-vertical&relu=true&shift=1",
    ),
    entry(T::Cnn, G::TCnn, G::DCnn, "#lab=cnn"),
    entry(
        T::Autoencoder,
        G::TAutoencoder,
        G::DAutoencoder,
        "#lab=autoencoder",
    ),
    entry(
        T::LatentSpace,
        G::TLatentSpace,
        G::DLatentSpace,
        "#lab=autoencoder&epochs=30&trained=30",
    ),
    entry(
        T::Vae,
        G::TVae,
        G::DVae,
        "#lab=autoencoder&mode=vae&beta=0.1",
    ),
    entry(T::Rnn, G::TRnn, G::DRnn, "#lab=rnn"),
    entry(
        T::Tokenization,
        G::TTokenization,
        G::DTokenization,
        "#lab=embeddings&tokenizer=subword",
    ),
    entry(
        T::Embedding,
        G::TEmbedding,
        G::DEmbedding,
        "#lab=embeddings",
    ),
    entry(
        T::WordVector,
        G::TWordVector,
        G::DWordVector,
        "#lab=embeddings&a=king&b=queen",
    ),
    entry(
        T::DistributedRepresentation,
        G::TDistributedRepresentation,
        G::DDistributedRepresentation,
        "#lab=embeddings",
    ),
    entry(
        T::CosineSimilarity,
        G::TCosineSimilarity,
        G::DCosineSimilarity,
        "#lab=embeddings&a=king&b=dog",
    ),
    entry(
        T::SupervisedLearning,
        G::TSupervised,
        G::DSupervised,
        "#lab=paradigms",
    ),
    entry(
        T::UnsupervisedLearning,
        G::TUnsupervised,
        G::DUnsupervised,
        "#lab=paradigms",
    ),
    entry(
        T::ReinforcementLearning,
        G::TReinforcement,
        G::DReinforcement,
        "#lab=paradigms",
    ),
];

/// The 1-D sine with a big network and half the points held out: it overfits.
const OVERFIT: &str = "#regDataset=sine&problem=regression&networkShape=8,8&activation=tanh&learningRate=0.03&optimizer=adam&percTrainData=50&percValData=25&x=true";

/// The entry of `term`.
pub fn entry_of(term: GlossaryTerm) -> &'static Entry {
    ENTRIES
        .iter()
        .find(|e| e.term == term)
        .unwrap_or(&ENTRIES[0])
}

/// `term`'s definition in `lang` (a control's tooltip).
pub fn definition(term: GlossaryTerm, lang: Lang) -> &'static str {
    entry_of(term).definition.t(lang)
}

/// `term`'s name in `lang`.
pub fn term_name(term: GlossaryTerm, lang: Lang) -> &'static str {
    entry_of(term).name.t(lang)
}

#[cfg(test)]
mod tests;
